import RecountCore

/// A resolved formula: names looked up, figures given values, units parsed.
public indirect enum Formula: Sendable, Hashable {
    /// A figure written in the formula, taken exactly: `12`, `1 month`, `10`.
    case constant(Measure, text: String, range: SourceRange)
    case quantity(QuantityReference)
    /// Another claim's stated figure.
    case claim(id: String, range: SourceRange)
    case negate(Formula, range: SourceRange)
    case binary(ArithmeticOperator, Formula, Formula, range: SourceRange)
    /// The same value, required to have the unit's dimension and shown in that unit. With a
    /// rate (`in USD at cbuae.aed_per_usd @ 2025`), the value is first divided by the rate, or
    /// multiplied by it, whichever gives the unit's currency.
    case convert(Formula, Unit, rate: QuantityReference?, text: String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .constant(_, _, let r), .claim(_, let r), .negate(_, let r), .binary(_, _, _, let r),
            .convert(_, _, _, _, let r):
            r
        case .quantity(let q): q.range
        }
    }

    /// Every quantity the formula reads, in order of appearance.
    public var quantities: [QuantityReference] {
        switch self {
        case .constant, .claim: []
        case .quantity(let q): [q]
        case .negate(let f, _): f.quantities
        case .convert(let f, _, let rate, _, _): f.quantities + (rate.map { [$0] } ?? [])
        case .binary(_, let a, let b, _): a.quantities + b.quantities
        }
    }
}
