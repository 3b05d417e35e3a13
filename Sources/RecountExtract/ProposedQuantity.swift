/// The quantity a drafted claim probably states, `entity.metric @ period`, proposed from the
/// article's context for the fact checker to review.
///
/// The entity is the name nearest the figure in its sentence (in its quote first, then before
/// it, then after it), else the last
/// named earlier in its paragraph, else the first its paragraph names, else the article's first
/// name (its headline's, as a rule). The metric is the noun the figure measures in its quote
/// (`MetricNouns`), with `.yoy` or `.qoq` for a change that says over what, and the period is the
/// draft's own. A name that modifies the noun ("Software revenue") is a part of the entity,
/// kept in the metric (`software_revenue`). A table's cell is named by its row and column
/// (see ``tableCell(_:entityName:period:)``). Names are slugs of what the article prints, so the same article always gives
/// the same names, and drafts about one entity, metric and period share one quantity.
///
/// A proposal is a guess, so it is written as a comment, never as the claim's `states`: an
/// undeclared entity is an error (R201) for every claim that names it, and two drafts that
/// guessed one quantity for two figures would conflict as if the article did.
public struct ProposedQuantity: Sendable, Hashable {
    /// The entity's id (`harrowgate_instruments`) and the name it is made from.
    public var entity: String
    public var entityName: String
    public var metric: String
    /// The period in Recount's syntax, when the draft has one; `PERIOD` when its words name a
    /// period that the sentence does not pin down.
    public var period: String?

    public init(entity: String, entityName: String, metric: String, period: String?) {
        self.entity = entity
        self.entityName = entityName
        self.metric = metric
        self.period = period
    }

    /// `harrowgate_instruments.revenue`.
    public var name: String { entity + "." + metric }

    /// `harrowgate_instruments.revenue @ H1 2025`, as a claim's `states` names it.
    public var quantity: String { period.map { "\(name) @ \($0)" } ?? name }

    /// Words that say a change is over a year, or over a quarter.
    static let yearOnYear = ["year-over-year", "year over year", "year-on-year", "yoy", "a year earlier", "a year ago",
                             "last year", "previous year", "prior year", "year-earlier", "year-ago", "同比", "按年", "去年"]
    static let quarterOnQuarter = ["quarter-over-quarter", "quarter on quarter", "quarter-on-quarter", "qoq",
                                   "sequentially", "a quarter earlier", "previous quarter", "prior quarter", "环比", "環比", "按季"]

    /// Proposes a quantity for each draft that states an amount, given the article's paragraphs.
    static func propose(for claims: inout [ClaimDraft], paragraphs: [ArticleParagraph], tables: [ArticleTable] = []) {
        // A table's cells are labels, not prose: "Revenue" in a header is no name.
        let sentences = paragraphs.filter { $0.table == nil }.flatMap { $0.sentences.map(\.text) }
        let names = EntityNames(sentences: sentences)
        var beforeTable: [Int: String] = [:]
        var latest: String?
        var rowOf: [Int: ArticleParagraph] = [:]
        // Each sentence's names and the last name of its paragraph before it, by paragraph and
        // sentence number.
        var mentions: [Int: [[EntityNames.Mention]]] = [:]
        var earlier: [Int: [String?]] = [:]
        var paragraphFirst: [Int: String] = [:]
        var articleFirst: String?
        var proseSentence = 0
        for paragraph in paragraphs {
            var last: String?
            if let table = paragraph.table {
                rowOf[paragraph.number] = paragraph
                if beforeTable[table] == nil { beforeTable[table] = latest ?? "" }
            }
            for _ in paragraph.sentences {
                var found: [EntityNames.Mention] = []
                if paragraph.table == nil {
                    found = names.mentions(ofSentence: proseSentence)
                    proseSentence += 1
                }
                latest = found.last?.name ?? latest
                mentions[paragraph.number, default: []].append(found)
                earlier[paragraph.number, default: []].append(last)
                if let first = found.first?.name {
                    if paragraphFirst[paragraph.number] == nil { paragraphFirst[paragraph.number] = first }
                    if articleFirst == nil { articleFirst = first }
                }
                last = found.last?.name ?? last
            }
        }
        // A sentence's tokens and clauses, read once for all of its figures, and its period
        // words, read only for a figure that needs them.
        var tokens: (index: Int, tokens: SentenceTokens, clauses: [Range<Int>]?)?
        var periods: Set<String>?
        for k in claims.indices {
            let claim = claims[k]
            let e = claim.expression
            guard e.role != .fraction, e.role != .count,
                  let sentenceMentions = mentions[claim.paragraph], claim.sentence >= 1, claim.sentence <= sentenceMentions.count
            else { continue }
            if let n = claim.table {
                guard let table = tables.first(where: { $0.number == n }), let row = rowOf[claim.paragraph],
                      let cell = table.cell(at: e.span.lowerBound, in: row) else { continue }
                let entityName = beforeTable[n].flatMap { $0.isEmpty ? nil : $0 } ?? articleFirst
                if let entityName, let p = tableCell(cell, entityName: entityName, period: e.period) { claims[k].proposal = p }
                // A cell takes its column's period as a sentence's figure takes its own.
                if e.period == nil, let period = columnPeriod(cell.column) {
                    claims[k].expression.period = period
                    claims[k].expression.periodWords.append(cell.column)
                }
                continue
            }
            if tokens?.index != claim.sentenceIndex {
                let t = SentenceTokens(claim.sentenceText)
                tokens = (claim.sentenceIndex, t, nil)
                periods = nil
            }
            guard let (_, t, _) = tokens else { continue }
            func clauses() -> [Range<Int>] {
                if let known = tokens?.clauses { return known }
                let found = QuoteClause.clauses(of: t.scalars)
                tokens?.clauses = found
                return found
            }
            let quote = claim.quoteRange ?? QuoteClause.range(in: t.scalars, around: e.extent, clauses: clauses())
            let isPercent = e.unit.word == .percent
            // The quote, else the two clauses before it ("sales taxes are forecast at $240 million,
            // up 6% from $229 million"): a clause after the figure is as often another figure's.
            // Within a few clauses, so that a sentence of many figures costs each of them the same.
            func earlierClauses() -> Int {
                let all = clauses()
                let first = QuoteClause.partition(all) { $0.upperBound > quote.lowerBound }
                return first > 0 ? all[max(0, first - 2)].lowerBound : quote.lowerBound
            }
            let isMultiple = e.unit.word == .times
            guard var metric = MetricNouns.metric(for: e.span, isPercent: isPercent, isMultiple: isMultiple, in: t, within: quote)
                ?? MetricNouns.metric(for: e.span, isPercent: isPercent, isMultiple: isMultiple, in: t,
                                      within: earlierClauses()..<quote.upperBound) else { continue }
            // A name that modifies the noun ("Software revenue", "Azure revenue") names a part of
            // the entity, a division or a product, and is already in the metric.
            func isPart(_ name: String) -> Bool { metric.hasPrefix(MetricNouns.slug(name) + "_") }
            let entityName = nearest(sentenceMentions[claim.sentence - 1].filter { !isPart($0.name) }, to: e.extent, quote: quote)
                ?? [earlier[claim.paragraph]?[claim.sentence - 1] ?? nil, paragraphFirst[claim.paragraph], articleFirst]
                    .compactMap { $0 }.first { !isPart($0) }
            guard let entityName else { continue }
            let entity = MetricNouns.slug(entityName)
            guard !entity.isEmpty else { continue }
            if e.isGrowth, !metric.hasPrefix("share_of_") {
                let sentence = claim.sentenceText.lowercased()
                if yearOnYear.contains(where: sentence.contains) {
                    metric += ".yoy"
                } else if quarterOnQuarter.contains(where: sentence.contains) {
                    metric += ".qoq"
                } else {
                    metric += "_growth"
                }
            }
            // Period words that name no period ("a year earlier" with no year in the sentence)
            // leave the period to be written: without it, the figure of this year and the one a
            // year earlier would share a quantity.
            var period = e.period
            if period == nil, !e.periodWords.isEmpty {
                let named = periods ?? Set(PeriodWords.all(in: t).filter { $0.kind == .period }.map(\.words))
                periods = named
                if e.periodWords.contains(where: named.contains) { period = "PERIOD" }
            }
            claims[k].proposal = ProposedQuantity(entity: entity, entityName: entityName, metric: metric, period: period)
        }
    }

    /// A table cell's quantity: the row's label is the metric and the column's header its
    /// period when it names one ("2025", "Q2 2025"), else a part of the metric ("Sensors" under
    /// "Revenue" is `sensors_revenue`). The entity is the last named before the table.
    /// The period a column's header names (`FY2026`, `2025`), if it names one.
    static func columnPeriod(_ header: String) -> String? {
        PeriodWords.all(in: SentenceTokens(header)).first { $0.kind == .period && $0.period != nil }?.period
    }

    static func tableCell(_ cell: (label: String, column: String), entityName: String, period: String?) -> ProposedQuantity? {
        let columnPeriod = columnPeriod(cell.column)
        let label = MetricNouns.slug(cell.label)
        let column = columnPeriod == nil ? MetricNouns.slug(cell.column) : ""
        let metric = [label, column].filter { !$0.isEmpty }.joined(separator: "_")
        let entity = MetricNouns.slug(entityName)
        guard !metric.isEmpty, !entity.isEmpty else { return nil }
        return ProposedQuantity(entity: entity, entityName: entityName, metric: metric, period: columnPeriod ?? period)
    }

    /// The name nearest a figure in its sentence: in its quote first, then before it, then after.
    static func nearest(_ mentions: [EntityNames.Mention], to extent: Range<Int>, quote: Range<Int>) -> String? {
        var best: (rank: Int, distance: Int, name: String)?
        for m in mentions {
            let before = m.range.upperBound <= extent.lowerBound
            let distance = before ? extent.lowerBound - m.range.upperBound : max(0, m.range.lowerBound - extent.upperBound)
            let rank = quote.contains(m.range.lowerBound) ? 0 : before ? 1 : 2
            if best.map({ (rank, distance) < ($0.rank, $0.distance) }) ?? true { best = (rank, distance, m.name) }
        }
        return best?.name
    }
}
