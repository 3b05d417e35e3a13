/// Writes measures back in the units an article uses: `$33.04B/yr`, `123%`, `370億美元`.
public enum ValueText {
    /// The nominal value in `unit` (or a unit chosen for the dimension), to 4 significant digits.
    public static func nominal(_ m: Measure, in unit: Unit?) -> String {
        let u = displayUnit(for: m, preferred: unit)
        let number = m.nominal / u.factor.midpoint
        return spell(NumberFormat.decimal(number), in: u)
    }

    /// The interval in `unit`, with bounds rounded outward so the printed range still contains it.
    public static func interval(_ m: Measure, in unit: Unit?) -> String {
        let u = displayUnit(for: m, preferred: unit)
        let scaled = Interval.divide(m.interval, by: u.factor).successValue ?? m.interval
        if scaled.isPoint { return spell(NumberFormat.decimal(scaled.lower, significant: 6), in: u) }
        // Bounds are shown to 6 significant digits, rounded to nearest: the one-ulp outward
        // rounding of the arithmetic would otherwise print 16.585 as 16.584.
        let low = scaled.lower.isFinite ? spell(NumberFormat.decimal(scaled.lower, significant: 6), in: u) : "-∞"
        let high = scaled.upper.isFinite ? spell(NumberFormat.decimal(scaled.upper, significant: 6), in: u) : "+∞"
        return (scaled.lower.isFinite ? "[" : "(") + "\(low), \(high)" + (scaled.upper.isFinite ? "]" : ")")
    }

    /// A number with a unit's currency, scale and unit words around it.
    package static func spell(_ number: String, in u: Unit) -> String {
        var sign = ""
        var digits = number
        if digits.hasPrefix("-"), !digits.hasPrefix("-∞") {
            sign = "-"
            digits.removeFirst()
        }
        var text = sign
        if let c = u.currencySpelling, !u.currencyAfter { text += c.count == 3 ? c + " " : c }
        // Without a scale word, thousands are grouped (`$3,899`, `$360,000`); with one, the
        // digits stand as an article prints them (`4350億美元`, `$1200 billion` is rare).
        text += (u.scale == 0 ? grouped(digits) : digits) + u.scaleSpelling
        if let c = u.currencySpelling, u.currencyAfter { text += c }
        text += u.wordSpelling
        for p in u.perSpelling { text += "/" + p }
        return text
    }

    /// A value in the family of `unit`'s words, its scale word chosen for its size: `$898
    /// million` and `$4.41 billion` side by side, as an article would write them.
    public static func nominal(_ m: Measure, inFamilyOf unit: Unit?) -> String {
        nominal(m, in: unit.map { rescaled($0, for: m) })
    }

    /// The unit with its scale word moved, within the same family of words, to the largest
    /// that leaves at least 1 before it: `$4410 million` is `$4.41 billion`, `$0.9 billion` is
    /// `$900 million`, `B` stays with `M` and `T`; below the smallest, none (`$3,899`). A scale
    /// of another family (`億`) or none is kept.
    public static func rescaled(_ unit: Unit, for m: Measure) -> Unit {
        let families: [[(Int, String)]] = [
            [(3, " thousand"), (6, " million"), (9, " billion"), (12, " trillion")],
            [(6, "M"), (9, "B"), (12, "T")],
            [(6, "m"), (9, "bn"), (12, "tn")],
        ]
        guard unit.scale != 0, let family = families.first(where: { f in
            f.contains { $0 == (unit.scale, unit.scaleSpelling) }
        }) else { return unit }
        let base = abs(m.nominal) * powerOfTen(unit.scale).midpoint / unit.factor.midpoint
        var u = unit.unscaled
        for (exponent, word) in family.reversed() where base >= powerOfTen(exponent).midpoint {
            u.scale = exponent
            u.scaleSpelling = word
            break
        }
        return u
    }

    /// Digits with a comma between thousands in their whole part: `3899.5` is `3,899.5`.
    static func grouped(_ digits: String) -> String {
        let whole = digits.prefix { $0 != "." }
        guard whole.count > 3, whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber) else { return digits }
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out + digits.dropFirst(whole.count)
    }

    /// The unit to show a measure in: the preferred one when its dimension fits, else one built
    /// from the dimension with a scale chosen by magnitude.
    static func displayUnit(for m: Measure, preferred: Unit?) -> Unit {
        if let preferred, preferred.dimension == m.dimension {
            if preferred.scale != 0 || preferred.currency == nil { return preferred }
            return withScale(preferred, for: m)
        }
        return withScale(automaticUnit(for: m.dimension), for: m)
    }

    /// Adds M/B/T to a currency unit so that large amounts read naturally; thousands print in
    /// full (`$3,899`, not `$3.899K`), as an article writes them.
    private static func withScale(_ unit: Unit, for m: Measure) -> Unit {
        guard unit.currency != nil else { return unit }
        let perUnit = abs(m.nominal / unit.factor.midpoint)
        var u = unit
        for (exponent, word) in [(12, "T"), (9, "B"), (6, "M")] {
            var threshold = 1.0
            for _ in 0..<exponent { threshold *= 10 }
            if perUnit >= threshold {
                u.scale = exponent
                u.scaleSpelling = word
                break
            }
        }
        return u
    }

    private static func automaticUnit(for d: Dimension) -> Unit {
        var u = Unit.none
        for (base, exponent) in d.terms.map({ ($0.base, $0.exponent) }) {
            switch (base, exponent) {
            case (.currency(let code), 1):
                u.currency = code
                u.currencySpelling = code == "USD" ? "$" : code
            case (.time, -1):
                u.per.append(.time(.year))
                u.perSpelling.append("yr")
            case (.time, 1):
                u.word = .time(.year)
                u.wordSpelling = " yr"
            case (.power, 1):
                u.word = .watt(0)
                u.wordSpelling = " W"
            case (.power, -1):
                u.per.append(.watt(6))
                u.perSpelling.append("MW")
            case (.percentagePoint, 1):
                u.word = .percentagePoint
                u.wordSpelling = " pp"
            case (.counted(let thing), 1) where u.word == nil:
                u.word = .counted(thing)
                u.wordSpelling = " " + thing.symbol
            case (.counted(let thing), -1):
                u.per.append(.counted(thing))
                u.perSpelling.append(thing.symbol)
            case (.currency(let code), -1):
                u.per.append(.currency(code))
                u.perSpelling.append(code)
            default:
                u.wordSpelling += " (\(d.description))"
                return u
            }
        }
        return u
    }
}
