/// An exact rational number `numerator / denominator` in 64-bit integers, for checking witness
/// points of the brute-force oracle without rounding error.
///
/// Every operation either gives the exact result or throws `Rational.Overflow`; it never rounds.
/// Comparisons multiply in 128 bits, so they never overflow. The oracle only builds rationals with
/// short decimal expansions (printed figures and snapped witness values), so overflow means "this
/// candidate point is too awkward to check", never a wrong answer.
struct Rational: Hashable, Comparable, CustomStringConvertible {
    /// The result of an operation does not fit in 64 bits.
    struct Overflow: Error {}

    /// Lowest terms, with a positive denominator.
    let numerator: Int64
    let denominator: Int64

    static let zero = Rational(0)
    static let one = Rational(1)

    init(_ value: Int64) {
        numerator = value
        denominator = 1
    }

    init(_ numerator: Int64, _ denominator: Int64) throws {
        guard denominator != 0, numerator != .min, denominator != .min else { throw Overflow() }
        let g = Rational.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int64(g)
        self.denominator = sign * denominator / Int64(g)
    }

    /// The value of decimal digits such as `10.35` or `-0.125`; nil for anything else.
    init?(decimal text: String) {
        var digits = text
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let whole = Int64(parts.joined()), whole >= 0 else { return nil }
        let decimals = parts.count == 2 ? parts[1].count : 0
        guard let scale = Rational.powerOfTen(decimals),
              let value = try? Rational(negative ? -whole : whole, scale) else { return nil }
        self = value
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }

    static func powerOfTen(_ n: Int) -> Int64? {
        guard n >= 0, n <= 18 else { return nil }
        var p: Int64 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    private static func checked(_ result: (partialValue: Int64, overflow: Bool)) throws -> Int64 {
        guard !result.overflow else { throw Overflow() }
        return result.partialValue
    }

    func adding(_ other: Rational) throws -> Rational {
        // Over the least common denominator, to keep the intermediate products small.
        let g = Int64(Rational.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = try Rational.checked(numerator.multipliedReportingOverflow(by: other.denominator / g))
        let right = try Rational.checked(other.numerator.multipliedReportingOverflow(by: denominator / g))
        let sum = try Rational.checked(left.addingReportingOverflow(right))
        let common = try Rational.checked(denominator.multipliedReportingOverflow(by: other.denominator / g))
        return try Rational(sum, common)
    }

    func negated() throws -> Rational { try Rational(Rational.checked(Int64(0).subtractingReportingOverflow(numerator)), denominator) }

    func subtracting(_ other: Rational) throws -> Rational { try adding(other.negated()) }

    func multiplied(by other: Rational) throws -> Rational {
        // Cross-cancel first, so that products of lowest terms stay as small as they can.
        let g1 = Int64(Rational.gcd(numerator.magnitude, other.denominator.magnitude))
        let g2 = Int64(Rational.gcd(other.numerator.magnitude, denominator.magnitude))
        let n = try Rational.checked((numerator / g1).multipliedReportingOverflow(by: other.numerator / g2))
        let d = try Rational.checked((denominator / g2).multipliedReportingOverflow(by: other.denominator / g1))
        return try Rational(n, d)
    }

    func divided(by other: Rational) throws -> Rational {
        guard other.numerator != 0 else { throw Overflow() }
        return try multiplied(by: Rational(other.denominator, other.numerator))
    }

    var isZero: Bool { numerator == 0 }

    static func < (a: Rational, b: Rational) -> Bool {
        // a.n · b.d < b.n · a.d, in 128 bits.
        let left = a.numerator.multipliedFullWidth(by: b.denominator)
        let right = b.numerator.multipliedFullWidth(by: a.denominator)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }

    /// The nearest `Double`; only used to seed floating-point searches, never to decide.
    var approximation: Double { Double(numerator) / Double(denominator) }

    /// An interval of doubles that certainly holds the value: the quotient of two rounded
    /// integers is within three half-ulps, so two steps outward on each side suffice.
    var enclosure: OutwardInterval {
        let q = approximation
        if denominator == 1, numerator.magnitude <= 1 << 53 { return OutwardInterval(point: q) }
        return OutwardInterval(q.nextDown.nextDown, q.nextUp.nextUp)
    }

    /// The value rounded to `decimals` decimal places, half away from zero, as digits.
    func rounded(decimals: Int) throws -> Rational {
        guard let scale = Rational.powerOfTen(decimals) else { throw Overflow() }
        let scaled = try multiplied(by: Rational(scale))
        let half = try Rational(1, 2)
        let shifted = scaled.numerator >= 0 ? try scaled.adding(half) : try scaled.subtracting(half)
        // Truncation towards zero of the shifted value.
        let whole = shifted.numerator / shifted.denominator
        return try Rational(whole, scale)
    }

    /// The shortest decimal strictly inside `(lower, upper)`, or nil when none has at most nine
    /// decimals: a witness coordinate that keeps later arithmetic small.
    static func simplest(between lower: Double, and upper: Double) -> Rational? {
        guard lower < upper, lower.isFinite, upper.isFinite else { return nil }
        for decimals in 0...9 {
            guard let scale = powerOfTen(decimals) else { return nil }
            let s = Double(scale)
            let candidate = ((lower + upper) / 2 * s).rounded()
            guard candidate.magnitude < 1e15, let r = try? Rational(Int64(candidate), scale) else { continue }
            let approx = r.approximation
            if approx > lower, approx < upper { return r }
        }
        return nil
    }

    /// Digits with exactly `decimals` decimal places, such as `10.40`; the value must be a
    /// decimal with at most that many places.
    func decimalText(decimals: Int) -> String? {
        guard let scale = Rational.powerOfTen(decimals), let scaled = try? multiplied(by: Rational(scale)),
              scaled.denominator == 1 else { return nil }
        let magnitude = String(scaled.numerator.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - magnitude.count)) + magnitude
        let cut = padded.index(padded.endIndex, offsetBy: -decimals)
        let text = decimals == 0 ? padded : padded[..<cut] + "." + padded[cut...]
        return (scaled.numerator < 0 ? "-" : "") + text
    }

    var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}
