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
        return checked(Measure(interval: a.interval + b.interval, nominal: a.nominal + b.nominal,
                               dimension: a.dimension), a, b)
    }

    public static func subtract(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        guard a.dimension == b.dimension else {
            return .failure(.dimensionMismatch(operation: "subtract", left: a.dimension, right: b.dimension))
        }
        return checked(Measure(interval: a.interval - b.interval, nominal: a.nominal - b.nominal,
                               dimension: a.dimension), a, b)
    }

    public static func multiply(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        checked(Measure(interval: a.interval * b.interval, nominal: a.nominal * b.nominal,
                        dimension: a.dimension * b.dimension), a, b)
    }

    public static func divide(_ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        switch Interval.divide(a.interval, by: b.interval) {
        case .failure: return .failure(.divisionByZero)
        case .success(let q):
            return checked(Measure(interval: q, nominal: a.nominal / b.nominal,
                                   dimension: a.dimension / b.dimension), a, b)
        }
    }

    public func negated() -> Measure {
        Measure(interval: -interval, nominal: -nominal, dimension: dimension)
    }

    /// Reports overflow when the result is not a number, is infinite at face value, or is
    /// unbounded although both inputs are bounded. (An input hedged `over` or `under` is
    /// unbounded on one side, and so may the result be, but its face value stays finite.)
    private static func checked(_ r: Measure, _ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        if !r.nominal.isFinite { return .failure(.overflow) }
        if a.interval.isBounded && b.interval.isBounded && !r.interval.isBounded { return .failure(.overflow) }
        if r.interval.lower.isNaN || r.interval.upper.isNaN { return .failure(.overflow) }
        return .success(r)
    }
}
