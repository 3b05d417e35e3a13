import RecountFigures

/// Writes a discovered relation as a formula over claim ids that is right in the claims
/// language's units.
///
/// Discovery finds "37 ÷ 12 = 3.08" on printed magnitudes. In the claims language `$37B/yr` and
/// `$3.08B/month` are both money per time and convert into each other, so the formula that
/// reproduces the monthly figure is the annual one itself, written `p1 in $/month`; `p1 / 12`
/// would be a twelfth of a yearly rate. Likewise a quarter's spending annualized is
/// `p1 / 1 quarter`, and a month's amount of a yearly rate is `p1 * 1 month`. Each formula
/// here, evaluated by `recount check`, gives the magnitude the writer computed.
enum SuggestedFormula {
    /// A time unit's length in years, as a fraction.
    static func years(_ unit: TimeUnit) -> (Int, Int) {
        switch unit {
        case .day: (1, 365)
        case .month: (1, 12)
        case .quarter: (1, 4)
        case .half: (1, 2)
        case .year: (1, 1)
        }
    }

    static func word(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: "day"
        case .month: "month"
        case .quarter: "quarter"
        case .half: "half"
        case .year: "year"
        }
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }

    /// `n/d` reduced.
    static func reduced(_ n: Int, _ d: Int) -> (Int, Int) {
        let g = max(1, gcd(n, d))
        return (n / g, d / g)
    }

    /// `x`, `x * 12`, `x / 4` or `x * 3 / 4`.
    static func times(_ x: String, _ n: Int, _ d: Int) -> String {
        switch (n, d) {
        case (1, 1): x
        case (_, 1): "\(x) * \(n)"
        case (1, _): "\(x) / \(d)"
        default: "\(x) * \(n) / \(d)"
        }
    }

    /// The unit to convert a figure into with `in`: `$/month`, `USD/yr`.
    static func conversionUnit(_ f: DiscoveryFigure) -> String? {
        let u = f.expression.unit
        var text = ""
        if let spelling = u.currencySpelling, !u.currencyAfter,
           FigureVocabulary.currencySymbols[spelling] != nil {
            text = spelling
        } else if let code = u.currency {
            text = code
        }
        if u.word == .percent { text += "%" }
        guard !u.perSpelling.isEmpty else { return nil }
        for per in u.perSpelling { text += "/" + per }
        return text
    }

    /// The formula for `c = a × n / d` on printed magnitudes, or nil when it has no simple form.
    static func scaled(_ a: DiscoveryFigure, _ n: Int, _ d: Int, to c: DiscoveryFigure) -> String? {
        let (n, d) = reduced(n, d)
        switch (a.perTime, c.perTime) {
        case let (ta, tc) where ta == tc:
            return times(a.id, n, d)
        case let (ta?, tc?):
            // c per tc = a per ta × n/d, so as rates c = a × (n/d) × years(ta) / years(tc).
            let (an, ad) = years(ta)
            let (cn, cd) = years(tc)
            let (fn, fd) = reduced(n * an * cd, d * ad * cn)
            if fn == 1, fd == 1 {
                return conversionUnit(c).map { "\(a.id) in \($0)" } ?? a.id
            }
            guard fn == 1 || fd == 1 else { return nil }
            return times(a.id, fn, fd)
        case let (ta?, nil):
            // An amount from a rate: a × 1 ta × n/d; when that is one whole unit, a × 1 unit.
            let (an, ad) = years(ta)
            let (gn, gd) = reduced(n * an, d * ad)
            if let unit = TimeUnit.allCases.first(where: { years($0) == (gn, gd) }) {
                return "\(a.id) * 1 \(word(unit))"
            }
            return times("\(a.id) * 1 \(word(ta))", n, d)
        case let (nil, tc?):
            // A rate from an amount: a × n/d per tc; when d/n of tc is one unit, a / 1 unit.
            let (cn, cd) = years(tc)
            let (hn, hd) = reduced(cn * d, cd * n)
            if let unit = TimeUnit.allCases.first(where: { years($0) == (hn, hd) }) {
                return "\(a.id) / 1 \(word(unit))"
            }
            return times(a.id, n, d) + " / 1 \(word(tc))"
        default:
            return nil
        }
    }

    /// A figure as an amount over its own period: `p1 * 1 month` for a monthly rate, `p1` otherwise.
    static func amount(_ f: DiscoveryFigure) -> String {
        f.perTime.map { "\(f.id) * 1 \(word($0))" } ?? f.id
    }
}
