import RecountCore
import RecountModel

/// How a value was computed: a tree whose leaves are figures with their origin.
///
/// Renderers walk it to show the arithmetic ("$37B/yr / (1 + 12%) = $33.04B/yr") and where every
/// number came from.
public struct Derivation: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        /// A figure: its label (a quantity or claim id, or the constant's text), how it was
        /// stated, and its origin.
        case input(label: String, stated: String, origin: Origin)
        case binary(ArithmeticOperator)
        case negate
        /// `in UNIT`.
        case convert(String)
        /// A value derived through a relation: the quantity's label and the relation's name.
        case derived(label: String, relation: String)
    }

    public var step: Step
    public var value: Measure
    /// The unit to show the value in, taken from the figures it came from.
    public var unit: Unit?
    public var children: [Derivation]
    /// For a flow over a period: the period, whose length turns the per-year rate it is held as
    /// into the amount over the period, or the amount a claim states into a rate.
    public var flowPeriod: FlowPeriod?

    public init(step: Step, value: Measure, unit: Unit?, children: [Derivation] = [], flowPeriod: FlowPeriod? = nil) {
        self.step = step
        self.value = value
        self.unit = unit
        self.children = children
        self.flowPeriod = flowPeriod
    }

    /// For a flow over a period: the period's length in years.
    public var flowYears: Interval? { flowPeriod?.years }

    /// The quantity or figure this value is for, when it is an input or a derived value.
    public var label: String? {
        switch step {
        case .input(let label, _, _), .derived(let label, _): label
        default: nil
        }
    }

    /// The value in the dimension its unit is written in: a flow's per-year rate back as the
    /// amount over its period when the unit is an amount.
    public var valueInUnit: Measure {
        guard let unit else { return value }
        return value(in: unit.dimension)
    }

    /// The value in another dimension when it is a flow over a known period: a per-year rate as
    /// the amount over its period, or an amount over its period as a per-year rate; otherwise
    /// the value itself.
    public func value(in dimension: Dimension) -> Measure {
        guard dimension != value.dimension, let length = flowPeriod?.length else { return value }
        if value.dimension == dimension / .time { return Measure.multiply(value, length).successValue ?? value }
        if value.dimension == dimension * .time { return Measure.divide(value, length).successValue ?? value }
        return value
    }

    /// The stated figures it rests on, through derived values too, left to right.
    public var leaves: [Derivation] {
        if case .input = step { return [self] }
        return children.flatMap(\.leaves)
    }

    /// Every input leaf, left to right.
    public var inputs: [Derivation] {
        switch step {
        case .input, .derived: return [self]
        default: break
        }
        return children.flatMap(\.inputs)
    }
}
