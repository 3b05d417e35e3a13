import RecountCore

/// A sentence cut into words, CJK characters and punctuation, for reading the words around a
/// figure.
///
/// English words keep inner hyphens, apostrophes and periods (`year-over-year`, `Microsoft's`,
/// `U.S`, `FY2025`); each CJK character is a token of its own, since Chinese has no spaces.
struct SentenceTokens {
    enum Kind: Sendable, Hashable {
        case word
        case cjk
        case punctuation
    }

    struct Token: Sendable, Hashable {
        var range: Range<Int>
        /// The token's text, ASCII lowercased.
        var lower: String
        var kind: Kind
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    init(scalars s: [Unicode.Scalar]) {
        scalars = s
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
                continue
            }
            if ScalarClass.isWordScalar(c) || (c.value >= 0x30 && c.value <= 0x39) {
                var j = i + 1
                while j < s.count {
                    if ScalarClass.isWordScalar(s[j]) {
                        j += 1
                    } else if "-'’.".unicodeScalars.contains(s[j]), j + 1 < s.count, ScalarClass.isWordScalar(s[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                let lower = String(scalars: s[i..<j].map(ScalarClass.lower))
                tokens.append(Token(range: i..<j, lower: lower, kind: .word))
                i = j
                continue
            }
            let kind: Kind = ScalarClass.isCJK(c) && !"，。、；：？！（）「」『』【】".unicodeScalars.contains(c) ? .cjk : .punctuation
            tokens.append(Token(range: i..<i + 1, lower: String(Character(c)), kind: kind))
            i += 1
        }
        self.tokens = tokens
    }

    /// The index of the first token that starts at or after `offset`.
    func index(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index of the last token that ends at or before `offset`, or -1.
    func index(endingAtOrBefore offset: Int) -> Int {
        var i = index(atOrAfter: offset) - 1
        while i >= 0, tokens[i].range.upperBound > offset { i -= 1 }
        return i
    }

    /// Whether the tokens from `start` spell `words` (lowercase, one token each).
    func spells(_ words: [String], at start: Int) -> Bool {
        guard start >= 0, start + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() where tokens[start + k].lower != w { return false }
        return true
    }

    /// Whether the tokens ending just before `end` (exclusive index) spell `words`.
    func spells(_ words: [String], endingBefore end: Int) -> Bool {
        spells(words, at: end - words.count)
    }

    /// Whether a token is a clause break: `,` `;` `:` `(` `)` dashes and their CJK forms.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        return ",;:()—–，；：（）、".contains(tokens[i].lower)
    }

    func text(_ r: Range<Int>) -> String { ScalarClass.text(scalars, r) }
}
