/// Difference: `M.yoy_change @ P` is the absolute change of `M` from a year earlier
/// (`.qoq_change`: a quarter earlier), so `M @ P = M @ (P − 1 year) + M.yoy_change @ P`.
/// For a metric in percent, the change is in percentage points.
enum DifferenceRelation {
    static let comparison = PeriodComparison(
        name: "difference", suffixes: [(".yoy_change", 12), (".qoq_change", 3)],
        expression: .add(.variable(1), .variable(2)))

    static func links(_ context: RelationContext) -> [Link] { comparison.links(context) }
}
