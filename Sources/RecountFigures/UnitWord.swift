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
    /// Watt-hours times ten to the given power: energy, a power for a time (`MWh`, `TWh`).
    case wattHour(Int)
    case time(TimeUnit)
    /// One of a counted thing: a barrel, a tonne, a person, a share.
    case counted(CountedThing)
    /// One unit of a currency, by ISO code: only after a `/`, in a rate such as `AED 3.6725/USD`.
    case currency(String)
}
