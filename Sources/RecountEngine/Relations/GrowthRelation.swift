import RecountModel

/// Growth: `M.yoy @ P` is the relative change of `M` from a year before `P` (`.qoq`: a quarter),
/// so `M @ P = M @ (P − 1 year) × (1 + M.yoy @ P)`.
enum GrowthRelation {
    static let comparison = PeriodComparison(
        name: "growth", kind: .growth,
        expression: { _, _, previous in .multiply(previous, .add(.constant(Measure(exactly: 1)), .variable(2))) })

    static func links(_ context: RelationContext) -> [Link] { comparison.links(context) }
}
