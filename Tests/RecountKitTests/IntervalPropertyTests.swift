import RecountModel
import Testing

/// Soundness of interval arithmetic on random inputs.
///
/// For thousands of random interval pairs `a`, `b` (a fixed seed, so every run checks the same
/// cases) and points `x ∈ a`, `y ∈ b` (endpoints, interior points, and far points of unbounded
/// sides), the *exact real* result of `x op y` must lie in `a op b`, for `+`, `−`, `×` and `÷`
/// (when `b` excludes zero), and `−x` in `−a`.
///
/// ## How containment of the exact result is decided without rounding error
///
/// The point result is not computed as `x op y` and compared, since that value is itself rounded
/// and a sloppy interval could hold the rounded value but not the exact one. Instead each point
/// result is represented exactly as `r = s + e`, where `s = fl(x op y)` is the correctly rounded
/// `Double` and only the *sign* of the rounding error `e = r − s` is needed. Error-free
/// transformations give that sign exactly:
///
/// - sum and difference: Knuth's TwoSum, `e = (x − (s − b′)) + (y − b′)` with `b′ = s − x`;
/// - product: `e = fma(x, y, −s)`, exact because the error of a product is representable;
/// - quotient: the remainder `ρ = fma(−s, y, x) = x − s·y` is exact, and `r − s = ρ / y`, so
///   `sign(e) = sign(ρ) · sign(y)`.
///
/// Because `s` is the double nearest to `r`, `r` lies strictly between `s.nextDown` and
/// `s.nextUp`. So for a double `lower`, `lower ≤ r` exactly when `lower < s`, or `lower == s` and
/// `e ≥ 0`; symmetrically for `upper`. These rules are exact, not approximations.
///
/// They rely on no overflow or underflow in the transformations, so random magnitudes stay within
/// 2^±300 (sums below 2^302, products and quotients within 2^±602, far from the subnormal range
/// and from `Double.greatestFiniteMagnitude`). The inputs still mix signs, zero, degenerate
/// intervals, very narrow intervals, intervals crossing zero, half-unbounded intervals, small
/// decimals such as 123.45, and magnitudes across 180 decades.
@Suite struct IntervalPropertyTests {
    static let seed: UInt64 = 0x5EED_2026_0702
    static let pairs = 6_000

    @Test func operationsContainEveryExactPointResult() {
        var rng = SplitMix64(seed: Self.seed)
        var failures: [String] = []
        var checks = 0
        var divisionsChecked = 0
        var divisionsRefused = 0

        func verify(_ name: String, _ result: Interval, _ x: Double, _ y: Double, _ exact: ExactResult) {
            checks += 1
            let ok = !result.lower.isNaN && !result.upper.isNaN && result.lower <= result.upper
                && exact.isAbove(result.lower) && exact.isBelow(result.upper)
            if !ok && failures.count < 10 {
                failures.append("\(name): x=\(x) y=\(y) exact≈\(exact.rounded) not in [\(result.lower), \(result.upper)]")
            }
        }

        for _ in 0..<Self.pairs {
            let a = rng.interval()
            let b = rng.interval()
            let sum = a + b
            let difference = a - b
            let product = a * b
            let negation = -a
            let quotient = Interval.divide(a, by: b)
            if b.containsZero {
                if quotient != .failure(.divisionByZero), failures.count < 10 {
                    failures.append("÷: \(b) holds zero but division did not fail")
                }
                divisionsRefused += 1
            }
            for _ in 0..<4 {
                let x = rng.point(in: a)
                let y = rng.point(in: b)
                verify("+", sum, x, y, .sum(x, y))
                verify("−", difference, x, y, .sum(x, -y))
                verify("×", product, x, y, .product(x, y))
                verify("neg", negation, x, y, .sum(-x, 0))
                if case .success(let q) = quotient {
                    verify("÷", q, x, y, .quotient(x, y))
                    divisionsChecked += 1
                }
            }
        }
        #expect(failures.isEmpty, "seed \(Self.seed): \(failures.joined(separator: "; "))")
        #expect(checks >= Self.pairs * 4 * 4)
        // The generator must exercise both division paths substantially.
        #expect(divisionsChecked >= 5_000)
        #expect(divisionsRefused >= 300)
    }

    /// The exactness rules themselves, on cases whose answer is known.
    @Test func exactResultDecidesTiesAndRounding() {
        // 0.1 + 0.2 rounds up: the exact sum lies below the double 0.30000000000000004.
        let s = ExactResult.sum(0.1, 0.2)
        #expect(s.rounded == 0.30000000000000004 && s.errorSign < 0)
        #expect(s.isBelow(0.30000000000000004) && !s.isAbove(0.30000000000000004))
        #expect(s.isAbove(0.3) && !s.isBelow(0.3))
        // 1/3 rounds down, so the exact third is above the double.
        let third = ExactResult.quotient(1, 3)
        #expect(third.errorSign > 0 && third.isAbove(1.0 / 3) && !third.isBelow(1.0 / 3))
        // Exact operations have no error.
        #expect(ExactResult.product(1.5, 4).errorSign == 0)
        #expect(ExactResult.quotient(1, -8).errorSign == 0)
        // 0.1 × 3 rounds up to 0.30000000000000004.
        #expect(ExactResult.product(0.1, 3).errorSign < 0)
    }

    @Test func generatorIsDeterministicAndVaried() {
        var first = SplitMix64(seed: 1)
        var second = SplitMix64(seed: 1)
        #expect((0..<8).map { _ in first.next() } == (0..<8).map { _ in second.next() })
        var rng = SplitMix64(seed: Self.seed)
        let sample = (0..<2_000).map { _ in rng.interval() }
        #expect(sample.contains { $0.isPoint })
        #expect(sample.contains { $0.containsZero && !$0.isPoint })
        #expect(sample.contains { !$0.isBounded })
        #expect(sample.contains { $0.upper < 0 })
        #expect(sample.contains { $0.lower > 0 })
        #expect(sample.contains { $0.isBounded && abs($0.upper) > 1e60 })
        #expect(sample.contains { $0.lower != 0 && abs($0.lower) < 1e-60 })
    }
}

/// The exact real result of one operation on doubles, as the rounded result and the sign of the
/// rounding error (see `IntervalPropertyTests`).
private struct ExactResult {
    var rounded: Double
    /// The sign of `exact − rounded`: −1, 0 or +1.
    var errorSign: Double

    static func sum(_ x: Double, _ y: Double) -> ExactResult {
        let s = x + y
        let bVirtual = s - x
        let aVirtual = s - bVirtual
        let e = (x - aVirtual) + (y - bVirtual)
        return ExactResult(rounded: s, errorSign: sign(e))
    }

    static func product(_ x: Double, _ y: Double) -> ExactResult {
        let p = x * y
        let e = (-p).addingProduct(x, y)
        return ExactResult(rounded: p, errorSign: sign(e))
    }

    static func quotient(_ x: Double, _ y: Double) -> ExactResult {
        let q = x / y
        let remainder = x.addingProduct(-q, y)
        return ExactResult(rounded: q, errorSign: sign(remainder) * sign(y))
    }

    private static func sign(_ v: Double) -> Double { v > 0 ? 1 : v < 0 ? -1 : 0 }

    /// Whether the exact result is at least `bound`.
    func isAbove(_ bound: Double) -> Bool {
        bound < rounded || (bound == rounded && errorSign >= 0)
    }

    /// Whether the exact result is at most `bound`.
    func isBelow(_ bound: Double) -> Bool {
        bound > rounded || (bound == rounded && errorSign <= 0)
    }
}

/// Draws of the values the property tests need.
private extension SplitMix64 {
    /// A double uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An integer uniform in the range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// A value of mixed kind and magnitude, |v| < 2^301.
    mutating func value() -> Double {
        let sign: Double = chance(50) ? -1 : 1
        switch int(0...99) {
        case 0..<4:
            return 0
        case 4..<40:
            // A small decimal with up to four places, as printed figures are.
            let powers: [Double] = [1, 10, 100, 1_000, 10_000]
            return Double(int(-1_000_000...1_000_000)) / powers[int(0...4)]
        case 40..<80:
            return sign * Double(sign: .plus, exponent: int(-40...40), significand: 1 + unit())
        default:
            return sign * Double(sign: .plus, exponent: int(-300...300), significand: 1 + unit())
        }
    }

    /// A random interval with `lower <= upper`.
    mutating func interval() -> Interval {
        switch int(0...99) {
        case 0..<10:
            return Interval(point: value())
        case 10..<20:
            // Very narrow: rounding matters more than width.
            let v = value()
            return Interval(v, v + abs(v) * unit() * 1e-12)
        case 20..<28:
            return chance(50) ? Interval(value(), .infinity) : Interval(-.infinity, value())
        case 28..<40:
            // Straddles zero.
            return Interval(-abs(value()), abs(value()))
        default:
            let p = value()
            let q = value()
            return Interval(min(p, q), max(p, q))
        }
    }

    /// A finite point of the interval: an endpoint, an interior point, or a far point on an
    /// unbounded side. Every point stays below 2^302 in magnitude.
    mutating func point(in i: Interval) -> Double {
        switch (i.lower.isFinite, i.upper.isFinite) {
        case (true, true):
            switch int(0...3) {
            case 0: return i.lower
            case 1: return i.upper
            default:
                let p = i.lower + unit() * (i.upper - i.lower)
                return min(max(p, i.lower), i.upper)
            }
        case (true, false):
            return chance(25) ? i.lower : i.lower + abs(value())
        case (false, true):
            return chance(25) ? i.upper : i.upper - abs(value())
        case (false, false):
            return value()
        }
    }
}
