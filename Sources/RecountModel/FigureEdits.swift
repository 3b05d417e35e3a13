import RecountCore

/// New figures made from stated ones: the same figure one printed digit up or down, or an
/// exact value in a figure's unit.
///
/// `check --fragile` asks what happens when a figure is off by one in its last digit, and
/// `impact` tries exact values of a quantity; both need figures the engine reads exactly as it
/// would read them in a file.
extension StatedValue {
    /// The same figure moved by `steps` units of its last digit that carries precision (`16.59`
    /// → `16.60` for +1, `318,000` → `319,000`), with its hedge, precision and unit, under
    /// `policy`. Nil when the number is too long to move, is not written in plain digits, or is a
    /// range.
    public func nudged(by steps: Int, policy: TolerancePolicy) -> StatedValue? {
        let digits = number.digits
        let decimals = number.decimals
        guard number.isPlainDigits, upper == nil, let magnitude = Int64(digits.replacingAll(".", with: "")) else { return nil }
        var step: Int64 = 1
        for _ in 0..<max(0, number.precisionExponent + decimals) {
            let (next, overflow) = step.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            step = next
        }
        let (delta, o1) = step.multipliedReportingOverflow(by: Int64(steps))
        guard !o1 else { return nil }
        let (moved, overflow) = (negative ? -magnitude : magnitude).addingReportingOverflow(delta)
        guard !overflow else { return nil }
        var newDigits = String(moved.magnitude)
        if decimals > 0 {
            if newDigits.count <= decimals {
                newDigits = String(repeating: "0", count: decimals - newDigits.count + 1) + newDigits
            }
            newDigits.insert(".", at: newDigits.index(newDigits.endIndex, offsetBy: -decimals))
        }
        guard let printed = PrintedNumber(newDigits) else { return nil }
        let isNegative = moved < 0
        return StatedValue(text: StatedValue.replacingNumber(in: text, with: newDigits, negative: isNegative),
                           hedge: hedge, number: printed, negative: isNegative, unit: unit, policy: policy,
                           range: range)
    }

    /// `exactly X` in `unit`, printed to twelve significant digits: a value the quantity takes,
    /// with no printed precision around it.
    public static func exactly(_ x: Double, in unit: Unit, range: SourceRange) -> StatedValue? {
        guard x.isFinite else { return nil }
        let text = NumberFormat.decimal(abs(x), significant: 12)
        guard let printed = PrintedNumber(text) else { return nil }
        return StatedValue(text: "exactly " + ValueText.spell((x < 0 ? "-" : "") + text, in: unit), hedge: .exactly,
                           number: printed, negative: x < 0, unit: unit, policy: .standard, range: range)
    }

    /// The figure's text with its number (the first run of digits and separators) replaced, and
    /// a minus sign added or removed before it.
    static func replacingNumber(in text: String, with digits: String, negative: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool {
            ("0"..."9").contains(c) || (c.value >= 0xFF10 && c.value <= 0xFF19)
        }
        guard let start = scalars.firstIndex(where: isDigit) else { return text }
        var end = start
        while end < scalars.count, isDigit(scalars[end]) || ",.，．".unicodeScalars.contains(scalars[end]) { end += 1 }
        var before = Array(scalars[..<start])
        let after = String(String.UnicodeScalarView(scalars[end...]))
        // The sign stands before the figure's currency (`about -$23.7B`, `-DKK 5B`): drop the
        // old one and put the new one where the figure starts, after the hedge's last space.
        if let minus = before.lastIndex(of: "-") { before.remove(at: minus) }
        var figureStart = before.count
        while figureStart > 0, before[figureStart - 1] == " " { figureStart -= 1 }
        while figureStart > 0, before[figureStart - 1] != " " { figureStart -= 1 }
        if negative { before.insert("-", at: figureStart) }
        return String(String.UnicodeScalarView(before)) + digits + after
    }
}
