/// Chooses the words of a sentence that a drafted claim quotes: the clause around its figure.
///
/// A whole sentence often holds several figures and reads poorly as the quote of each; a clause
/// ("that's only about $3.08 billion per month") is what a fact checker would quote. Clauses
/// end at `, ` `; ` `: ` dashes and the CJK `，；：`, and at an ASCII comma between CJK text;
/// a comma inside a number (`1,369`) is not a break. A clause shorter than four words (six CJK
/// characters) takes in its neighbour, and quotation marks and parentheses are kept balanced,
/// so every quote reads on its own and is still verbatim.
enum QuoteClause {
    /// The clauses of a sentence, as ranges between its breaks, in text order. A sentence's
    /// figures share them, so that quoting each figure does not read the whole sentence again.
    static func clauses(of s: [Unicode.Scalar]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = 0
        for b in clauseBreaks(s) {
            clauses.append(start..<b.lowerBound)
            start = b.upperBound
        }
        clauses.append(start..<s.count)
        return clauses
    }

    /// The scalar range of the quote for an expression spanning `extent` in the sentence `s`,
    /// given its `clauses`, from `clauses(of:)`.
    static func range(in s: [Unicode.Scalar], around extent: Range<Int>, clauses: [Range<Int>]) -> Range<Int> {
        // The clauses are in text order, so the first and last the figure touches are found by
        // binary search.
        var first = partition(clauses) { $0.upperBound > extent.lowerBound }
        guard first < clauses.count else { return ScalarClass.trimmed(s, 0..<s.count) }
        var last = partition(clauses) { $0.lowerBound >= extent.upperBound } - 1
        if last < first { last = first }
        func current() -> Range<Int> { clauses[first].lowerBound..<clauses[last].upperBound }
        while weight(s, current()) < 4, first > 0 || last < clauses.count - 1 {
            if first > 0 { first -= 1 } else { last += 1 }
        }
        var r = current()
        r = balanced(s, r, within: 0..<s.count)
        return trimmedPunctuation(s, r)
    }

    /// The index of the first clause for which `isAfter` holds; it must hold for every clause
    /// after that one too.
    static func partition(_ clauses: [Range<Int>], _ isAfter: (Range<Int>) -> Bool) -> Int {
        var lo = 0
        var hi = clauses.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(clauses[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The clause breaks of a sentence, as the ranges of their punctuation and spaces.
    static func clauseBreaks(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var breaks: [Range<Int>] = []
        var depth = 0
        for (i, c) in s.enumerated() {
            if c == "(" || c == "（" { depth += 1 }
            if c == ")" || c == "）" { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            switch c {
            case "，", "；", "：", "—":
                breaks.append(i..<i + 1)
            case ",", ";", ":":
                if let next, ScalarClass.isSpace(next) {
                    breaks.append(i..<i + 2)
                } else if let next, let previous, !(ScalarClass.isDigit(previous) && ScalarClass.isDigit(next)),
                          ScalarClass.isCJK(next) || ScalarClass.isCJK(previous) {
                    breaks.append(i..<i + 1)
                }
            case "–":
                if let next, let previous, ScalarClass.isSpace(next), ScalarClass.isSpace(previous) {
                    breaks.append(i..<i + 1)
                }
            default:
                break
            }
        }
        return breaks
    }

    /// How much a span says, in English words: six CJK characters count as four words.
    static func weight(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var words = 0
        var cjk = 0
        var inWord = false
        for i in r {
            let c = s[i]
            if ScalarClass.isCJK(c) {
                cjk += 1
                inWord = false
            } else if ScalarClass.isWordScalar(c) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return words + (cjk * 2) / 3
    }

    /// Widens `r` so that straight double quotes and parentheses in it are paired.
    static func balanced(_ s: [Unicode.Scalar], _ r: Range<Int>, within bounds: Range<Int>) -> Range<Int> {
        var lower = r.lowerBound
        var upper = r.upperBound
        for _ in 0..<4 {
            let quotes = (lower..<upper).filter { s[$0] == "\"" }.count
            if quotes % 2 == 1 {
                if let close = (upper..<bounds.upperBound).first(where: { s[$0] == "\"" }) {
                    upper = close + 1
                } else if let open = (bounds.lowerBound..<lower).last(where: { s[$0] == "\"" }) {
                    lower = open
                }
            }
            var depth = 0
            var unopened = false
            for i in lower..<upper {
                if s[i] == "(" || s[i] == "（" { depth += 1 }
                if s[i] == ")" || s[i] == "）" {
                    if depth == 0 { unopened = true } else { depth -= 1 }
                }
            }
            if depth > 0, let close = (upper..<bounds.upperBound).first(where: { s[$0] == ")" || s[$0] == "）" }) {
                upper = close + 1
            }
            if unopened, let open = (bounds.lowerBound..<lower).last(where: { s[$0] == "(" || s[$0] == "（" }) {
                lower = open
            }
            if quotes % 2 == 0, depth == 0, !unopened { break }
        }
        return lower..<upper
    }

    /// Without surrounding spaces and without a final `.` `,` `;` `:` or `。`.
    static func trimmedPunctuation(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var t = ScalarClass.trimmed(s, r)
        while t.count > 1, ".,;:。，；：".unicodeScalars.contains(s[t.upperBound - 1]) {
            t = ScalarClass.trimmed(s, t.lowerBound..<t.upperBound - 1)
        }
        return t
    }
}
