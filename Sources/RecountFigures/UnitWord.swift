/// What a unit word measures.
public enum UnitWord: Sendable, Hashable {
    case percent
    case percentagePoint
    /// Watts times ten to the given power.
    case watt(Int)
    case time(TimeUnit)
}
