/// A value with a dimension: a sound interval in base units, plus the nominal point value that
/// the printed figures give when taken at face value.
///
/// The interval answers "could this be true?"; the nominal answers "by how much is it off?".
public struct Measure: Sendable, Hashable {
    public var interval: Interval
    public var nominal: Double
    public var dimension: Dimension

    public init(interval: Interval, nominal: Double, dimension: Dimension) {
        self.interval = interval
        self.nominal = nominal
        self.dimension = dimension
    }

    /// An exact dimensionless number.
    public init(exactly value: Double) {
        self.init(interval: Interval(point: value), nominal: value, dimension: .none)
    }
}

/// Why an operation on measures has no result.
public enum MeasureError: Error, Sendable, Hashable {
    case dimensionMismatch(operation: String, left: Dimension, right: Dimension)
    case divisionByZero
    case overflow
}

extension Measure {
    public static func add(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        guard a.dimension == b.dimension else {
            return .failure(.dimensionMismatch(operation: "add", left: a.dimension, right: b.dimension))
        }
        return sum(a, b).map(Result.success) ?? .failure(.overflow)
    }

    public static func subtract(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        guard a.dimension == b.dimension else {
            return .failure(.dimensionMismatch(operation: "subtract", left: a.dimension, right: b.dimension))
        }
        return difference(a, b).map(Result.success) ?? .failure(.overflow)
    }

    public static func multiply(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        product(a, b).map(Result.success) ?? .failure(.overflow)
    }

    public static func divide(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        if b.interval.containsZero { return .failure(.divisionByZero) }
        return quotient(a, b).map(Result.success) ?? .failure(.overflow)
    }

    // The four operations without the reason for a missing result: propagation asks for
    // millions of them and only needs to know whether there is one, and a `Result` that
    // carries two dimensions costs copies that the plain optional does not.

    /// `add`'s result, or nil where it fails.
    package static func sum(_ a: Measure, _ b: Measure) -> Measure? {
        guard a.dimension == b.dimension else { return nil }
        return checked(Measure(interval: a.interval + b.interval, nominal: a.nominal + b.nominal,
                               dimension: a.dimension), a, b)
    }

    /// `subtract`'s result, or nil where it fails.
    package static func difference(_ a: Measure, _ b: Measure) -> Measure? {
        guard a.dimension == b.dimension else { return nil }
        return checked(Measure(interval: a.interval - b.interval, nominal: a.nominal - b.nominal,
                               dimension: a.dimension), a, b)
    }

    /// `multiply`'s result, or nil where it fails.
    package static func product(_ a: Measure, _ b: Measure) -> Measure? {
        checked(Measure(interval: a.interval * b.interval, nominal: a.nominal * b.nominal,
                        dimension: a.dimension * b.dimension), a, b)
    }

    /// `divide`'s result, or nil where it fails.
    package static func quotient(_ a: Measure, _ b: Measure) -> Measure? {
        guard case .success(let q) = Interval.divide(a.interval, by: b.interval) else { return nil }
        return checked(Measure(interval: q, nominal: a.nominal / b.nominal, dimension: a.dimension / b.dimension), a, b)
    }

    public func negated() -> Measure {
        Measure(interval: -interval, nominal: -nominal, dimension: dimension)
    }

    /// The result, or nil (an overflow) when it is not a number, is infinite at face value, or is
    /// unbounded although both inputs are bounded. (An input hedged `over` or `under` is
    /// unbounded on one side, and so may the result be, but its face value stays finite.)
    private static func checked(_ r: Measure, _ a: Measure, _ b: Measure) -> Measure? {
        if !r.nominal.isFinite { return nil }
        if a.interval.isBounded && b.interval.isBounded && !r.interval.isBounded { return nil }
        if r.interval.lower.isNaN || r.interval.upper.isNaN { return nil }
        return r
    }
}
