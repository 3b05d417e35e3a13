/// A closed interval of reals with outward-rounded `Double` endpoints.
///
/// Every operation widens its result by one ulp on each side, so the result always contains
/// the exact real result for every choice of operands inside the inputs, despite floating-point
/// rounding. Endpoints may be infinite, which is how hedges such as "over" are represented.
/// Operations that cannot give a sound interval (division by an interval containing zero)
/// return an `IntervalError` instead of a value.
public struct Interval: Sendable, Hashable {
    public let lower: Double
    public let upper: Double

    /// An interval from `lower` to `upper`. Callers keep `lower <= upper` and neither is NaN.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The degenerate interval holding exactly `value`.
    public init(point value: Double) {
        self.init(value, value)
    }

    public static let entire = Interval(-.infinity, .infinity)

    /// Widened on each side by `fraction` of its largest magnitude, outward: `about` as a
    /// tolerance. A fraction of 0, or an unbounded interval, is returned as it is.
    public func widened(byFraction fraction: Double) -> Interval {
        let size = max(abs(lower), abs(upper))
        guard fraction > 0, size.isFinite else { return self }
        let w = fraction * size
        return Interval.outward(lower - w, upper + w)
    }

    public var isPoint: Bool { lower == upper }
    public var isBounded: Bool { lower.isFinite && upper.isFinite }
    public var midpoint: Double {
        if isBounded { return lower / 2 + upper / 2 }
        if lower.isFinite { return lower }
        if upper.isFinite { return upper }
        return 0
    }
    public var width: Double { upper - lower }

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
    public func contains(_ other: Interval) -> Bool { lower <= other.lower && other.upper <= upper }
    public var containsZero: Bool { lower <= 0 && 0 <= upper }

    /// Whether the two intervals share at least one point.
    public func meets(_ other: Interval) -> Bool { lower <= other.upper && other.lower <= upper }

    /// The common part of two intervals, or `nil` when they do not meet.
    public func intersection(_ other: Interval) -> Interval? {
        let l = max(lower, other.lower)
        let u = min(upper, other.upper)
        return l <= u ? Interval(l, u) : nil
    }

    /// The smallest interval containing both.
    public func hull(_ other: Interval) -> Interval {
        Interval(min(lower, other.lower), max(upper, other.upper))
    }

    /// The distance between the intervals, 0 when they meet.
    public func gap(to other: Interval) -> Double {
        if meets(other) { return 0 }
        return upper < other.lower ? other.lower - upper : lower - other.upper
    }

    /// Widens a freshly computed bound pair outward by one ulp each, keeping the infinities on
    /// the outer side. A lower end that overflowed to +∞ (or an upper end to −∞) comes back to
    /// the largest finite double, so a finite result too large for a `Double` is still held.
    static func outward(_ lower: Double, _ upper: Double) -> Interval {
        Interval(lower == -.infinity ? lower : lower.nextDown, upper == .infinity ? upper : upper.nextUp)
    }

    public static func + (a: Interval, b: Interval) -> Interval {
        outward(a.lower + b.lower, a.upper + b.upper)
    }

    public static prefix func - (a: Interval) -> Interval {
        Interval(-a.upper, -a.lower)
    }

    public static func - (a: Interval, b: Interval) -> Interval {
        outward(a.lower - b.upper, a.upper - b.lower)
    }

    public static func * (a: Interval, b: Interval) -> Interval {
        let products = [
            product(a.lower, b.lower), product(a.lower, b.upper),
            product(a.upper, b.lower), product(a.upper, b.upper),
        ]
        // The products array always has four elements, so min and max exist.
        return outward(products.min() ?? -.infinity, products.max() ?? .infinity)
    }

    /// `a / b`, or `.divisionByZero` when `b` contains zero.
    public static func divide(_ a: Interval, by b: Interval) -> Result<Interval, IntervalError> {
        if b.containsZero { return .failure(.divisionByZero) }
        var reciprocal = outward(1 / b.upper, 1 / b.lower)
        // The reciprocal keeps the sign of `b`. Widening the 0 of 1/∞ by an ulp would cross it,
        // and then (−∞, x] times the reciprocal is unbounded on both sides.
        if b.lower > 0 { reciprocal = Interval(max(reciprocal.lower, 0), reciprocal.upper) }
        if b.upper < 0 { reciprocal = Interval(reciprocal.lower, min(reciprocal.upper, 0)) }
        return .success(a * reciprocal)
    }

    /// The endpoint product with the interval convention 0 × ∞ = 0, which keeps results sound
    /// for the extended reals instead of producing NaN.
    private static func product(_ x: Double, _ y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        return x * y
    }
}

/// Why an interval operation has no sound result.
public enum IntervalError: Error, Sendable, Hashable {
    case divisionByZero
}
