/// A unit of time. Rates convert through these exact factors.
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case day, month, quarter, half, year

    /// The length in years: a day is 1/365 of a year, by convention, as in annualised figures;
    /// a half is six months, as in H1 results.
    public var years: (numerator: Double, denominator: Double) {
        switch self {
        case .day: (1, 365)
        case .month: (1, 12)
        case .quarter: (1, 4)
        case .half: (1, 2)
        case .year: (1, 1)
        }
    }
}
