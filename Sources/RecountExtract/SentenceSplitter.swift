import RecountCore

/// Splits an article's text into paragraphs and sentences, in English and in Chinese.
///
/// Claims are located by paragraph, and discovery measures how far apart two figures are in
/// sentences, so both cuts must be predictable. Paragraphs are blocks between blank lines; a
/// line that starts with `|` is a table row, a paragraph and a sentence of its own; a
/// bullet (`•`, `-`, `*`, `·`) or numbered item (`1.`, `2)`, `(3)`, `4、`) starts a paragraph of
/// its own. Sentences end at `.`, `!`, `?`, `…`, `。`, `！`, `？` and `；`, with any closing quotes
/// or brackets, but not at a decimal point, not at an abbreviation such as `U.S.`, `Inc.` or
/// `e.g.`, not at an initial, and not before a lowercase word. A line break next to CJK text
/// also ends a sentence, since CJK text is not wrapped with spaces and its lines are headings
/// or separate statements.
public enum SentenceSplitter {
    /// Words that a period follows without ending the sentence, lowercased, without their last
    /// period.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "bros",
        "vs", "v", "etc", "e.g", "i.e", "cf", "al", "approx", "est", "dept", "gov", "sen", "rep", "gen", "col",
        "lt", "capt", "mt", "ft", "ave", "no", "nos", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d",
    ]

    /// The paragraphs of `text`, numbered from 1, each with its sentences.
    public static func paragraphs(in text: String) -> [ArticleParagraph] {
        var paragraphs: [ArticleParagraph] = []
        var lines: [[Unicode.Scalar]] = []
        var firstLine = 0
        var bullet = false

        func flush() {
            guard !lines.isEmpty else { return }
            var joined: [Unicode.Scalar] = []
            var breaks: Set<Int> = []
            for line in lines {
                if let last = joined.last, let first = line.first {
                    if ScalarClass.isCJK(last) || ScalarClass.isCJK(first) { breaks.insert(joined.count) }
                    joined.append(" ")
                }
                joined.append(contentsOf: line)
            }
            let sentences = split(joined, breaks: breaks).enumerated().map { ArticleSentence(number: $0.offset + 1, text: $0.element) }
            paragraphs.append(ArticleParagraph(number: paragraphs.count + 1, line: firstLine,
                                               text: String(scalars: joined), isBullet: bullet,
                                               sentences: sentences))
            lines = []
        }

        var lineNumber = 0
        var tables = 0
        var inTable = false
        for s in ScalarClass.lines(of: text) {
            lineNumber += 1
            let content = ScalarClass.trimmed(s, 0..<s.count)
            if content.isEmpty {
                flush()
                inTable = false
                continue
            }
            // A row of a pipe table is a paragraph of its own, as the Markdown reader makes it;
            // its rule (`|---|---:|`) is no paragraph.
            if s[content.lowerBound] == "|" {
                flush()
                if !inTable { tables += 1 }
                inTable = true
                let row = Array(s[content])
                if ArticleTable.isRule(row) { continue }
                var paragraph = ArticleParagraph(number: paragraphs.count + 1, line: lineNumber, text: String(scalars: row),
                                                 isBullet: false, sentences: [ArticleSentence(number: 1, text: String(scalars: row))])
                paragraph.table = tables
                paragraph.cells = ArticleTable.pipeCells(row)
                paragraphs.append(paragraph)
                continue
            }
            inTable = false
            if let markerEnd = bulletMarkerEnd(s, from: content.lowerBound) {
                flush()
                let rest = ScalarClass.trimmed(s, markerEnd..<content.upperBound)
                guard !rest.isEmpty else { continue }
                lines = [Array(s[rest])]
                firstLine = lineNumber
                bullet = true
                continue
            }
            if lines.isEmpty {
                firstLine = lineNumber
                bullet = false
            }
            lines.append(Array(s[content]))
        }
        flush()
        return paragraphs
    }

    /// The sentences of one paragraph's text.
    public static func sentences(in text: String) -> [String] {
        split(Array(text.unicodeScalars), breaks: [])
    }

    /// Where a bullet or item marker that starts a line ends, or nil when the line has none.
    static func bulletMarkerEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i < s.count else { return nil }
        let c = s[i]
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        if "•·●▪◦‣∙".unicodeScalars.contains(c) { return i + 1 }
        if "-*–".unicodeScalars.contains(c), let next, ScalarClass.isSpace(next) { return i + 1 }
        // (1) or （1）
        if c == "(" || c == "（" {
            var j = i + 1
            while j < s.count, j - i <= 3, ScalarClass.isDigit(s[j]) { j += 1 }
            if j > i + 1, j < s.count, s[j] == ")" || s[j] == "）" { return j + 1 }
            return nil
        }
        // 1. 2) 3、 with one or two digits.
        var j = i
        while j < s.count, j - i < 3, s[j].isASCII, ScalarClass.isDigit(s[j]) { j += 1 }
        guard j > i, j - i <= 2, j < s.count else { return nil }
        if s[j] == "、" { return j + 1 }
        if s[j] == "." || s[j] == ")", j + 1 < s.count, ScalarClass.isSpace(s[j + 1]) { return j + 1 }
        return nil
    }

    /// Splits scalars into trimmed sentences; `breaks` are offsets that end a sentence.
    static func split(_ s: [Unicode.Scalar], breaks: Set<Int>) -> [String] {
        var sentences: [String] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            let r = ScalarClass.trimmed(s, start..<end)
            if !r.isEmpty { sentences.append(ScalarClass.text(s, r)) }
            start = end
        }
        while i < s.count {
            if breaks.contains(i) {
                close(i)
                i += 1
                continue
            }
            if let end = terminatorEnd(s, at: i) {
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(s.count)
        return sentences
    }

    /// Where a sentence ending at `i` ends, closing marks included; nil when `i` ends none.
    static func terminatorEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        let c = s[i]
        func absorb(_ from: Int) -> Int {
            var k = from
            while k < s.count, "。！？；!?.…".unicodeScalars.contains(s[k]) || ScalarClass.isClosing(s[k]) { k += 1 }
            return k
        }
        if "。！？；｡".unicodeScalars.contains(c) { return absorb(i + 1) }
        if c == "!" || c == "?" {
            let k = absorb(i + 1)
            if k == s.count || ScalarClass.isSpace(s[k]) || ScalarClass.isCJK(s[k]) { return k }
            return nil
        }
        guard c == "." || c == "…" else { return nil }
        if c == ".", i + 1 < s.count, ScalarClass.isDigit(s[i + 1]) { return nil }
        var j = i
        while j < s.count, s[j] == "." || s[j] == "…" { j += 1 }
        let dots = j - i
        var k = j
        while k < s.count, ScalarClass.isClosing(s[k]) { k += 1 }
        if k < s.count, !ScalarClass.isSpace(s[k]) { return nil }
        var m = k
        while m < s.count, ScalarClass.isSpace(s[m]) { m += 1 }
        if m == s.count { return k }
        if ScalarClass.isLowercaseASCII(s[m]) { return nil }
        if c == ".", dots == 1 {
            // The word before the period, with inner periods: "U.S", "Inc", "e.g".
            var b = i
            while b > 0, ScalarClass.isASCIILetter(s[b - 1]) || s[b - 1] == "." { b -= 1 }
            let word = String(scalars: s[b..<i].map(ScalarClass.lower))
            if abbreviations.contains(word) { return nil }
            if i - b == 1, ScalarClass.isUppercaseASCII(s[b]), b == 0 || !ScalarClass.isWordScalar(s[b - 1]) {
                return nil
            }
        }
        return k
    }
}
