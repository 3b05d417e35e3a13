/// An arithmetic operator of a formula: its symbol and its precedence.
///
/// The parser, the model, the engine and the renderers all use this one type, so that the
/// precedence that decides how a formula is read is the same one that decides where a rendered
/// formula needs parentheses.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    /// How tightly the operator binds: `*` and `/` (2) before `+` and `-` (1). Negation binds
    /// tighter than both, at 3.
    public var precedence: Int {
        switch self {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        }
    }

    /// The precedence of unary minus, above every binary operator.
    public static let negationPrecedence = 3
}
