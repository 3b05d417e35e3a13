/// A metric suffix that compares a metric with itself one period earlier.
///
/// `M.yoy @ P` is the growth of `M` from a year before `P`, `M.yoy_multiple` how many times
/// larger it is, and `M.yoy_change` the absolute change; the `qoq` forms look back a quarter.
/// The relations, the slip finder and the resolver all read the suffixes from here.
public enum ComparisonSuffix: String, Sendable, Hashable, CaseIterable {
    case yoy = ".yoy"
    case qoq = ".qoq"
    case yoyMultiple = ".yoy_multiple"
    case qoqMultiple = ".qoq_multiple"
    case yoyChange = ".yoy_change"
    case qoqChange = ".qoq_change"

    /// What the comparison measures.
    public enum Kind: Sendable, Hashable {
        /// The relative change: `M @ P = M @ (P − 1) × (1 + M.yoy @ P)`.
        case growth
        /// The ratio: `M @ P = M @ (P − 1) × M.yoy_multiple @ P`.
        case multiple
        /// The absolute change: `M @ P = M @ (P − 1) + M.yoy_change @ P`.
        case change
    }

    public var kind: Kind {
        switch self {
        case .yoy, .qoq: .growth
        case .yoyMultiple, .qoqMultiple: .multiple
        case .yoyChange, .qoqChange: .change
        }
    }

    /// How many months back the comparison looks: 12 for a year, 3 for a quarter.
    public var months: Int {
        switch self {
        case .yoy, .yoyMultiple, .yoyChange: 12
        case .qoq, .qoqMultiple, .qoqChange: 3
        }
    }

    /// The suffix without its dot, as explanations name it: `yoy`, `qoq_change`.
    public var name: String { String(rawValue.dropFirst()) }

    /// The metric a suffixed metric compares, and the suffix: `ai_run_rate.yoy` is
    /// (`ai_run_rate`, `.yoy`). Nil for a metric with no comparison suffix.
    public static func split(_ metric: String) -> (base: String, suffix: ComparisonSuffix)? {
        for suffix in allCases where metric.hasSuffix(suffix.rawValue) && metric.count > suffix.rawValue.count {
            return (String(metric.dropLast(suffix.rawValue.count)), suffix)
        }
        return nil
    }
}
