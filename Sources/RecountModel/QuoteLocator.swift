import Foundation

/// Finds a claim's quote in an article's text, or the passage the quote was probably taken from.
///
/// Articles are corrected after they are audited: a figure changes, a word is reworded. A claim
/// whose quote is no longer in the article checks a sentence nobody can read any more, so every
/// quote must occur in the text verbatim. Only layout is forgiven: runs of whitespace, line breaks
/// included, compare equal to one space, and leading and trailing whitespace is ignored, so that
/// a quote copied across a line break still matches. Text is compared in Unicode canonical
/// composition (NFC), so "é" typed as one or two scalars is the same.
///
/// When the quote is not there, the locator finds the closest passage by approximate substring
/// matching (Sellers' semi-global edit distance over Unicode scalars, computed with Myers'
/// bit-parallel method, O(n·⌈m/64⌉) for an article of n scalars and a quote of m), widens it to
/// whole words, and lists what changed word by word, so the report can say
/// `"12%" → "123%"` instead of only "not found".
///
/// Build one locator per article and ask it for every quote of that article: the text is
/// normalised and indexed once.
public struct QuoteLocator: Sendable {
    /// The largest edit distance, as a fraction of the quote's length in scalars, at which the
    /// closest passage is still reported as a stale version of the quote.
    ///
    /// 40% lets a sentence survive a changed figure or a few reworded words, which is what an
    /// article correction usually does, while a passage that shares little with the quote is
    /// reported as missing rather than as a misleading "closest" text.
    public static let maximumChangeFraction = 0.4

    /// The smallest fraction of the quote's words (tokens) that the closest passage must keep
    /// unchanged, in order, to count as stale.
    ///
    /// Scalar edit distance alone is lenient on unrelated prose: in a long English article almost
    /// any sentence has some passage within 40% edits, made of scattered common letters. Asking
    /// that half of the words survive keeps "stale" for passages a reader would recognise as an
    /// edited version of the quote.
    public static let minimumKeptTokenFraction = 0.5

    /// The article's text after normalisation.
    private let normalized: NormalizedText
    /// Each normalised scalar as a dense id, for comparisons on integers.
    private let ids: [Int]
    /// The id of each scalar that occurs in the text.
    private let alphabet: [Unicode.Scalar: Int]
    /// The text's tokens, as ranges of normalised scalars.
    private let tokens: [Range<Int>]
    /// For each normalised scalar, the index of its token; -1 for spaces.
    private let tokenIndex: [Int]

    /// Normalises and indexes an article's text.
    public init(text: String) {
        let normalized = NormalizedText(text)
        var alphabet: [Unicode.Scalar: Int] = [:]
        var ids: [Int] = []
        ids.reserveCapacity(normalized.scalars.count)
        for scalar in normalized.scalars {
            if let id = alphabet[scalar] {
                ids.append(id)
            } else {
                let id = alphabet.count
                alphabet[scalar] = id
                ids.append(id)
            }
        }
        let tokens = Tokenizer.tokens(normalized.scalars)
        var tokenIndex = [Int](repeating: -1, count: normalized.scalars.count)
        for (index, range) in tokens.enumerated() {
            for offset in range { tokenIndex[offset] = index }
        }
        self.normalized = normalized
        self.ids = ids
        self.alphabet = alphabet
        self.tokens = tokens
        self.tokenIndex = tokenIndex
    }

    /// Where the quote is in the text, the passage it probably became, or that it is missing.
    ///
    /// An empty quote (or one of only whitespace) is found at the start of the text.
    public func locate(_ quote: String) -> QuoteMatch {
        let pattern = NormalizedText(quote).scalars
        guard !pattern.isEmpty else { return .found(0..<0) }
        // Scalars the article never uses get id -1, which matches nothing.
        let patternIDs = pattern.map { alphabet[$0] ?? -1 }
        let row = QuoteLocator.lastRow(pattern: patternIDs, text: ids, alphabetSize: alphabet.count)
        // The first end position with the smallest distance.
        var best = row[0]
        var bestEnd = 0
        row.withUnsafeBufferPointer { row in
            for end in 1..<row.count where row[end] < best {
                best = row[end]
                bestEnd = end
            }
        }
        if best == 0 {
            let start = bestEnd - pattern.count
            return .found(normalized.originalRange(start..<bestEnd))
        }
        guard Double(best) <= QuoteLocator.maximumChangeFraction * Double(pattern.count) else { return .missing }
        // The passage is at most m + best scalars long, so its start is found in a small window.
        let windowStart = max(0, bestEnd - pattern.count - best)
        let start = windowStart + QuoteLocator.alignmentStart(
            pattern: patternIDs, text: Array(ids[windowStart..<bestEnd]))
        guard let passage = wholeTokens(start..<bestEnd) else { return .missing }

        let quoteTokens = Tokenizer.tokens(pattern)
        let passageTokens = Array(tokens[passage])
        let diff = TokenDiff(old: quoteTokens.map { String(scalars: pattern[$0]) },
                             new: passageTokens.map { String(scalars: normalized.scalars[$0]) })
        guard Double(diff.kept) >= QuoteLocator.minimumKeptTokenFraction * Double(quoteTokens.count) else {
            return .missing
        }
        let first = passageTokens[0].lowerBound
        let last = passageTokens[passageTokens.count - 1].upperBound
        let closest = String(scalars: normalized.scalars[first..<last])
        var changes = diff.groups.map { group in
            QuoteChange(removed: QuoteLocator.span(group.old, of: quoteTokens, in: pattern),
                        inserted: QuoteLocator.span(group.new, of: passageTokens, in: normalized.scalars))
        }
        if changes.isEmpty {
            // The same tokens, spaced differently ("收入 已達" for "收入已達"): show it whole.
            changes = [QuoteChange(removed: String(scalars: pattern), inserted: closest)]
        }
        return .stale(closest: closest, changes: changes)
    }

    /// The tokens of the text that a range of normalised scalars touches, widened to whole
    /// tokens; nil when it touches none.
    private func wholeTokens(_ range: Range<Int>) -> Range<Int>? {
        let touched = range.map { tokenIndex[$0] }.filter { $0 >= 0 }
        guard let first = touched.first, let last = touched.last else { return nil }
        return first..<(last + 1)
    }

    /// The text of a run of tokens, with the spaces between them.
    private static func span(_ run: Range<Int>, of tokens: [Range<Int>], in scalars: [Unicode.Scalar]) -> String {
        guard let first = run.first, let last = run.last else { return "" }
        return String(scalars: scalars[tokens[first].lowerBound..<tokens[last].upperBound])
    }

    // MARK: Approximate matching

    /// The last row of Sellers' matrix: entry `j` is the smallest edit distance between the whole
    /// pattern and any substring of the text that ends at offset `j` (so the row has n + 1 entries).
    ///
    /// Computed with Myers' bit-parallel algorithm in Hyyrö's block form, which yields exactly the
    /// dynamic-programming values 64 pattern rows at a time. Ids are dense in `0..<alphabetSize`;
    /// a negative pattern id matches nothing.
    static func lastRow(pattern: [Int], text: [Int], alphabetSize: Int) -> [Int] {
        let m = pattern.count
        var row = [Int](repeating: 0, count: text.count + 1)
        row[0] = m
        guard m > 0 else { return row }
        let blocks = (m + 63) / 64
        let lastBit = UInt64((m - 1) % 64)
        // peq[id * blocks + b]: the pattern rows of block b that hold scalar `id`.
        var peq = [UInt64](repeating: 0, count: max(1, alphabetSize) * blocks)
        for (i, id) in pattern.enumerated() where id >= 0 && id < alphabetSize {
            peq[id * blocks + i / 64] |= 1 << UInt64(i % 64)
        }
        // Vertical deltas of each block: all +1 in column 0, where D[i][0] = i.
        var pv = [UInt64](repeating: ~0, count: blocks)
        var mv = [UInt64](repeating: 0, count: blocks)
        var score = m
        peq.withUnsafeBufferPointer { peq in
            pv.withUnsafeMutableBufferPointer { pv in
                mv.withUnsafeMutableBufferPointer { mv in
                    text.withUnsafeBufferPointer { text in
                        row.withUnsafeMutableBufferPointer { row in
                            for j in 0..<text.count {
                                let base = text[j] * blocks
                                // A substring may start anywhere: row 0 is all zeros, so no delta
                                // enters the top block.
                                var carry = 0
                                for b in 0..<blocks {
                                    let outBit = b == blocks - 1 ? lastBit : 63
                                    carry = advance(&pv[b], &mv[b], eq: peq[base + b], carry: carry, outBit: outBit)
                                }
                                score += carry
                                row[j + 1] = score
                            }
                        }
                    }
                }
            }
        }
        return row
    }

    /// Advances one 64-row block of the matrix by one text column.
    ///
    /// `carry` is the horizontal delta (-1, 0 or +1) entering the block's top row; the result is
    /// the horizontal delta leaving row `outBit` of the block.
    @inline(__always)
    private static func advance(_ pv: inout UInt64, _ mv: inout UInt64, eq: UInt64, carry: Int,
                                outBit: UInt64) -> Int {
        let carryNegative: UInt64 = carry < 0 ? 1 : 0
        let carryPositive: UInt64 = carry > 0 ? 1 : 0
        let xv = eq | mv
        let eqIn = eq | carryNegative
        let xh = (((eqIn & pv) &+ pv) ^ pv) | eqIn
        var ph = mv | ~(xh | pv)
        var mh = pv & xh
        let out = (ph &>> outBit) & 1 != 0 ? 1 : ((mh &>> outBit) & 1 != 0 ? -1 : 0)
        ph = (ph &<< 1) | carryPositive
        mh = (mh &<< 1) | carryNegative
        pv = mh | ~(xv | ph)
        mv = ph & xv
        return out
    }

    /// The offset in `text` where the best alignment of the whole pattern that ends at the end
    /// of `text` starts: Sellers' recurrence with each cell carrying its alignment's start.
    ///
    /// Used only on a window of about the pattern's length, so the O(n·m) cost is small. On ties
    /// a substitution is preferred, then skipping a pattern scalar, then skipping a text scalar.
    static func alignmentStart(pattern: [Int], text: [Int]) -> Int {
        let m = pattern.count
        // Column by column over the text; cost[i] and start[i] are rows of the current column.
        var cost = Array(0...m)
        var start = [Int](repeating: 0, count: m + 1)
        for (j, id) in text.enumerated() {
            var diagonalCost = cost[0]
            var diagonalStart = start[0]
            cost[0] = 0
            start[0] = j + 1
            for i in 1...m {
                let substitution = diagonalCost + (pattern[i - 1] == id ? 0 : 1)
                let skipPattern = cost[i - 1] + 1
                let skipText = cost[i] + 1
                diagonalCost = cost[i]
                let left = start[i]
                if substitution <= skipPattern && substitution <= skipText {
                    cost[i] = substitution
                    start[i] = diagonalStart
                } else if skipPattern <= skipText {
                    cost[i] = skipPattern
                    start[i] = start[i - 1]
                } else {
                    cost[i] = skipText
                }
                diagonalStart = left
            }
        }
        return start[m]
    }
}

/// Where a quote stands in an article's text.
public enum QuoteMatch: Sendable, Hashable {
    /// The quote occurs, at these offsets into the text's Unicode scalars (the first occurrence).
    case found(Range<Int>)
    /// The quote is not in the text, but this passage is close to it; `changes` turn the quote
    /// into the passage. Whitespace in the passage is shown as single spaces.
    case stale(closest: String, changes: [QuoteChange])
    /// Nothing in the text is close to the quote.
    case missing
}

/// One edit between a quote and the passage the article now prints: some words replaced,
/// removed or inserted.
///
/// Edits are whole tokens (words, numbers such as "1,369" or "12%", single CJK characters and
/// punctuation), because a fact checker needs to see "12%" → "123%", not that a "3" appeared.
public struct QuoteChange: Sendable, Hashable, CustomStringConvertible {
    /// The quote's words that the article no longer prints; empty for an insertion.
    public var removed: String
    /// The words the article prints instead; empty for a removal.
    public var inserted: String

    /// An edit from the quote's words to the article's; either side may be empty.
    public init(removed: String, inserted: String) {
        self.removed = removed
        self.inserted = inserted
    }

    /// The edit as a reader should see it in a diagnostic: `"12%" → "123%"`, `removed "strongly"`
    /// or `inserted "not"`.
    public var description: String {
        switch (removed.isEmpty, inserted.isEmpty) {
        case (false, false): "\"\(removed)\" → \"\(inserted)\""
        case (false, true): "removed \"\(removed)\""
        case (true, false): "inserted \"\(inserted)\""
        case (true, true): "no change"
        }
    }
}

// MARK: - Normalisation

/// A text in canonical composition with whitespace runs collapsed to single spaces and the ends
/// trimmed, remembering where each scalar came from so matches can be reported in the original.
struct NormalizedText: Sendable {
    var scalars: [Unicode.Scalar] = []
    /// For each scalar, the range of original scalar offsets it stands for.
    var origins: [Range<Int>] = []

    /// Normalises a text: composes it, collapses whitespace and trims it.
    init(_ text: String) {
        var pendingSpace: Int?
        func add(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
            if scalar.properties.isWhitespace {
                if pendingSpace == nil { pendingSpace = origin.lowerBound }
                return
            }
            if let space = pendingSpace, !scalars.isEmpty {
                scalars.append(" ")
                origins.append(space..<origin.lowerBound)
            }
            pendingSpace = nil
            scalars.append(scalar)
            origins.append(origin)
        }
        let composed = text.precomposedStringWithCanonicalMapping
        if composed.unicodeScalars.elementsEqual(text.unicodeScalars) {
            // The usual case: the text is already composed, and offsets map one to one.
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                add(scalar, from: offset..<(offset + 1))
            }
        } else {
            // Compose character by character, so that each composed scalar still maps to the
            // original character it came from.
            var offset = 0
            for character in text {
                let count = character.unicodeScalars.count
                for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
                    add(scalar, from: offset..<(offset + count))
                }
                offset += count
            }
        }
    }

    /// The original scalar offsets that a range of normalised scalars covers.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return origins[first].lowerBound..<origins[last].upperBound
    }
}

// MARK: - Tokens

/// Splits normalised text into the units a word-level diff compares.
///
/// A token is a word or number (letters, digits, marks, and the symbols that belong to a figure
/// such as `%` and `$`, joined across `.`, `,`, `-`, `'`, `/` and `:` between them, so "1,369",
/// "16.59" and "year-over-year" are one token each), a single CJK character, or a single
/// punctuation mark. CJK text has no spaces, so its characters are compared one by one.
enum Tokenizer {
    /// The tokens of a text, as ranges of its scalars, in order; spaces belong to none.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let scalar = scalars[i]
            if scalar.properties.isWhitespace {
                i += 1
                continue
            }
            guard isWordScalar(scalar) else {
                tokens.append(i..<(i + 1))
                i += 1
                continue
            }
            var j = i + 1
            while j < n {
                if isWordScalar(scalars[j]) {
                    j += 1
                } else if j + 1 < n, isJoiner(scalars[j]), isWordScalar(scalars[j + 1]) {
                    j += 2
                } else {
                    break
                }
            }
            tokens.append(i..<j)
            i = j
        }
        return tokens
    }

    /// Scalars that join into words: letters, digits, marks and figure symbols, but not CJK
    /// characters, which stand alone.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if isCJK(scalar) { return false }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .currencySymbol, .decimalNumber, .letterNumber,
             .otherNumber:
            return true
        default:
            return "%‰‱°％".unicodeScalars.contains(scalar)
        }
    }

    /// Punctuation that stays inside a word or number when letters or digits stand on both sides.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        ".,'’-‐‑–_/:".unicodeScalars.contains(scalar)
    }

    /// Han ideographs and kana, which are written without spaces and compared one at a time.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return scalar.properties.isIdeographic
        }
    }
}

/// A word-level diff: the longest common subsequence of two token lists, and the runs between
/// the kept tokens.
struct TokenDiff {
    /// One run of adjacent edits: tokens of the old list replaced by tokens of the new.
    struct Group: Hashable {
        var old: Range<Int>
        var new: Range<Int>
    }

    /// How many tokens both lists keep, in order.
    var kept = 0
    var groups: [Group] = []

    /// Diffs two token lists, preferring to list removals before insertions within a run so
    /// that a replacement reads as "old" → "new".
    init(old: [String], new: [String]) {
        let rows = old.count + 1
        let columns = new.count + 1
        // suffix[i * columns + j]: the LCS length of old[i...] and new[j...].
        var suffix = [Int](repeating: 0, count: rows * columns)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                suffix[i * columns + j] = old[i] == new[j]
                    ? suffix[(i + 1) * columns + j + 1] + 1
                    : max(suffix[(i + 1) * columns + j], suffix[i * columns + j + 1])
            }
        }
        kept = suffix[0]
        var i = 0
        var j = 0
        var open: Group?
        func close() {
            if let group = open { groups.append(group) }
            open = nil
        }
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                close()
                i += 1
                j += 1
                continue
            }
            var group = open ?? Group(old: i..<i, new: j..<j)
            if j == new.count || (i < old.count && suffix[(i + 1) * columns + j] >= suffix[i * columns + j + 1]) {
                i += 1
                group.old = group.old.lowerBound..<i
            } else {
                j += 1
                group.new = group.new.lowerBound..<j
            }
            open = group
        }
        close()
    }
}

extension String {
    /// A string of the given scalars.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}
