/// How a value was computed: a tree whose leaves are figures with their origin.
///
/// Renderers walk it to show the arithmetic ("$37B/yr / (1 + 12%) = $33.04B/yr") and where every
/// number came from.
public struct Derivation: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        /// A figure: its label (a quantity or claim id, or the constant's text), how it was
        /// stated, and its origin.
        case input(label: String, stated: String, origin: Origin)
        case binary(Syntax.BinaryOperator)
        case negate
        /// `in UNIT`.
        case convert(String)
    }

    public var step: Step
    public var value: Measure
    /// The unit to show the value in, taken from the figures it came from.
    public var unit: Unit?
    public var children: [Derivation]

    public init(step: Step, value: Measure, unit: Unit?, children: [Derivation] = []) {
        self.step = step
        self.value = value
        self.unit = unit
        self.children = children
    }

    /// Every input leaf, left to right.
    public var inputs: [Derivation] {
        if case .input = step { return [self] }
        return children.flatMap(\.inputs)
    }
}
