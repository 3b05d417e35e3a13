/// Names a metric as a reader would write it, for the prose of published reports: its declared
/// title ("AI revenue run rate"), or else a label derived from its name.
///
/// The rule for a name without a title is mechanical, so that it never guesses: underscores
/// become spaces, a word on the list of common financial and technical abbreviations (`ai`,
/// `rpo`, `fcf`, `gpu`…) is upper-cased, and every other word is left as written, so
/// `ai_run_rate` reads "AI run rate" and `lease_commitments` "lease commitments". A comparison
/// suffix becomes words around the metric it compares: `revenue.yoy` is "year-on-year growth
/// of revenue". A title is used exactly as written, so it is written as it reads inside a
/// sentence ("revenue", "AI revenue run rate", "Blackwell and Vera Rubin sales"): no rule can
/// tell a proper noun from a common one, and a sentence's first letter is capitalised where the
/// sentence is written.
public enum MetricReading {
    /// The metric as a noun phrase inside a sentence: "AI revenue run rate", "revenue".
    /// `title` looks up a declared title by the metric's path after the entity.
    public static func text(_ metric: String, title: (String) -> String?) -> String {
        if let (base, suffix) = ComparisonSuffix.split(metric) {
            return "\(words(suffix)) \(text(base, title: title))"
        }
        if let declared = title(metric) { return declared }
        let parts = metric.split(separator: ".").map { part in
            part.split(separator: "_").map { word in
                abbreviations.contains(word.lowercased()) ? word.uppercased() : String(word)
            }.joined(separator: " ")
        }
        return parts.joined(separator: ", ")
    }

    /// The abbreviations upper-cased in a derived label.
    public static let abbreviations: Set<String> = [
        "ai", "api", "arpu", "cpu", "dc", "ebit", "ebitda", "eps", "eu", "fcf", "gdp", "gpu", "gw", "hbm",
        "ipo", "mw", "rpo", "saas", "tpu", "uk", "us",
    ]

    /// The words a comparison suffix puts before the metric it compares: "year-on-year growth of".
    public static func words(_ suffix: ComparisonSuffix) -> String {
        switch suffix {
        case .yoy: "year-on-year growth of"
        case .qoq: "quarter-on-quarter growth of"
        case .yoyMultiple: "year-on-year multiple of"
        case .qoqMultiple: "quarter-on-quarter multiple of"
        case .yoyChange: "year-on-year change in"
        case .qoqChange: "quarter-on-quarter change in"
        }
    }

    /// What a comparison suffix measures, as a noun: "year-on-year growth".
    public static func noun(_ suffix: ComparisonSuffix) -> String {
        switch suffix {
        case .yoy: "year-on-year growth"
        case .qoq: "quarter-on-quarter growth"
        case .yoyMultiple: "year-on-year multiple"
        case .qoqMultiple: "quarter-on-quarter multiple"
        case .yoyChange: "year-on-year change"
        case .qoqChange: "quarter-on-quarter change"
        }
    }
}
