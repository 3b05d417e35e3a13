/// The physical dimension of a value: integer exponents over base dimensions.
///
/// Each currency is its own base dimension, since Recount holds no exchange rates: adding
/// dollars to kroner is a finding. Percentage points are a base dimension too, so that mixing
/// "percent" and "percentage points" is caught, while percent itself is dimensionless (0.01).
public struct Dimension: Sendable, Hashable {
    public private(set) var exponents: [BaseDimension: Int]

    public init(_ exponents: [BaseDimension: Int] = [:]) {
        self.exponents = exponents.filter { $0.value != 0 }
    }

    public static let none = Dimension()
    public static func currency(_ code: String) -> Dimension { Dimension([.currency(code): 1]) }
    public static let power = Dimension([.power: 1])
    public static let time = Dimension([.time: 1])
    public static let percentagePoint = Dimension([.percentagePoint: 1])

    public var isDimensionless: Bool { exponents.isEmpty }

    public static func * (a: Dimension, b: Dimension) -> Dimension {
        Dimension(a.exponents.merging(b.exponents, uniquingKeysWith: +))
    }

    public static func / (a: Dimension, b: Dimension) -> Dimension {
        a * b.inverse
    }

    public var inverse: Dimension { Dimension(exponents.mapValues { -$0 }) }

    /// A readable name: `USD/time`, `USD/(power·time)`, `dimensionless`.
    public var description: String {
        if exponents.isEmpty { return "a dimensionless number" }
        let sorted = exponents.sorted { $0.key < $1.key }
        func part(_ entries: [(key: BaseDimension, value: Int)]) -> String {
            entries.map { $0.value.magnitude == 1 ? $0.key.name : "\($0.key.name)^\($0.value.magnitude)" }
                .joined(separator: "·")
        }
        let numerator = sorted.filter { $0.value > 0 }
        let denominator = sorted.filter { $0.value < 0 }
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

    public var name: String {
        switch self {
        case .currency(let code): code
        case .power: "power"
        case .time: "time"
        case .percentagePoint: "percentage points"
        }
    }

    private var order: (Int, String) {
        switch self {
        case .currency(let code): (0, code)
        case .power: (1, "")
        case .time: (2, "")
        case .percentagePoint: (3, "")
        }
    }

    public static func < (lhs: BaseDimension, rhs: BaseDimension) -> Bool { lhs.order < rhs.order }
}
