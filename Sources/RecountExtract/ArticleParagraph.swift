/// A paragraph of an article's text, with its sentences: the unit a claim's `at paragraph N`
/// counts.
///
/// A paragraph is a block of lines between blank lines, one bullet or numbered item, so that
/// each point of a summary list gets its own location, or one row of a table.
public struct ArticleParagraph: Sendable, Hashable {
    /// The paragraph's number, from 1 in text order.
    public var number: Int
    /// The line of the text where it starts, from 1.
    public var line: Int
    /// The text, its lines joined by single spaces and its bullet marker left out. A quote taken
    /// from it is verbatim in the article, since quotes compare runs of whitespace as one space.
    public var text: String
    /// Whether it is a bullet or numbered item.
    public var isBullet: Bool
    public var sentences: [ArticleSentence]
    /// For a row of a table: the table's number in the article, from 1 (see ``ArticleTable``).
    public var table: Int?
    /// For a row of a table: its cells, as scalar ranges of `text`, the row's label first.
    public var cells: [Range<Int>] = []

    public init(number: Int, line: Int, text: String, isBullet: Bool, sentences: [ArticleSentence]) {
        self.number = number
        self.line = line
        self.text = text
        self.isBullet = isBullet
        self.sentences = sentences
    }

    /// Whether the paragraph is mostly CJK text: a translated summary beside an English body.
    public var isCJK: Bool {
        var cjk = 0
        var latin = 0
        for c in text.unicodeScalars {
            if ScalarClass.isCJK(c) { cjk += 1 } else if ScalarClass.isASCIILetter(c) { latin += 1 }
        }
        // A CJK character carries about as much as an English word of five letters.
        return cjk * 3 > latin
    }
}

/// A sentence of a paragraph.
public struct ArticleSentence: Sendable, Hashable {
    /// The sentence's number within its paragraph, from 1.
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
