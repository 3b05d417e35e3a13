import RecountModel

/// Multiple: `M.yoy_multiple @ P` is how many times `M` a year earlier `M @ P` is
/// (`.qoq_multiple`: a quarter earlier), so `M @ P = M @ (P − 1 year) × M.yoy_multiple @ P`.
/// "2.23×" is a multiple; "up 123%" is the growth of the same change.
enum MultipleRelation {
    static let comparison = PeriodComparison(
        name: "multiple", kind: .multiple,
        expression: { _, _, previous in .multiply(previous, .variable(2)) })

    static func links(_ context: RelationContext) -> [Link] { comparison.links(context) }
}
