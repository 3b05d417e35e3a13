import RecountCore
import RecountEngine
import RecountModel

/// The plain-language sentences and value texts that every report format shares.
///
/// A reader of the published report should follow a finding without opening the claims file, so
/// each claim gets one sentence built from its deciding check: what the article says, what the
/// evidence or its own arithmetic gives, by how much they differ, and the likely cause. The
/// sentences are plain text; each renderer escapes them for its format.
public enum ReportSentences {
    // MARK: Values

    /// A recomputed value in the form of the claim's stated figure (see `StatedForm`): the
    /// ledger's `over $37B/yr` next to a stated `$37 billion/yr` is `over $37 billion/yr`, and
    /// an amount over a quarter is not shown as a yearly rate. Without a stated figure in the
    /// same dimension, a ledger figure is shown as its source writes it and any other value to
    /// four significant digits.
    public static func value(_ d: Derivation, stated: StatedValue?) -> String {
        if let stated {
            let (measure, _) = shown(d, stated: stated)
            if measure.dimension == stated.asserted.dimension {
                var hedge = ""
                if case .input(_, let text, .fact) = d.step { hedge = hedgeWords(text) }
                return hedge + StatedForm.text(measure, like: stated)
            }
        }
        if case .input(_, let text, .fact) = d.step { return text }
        let (measure, unit) = shown(d, stated: stated)
        return ValueText.nominal(measure, in: unit)
    }

    /// The hedge a figure was written with, with the space after it (`over `, `~`), or "".
    static func hedgeWords(_ text: String) -> String {
        if text.hasPrefix("~") { return text.hasPrefix("~ ") ? "~ " : "~" }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        // Hedges are one word or two (`more than`), as `Hedge(words:)` reads them.
        for count in [2, 1] where words.count > count {
            let hedge = words.prefix(count).joined(separator: " ")
            if hedge != "plain", Hedge(words: hedge) != nil { return hedge + " " }
        }
        return ""
    }

    /// A recomputed value's interval in the claim's stated unit.
    public static func interval(_ d: Derivation, stated: StatedValue?) -> String {
        let (measure, unit) = shown(d, stated: stated)
        return ValueText.interval(measure, in: unit)
    }

    /// The measure and unit to show a derivation's value in: the stated figure's dimension and
    /// unit when there is one, so that a quarter's amount is not shown as a yearly rate.
    /// A result of arithmetic over flows of one period, held per year, is shown as the amount
    /// over that period too.
    public static func shown(_ d: Derivation, stated: StatedValue?) -> (Measure, Unit?) {
        guard let stated else { return (d.valueInUnit, d.unit) }
        let target = stated.asserted.dimension
        let measure = d.value(in: target)
        if measure.dimension != target, measure.dimension == target / .time, let period = Derivation.sharedPeriod([d]) {
            return (d.amount(over: period), stated.unit)
        }
        return (measure, stated.unit)
    }

    /// What the claim says, in short: its stated figure, or its comparison in words with the
    /// figures substituted (`$37 billion/yr × 1 month is less than $31.9 billion/quarter × 1
    /// quarter ÷ 10`).
    public static func stated(_ c: ClaimReport) -> String {
        if let s = c.stated { return s.text }
        if let check = c.headline ?? c.allChecks.first, case .comparison(let relation) = check.basis,
           let l = check.derivation, let r = check.other {
            let periods = DerivationText.showsPeriods([l, r])
            return readable("\(DerivationText.substituted(l, periods: periods)) is \(words(relation)) "
                + DerivationText.substituted(r, periods: periods))
        }
        return ""
    }

    /// What the headline check recomputed: a value in the stated figure's form, or for a
    /// comparison both sides' values in words (`65%, but at least 67% is needed`).
    public static func recomputed(_ c: ClaimReport) -> String? {
        guard let check = c.headline, let d = check.derivation else { return nil }
        if case .comparison(let relation) = check.basis { return ComparisonWords.outcome(check, relation) }
        return value(d, stated: c.stated)
    }

    /// A comparison claim's two recomputed values with the operator between them (`65% >= 67%`);
    /// nil for a claim that states a figure.
    public static func comparedValues(_ c: ClaimReport) -> String? {
        guard let check = c.headline, case .comparison(let relation) = check.basis,
              let l = check.derivation, let r = check.other else { return nil }
        return ComparisonWords.formula(l, relation, r)
    }

    /// Whether a comparison claim's comparison holds, in words: "holds", "does not hold" or
    /// "holds only for some values"; nil for a claim that states a figure.
    public static func outcome(_ c: ClaimReport) -> String? {
        guard let check = c.headline, case .comparison = check.basis else { return nil }
        switch check.verdict {
        case .consistent: return "holds"
        case .approximate: return "holds only for some of the values"
        case .inconsistent: return "does not hold"
        default: return nil
        }
    }

    /// The headline's deviation (`−49.8%`) or, for a comparison, its margin in words (`3%
    /// short`, `$37 billion is 12 times $3.19 billion`); nil when the claim is consistent or
    /// nothing was recomputed.
    public static func deviation(_ c: ClaimReport) -> String? {
        guard let check = c.headline else { return nil }
        if let margin = ComparisonWords.margin(check) { return margin }
        guard check.verdict != .consistent, let deviation = check.deviation else { return nil }
        return NumberFormat.percent(deviation)
    }

    /// A relation in words, for sentences: `<` is "less than".
    static func words(_ relation: ComparisonOperator) -> String {
        switch relation {
        case .less: "less than"
        case .lessEqual: "at most"
        case .greater: "more than"
        case .greaterEqual: "at least"
        case .equal: "equal to"
        case .notEqual: "different from"
        case .approximately: "about equal to"
        }
    }

    // MARK: Sentences

    /// One plain sentence (two with a likely cause) on what was found about a claim, starting
    /// with a capital letter: "The article says 12%, but 2 secondary sources report 123%
    /// (deviation −90.2%). Likely cause: a dropped digit: …".
    public static func finding(_ c: ClaimReport, in model: ReportModel) -> String {
        var text = capitalized(readable(body(c, in: model))) + "."
        if c.result.verdict == .inconsistent {
            text += " " + cause(c, in: model)
        }
        return text
    }

    /// The likely cause, as a sentence: named when one slip alone explains the figure, or when a
    /// conflict the claim is in blames another member's figure. Members are named for readers.
    public static func cause(_ c: ClaimReport, in model: ReportModel) -> String {
        cause(c.result.decision.attribution, describe: { model.labels.member($0) },
              number: model.conflictNumber(ofAuditIndex:))
    }

    /// The likely cause of a claim's verdict, with members named by `describe` and conflicts
    /// numbered by `number`: the one sentence the terminal and every report print, so that they
    /// never disagree about what a finding follows from.
    public static func cause(_ attribution: Decision.Attribution?, describe: (Base) -> String,
                             number: (Int) -> Int?) -> String {
        switch attribution {
        case .slip(let slip)?:
            return "Likely cause: \(slip.sentence)."
        case .conflict(let index, let member, let slip)?:
            let conflict = number(index).map { " (conflict #\($0))" } ?? ""
            return "It follows from \(describe(member))\(conflict), whose likely cause is \(slip.sentence)."
        case .severalSlips(let slips)?:
            return "Several slips could explain it, so none is named: "
                + slips.map(\.sentence).joined(separator: "; or ") + "."
        case .tie(let others)?:
            return "Either this figure or " + others.map(describe).joined(separator: ", or ")
                + " is wrong; the figures do not say which."
        case .unexplained?, nil:
            return "No usual slip reproduces the figure."
        }
    }

    /// The verdict's meaning, from the design's table of verdicts.
    public static func meaning(_ verdict: Verdict) -> String {
        switch verdict {
        case .consistent: "The recomputed value meets the stated value as printed."
        case .approximate: "The recomputed value meets the stated value only within its hedge or the tolerance policy."
        case .inconsistent: "The recomputed value does not meet the stated value."
        case .undetermined: "An input is missing, or a reading cannot be evaluated."
        case .sourced: "The article attributes the figure to a source, and the ledger has no independent evidence for it."
        }
    }

    private static func body(_ c: ClaimReport, in model: ReportModel) -> String {
        let stated = c.stated
        let labels = model.labels
        guard let check = c.headline else {
            if c.result.verdict == .sourced {
                if let id = c.claim.source, let source = model.audit.project.sources[id] {
                    return "the article attributes it to “\(source.title)”, and the ledger has no evidence "
                        + "to check it by"
                }
                return "the ledger has no evidence for this figure, so it is the article's word alone"
            }
            if let problem = c.allChecks.compactMap(\.problem).first {
                return "it cannot be checked: \(problemText(problem, labels: labels))"
            }
            return "nothing in the ledger or in the article's other figures bears on it"
        }
        if let problem = check.problem, check.verdict == .undetermined {
            return "it cannot be checked: \(problemText(problem, labels: labels))"
        }
        let deviation = check.deviation.map { " (deviation \(NumberFormat.percent($0)))" } ?? ""
        let figure = stated?.text ?? "the figure"
        // "the article gives 12% for the growth of …": the figure with what it measures.
        let says = c.claim.statedQuantity.map { "the article gives \(figure) for \(labels.quantity($0.quantity))" }
            ?? "the article says \(figure)"
        var text: String
        switch check.basis {
        case .evidence:
            let peers = c.allChecks.filter { check in
                if case .evidence = check.basis { return check.verdict == c.headline?.verdict }
                return false
            }
            let groups = evidenceGroups(peers, stated: stated, in: model)
            switch check.verdict {
            case .consistent:
                text = "\(groups), as the article says (\(figure))"
            case .approximate:
                text = "\(groups), which meets the article's \(figure) only within the tolerance of its "
                    + "hedge\(deviation)"
            default:
                text = "\(says), but \(groups)\(deviation)"
            }
        case .derived(let relation):
            let derived = check.derivation.map { value($0, stated: stated) } ?? "another value"
            let joint = check.verdict == .inconsistent ? "but" : "and"
            text = "\(says), \(joint) the ledger's figures give \(derived) by \(relation)"
            if check.verdict == .inconsistent { text += deviation }
            if check.verdict == .approximate { text += ", within the tolerance of its hedge\(deviation)" }
        case .formula:
            guard let d = check.derivation else { return "its arithmetic could not be redone" }
            let result = value(d, stated: stated)
            let gives: String
            switch d.step {
            case .input(let label, let text, let origin):
                var figure = "for \(labels.quantity(text: label))"
                if case .claim(let id, _) = origin, id == label {
                    figure = model.audit.project.claim(id)?.quote.map { "in “\(ReaderLabels.snippet($0, limit: 48))”" }
                        ?? "elsewhere in the article"
                }
                gives = "the article's own figure \(figure), \(text)" + (text == result ? "," : ", comes to \(result),")
            case .derived(let label, _):
                gives = "the article's figures give \(labels.quantity(text: label)) as \(result),"
            default:
                gives = "the article's own figures give \(DerivationText.substituted(d, shownAs: stated)) = \(result),"
            }
            switch check.verdict {
            case .consistent: text = "\(gives) which matches \(figure)"
            case .approximate: text = "\(gives) which matches \(figure) only within the tolerance of its hedge\(deviation)"
            default: text = "\(gives) not \(figure)\(deviation)"
            }
            if let q = c.claim.statedQuantity, check.verdict == .inconsistent {
                text = "for \(labels.quantity(q.quantity)), " + text
            }
            if check.verdict == .inconsistent, let support = ledgerSupport(c, labels: labels) {
                text += "; the ledger's figures do give \(figure)\(support)"
            }
        case .comparison(let relation):
            guard let l = check.derivation, let r = check.other else { return "its comparison could not be redone" }
            let (left, right) = ComparisonWords.values(l, r)
            let margin = ComparisonWords.margin(check).map { " (\($0))" } ?? ""
            let periods = DerivationText.showsPeriods([l, r])
            let compared = "it compares \(side(l, labels: labels, periods: periods)) with "
                + side(r, labels: labels, periods: periods)
            switch check.verdict {
            case .consistent: text = "\(compared): \(left) is \(words(relation)) \(right), as it says\(margin)"
            case .approximate:
                text = "\(compared): \(left) is \(words(relation)) \(right) only for some of the values the "
                    + "figures may stand for\(margin)"
            default: text = "\(compared): \(left) is not \(words(relation)) \(right)\(margin)"
            }
        case .conflict(let index):
            let conflict = index < model.audit.conflicts.count ? model.audit.conflicts[index] : nil
            let others = conflict?.support.filter { $0 != .claim(c.claim.id) }.map { labels.member($0) } ?? []
            let implied = check.derivation.map { " imply \(value($0, stated: stated))" } ?? " disagree with it"
            let number = model.conflictNumber(ofAuditIndex: index).map { " (conflict #\($0))" } ?? ""
            text = "\(says), but \(others.joined(separator: "; "))\(implied)\(number)"
        }
        if let reading = c.decidingReading {
            text = "read as \(reading.replacingAll("-", with: " ").replacingAll("_", with: " ")), " + text
        }
        return text
    }

    /// One side of a comparison: named by what it measures when it rests on one figure,
    /// "CoreWeave's share of revenue from Microsoft in 2025 (67%)", with the arithmetic on it in
    /// brackets; arithmetic on several figures as written, with the figures.
    private static func side(_ d: Derivation, labels: ReaderLabels, periods: Bool) -> String {
        let figures = DerivationText.substituted(d, periods: periods)
        let named = d.leaves.compactMap { leaf -> String? in
            guard case .input(let label, _, let origin) = leaf.step else { return nil }
            if case .constant = origin { return nil }
            return label
        }
        guard named.count == 1, let label = named.first else { return figures }
        let name = labels.quantity(text: label)
        return name == label ? figures : "\(name) (\(figures))"
    }

    /// "2 secondary sources report 123%" or "the secondary source “…” reports $30.9B", one
    /// phrase per distinct value, joined by "and".
    private static func evidenceGroups(_ checks: [Check], stated: StatedValue?, in model: ReportModel) -> String {
        var groups: [(value: String, sources: [(String?, Source.Grade?)])] = []
        for check in checks {
            guard case .evidence(let source, let grade) = check.basis, let d = check.derivation else { continue }
            let v = value(d, stated: stated)
            if let i = groups.firstIndex(where: { $0.value == v }) {
                groups[i].sources.append((source, grade))
            } else {
                groups.append((v, [(source, grade)]))
            }
        }
        return groups.map { group -> String in
            let grades = Set(group.sources.compactMap { $0.1?.rawValue })
            let grade = grades.count == 1 ? (grades.first ?? "") + " " : ""
            let titles = group.sources.compactMap(\.0).map { "“\(model.labels.source($0))”" }
            if group.sources.count == 1, let title = titles.first {
                return "the \(grade)source \(title) reports \(group.value)"
            }
            guard titles.count == group.sources.count, titles.count <= 3 else {
                return "\(group.sources.count) \(grade)sources report \(group.value)"
            }
            let list = titles.dropLast().joined(separator: ", ") + " and " + (titles.last ?? "")
            return "the \(grade)sources \(list) report \(group.value)"
        }.joined(separator: " and ")
    }

    /// ", by growth (yoy)" when a check on ledger evidence alone meets the claim's figure.
    private static func ledgerSupport(_ c: ClaimReport, labels: ReaderLabels) -> String? {
        for check in c.result.checks where check.verdict == .consistent {
            switch check.basis {
            case .evidence(let source, _): return source.map { ", from “\(labels.source($0))”" } ?? ""
            case .derived(let relation): return ", by \(relation)"
            default: continue
            }
        }
        return nil
    }

    /// A problem that keeps a claim from being checked, in words: a missing figure is named by
    /// its label ("neither the article nor the ledger gives Microsoft's capex in 2026").
    static func problemText(_ problem: Diagnostic, labels: ReaderLabels) -> String {
        if case .missingInput(let quantity) = problem.kind {
            return "neither the article nor the ledger gives \(labels.quantity(text: quantity))"
        }
        return problem.message
    }

    /// Arithmetic written for readers: `×`, `÷`, `≤` and `≥` for `*`, `/`, `<=` and `>=`
    /// standing between spaces (a unit such as `$/MW/yr` is left alone).
    static func readable(_ s: String) -> String {
        s.replacingAll(" * ", with: " × ").replacingAll(" / ", with: " ÷ ")
            .replacingAll(" <= ", with: " ≤ ").replacingAll(" >= ", with: " ≥ ")
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
