import RecountFigures

/// The precision a number in words carries: the interval of values it fairly describes.
///
/// A whole number in words is read as its digits are (`five` as `5`, `doubled` as `2x`): half a
/// unit of its last non-zero digit either side. A fraction in words names a simple fraction, and
/// a writer who chose it would have chosen another if another were nearer. So `p/q` stands for the
/// values nearer to it than to any other fraction whose denominator is at most `max(q, 4)`: the
/// fractions as fine as the one chosen, and always the halves, thirds and quarters that every
/// writer has to hand. Its bounds are the midpoints to its two neighbours among those fractions,
/// from 0 to 1. A whole part (`two and a half times`) adds to both bounds.
///
/// | words | interval |
/// | --- | --- |
/// | `half` | [5/12, 7/12] ≈ [41.7%, 58.3%] |
/// | `a third` | [7/24, 5/12] ≈ [29.2%, 41.7%] |
/// | `three quarters` | [17/24, 7/8] ≈ [70.8%, 87.5%] |
/// | `two fifths` | [11/30, 9/20] ≈ [36.7%, 45%] |
/// | `a tenth` | [1/20, 19/180] ≈ [5%, 10.6%] |
/// | `two and a half times` | [2 5/12, 2 7/12] |
package enum WordPrecision {
    /// A non-negative rational number.
    package struct Fraction: Sendable, Hashable {
        package var numerator: UInt64
        package var denominator: UInt64
    }

    /// A number in words: its value and the bounds of the values it describes.
    package struct Bounds: Sendable, Hashable {
        package var value: Fraction
        package var lower: Fraction
        package var upper: Fraction
    }

    /// The smallest denominator whose fractions are always alternatives: quarters.
    package static let alternativeDenominator = 4

    /// The bounds of a number in words, or nil when it is not a number (a zero denominator).
    package static func bounds(of word: NumberWord) -> Bounds? {
        guard word.denominator > 0, word.whole >= 0, word.numerator >= 0 else { return nil }
        let w = UInt64(word.whole)
        let p = UInt64(word.numerator)
        let q = UInt64(word.denominator)
        guard p > 0, q > 1 else {
            // A whole number: half a unit of its last non-zero digit, as its digits would be read.
            var unit: UInt64 = 1
            var rest = w
            while rest > 0, rest % 10 == 0 { rest /= 10; unit *= 10 }
            let value = Fraction(numerator: w, denominator: 1)
            let lower = w == 0 ? Fraction(numerator: 0, denominator: 1) : Fraction(numerator: 2 * w - unit, denominator: 2)
            return Bounds(value: value, lower: lower, upper: Fraction(numerator: 2 * w + unit, denominator: 2))
        }
        let n = UInt64(max(word.denominator, alternativeDenominator))
        // The neighbours of p/q among the fractions a/b with 0 ≤ a ≤ b ≤ n.
        var below = Fraction(numerator: 0, denominator: 1)
        var above = Fraction(numerator: 1, denominator: 1)
        for b in 1...n {
            for a in 0...b {
                if a * q < p * b, a * below.denominator > below.numerator * b { below = Fraction(numerator: a, denominator: b) }
                if a * q > p * b, a * above.denominator < above.numerator * b { above = Fraction(numerator: a, denominator: b) }
            }
        }
        func midpoint(_ f: Fraction) -> Fraction {
            // w + (p/q + a/b) / 2 = (2qbw + pb + aq) / 2qb
            let d = 2 * q * f.denominator
            return Fraction(numerator: d * w + p * f.denominator + f.numerator * q, denominator: d)
        }
        return Bounds(value: Fraction(numerator: w * q + p, denominator: q), lower: midpoint(below), upper: midpoint(above))
    }

    /// A fraction in a unit's base units, exactly, as the printed bounds of digits are.
    package static func exact(_ f: Fraction, negative: Bool, scale: DecimalScale) -> ExactDecimal {
        let (denominator, overflow) = scale.denominator.multipliedReportingOverflow(by: f.denominator)
        guard !overflow else {
            // Not reached by the vocabulary's small fractions; kept sound by rounding outward.
            let approximate = Double(f.numerator) / Double(f.denominator)
            return ExactDecimal(negative: negative, magnitude: Natural(UInt64(approximate.rounded(.up))),
                                exponent: scale.exponent, numerator: scale.numerator, denominator: scale.denominator)
        }
        return ExactDecimal(negative: negative, magnitude: Natural(f.numerator), exponent: scale.exponent,
                            numerator: scale.numerator, denominator: denominator)
    }
}
