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

    public init(paragraphs: [ArticleParagraph], claims: [ClaimDraft], suggestions: [Suggestion]) {
        self.paragraphs = paragraphs
        self.claims = claims
        self.suggestions = suggestions
    }

    /// Extracts the claims of `text`, with suggestions when `suggest` is set.
    public static func run(text: String, suggest: Bool, options: DiscoveryOptions = .standard) -> Extraction {
        let paragraphs = SentenceSplitter.paragraphs(in: text)
        var claims: [ClaimDraft] = []
        var sentenceIndex = 0
        for paragraph in paragraphs {
            let cjk = paragraph.isCJK
            for sentence in paragraph.sentences {
                let s = Array(sentence.text.unicodeScalars)
                let clauses = QuoteClause.clauses(of: s)
                for (k, e) in NumericScanner.scan(sentence.text).enumerated() {
                    let quote = ScalarClass.text(s, QuoteClause.range(in: s, around: e.extent, clauses: clauses))
                    claims.append(ClaimDraft(
                        id: "p\(paragraph.number)-s\(sentence.number)-n\(k + 1)", quote: quote,
                        paragraph: paragraph.number, line: paragraph.line, sentence: sentence.number,
                        sentenceIndex: sentenceIndex, expression: e, isCJK: cjk,
                        contentWords: ClaimDraft.contentWords(of: quote), sentenceText: sentence.text))
                }
                sentenceIndex += 1
            }
        }
        ProposedQuantity.propose(for: &claims, paragraphs: paragraphs)
        let suggestions = suggest ? ArithmeticDiscovery.suggestions(for: claims, options: options) : []
        return Extraction(paragraphs: paragraphs, claims: claims, suggestions: suggestions)
    }

    /// Extracts the claims of an article read from its markup, locating paragraphs and claims by
    /// the lines of the source file rather than of its plain text.
    public static func run(article: ArticleMarkup, suggest: Bool, options: DiscoveryOptions = .standard) -> Extraction {
        var extraction = run(text: article.text, suggest: suggest, options: options)
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
