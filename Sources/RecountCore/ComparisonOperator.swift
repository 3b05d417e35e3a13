/// A comparison a claim says `holds`: `<`, `<=`, `>`, `>=`, `=`, `!=` or `~`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case equal = "="
    case notEqual = "!="
    /// About equal: equal once the right side is widened by the `about` tolerance.
    case approximately = "~"
}
