/// A number as printed, and the interval of values that print that way.
///
/// `16.59` stands for [16.585, 16.595]: half a unit of the last printed digit either side. The
/// text is kept because trailing zeros carry precision (`3.10` is not `3.1`).
public struct PrintedNumber: Sendable, Hashable {
    /// The number normalised to ASCII digits without separators, e.g. `1369.5`.
    public let digits: String
    /// How many digits follow the decimal point.
    public let decimals: Int
    /// The value taken at face value.
    public let value: Double
    /// The values that round to the printed text. A bound that is a double (10.5) is exactly
    /// that double; one that is not (16.585) is the nearest double outside it.
    public let interval: Interval
    /// The printed digits without the decimal point, as a whole number: 1659 for `16.59`.
    package let mantissa: Natural

    /// Parses a number as written (`1,369`, `16.59`, `１２`), or returns nil if it is malformed:
    /// thousands groups must have three digits and there may be one decimal point.
    public init?(_ text: String) {
        var normalized = ""
        var groups: [Int] = []
        var current = 0
        var sawPoint = false
        var decimals = 0
        for scalar in text.unicodeScalars {
            var c = scalar
            if c.value >= 0xFF10 && c.value <= 0xFF19, let ascii = Unicode.Scalar(c.value - 0xFF10 + 0x30) { c = ascii }
            if c == "，" { c = "," }
            if c == "．" { c = "." }
            switch c {
            case "0"..."9":
                normalized.unicodeScalars.append(c)
                current += 1
                if sawPoint { decimals += 1 }
            case ",":
                if sawPoint { return nil }
                groups.append(current)
                current = 0
            case ".":
                if sawPoint { return nil }
                sawPoint = true
                groups.append(current)
                current = 0
                normalized.append(".")
            default:
                return nil
            }
        }
        if !sawPoint { groups.append(current) }
        // Thousands groups: the first 1–3 digits, each later one exactly 3.
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first),
                  groups.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
        }
        guard let value = Double(normalized), !normalized.hasSuffix("."),
              let mantissa = Natural(decimal: normalized.filter { $0 != "." }) else { return nil }
        self.digits = normalized
        self.decimals = decimals
        self.value = value
        self.mantissa = mantissa
        let bounds = PrintedNumber.bounds(mantissa: mantissa, decimals: decimals, negative: false, scale: .one)
        self.interval = Interval(bounds.lower.enclosure.lower, bounds.upper.enclosure.upper)
    }

    /// The printed value and its two printed bounds, half a unit of the last digit either side,
    /// as exact rationals in the unit `scale` converts to. A bound is then a double exactly
    /// when its decimal is one (10.5, 1.65 × 10^9), and is never widened past it.
    package func exact(negative: Bool, scale: DecimalScale) -> (value: ExactDecimal, lower: ExactDecimal, upper: ExactDecimal) {
        let bounds = PrintedNumber.bounds(mantissa: mantissa, decimals: decimals, negative: negative, scale: scale)
        return (ExactDecimal(negative: negative, magnitude: mantissa, exponent: -decimals, scale: scale),
                bounds.lower, bounds.upper)
    }

    /// `±m × 10^-decimals ∓ 5 × 10^-(decimals+1)`, written as `(10m ∓ 5) × 10^-(decimals+1)`.
    private static func bounds(mantissa: Natural, decimals: Int, negative: Bool,
                               scale: DecimalScale) -> (lower: ExactDecimal, upper: ExactDecimal) {
        let exponent = -decimals - 1
        var inner = mantissa
        inner.multiply(by: 10)
        var outer = inner
        outer.add(5)
        if mantissa.isZero {
            // Zero printed to some digits straddles zero: [−half, +half].
            return (ExactDecimal(negative: true, magnitude: outer, exponent: exponent, scale: scale),
                    ExactDecimal(negative: false, magnitude: outer, exponent: exponent, scale: scale))
        }
        inner.subtract(5)
        let near = ExactDecimal(negative: negative, magnitude: inner, exponent: exponent, scale: scale)
        let far = ExactDecimal(negative: negative, magnitude: outer, exponent: exponent, scale: scale)
        return negative ? (far, near) : (near, far)
    }
}

extension Result {
    package var successValue: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
