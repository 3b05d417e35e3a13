/// What a unit word measures.
public enum UnitWord: Sendable, Hashable {
    case percent
    /// Per mille, `‰`: a thousandth.
    case perMille
    case percentagePoint
    /// A basis point, `bp`: a hundredth of a percentage point.
    case basisPoint
    /// A multiple, `2.23x` or `2.23×`: a pure number, as written.
    case times
    /// Watts times ten to the given power.
    case watt(Int)
    case time(TimeUnit)
}
