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
    /// The same value, required to have the unit's dimension and shown in that unit.
    case convert(Formula, Unit, text: String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .constant(_, _, let r), .claim(_, let r), .negate(_, let r), .binary(_, _, _, let r),
            .convert(_, _, _, let r):
            r
        case .quantity(let q): q.range
        }
    }

    /// Every quantity the formula reads, in order of appearance.
    public var quantities: [QuantityReference] {
        switch self {
        case .constant, .claim: []
        case .quantity(let q): [q]
        case .negate(let f, _), .convert(let f, _, _, _): f.quantities
        case .binary(_, let a, let b, _): a.quantities + b.quantities
        }
    }
}
