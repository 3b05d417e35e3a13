import RecountModel

/// Difference: `M.yoy_change @ P` is the absolute change of `M` from a year earlier
/// (`.qoq_change`: a quarter earlier), so `M @ P = M @ (P − 1 year) + M.yoy_change @ P`.
///
/// For a metric in percent the change is in percentage points: when the change is stated in
/// `pp`, or the metric itself is a dimensionless percentage, one point counts as 0.01.
enum DifferenceRelation {
    static let comparison = PeriodComparison(
        name: "difference", kind: .change,
        expression: { context, change, previous in
            inPoints(change, context)
                ? .add(previous, .multiply(.variable(2), .constant(perPoint)))
                : .add(previous, .variable(2))
        })

    /// One percentage point as a fraction: 0.01 per pp.
    static let perPoint = Measure(interval: Interval.divide(Interval(point: 1), by: Interval(point: 100)).successValue
                                      ?? Interval(point: 0.01),
                                  nominal: 0.01, dimension: Dimension.percentagePoint.inverse)

    static func links(_ context: RelationContext) -> [Link] { comparison.links(context) }

    /// Whether the change is in percentage points: stated so, or of a dimensionless metric.
    private static func inPoints(_ change: Quantity, _ context: RelationContext) -> Bool {
        if let d = context.known[change] { return d == .percentagePoint }
        guard let (base, suffix) = ComparisonSuffix.split(change.metric), suffix.kind == .change else { return false }
        let name = change.entity + "." + base
        return context.project.facts.contains { $0.quantity.quantity.name == name && $0.value.asserted.dimension.isDimensionless }
            || context.known.contains { $0.key.name == name && $0.value.isDimensionless }
    }
}
