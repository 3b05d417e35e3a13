import RecountCore
import RecountEngine
import RecountModel

/// One article's audit arranged for publication: its claims with the check that decides each
/// verdict, the conflicts they take part in, and the sources they rest on.
///
/// The Markdown, JSON and ClaimReview reports all read this one model, so that they always tell
/// the same story; building it only selects and orders what the engine found and never computes
/// a verdict.
public struct ReportModel: Sendable {
    public var article: Article
    /// The date to print, only when one was asked for: reports carry no timestamp otherwise.
    public var date: CalendarDate?
    /// The address the project's root is published under, ending in `/`, when one was given:
    /// links to claims and ledger files become absolute, and ClaimReview places the report at
    /// `Reports/<article>.md` under it. Nil keeps links relative.
    public var baseURL: String?
    /// The article's claims, in load order.
    public var claims: [ClaimReport]
    /// The conflicts that involve the article's claims or the ledger figures they use, in the
    /// audit's order, each numbered as the audit numbers it (`ConflictReport.number(ofAuditIndex:)`),
    /// so that the terminal and every report call a conflict by the same number.
    public var conflicts: [ConflictReport]
    /// The sources of the ledger figures the claims use, and those claims are attributed to, in
    /// the order they are declared.
    public var sources: [SourceReport]
    /// Warnings and notes about the article's claims file and the ledger facts it uses.
    public var diagnostics: [Diagnostic]
    /// The audit the model was built from, to name the members of conflicts.
    public let audit: Audit
    /// The names the report's prose gives entities, metrics, periods and sources.
    public let labels: ReaderLabels
    /// Positions of claims by id and report numbers of conflicts by audit index, so that
    /// renderers look them up in constant time on large projects.
    private let claimIndex: [String: Int]
    private let conflictNumbers: [Int: Int]

    init(article: Article, date: CalendarDate?, claims: [ClaimReport], conflicts: [ConflictReport],
         sources: [SourceReport], diagnostics: [Diagnostic], audit: Audit) {
        self.article = article
        self.date = date
        self.claims = claims
        self.conflicts = conflicts
        self.sources = sources
        self.diagnostics = diagnostics
        self.audit = audit
        self.labels = ReaderLabels(project: audit.project)
        self.claimIndex = Dictionary(claims.enumerated().map { ($1.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.conflictNumbers = Dictionary(conflicts.map { ($0.auditIndex, $0.number) }, uniquingKeysWith: { a, _ in a })
    }

    /// Counts of each verdict among the article's claims, in the order verdicts are listed.
    public var counts: [(verdict: Verdict, count: Int)] {
        Verdict.allCases.map { v in (v, claims.filter { $0.result.verdict == v }.count) }
    }

    /// The inconsistent claims in the order a reader should meet them: those with a named
    /// likely cause first, in load order; then the others, the furthest off first (by the size
    /// of their deviation or margin), ties in load order.
    public var findings: [ClaimReport] {
        let inconsistent = claims.filter { $0.result.verdict == .inconsistent }
        let explained = inconsistent.filter { $0.result.cause != nil }
        let others = inconsistent.filter { $0.result.cause == nil }.enumerated().sorted { a, b in
            let x = a.element.distance ?? -1
            let y = b.element.distance ?? -1
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        return explained + others
    }

    /// The report's number of the audit's conflict at `index`, if the report shows it.
    public func conflictNumber(ofAuditIndex index: Int) -> Int? { conflictNumbers[index] }

    public func claim(_ id: String) -> ClaimReport? { claimIndex[id].map { claims[$0] } }

    /// The claim's place in load order, from 1: what a reader's report calls it ("claim 5").
    public func claimNumber(_ id: String) -> Int? { claimIndex[id].map { $0 + 1 } }

    /// The claims the audit checked, whatever it found: consistent and approximate ones.
    public var checked: [ClaimReport] {
        claims.filter { [.consistent, .approximate].contains($0.result.verdict) }
    }

    public func source(_ id: String) -> SourceReport? { sources.first { $0.source.id == id } }
}

/// What a report says about one claim.
public struct ClaimReport: Sendable {
    public var result: ClaimResult
    public var claim: Claim { result.claim }
    /// The check the summary table shows, as the engine chose it.
    public var headline: Check? { result.decision.headline }
    /// The reading whose checks decide the verdict, when it is not the claim's own proposition.
    public var decidingReading: String? { result.decision.reading }
    /// The report's numbers of the conflicts the claim is a member of.
    public var conflicts: [Int]
    /// Every figure the checks rest on (through derived values too), without repeats, in order;
    /// constants written in formulas are left out.
    public var inputs: [Derivation]
    /// The ids of the ledger sources behind its inputs, in order of first use.
    public var sources: [String]

    /// The figure the deciding proposition states: the claim's own, or its deciding reading's.
    public var stated: StatedValue? {
        claim.stated ?? decidingReading.flatMap(readingStated)
    }

    /// The figure a reading states, if it states one.
    public func readingStated(_ id: String) -> StatedValue? {
        guard case .states(_, let value)? = claim.readings.first(where: { $0.id == id })?.proposition else { return nil }
        return value
    }

    /// How far off the claim is, for ordering findings: the size of its headline's deviation or
    /// margin.
    public var distance: Double? {
        guard let check = headline, let d = check.deviation ?? check.margin, d.isFinite else { return nil }
        return abs(d)
    }

    /// Whether the claim rests only on the article's own figures.
    public var articleOnly: Bool { result.restsOnArticleOnly }

    /// Every check of the claim: its own proposition's, then each reading's.
    public var allChecks: [Check] { result.checks + result.readings.flatMap(\.checks) }
}

/// A conflict as a report shows it.
public struct ConflictReport: Sendable {
    /// Its number: the audit's, from 1, in every report of every article and in the terminal.
    public var number: Int
    /// Its index in the audit's conflicts.
    public var auditIndex: Int
    public var conflict: Conflict

    /// The number every renderer calls the audit's conflict at `index` by: its place in the
    /// audit, from 1. A report of one article of several may then skip numbers, but a number
    /// never means two different conflicts.
    public static func number(ofAuditIndex index: Int) -> Int { index + 1 }
}

/// A ledger source and the facts of it that the article's claims use.
public struct SourceReport: Sendable {
    public var source: Source
    /// Indices into the project's facts, in declaration order.
    public var facts: [Int]
}

extension ReportModel {
    /// The model of each article in the audit, in the order the articles were declared; claims
    /// of a claims file that declares no article get an article named after the file.
    public static func all(_ audit: Audit, date: CalendarDate? = nil, baseURL: String? = nil) -> [ReportModel] {
        articles(of: audit).map { build(audit, article: $0, date: date, baseURL: baseURL) }
    }

    /// The articles of an audit: the declared ones, then one per claims file without an
    /// `article` line, titled with its id.
    public static func articles(of audit: Audit) -> [Article] {
        var articles = audit.project.articles
        var known = Set(articles.map(\.id))
        for claim in audit.project.claims where !known.contains(claim.article) {
            known.insert(claim.article)
            articles.append(Article(id: claim.article, title: claim.article, author: nil, published: nil, url: nil,
                                    textPath: nil, policy: .standard, path: claim.range.path, range: claim.range))
        }
        return articles
    }

    /// Builds the model of one article.
    public static func build(_ audit: Audit, article: Article, date: CalendarDate? = nil,
                             baseURL: String? = nil) -> ReportModel {
        let project = audit.project
        let results = audit.results.filter { $0.claim.article == article.id }
        let ids = Set(results.map(\.claim.id))
        var factIndex: [SourceRange: Int] = [:]
        for (i, f) in project.facts.enumerated() where factIndex[f.range] == nil { factIndex[f.range] = i }

        // The ledger facts the claims' checks rest on.
        var usedFacts = Set<Int>()
        for result in results {
            for check in result.checks + result.readings.flatMap(\.checks) {
                for leaf in [check.derivation, check.other].compactMap({ $0 }).flatMap(\.leaves) {
                    if case .input(_, _, .fact(_, _, let range)) = leaf.step, let i = factIndex[range] {
                        usedFacts.insert(i)
                    }
                }
            }
        }
        // Conflicts with one of the article's claims, or within the ledger figures it uses.
        var conflicts: [ConflictReport] = []
        for (i, conflict) in audit.conflicts.enumerated() {
            let involvesClaim = conflict.support.contains { if case .claim(let id) = $0 { ids.contains(id) } else { false } }
            let withinUsedLedger = conflict.isLedgerOnly && conflict.support.contains {
                if case .fact(let f) = $0 { usedFacts.contains(f) } else { false }
            }
            guard involvesClaim || withinUsedLedger else { continue }
            conflicts.append(ConflictReport(number: ConflictReport.number(ofAuditIndex: i), auditIndex: i, conflict: conflict))
        }
        for c in conflicts {
            for case .fact(let f) in c.conflict.support { usedFacts.insert(f) }
        }

        let numbers = Dictionary(conflicts.map { ($0.auditIndex, $0.number) }, uniquingKeysWith: { a, _ in a })
        let claims = results.map { result in
            claimReport(result, conflicts: result.decision.conflicts.compactMap { numbers[$0] })
        }

        var factsBySource: [String: [Int]] = [:]
        for i in usedFacts.sorted() {
            if let source = project.facts[i].source { factsBySource[source, default: []].append(i) }
        }
        // Sources: those of used facts and those claims are attributed to, in declaration order.
        var sourceIDs = Set(usedFacts.compactMap { $0 < project.facts.count ? project.facts[$0].source : nil })
        for r in results { if let s = r.claim.source { sourceIDs.insert(s) } }
        let sources = sourceIDs.compactMap { project.sources[$0] }
            .sorted { ($0.range, $0.id) < ($1.range, $1.id) }
            .map { source in
                SourceReport(source: source, facts: factsBySource[source.id] ?? [])
            }

        let files = Set([article.path] + usedFacts.map { project.facts[$0].range.path })
        let diagnostics = audit.diagnostics.filter { d in
            guard let path = d.range?.path else { return false }
            return d.severity != .error && files.contains(path)
        }
        var model = ReportModel(article: article, date: date, claims: claims, conflicts: conflicts, sources: sources,
                                diagnostics: diagnostics, audit: audit)
        model.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return model
    }

    private static func claimReport(_ result: ClaimResult, conflicts numbers: [Int]) -> ClaimReport {
        let all = result.checks + result.readings.flatMap(\.checks)
        var inputs: [Derivation] = []
        var seen = Set<String>()
        var sources: [String] = []
        for leaf in all.flatMap({ [$0.derivation, $0.other].compactMap { $0 } }).flatMap(\.leaves) {
            guard case .input(let label, let stated, let origin) = leaf.step else { continue }
            if case .constant = origin { continue }
            if case .fact(let source?, _, _) = origin, !sources.contains(source) { sources.append(source) }
            guard seen.insert("\(label)\u{0}\(stated)\u{0}\(OriginText.describe(origin))").inserted else { continue }
            inputs.append(leaf)
        }
        return ClaimReport(result: result, conflicts: numbers, inputs: inputs, sources: sources)
    }
}
