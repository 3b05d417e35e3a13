import RecountFigures

/// A unit of measure as written: a currency, a scale, a unit word and any `/per` units.
///
/// A unit turns a printed number into a value in base units (one currency unit, one watt, one
/// year, one percentage point) by multiplying by `factor`, and back again for display.
public struct Unit: Sendable, Hashable {
    /// The ISO code of the currency, if any.
    public var currency: String?
    /// The currency as written (`$`, `US$`, `DKK`, `美元`), to show values back the same way.
    public var currencySpelling: String?
    /// Whether the currency was written after the number (`370億美元`, `4.2bn USD`).
    public var currencyAfter: Bool
    /// The power of ten of the scale word, 0 when there is none.
    public var scale: Int
    /// The scale as written (`B`, ` billion`, `億`).
    public var scaleSpelling: String
    /// The unit word, if any (`%`, `GW`, `month`).
    public var word: UnitWord?
    public var wordSpelling: String
    /// Units after `/`, such as `yr` in `$/yr` or `MW` and `yr` in `$/MW/yr`.
    public var per: [UnitWord]
    public var perSpelling: [String]

    public static let none = Unit(currency: nil, currencySpelling: nil, currencyAfter: false, scale: 0,
                                  scaleSpelling: "", word: nil, wordSpelling: "", per: [], perSpelling: [])

    public var dimension: Dimension {
        var d = currency.map(Dimension.currency) ?? .none
        if let word { d = d * word.dimension }
        for p in per { d = d / p.dimension }
        return d
    }

    /// What one printed unit is worth in base units, as a sound interval (1/12 is not a double).
    public var factor: Interval {
        var f = powerOfTen(scale)
        if let word { f = f * word.factor }
        for p in per {
            if case .success(let q) = Interval.divide(f, by: p.factor) { f = q }
        }
        return f
    }

    /// The same factor as an exact rational, so that a printed bound that is a double stays
    /// exactly that double; nil only when its parts overflow 64 bits.
    package var exactScale: DecimalScale? {
        var result = DecimalScale(exponent: scale, numerator: 1, denominator: 1)
        func apply(_ w: UnitWord, inverted: Bool) -> Bool {
            guard let part = w.exactScale else { return false }
            result.exponent += inverted ? -part.exponent : part.exponent
            let (n, d) = inverted ? (part.denominator, part.numerator) : (part.numerator, part.denominator)
            let (numerator, o1) = result.numerator.multipliedReportingOverflow(by: n)
            let (denominator, o2) = result.denominator.multipliedReportingOverflow(by: d)
            result.numerator = numerator
            result.denominator = denominator
            return !o1 && !o2
        }
        if let word, !apply(word, inverted: false) { return nil }
        for p in per where !apply(p, inverted: true) { return nil }
        return result
    }

    /// The same unit without its scale word, for choosing a new scale at display time.
    public var unscaled: Unit {
        var u = self
        u.scale = 0
        u.scaleSpelling = ""
        return u
    }
}

/// `10^n` as a sound interval. Powers of ten up to 10^22 are exact doubles.
package func powerOfTen(_ n: Int) -> Interval {
    var value = 1.0
    for _ in 0..<n.magnitude { value *= 10 }
    let exact = n.magnitude <= 22
    if n >= 0 { return exact ? Interval(point: value) : Interval.outward(value, value) }
    return (try? Interval.divide(Interval(point: 1), by: exact ? Interval(point: value) : .outward(value, value)).get())
        ?? .entire
}

extension UnitWord {
    /// An hour is 1/24 of a day, and a day 1/365 of a year (see `TimeUnit`): 8,760 hours.
    static let hoursPerYear = 24 * TimeUnit.day.years.denominator / TimeUnit.day.years.numerator

    public var dimension: Dimension {
        switch self {
        case .percent, .perMille, .times: .none
        case .percentagePoint, .basisPoint: .percentagePoint
        case .watt: .power
        case .wattHour: .power * .time
        case .time: .time
        case .counted(let thing): .counted(thing)
        case .currency(let code): .currency(code)
        }
    }

    /// The value of one of this unit in base units, as an exact rational.
    var exactScale: DecimalScale? {
        switch self {
        case .percent: DecimalScale(exponent: -2, numerator: 1, denominator: 1)
        case .perMille: DecimalScale(exponent: -3, numerator: 1, denominator: 1)
        case .percentagePoint, .times, .counted, .currency: .one
        case .basisPoint: DecimalScale(exponent: -2, numerator: 1, denominator: 1)
        case .watt(let exponent): DecimalScale(exponent: exponent, numerator: 1, denominator: 1)
        case .wattHour(let exponent): DecimalScale(exponent: exponent, numerator: 1, denominator: UInt64(Self.hoursPerYear))
        case .time(let unit):
            UInt64(exactly: unit.years.numerator).flatMap { n in
                UInt64(exactly: unit.years.denominator).map { DecimalScale(exponent: 0, numerator: n, denominator: $0) }
            }
        }
    }

    /// The value of one of this unit in base units.
    public var factor: Interval {
        switch self {
        case .percent: powerOfTen(-2)
        case .perMille: powerOfTen(-3)
        case .percentagePoint, .times, .counted, .currency: Interval(point: 1)
        case .basisPoint: powerOfTen(-2)
        case .watt(let exponent): powerOfTen(exponent)
        case .wattHour(let exponent):
            (try? Interval.divide(powerOfTen(exponent), by: Interval(point: Self.hoursPerYear)).get()) ?? .entire
        case .time(let unit):
            (try? Interval.divide(Interval(point: unit.years.numerator),
                                  by: Interval(point: unit.years.denominator)).get()) ?? .entire
        }
    }
}
