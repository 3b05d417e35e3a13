import RecountFigures

/// The physical dimension of a value: integer exponents over base dimensions.
///
/// Each currency is its own base dimension: adding dollars to kroner is a finding, and only a
/// sourced rate (`AED 3.6725/USD`, a quantity of dimension AED/USD) converts one into the other.
/// Percentage points are a base dimension too, so that mixing "percent" and "percentage points"
/// is caught, while percent itself is dimensionless (0.01). Each counted thing (a barrel, a
/// tonne, a person, a share) is a base dimension, so that $/bbl cannot be added to $/person.
/// Energy is not a base: a watt-hour is a power times a time.
public struct Dimension: Sendable, Hashable {
    /// The base dimensions with non-zero exponents, sorted by base. A sorted array rather than
    /// a dictionary, because dimensions are compared on every arithmetic step.
    public let terms: [Term]

    /// One base dimension and its exponent.
    public struct Term: Sendable, Hashable {
        public var base: BaseDimension
        public var exponent: Int
    }

    public init(_ exponents: [BaseDimension: Int] = [:]) {
        terms = exponents.filter { $0.value != 0 }.map { Term(base: $0.key, exponent: $0.value) }
            .sorted { $0.base < $1.base }
    }

    private init(sorted terms: [Term]) {
        self.terms = terms
    }

    /// The exponents by base dimension.
    public var exponents: [BaseDimension: Int] {
        Dictionary(uniqueKeysWithValues: terms.map { ($0.base, $0.exponent) })
    }

    /// The exponent of one base dimension, 0 when absent.
    public func exponent(of base: BaseDimension) -> Int {
        terms.first { $0.base == base }?.exponent ?? 0
    }

    public static let none = Dimension()
    public static func currency(_ code: String) -> Dimension { Dimension([.currency(code): 1]) }
    public static let power = Dimension([.power: 1])
    public static let time = Dimension([.time: 1])
    public static let percentagePoint = Dimension([.percentagePoint: 1])
    public static func counted(_ thing: CountedThing) -> Dimension { Dimension([.counted(thing): 1]) }

    /// The ISO code when the dimension is exactly one currency: an amount of money, with no per
    /// unit and no other unit.
    public var currencyAmount: String? {
        guard terms.count == 1, terms[0].exponent == 1, case .currency(let code) = terms[0].base else { return nil }
        return code
    }

    public var isDimensionless: Bool { terms.isEmpty }

    public static func * (a: Dimension, b: Dimension) -> Dimension {
        if b.terms.isEmpty { return a }
        if a.terms.isEmpty { return b }
        var result: [Term] = []
        var i = 0
        var j = 0
        while i < a.terms.count || j < b.terms.count {
            if j == b.terms.count || (i < a.terms.count && a.terms[i].base < b.terms[j].base) {
                result.append(a.terms[i]); i += 1
            } else if i == a.terms.count || b.terms[j].base < a.terms[i].base {
                result.append(b.terms[j]); j += 1
            } else {
                let sum = a.terms[i].exponent + b.terms[j].exponent
                if sum != 0 { result.append(Term(base: a.terms[i].base, exponent: sum)) }
                i += 1; j += 1
            }
        }
        return Dimension(sorted: result)
    }

    public static func / (a: Dimension, b: Dimension) -> Dimension {
        a * b.inverse
    }

    public var inverse: Dimension { Dimension(sorted: terms.map { Term(base: $0.base, exponent: -$0.exponent) }) }

    /// A readable name: `USD/time`, `USD/(power·time)`, `dimensionless`.
    public var description: String {
        if terms.isEmpty { return "a dimensionless number" }
        func part(_ entries: [Term]) -> String {
            entries.map { $0.exponent.magnitude == 1 ? $0.base.name : "\($0.base.name)^\($0.exponent.magnitude)" }
                .joined(separator: "·")
        }
        let numerator = terms.filter { $0.exponent > 0 }
        let denominator = terms.filter { $0.exponent < 0 }
        var text = numerator.isEmpty ? "1" : part(numerator)
        if !denominator.isEmpty {
            text += denominator.count == 1 ? "/" + part(denominator) : "/(" + part(denominator) + ")"
        }
        return text
    }
}

/// A base dimension.
public enum BaseDimension: Sendable, Hashable, Comparable {
    case currency(String)
    case power
    case time
    case percentagePoint
    case counted(CountedThing)

    public var name: String {
        switch self {
        case .currency(let code): code
        case .power: "power"
        case .time: "time"
        case .percentagePoint: "percentage points"
        case .counted(let thing): thing.name
        }
    }

    private var order: (Int, String) {
        switch self {
        case .currency(let code): (0, code)
        case .power: (1, "")
        case .time: (2, "")
        case .percentagePoint: (3, "")
        case .counted(let thing): (4, thing.name)
        }
    }

    public static func < (lhs: BaseDimension, rhs: BaseDimension) -> Bool { lhs.order < rhs.order }
}
