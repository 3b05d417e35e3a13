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
    /// The values that round to the printed text.
    public let interval: Interval

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
        guard let value = Double(normalized), !normalized.hasSuffix(".") else { return nil }
        self.digits = normalized
        self.decimals = decimals
        self.value = value
        // value ± half a unit of the last digit. Each step rounds outward, so the interval
        // contains the exact decimal bounds even though 16.585 is not a double.
        let halfUnit = Interval.divide(Interval(point: 0.5), by: powerOfTen(decimals)).successValue ?? .entire
        let center = Interval.outward(value, value)
        self.interval = Interval((center - halfUnit).lower, (center + halfUnit).upper)
    }
}

extension Result {
    package var successValue: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
