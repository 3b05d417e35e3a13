import RecountModel

/// An equation among quantities, `variables[0] = expression`, that propagation can solve for
/// any one variable from the others.
///
/// Every relation, built in or declared, becomes links: growth, run rates, sums of periods,
/// shares, margins and the article's own formulas all use this one mechanism.
public struct Link: Sendable, Hashable {
    /// How the relation is named in explanations: "growth (yoy)", "sum of quarters", "share".
    public var relation: String
    public var variables: [Quantity]
    /// The right-hand side, over variable indices 1 and up.
    public var expression: LinkExpression
    /// For a claim's formula: the claim, which joins the support of whatever the link derives.
    public var claim: String?

    public init(relation: String, variables: [Quantity], expression: LinkExpression, claim: String? = nil) {
        self.relation = relation
        self.variables = variables
        self.expression = expression
        self.claim = claim
    }

    /// The value of variable `k` given the values of all the others (`values[k]` is ignored),
    /// or nil when it cannot be solved: it occurs more than once, a division by an interval
    /// containing zero, or a dimension mismatch.
    func solve(for k: Int, values: [Measure]) -> Measure? {
        if k == 0 { return expression.evaluate(values) }
        guard expression.occurrences(of: k) == 1 else { return nil }
        return expression.invert(needed: values[0], for: k, values: values)
    }
}

/// The right-hand side of a link.
public indirect enum LinkExpression: Sendable, Hashable {
    case variable(Int)
    case constant(Measure)
    case add(LinkExpression, LinkExpression)
    case subtract(LinkExpression, LinkExpression)
    case multiply(LinkExpression, LinkExpression)
    case divide(LinkExpression, LinkExpression)
    case negate(LinkExpression)

    func occurrences(of k: Int) -> Int {
        switch self {
        case .variable(let i): i == k ? 1 : 0
        case .constant: 0
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            a.occurrences(of: k) + b.occurrences(of: k)
        case .negate(let a): a.occurrences(of: k)
        }
    }

    func evaluate(_ values: [Measure]) -> Measure? {
        switch self {
        case .variable(let i): return i < values.count ? values[i] : nil
        case .constant(let m): return m
        case .negate(let a): return a.evaluate(values)?.negated()
        case .add(let a, let b): return combine(a, b, values, Measure.add)
        case .subtract(let a, let b): return combine(a, b, values, Measure.subtract)
        case .multiply(let a, let b): return combine(a, b, values, Measure.multiply)
        case .divide(let a, let b): return combine(a, b, values, Measure.divide)
        }
    }

    private func combine(_ a: LinkExpression, _ b: LinkExpression, _ values: [Measure],
                         _ op: (Measure, Measure) -> Result<Measure, MeasureError>) -> Measure? {
        guard let x = a.evaluate(values), let y = b.evaluate(values) else { return nil }
        return op(x, y).successValue
    }

    /// Solves `self = needed` for variable `k`, which occurs exactly once, by undoing each
    /// operation on the path from the root to it (the backward step of HC4 projection).
    func invert(needed: Measure, for k: Int, values: [Measure]) -> Measure? {
        switch self {
        case .variable(let i): return i == k ? needed : nil
        case .constant: return nil
        case .negate(let a): return a.invert(needed: needed.negated(), for: k, values: values)
        case .add(let a, let b):
            if a.occurrences(of: k) == 1 {
                guard let y = b.evaluate(values), let n = Measure.subtract(needed, y).successValue else { return nil }
                return a.invert(needed: n, for: k, values: values)
            }
            guard let x = a.evaluate(values), let n = Measure.subtract(needed, x).successValue else { return nil }
            return b.invert(needed: n, for: k, values: values)
        case .subtract(let a, let b):
            if a.occurrences(of: k) == 1 {
                guard let y = b.evaluate(values), let n = Measure.add(needed, y).successValue else { return nil }
                return a.invert(needed: n, for: k, values: values)
            }
            guard let x = a.evaluate(values), let n = Measure.subtract(x, needed).successValue else { return nil }
            return b.invert(needed: n, for: k, values: values)
        case .multiply(let a, let b):
            if a.occurrences(of: k) == 1 {
                guard let y = b.evaluate(values), let n = Measure.divide(needed, y).successValue else { return nil }
                return a.invert(needed: n, for: k, values: values)
            }
            guard let x = a.evaluate(values), let n = Measure.divide(needed, x).successValue else { return nil }
            return b.invert(needed: n, for: k, values: values)
        case .divide(let a, let b):
            if a.occurrences(of: k) == 1 {
                guard let y = b.evaluate(values), let n = Measure.multiply(needed, y).successValue else { return nil }
                return a.invert(needed: n, for: k, values: values)
            }
            guard let x = a.evaluate(values), let n = Measure.divide(x, needed).successValue else { return nil }
            return b.invert(needed: n, for: k, values: values)
        }
    }

    /// Builds a link expression from a model formula, mapping each quantity through `index`.
    /// Returns nil for formulas that cannot take part in propagation (claim references).
    static func from(_ formula: Formula, index: (Quantity) -> Int) -> LinkExpression? {
        switch formula {
        case .constant(let m, _, _): return .constant(m)
        case .quantity(let q): return .variable(index(q.quantity))
        case .claim: return nil
        case .negate(let x, _): return from(x, index: index).map { .negate($0) }
        case .convert(let x, _, _, _): return from(x, index: index)
        case .binary(let op, let a, let b, _):
            guard let x = from(a, index: index), let y = from(b, index: index) else { return nil }
            switch op {
            case .add: return .add(x, y)
            case .subtract: return .subtract(x, y)
            case .multiply: return .multiply(x, y)
            case .divide: return .divide(x, y)
            }
        }
    }
}
