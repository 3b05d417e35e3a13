import RecountCore

/// The character classes the extractor reads text by.
///
/// The extractor works on arrays of Unicode scalars, as `QuoteNumbers` does, so that offsets are
/// cheap and the same on every platform. ASCII is tested first because nearly every scalar of an
/// English article is ASCII, and Unicode property lookups are comparatively slow.
enum ScalarClass {
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    static func isUppercaseASCII(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

    static func isLowercaseASCII(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }

    /// ASCII or full-width digits.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }

    /// Spaces, tabs, line breaks and the ideographic space.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{3000}" || c == "\u{A0}"
    }

    /// Han ideographs and the CJK punctuation and kana blocks: text written without spaces.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFF0F)
            || (v >= 0xFF1A && v <= 0xFF20) || (v >= 0x20000 && v <= 0x2FFFF)
    }

    /// Letters of any script but CJK, for word boundaries.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39) }
        return !isCJK(c) && c.properties.isAlphabetic
    }

    /// Marks that close a sentence or clause and belong to it: quotes and brackets.
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        "\"'”’)）」』】]»".unicodeScalars.contains(c)
    }

    static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    /// Whether `word` is written at `i`, ignoring ASCII case.
    static func matches(_ word: String, _ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        for w in word.unicodeScalars {
            guard j < s.count, j >= 0 else { return false }
            let c = s[j]
            if c != w && !(c.isASCII && w.isASCII && lower(c) == lower(w)) { return false }
            j += 1
        }
        return true
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        isUppercaseASCII(c) ? Unicode.Scalar(c.value + 32) ?? c : c
    }

    /// The lines of a text as scalars, split at every line feed. Splitting the `String` would
    /// keep a CRLF text in one piece, since `\r\n` is a single `Character`.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        for c in text.unicodeScalars {
            if c == "\n" { lines.append([]) } else { lines[lines.count - 1].append(c) }
        }
        return lines
    }

    /// The scalars without surrounding spaces.
    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lower = r.lowerBound
        var upper = r.upperBound
        while lower < upper, isSpace(s[lower]) { lower += 1 }
        while upper > lower, isSpace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
