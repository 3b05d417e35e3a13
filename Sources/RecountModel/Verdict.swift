/// The outcome of checking one claim.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The recomputed value meets the stated value as printed.
    case consistent
    /// It meets only within the hedge or the tolerance policy.
    case approximate
    /// It does not meet.
    case inconsistent
    /// An input is missing or cannot be evaluated.
    case undetermined
    /// The article attributes the figure to a source, and the ledger has nothing to check it by.
    case sourced

    /// Whether Recount recomputed the claim and reached a finding: not for a figure that rests on
    /// the article's word alone (`sourced`) or one that could not be recomputed (`undetermined`).
    public var isChecked: Bool {
        switch self {
        case .consistent, .approximate, .inconsistent: true
        case .undetermined, .sourced: false
        }
    }

    /// Severity order, for combining several checks of one claim: the worst one wins.
    var severity: Int {
        switch self {
        case .sourced: 0
        case .consistent: 1
        case .approximate: 2
        case .undetermined: 3
        case .inconsistent: 4
        }
    }

    public static func < (a: Verdict, b: Verdict) -> Bool { a.severity < b.severity }
}
