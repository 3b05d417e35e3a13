/// The words that make a metric a flow by its name alone, so that a figure of it stated with no
/// period is a finding even when no `metric` declares its kind.
///
/// Revenue, spending, capital expenditure, income, losses, costs and cash flow accumulate over
/// a period: "$12 per megawatt in revenue" says nothing of how long. A metric is a flow by name
/// when a word of its name (split on `_`; a comparison suffix such as `.yoy` is left aside) is
/// one of `words`, or two consecutive words are `cash` `flow` (`free_cash_flow` too). A metric
/// declared `kind stock` is never one, whatever its name, and a metric declared `kind flow` is
/// one whatever its name. The name rule decides only whether a figure needs a period; how the
/// engine converts amounts and rates follows declared kinds alone.
public enum FlowWords {
    /// The words, each one flow by itself.
    public static let words: Set<String> = [
        "revenue", "revenues", "sales", "spend", "spending", "capex", "income", "loss", "losses",
        "cost", "costs", "expenses",
    ]

    /// Whether a metric's name says it is a flow: `revenue_per_mw`, `ai_capex`, `free_cash_flow`.
    public static func namesFlow(_ metric: String) -> Bool {
        let base = ComparisonSuffix.split(metric)?.base ?? metric
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "." }).map { $0.lowercased() }
        if parts.contains(where: words.contains) { return true }
        return zip(parts, parts.dropFirst()).contains { $0 == "cash" && $1 == "flow" }
    }
}
