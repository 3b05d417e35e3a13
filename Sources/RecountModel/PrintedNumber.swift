import RecountFigures

/// A number as printed, and the interval of values that print that way.
///
/// `16.59` stands for [16.585, 16.595]: half a unit of the last printed digit either side. The
/// text is kept because trailing decimals carry precision (`3.10` is not `3.1`). A whole number
/// with trailing zeros is rounded at its last non-zero digit (`318,000` is [317,500, 318,500]),
/// unless its file says that such zeros are printed digits; `1.2e9` is rounded at the last digit
/// of `1.2`. A number in words (`three quarters`, `doubled`) stands for what `WordPrecision`
/// says; one in Chinese numerals or in groups with their scales (`一千零五十`, `1兆2300億`) for
/// the digits it is read as.
public struct PrintedNumber: Sendable, Hashable {
    /// Whether the trailing zeros of a whole number are printed digits or rounding.
    public enum TrailingZeros: Sendable, Hashable {
        /// `318,000` is rounded at its last non-zero digit: [317,500, 318,500]. Articles round so.
        case rounded
        /// `318,000` is exact to its last digit: [317,999.5, 318,000.5]. Tables print so.
        case significant
    }

    /// The number normalised to ASCII digits without separators or exponent, e.g. `1369.5`;
    /// for a number in words, its value in digits where it has a finite decimal.
    public let digits: String
    /// How many digits follow the decimal point of `digits`.
    public let decimals: Int
    /// The value taken at face value.
    public let value: Double
    /// The values that round to the printed text. A bound that is a double (10.5) is exactly
    /// that double; one that is not (16.585) is the nearest double outside it.
    public let interval: Interval
    /// The digits of `digits` without the decimal point, as a whole number: 1659 for `16.59`.
    package let mantissa: Natural
    /// The power of ten of the last digit that carries precision: -2 for `16.59`, 3 for
    /// `318,000`, 8 for `1.2e9`. The printed interval is half of that digit's unit either side.
    public let precisionExponent: Int
    /// The number as words, when it was written in words.
    package let words: NumberWord?
    /// Whether the number was written with an exponent: `1.2e9`.
    public let isScientific: Bool
    /// The number as written, when its digits do not say it: `1.2e9`, `three quarters`; nil for
    /// plain digits, which every figure of a ledger is, so that copying one copies no more text.
    private var writtenText: String?

    /// The number as written: `1.2e9`, `three quarters`, or its digits.
    public var written: String { writtenText ?? digits }

    /// Whether the number is printed in plain digits, without words or an exponent: the digits
    /// a typing slip can change one at a time.
    public var isPlainDigits: Bool { words == nil && writtenText == nil }

    /// Parses a number as written (`1,369`, `16.59`, `１２`, `1.2e9`, `three quarters`), or
    /// returns nil if it is malformed: thousands groups must have three digits, there may be
    /// one decimal point, and an exponent has at most three digits.
    public init?(_ text: String, trailingZeros: TrailingZeros = .rounded) {
        let scalars = Array(text.unicodeScalars)
        if text.utf8.contains(where: { $0 >= 0x80 }), let digits = ChineseNumeral.digits(of: text) ?? ScaleGroups.digits(of: text) {
            // Numerals, and groups with their scales (`1兆2300億` as `12300e8`), are read as the
            // digits they stand for, with those digits' precision.
            guard let number = PrintedNumber(digits, trailingZeros: trailingZeros) else { return nil }
            self = number
            self.writtenText = text
            return
        }
        if let first = scalars.first, !("0"..."9").contains(first), !(first.value >= 0xFF10 && first.value <= 0xFF19) {
            guard let (span, word) = FigureScanner.strict.numberWord(in: scalars, at: 0, end: scalars.count),
                  span == 0..<scalars.count, let bounds = WordPrecision.bounds(of: word) else { return nil }
            self = PrintedNumber(word: word, bounds: bounds, written: text)
            return
        }
        var normalized = ""
        var groups: [Int] = []
        var current = 0
        var sawPoint = false
        var decimals = 0
        var exponentText: String?
        for scalar in text.unicodeScalars {
            var c = scalar
            if c.value >= 0xFF10 && c.value <= 0xFF19, let ascii = Unicode.Scalar(c.value - 0xFF10 + 0x30) { c = ascii }
            if c == "，" { c = "," }
            if c == "．" { c = "." }
            if exponentText != nil {
                guard ("0"..."9").contains(c) || ((c == "-" || c == "+") && exponentText == "") else { return nil }
                exponentText?.unicodeScalars.append(c)
                continue
            }
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
            case "e", "E":
                exponentText = ""
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
        guard !normalized.hasSuffix("."), !normalized.isEmpty else { return nil }
        var exponent = 0
        if let exponentText {
            let magnitude = exponentText.drop { $0 == "-" || $0 == "+" }
            guard (1...3).contains(magnitude.count), let e = Int(exponentText) else { return nil }
            exponent = e
        }
        let printedDigits = normalized.filter { $0 != "." }
        // Where the precision stops: the last printed digit, or for a whole number the last
        // non-zero one.
        var precision = exponent - decimals
        if decimals == 0, trailingZeros == .rounded, printedDigits.contains(where: { $0 != "0" }) {
            precision += printedDigits.reversed().prefix { $0 == "0" }.count
        }
        // The value's own digits, with the exponent applied: `1.2e9` is 1200000000.
        let shift = exponent - decimals
        let valueDigits = shift > 0 ? printedDigits + String(repeating: "0", count: shift) : printedDigits
        let valueDecimals = max(0, -shift)
        var digits = valueDigits
        if valueDecimals > 0 {
            if digits.count <= valueDecimals { digits = String(repeating: "0", count: valueDecimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -valueDecimals))
        }
        guard let mantissa = Natural(decimal: valueDigits), let value = Double(digits) else { return nil }
        self.digits = digits
        self.decimals = valueDecimals
        self.value = value
        self.mantissa = mantissa
        self.precisionExponent = precision
        self.words = nil
        self.isScientific = exponentText != nil
        self.writtenText = exponentText != nil ? text : nil
        let bounds = PrintedNumber.bounds(mantissa: mantissa, decimals: valueDecimals, precision: precision,
                                          negative: false, scale: .one)
        self.interval = Interval(bounds.lower.enclosure.lower, bounds.upper.enclosure.upper)
    }

    /// The same number read to the precision of the digit `exponent` (a power of ten), where
    /// that is finer than its own and no finer than its last printed digit: the low end `10` of
    /// `$10B to $12B` read to the billions as `12` is. Nil for a number in words.
    public func precise(to exponent: Int) -> PrintedNumber? {
        guard words == nil else { return nil }
        let precision = max(exponent, -decimals)
        guard precision < precisionExponent else { return self }
        return PrintedNumber(self, precision: precision)
    }

    private init(_ other: PrintedNumber, precision: Int) {
        digits = other.digits
        decimals = other.decimals
        value = other.value
        mantissa = other.mantissa
        words = nil
        isScientific = other.isScientific
        writtenText = other.writtenText
        precisionExponent = precision
        let bounds = PrintedNumber.bounds(mantissa: mantissa, decimals: decimals, precision: precision,
                                          negative: false, scale: .one)
        interval = Interval(bounds.lower.enclosure.lower, bounds.upper.enclosure.upper)
    }

    /// A number in words, with the bounds its precision rule gives it.
    private init(word: NumberWord, bounds: WordPrecision.Bounds, written: String) {
        self.words = word
        self.writtenText = written
        self.isScientific = false
        self.value = word.value
        self.precisionExponent = 0
        // A third has no finite decimal: its digits are the value to fifteen significant digits,
        // shown but never read back.
        let digits = word.digits ?? NumberFormat.decimal(word.value, significant: 15)
        self.digits = digits
        self.decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
        self.mantissa = Natural(decimal: digits.filter { $0 != "." }) ?? Natural(0)
        let lower = WordPrecision.exact(bounds.lower, negative: false, scale: .one).enclosure
        let upper = WordPrecision.exact(bounds.upper, negative: false, scale: .one).enclosure
        self.interval = Interval(lower.lower, upper.upper)
    }

    /// The printed value and its two printed bounds, half a unit of the last digit that carries
    /// precision either side, as exact rationals in the unit `scale` converts to. A bound is then
    /// a double exactly when its decimal is one (10.5, 1.65 × 10^9), and is never widened past it.
    package func exact(negative: Bool, scale: DecimalScale) -> (value: ExactDecimal, lower: ExactDecimal, upper: ExactDecimal) {
        if let words, let bounds = WordPrecision.bounds(of: words) {
            let value = WordPrecision.exact(bounds.value, negative: negative, scale: scale)
            let lower = WordPrecision.exact(negative ? bounds.upper : bounds.lower, negative: negative, scale: scale)
            let upper = WordPrecision.exact(negative ? bounds.lower : bounds.upper, negative: negative, scale: scale)
            return (value, lower, upper)
        }
        let bounds = PrintedNumber.bounds(mantissa: mantissa, decimals: decimals, precision: precisionExponent,
                                          negative: negative, scale: scale)
        return (ExactDecimal(negative: negative, magnitude: mantissa, exponent: -decimals, scale: scale),
                bounds.lower, bounds.upper)
    }

    /// `±m × 10^-decimals ∓ 5 × 10^(precision-1)`, written as `(10m ∓ 5 × 10^(precision+decimals))
    /// × 10^-(decimals+1)`; the precision is never finer than the last digit.
    private static func bounds(mantissa: Natural, decimals: Int, precision: Int, negative: Bool,
                               scale: DecimalScale) -> (lower: ExactDecimal, upper: ExactDecimal) {
        let exponent = -decimals - 1
        var inner = mantissa
        inner.multiply(by: 10)
        var half = Natural(5)
        half.multiply(byPowerOf: 10, max(0, precision + decimals))
        var outer = inner
        outer.add(half)
        if mantissa.isZero {
            // Zero printed to some digits straddles zero: [−half, +half].
            return (ExactDecimal(negative: true, magnitude: outer, exponent: exponent, scale: scale),
                    ExactDecimal(negative: false, magnitude: outer, exponent: exponent, scale: scale))
        }
        inner.subtract(half)
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
