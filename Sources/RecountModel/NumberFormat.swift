/// Locale-independent decimal formatting, so reports are byte-identical on every machine.
///
/// Only IEEE basic operations are used (no `log10`, no `String(format:)`), because those are
/// exactly rounded everywhere while C library functions and locales differ between systems.
public enum NumberFormat {
    /// `x` with `significant` significant digits (more for large integers), rounded by `rule`,
    /// without trailing zeros after the decimal point.
    public static func decimal(_ x: Double, significant: Int = 4,
                               rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "+∞" : "-∞" }
        if x == 0 { return "0" }
        var magnitude = 0
        var a = abs(x)
        while a >= 10 { a /= 10; magnitude += 1 }
        while a < 1 { a *= 10; magnitude -= 1 }
        let decimals = min(15, max(0, significant - 1 - magnitude))
        return fixed(x, decimals: decimals, rounding: rule)
    }

    /// `x` with at most `decimals` digits after the point, trailing zeros removed.
    public static func fixed(_ x: Double, decimals: Int,
                             rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        if !x.isFinite { return decimal(x) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * scale).rounded(rule)
        guard abs(scaled) < 9e15 else { return integerText(x.rounded(rule)) }
        var digits = String(Int64(abs(scaled)))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            let point = digits.index(digits.endIndex, offsetBy: -decimals)
            var fraction = digits[point...]
            while fraction.last == "0" { fraction = fraction.dropLast() }
            digits = fraction.isEmpty ? String(digits[..<point]) : "\(digits[..<point]).\(fraction)"
        }
        return (scaled < 0 ? "-" : "") + digits
    }

    /// A huge value as plain digits, without exponent notation.
    private static func integerText(_ x: Double) -> String {
        var a = abs(x)
        var exponent = 0
        while a >= 9e15 { a /= 10; exponent += 1 }
        return (x < 0 ? "-" : "") + String(Int64(a.rounded())) + String(repeating: "0", count: exponent)
    }

    /// A signed percentage for deviations and margins: `+3.2%`, `−49.8%`, `0%`.
    public static func percent(_ fraction: Double) -> String {
        let p = fraction * 100
        if !p.isFinite { return p > 0 ? "+∞%" : "−∞%" }
        let text = abs(p) >= 0.1 ? fixed(abs(p), decimals: 1) : decimal(abs(p), significant: 2)
        if text == "0" { return "0%" }
        return (p < 0 ? "−" : "+") + text + "%"
    }
}
