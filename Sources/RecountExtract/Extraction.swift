import RecountFigures
/// Drafts the claims of an article from its text and, on request, discovers the arithmetic
/// among its figures: the library's entry point for `recount extract`.
///
/// The text is split into paragraphs and sentences, each sentence's numeric expressions become
/// claims quoting the clause around them, and `ArithmeticDiscovery` proposes formulas over the
/// claims' ids. Everything is a pure function of the text, so the same article always gives
/// the same draft, byte for byte.
public struct Extraction: Sendable {
    public var paragraphs: [ArticleParagraph]
    public var claims: [ClaimDraft]
    /// Most plausible first; empty unless suggestions were asked for.
    public var suggestions: [Suggestion]
    /// What the article means by its ambiguous signs; a region is written as a `defaults` block.
    public var signs: ArticleSigns = .none
    /// The article's tables, whose claims the claims file writes under their `defaults`.
    public var tables: [ArticleTable] = []

    public init(paragraphs: [ArticleParagraph], claims: [ClaimDraft], suggestions: [Suggestion]) {
        self.paragraphs = paragraphs
        self.claims = claims
        self.suggestions = suggestions
    }

    /// Extracts the claims of `text`, with suggestions when `suggest` is set.
    public static func run(text: String, suggest: Bool, options: DiscoveryOptions = .standard) -> Extraction {
        run(paragraphs: SentenceSplitter.paragraphs(in: text), suggest: suggest, options: options)
    }

    /// Extracts the claims of an article's paragraphs. A table's header row states no claims:
    /// its figures (years, as a rule) are the labels of its columns.
    static func run(paragraphs: [ArticleParagraph], suggest: Bool, options: DiscoveryOptions) -> Extraction {
        let tables = ArticleTable.tables(in: paragraphs)
        let headers = Set(tables.compactMap(\.rows.first))
        // Each sentence's drafts, first with no sign read; then, for the sentences that print a
        // sign or name of several currencies, again with what the article's own currencies say
        // it means. An article without such signs costs one pass.
        // What an article's own date says a quarter named without its year is, when nothing else does.
        let date = ArticleDate.find(in: paragraphs)
        var bySentence: [[ClaimDraft]] = []
        var needsSigns: [Int] = []
        var sentenceIndex = 0
        func drafts(_ paragraph: ArticleParagraph, _ sentence: ArticleSentence, index: Int,
                    signs: ArticleSigns, context: String?) -> [ClaimDraft] {
            let s = Array(sentence.text.unicodeScalars)
            let clauses = QuoteClause.clauses(of: s)
            // A table cell quotes its row, from its label to its last cell.
            let row = paragraph.table != nil && paragraph.sentences.count == 1 && sentence.text == paragraph.text
                ? paragraph.cells.first.map { $0.lowerBound..<(paragraph.cells.last?.upperBound ?? $0.upperBound) } : nil
            var claims: [ClaimDraft] = []
            for (k, e) in NumericScanner.scan(sentence.text, signs: signs, context: context, date: date).enumerated() {
                let quoteRange = row ?? QuoteClause.range(in: s, around: e.extent, clauses: clauses)
                let quote = ScalarClass.text(s, quoteRange)
                var claim = ClaimDraft(
                    id: "p\(paragraph.number)-s\(sentence.number)-n\(k + 1)", quote: quote,
                    paragraph: paragraph.number, line: paragraph.line, sentence: sentence.number,
                    sentenceIndex: index, expression: e, isCJK: paragraph.isCJK,
                    contentWords: ClaimDraft.contentWords(of: quote), sentenceText: sentence.text)
                claim.table = row == nil ? nil : paragraph.table
                claim.quoteRange = quoteRange
                claims.append(claim)
            }
            return claims
        }
        var located: [(paragraph: ArticleParagraph, sentence: ArticleSentence, context: String?)] = []
        // The period the article has established so far, for the sentences that name one only
        // relative to it.
        var context: String?
        for paragraph in paragraphs {
            // A header row is no sentence either: discovery counts the rows from the caption.
            if headers.contains(paragraph.number) { continue }
            for sentence in paragraph.sentences {
                let sentenceDrafts = drafts(paragraph, sentence, index: sentenceIndex, signs: .none, context: context)
                bySentence.append(sentenceDrafts)
                located.append((paragraph, sentence, context))
                context = ArticlePeriod.after(sentenceDrafts.map(\.expression), context: context)
                if ArticleSigns.mayNeedReading(sentence.text) { needsSigns.append(sentenceIndex) }
                sentenceIndex += 1
            }
        }
        var signs = ArticleSigns.none
        if !needsSigns.isEmpty {
            let codes = Set(bySentence.joined().compactMap(\.expression.unit.currency))
            signs = ArticleSigns.read(paragraphs.map(\.text).joined(separator: "\n\n"), codes: codes)
            if signs != .none {
                for i in needsSigns {
                    bySentence[i] = drafts(located[i].paragraph, located[i].sentence, index: i, signs: signs,
                                           context: located[i].context)
                }
            }
        }
        var claims = Array(bySentence.joined())
        for k in claims.indices {
            guard let n = claims[k].table, let table = tables.first(where: { $0.number == n }) else { continue }
            claims[k].tableBlock = table.caption ?? table.rows.first
            claims[k].expression.applyDefaults(currency: table.currency, scale: table.scale)
        }
        ProposedQuantity.propose(for: &claims, paragraphs: paragraphs, tables: tables)
        let suggestions = suggest ? ArithmeticDiscovery.suggestions(for: claims, options: options) : []
        var extraction = Extraction(paragraphs: paragraphs, claims: claims, suggestions: suggestions)
        // A region is written only when a draft needs it, so that an article with no `¥` says nothing.
        if claims.contains(where: { $0.expression.unit.currencySpelling.map(FigureVocabulary.ambiguousCurrencies.keys.contains) == true }) {
            extraction.signs = signs
        }
        extraction.tables = tables
        return extraction
    }

    /// Extracts the claims of an article read from its markup, locating paragraphs and claims by
    /// the lines of the source file rather than of its plain text.
    public static func run(article: ArticleMarkup, suggest: Bool, options: DiscoveryOptions = .standard) -> Extraction {
        var paragraphs = SentenceSplitter.paragraphs(in: article.text)
        for i in paragraphs.indices {
            guard let table = article.tableRows[paragraphs[i].line] else { continue }
            paragraphs[i].table = table
            paragraphs[i].cells = ArticleTable.joinedCells(Array(paragraphs[i].text.unicodeScalars))
        }
        var extraction = run(paragraphs: paragraphs, suggest: suggest, options: options)
        guard article.format != .text else { return extraction }
        let lines = article.sourceLinesOfTextLines()
        func source(_ line: Int) -> Int { line >= 1 && line <= lines.count ? lines[line - 1] : line }
        for i in extraction.paragraphs.indices { extraction.paragraphs[i].line = source(extraction.paragraphs[i].line) }
        for i in extraction.claims.indices { extraction.claims[i].line = source(extraction.claims[i].line) }
        return extraction
    }

    /// The suggestions written under one claim, most plausible first.
    public func suggestions(for claim: String) -> [Suggestion] {
        suggestions.filter { $0.target == claim }
    }
}
