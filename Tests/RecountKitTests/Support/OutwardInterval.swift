/// A closed interval of doubles whose arithmetic rounds every bound outward, for the brute-force
/// oracle's pruning.
///
/// This is the oracle's own interval type, not the engine's: a proof of infeasibility must not
/// rest on the code under test. Every result is widened by one step to the next double on each
/// side whether or not it rounded, which is cruder than the engine's arithmetic but plainly sound.
/// Bounds may be infinite; `0 × ∞` is taken as 0, the limit that interval multiplication needs.
struct OutwardInterval: Hashable, CustomStringConvertible {
    var lower: Double
    var upper: Double

    init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    init(point: Double) { self.init(point, point) }

    static let whole = OutwardInterval(-.infinity, .infinity)

    var width: Double { upper - lower }
    var isBounded: Bool { lower.isFinite && upper.isFinite }
    func contains(_ x: Double) -> Bool { lower <= x && x <= upper }
    func contains(_ other: OutwardInterval) -> Bool { lower <= other.lower && other.upper <= upper }

    /// The common part, or nil when the two do not meet.
    func intersection(_ other: OutwardInterval) -> OutwardInterval? {
        let lo = max(lower, other.lower)
        let hi = min(upper, other.upper)
        return lo <= hi ? OutwardInterval(lo, hi) : nil
    }

    private static func down(_ x: Double) -> Double { x.isNaN ? -.infinity : x.nextDown }
    private static func up(_ x: Double) -> Double { x.isNaN ? .infinity : x.nextUp }

    static func + (a: OutwardInterval, b: OutwardInterval) -> OutwardInterval {
        OutwardInterval(down(a.lower + b.lower), up(a.upper + b.upper))
    }

    static prefix func - (a: OutwardInterval) -> OutwardInterval { OutwardInterval(-a.upper, -a.lower) }

    static func - (a: OutwardInterval, b: OutwardInterval) -> OutwardInterval { a + -b }

    private static func product(_ x: Double, _ y: Double) -> Double {
        x == 0 || y == 0 ? 0 : x * y
    }

    static func * (a: OutwardInterval, b: OutwardInterval) -> OutwardInterval {
        let corners = [product(a.lower, b.lower), product(a.lower, b.upper),
                       product(a.upper, b.lower), product(a.upper, b.upper)]
        return OutwardInterval(down(corners.min() ?? -.infinity), up(corners.max() ?? .infinity))
    }

    /// `a / b`; the whole line when `b` may be zero, which says nothing and so stays sound.
    static func / (a: OutwardInterval, b: OutwardInterval) -> OutwardInterval {
        guard b.lower > 0 || b.upper < 0 else { return .whole }
        let reciprocal = OutwardInterval(down(1 / b.upper), up(1 / b.lower))
        return a * reciprocal
    }

    var description: String { "[\(lower), \(upper)]" }
}
