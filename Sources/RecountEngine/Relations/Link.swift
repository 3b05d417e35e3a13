import RecountCore
import RecountModel

/// An equation among quantities, `variables[0] = expression`, that propagation can solve for
/// any one variable from the others (see `LinkTree`).
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

    /// Builds a link expression from a model formula, mapping each quantity through `index`.
    /// A conversion through a rate divides or multiplies by it as `exchange` says, from the
    /// rate's dimension. Returns nil for formulas that cannot take part in propagation (claim
    /// references, a rate whose dimension is not known or not a rate into the target).
    static func from(_ formula: Formula, index: (Quantity) -> Int,
                     exchange: (Quantity, Unit) -> ArithmeticOperator?) -> LinkExpression? {
        func from(_ formula: Formula) -> LinkExpression? { LinkExpression.from(formula, index: index, exchange: exchange) }
        switch formula {
        case .constant(let m, _, _): return .constant(m)
        case .quantity(let q): return .variable(index(q.quantity))
        case .claim: return nil
        case .negate(let x, _): return from(x).map { .negate($0) }
        case .convert(let x, _, nil, _, _): return from(x)
        case .convert(let x, let unit, let rate?, _, _):
            guard let value = from(x), let op = exchange(rate.quantity, unit) else { return nil }
            let r = LinkExpression.variable(index(rate.quantity))
            return op == .divide ? .divide(value, r) : .multiply(value, r)
        case .binary(let op, let a, let b, _):
            guard let x = from(a), let y = from(b) else { return nil }
            switch op {
            case .add: return .add(x, y)
            case .subtract: return .subtract(x, y)
            case .multiply: return .multiply(x, y)
            case .divide: return .divide(x, y)
            }
        }
    }
}
