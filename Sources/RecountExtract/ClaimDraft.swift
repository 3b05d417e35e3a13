/// One numeric statement of an article, drafted as a claim: an id, a verbatim quote, a location
/// and the figure it states.
///
/// A draft states no quantity: the extractor cannot know which entity and metric a figure is
/// about, and a guessed name would look checked when it is not. The claims file it becomes
/// states the bare figure, which `recount check` loads and reports as `undetermined`, with the
/// quantity the context suggests (`proposal`) in a comment for review.
public struct ClaimDraft: Sendable, Hashable {
    /// `p87-s2-n1`: paragraph 87, sentence 2, first figure. Stable for the same text.
    public var id: String
    /// The clause around the figure, verbatim but for whitespace.
    public var quote: String
    /// The paragraph number, from 1, and the line it starts on.
    public var paragraph: Int
    public var line: Int
    /// The sentence number within the paragraph, from 1.
    public var sentence: Int
    /// The sentence's index in the whole article, from 0, for measuring distances.
    public var sentenceIndex: Int
    public var expression: NumericExpression
    /// Whether the paragraph is mostly CJK: the translated summary of a bilingual article.
    public var isCJK: Bool
    /// The quote's content words, for telling related figures from coincidences.
    public var contentWords: Set<String>
    /// The whole sentence, for reading connectives between figures.
    public var sentenceText: String
    /// The quantity the article's context suggests, for review; nil when no metric noun is
    /// near the figure or the article names no entity.
    public var proposal: ProposedQuantity?
    /// The quote's scalar range in `sentenceText`.
    public var quoteRange: Range<Int>?
    /// The number of the table whose cell it states, nil for prose.
    public var table: Int?
    /// For a table's cell, the paragraph of the table's caption (or of its first row): its
    /// rows are paragraphs of their own, but discovery reads a table and its caption as one.
    public var tableBlock: Int?

    /// The paragraph discovery reads the figure in: its own, or its table's (`tableBlock`).
    public var block: Int { tableBlock ?? paragraph }

    public init(id: String, quote: String, paragraph: Int, line: Int, sentence: Int, sentenceIndex: Int,
                expression: NumericExpression, isCJK: Bool, contentWords: Set<String>, sentenceText: String) {
        self.id = id
        self.quote = quote
        self.paragraph = paragraph
        self.line = line
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
        self.expression = expression
        self.isCJK = isCJK
        self.contentWords = contentWords
        self.sentenceText = sentenceText
    }

    /// Words too common to tie two figures together.
    static let stopwords: Set<String> = [
        "about", "above", "after", "again", "also", "although", "among", "annualized", "around", "because", "been",
        "before", "being", "below", "between", "billion", "billions", "both", "could", "does", "doing", "down",
        "during", "each", "even", "every", "from", "further", "have", "having", "here", "into", "just", "least",
        "less", "like", "made", "make", "many", "meaning", "means", "million", "millions", "more", "most", "much", "must",
        "nearly", "only", "other", "over", "same", "should", "since", "some", "such", "than", "that", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "thousand", "trillion", "under",
        "until", "very", "was", "were", "what", "when", "where", "which", "while", "will", "with", "would", "year",
        "years", "your", "month", "months", "quarter", "percent", "roughly", "approximately", "implying",
    ]

    /// CJK characters of units, scales and grammar, which pair with anything.
    static let commonCJK = Set("億亿萬万美元的年約约了是在和為为其與与及".unicodeScalars)

    /// The content words of a text: English words of four letters or more, lowercased and
    /// without a possessive `'s`, and CJK character pairs.
    static func contentWords(of text: String) -> Set<String> {
        var words = Set<String>()
        let t = SentenceTokens(text)
        var previousCJK: String?
        for token in t.tokens {
            switch token.kind {
            case .word:
                previousCJK = nil
                var w = token.lower
                if w.hasSuffix("'s") || w.hasSuffix("’s") { w = String(w.dropLast(2)) }
                guard w.unicodeScalars.count >= 4, w.unicodeScalars.allSatisfy(ScalarClass.isASCIILetter),
                      !stopwords.contains(w) else { continue }
                words.insert(w)
            case .cjk:
                let common = token.lower.unicodeScalars.allSatisfy { commonCJK.contains($0) }
                if let p = previousCJK, !common { words.insert(p + token.lower) }
                previousCJK = common ? nil : token.lower
            case .punctuation:
                previousCJK = nil
            }
        }
        return words
    }
}
