/// A word that qualifies a figure, and the rule that turns the printed figure into an interval.
///
/// With `v` the printed value, `p` the printed-precision interval around it (half a unit of the
/// last digit either side) and `t` the hedge's tolerance from the `TolerancePolicy`:
///
/// | hedge | asserted interval | accepted as approximate |
/// | --- | --- | --- |
/// | none | `p` | `p` widened by the `plain` tolerance |
/// | `exactly` | `[v, v]` | the same |
/// | `about`, `approximately`, `roughly`, `~` | `p` | `p` widened by `t` of `v` |
/// | `over`, `more than`, `at least` | `[v, +∞)` | lower end lowered by `t` of `v` |
/// | `under`, `less than`, `up to` | `(−∞, v]` | upper end raised by `t` of `v` |
/// | `nearly`, `almost` | `[v − t·v, v]` | `[v − t·v, p.upper]` |
///
/// Intervals are closed: `over` and `at least` differ only in strictness, which an interval of
/// reals measured to printed precision cannot observe.
public enum Hedge: String, Sendable, Hashable, CaseIterable {
    case none = "plain"
    case exactly
    case about
    case over
    case under
    case nearly

    /// Reads a hedge as written; synonyms map to one case.
    public init?(words: String) {
        switch words {
        case "exactly": self = .exactly
        case "about", "approximately", "roughly", "~": self = .about
        case "over", "more than", "at least": self = .over
        case "under", "less than", "up to": self = .under
        case "nearly", "almost": self = .nearly
        case "plain": self = .none
        default: return nil
        }
    }
}

/// How far a hedged figure may stray from its printed value and still count as `approximate`.
///
/// A claims file sets it with `tolerance HEDGE PERCENT` lines in its `article` block.
public struct TolerancePolicy: Sendable, Hashable {
    /// Relative tolerances by hedge, as fractions (0.05 for 5%).
    public var fractions: [Hedge: Double]

    public static let standard = TolerancePolicy(fractions: [
        .none: 0, .exactly: 0, .about: 0.05, .over: 0, .under: 0, .nearly: 0.05,
    ])

    public func fraction(for hedge: Hedge) -> Double { fractions[hedge] ?? 0 }
}
