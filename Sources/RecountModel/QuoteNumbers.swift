import RecountFigures

/// Finds the figures written in a quote: `$16.59 billion`, `12%`, `130.4億美元`, `１２％`,
/// `five`, `a tenth`.
///
/// Used to check that a claim's stated figure really is the one its quote prints, and by the
/// extractor to draft claims from an article's text.
public enum QuoteNumbers {
    /// A figure found in a text.
    public struct Found: Sendable, Hashable {
        /// The text of the figure as it appears, e.g. `$16.59 billion`.
        public var text: String
        /// The printed value with its scale applied, in the figure's own unit (12 for 12%,
        /// 1.659e10 for $16.59 billion).
        public var value: Double
        /// The ISO code of the currency written with it, if any.
        public var currency: String?
        /// Whether it was written as a percentage, or in percentage points.
        public var percent: Bool
        public var percentagePoints: Bool
        /// Scalar offsets in the text.
        public var span: Range<Int>
    }

    /// Every figure in `text`, in order; with `chineseCounts`, also single Chinese numerals.
    public static func find(in text: String, chineseCounts: Bool) -> [Found] {
        guard chineseCounts else { return find(in: text) }
        let s = Array(text.unicodeScalars)
        var found = find(in: text)
        for (i, scalar) in s.enumerated() {
            guard let count = LiteralVocabulary.cjkNumerals[scalar], !found.contains(where: { $0.span.contains(i) }) else {
                continue
            }
            found.append(Found(text: String(Character(scalar)), value: Double(count), currency: nil, percent: false,
                               percentagePoints: false, span: i..<i + 1))
        }
        return found.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// Every figure in `text`, in order.
    public static func find(in text: String) -> [Found] {
        let s = Array(text.unicodeScalars)
        var found: [Found] = []
        var i = 0
        while i < s.count {
            if let f = figure(s, at: i) {
                found.append(f)
                i = f.span.upperBound
            } else if let f = word(s, at: i) {
                found.append(f)
                i = f.span.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    private static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(s[r]))
    }

    private static func matches(_ word: String, _ s: [Unicode.Scalar], at i: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        return i + w.count <= s.count && Array(s[i..<i + w.count]) == w
    }

    /// A number in digits with its currency, scale and unit.
    private static func figure(_ s: [Unicode.Scalar], at start: Int) -> Found? {
        guard start == 0 || !isLetter(s[start - 1]) && !isDigit(s[start - 1]) else { return nil }
        var i = start
        var currency: String?
        for (symbol, code) in LiteralVocabulary.currencySymbols.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) })
        where matches(symbol, s, at: i) {
            currency = code
            i += symbol.unicodeScalars.count
            break
        }
        if currency == nil, i + 3 < s.count, LiteralVocabulary.currencyCodes.contains(text(s, i..<i + 3)),
           s[i + 3] == " ", i + 4 < s.count, isDigit(s[i + 4]) {
            currency = LiteralVocabulary.isoCode(text(s, i..<i + 3))
            i += 4
        }
        guard i < s.count, isDigit(s[i]) else { return nil }
        let numberStart = i
        while i < s.count {
            if isDigit(s[i]) { i += 1; continue }
            if ",.，．".unicodeScalars.contains(s[i]), i + 1 < s.count, isDigit(s[i + 1]) { i += 1; continue }
            break
        }
        guard let number = PrintedNumber(text(s, numberStart..<i)) else { return nil }
        var value = number.value
        var end = i
        var percent = false
        var points = false
        // Scale: attached or after one space.
        var j = i
        if j < s.count, s[j] == " " { j += 1 }
        if let (exponent, length) = scale(s, at: j, attached: j == i) {
            var factor = 1.0
            for _ in 0..<exponent { factor *= 10 }
            value *= factor
            end = j + length
        }
        // Chinese currency word, percent, percentage points.
        j = end
        for (word, code) in LiteralVocabulary.currencyWords where currency == nil && matches(word, s, at: j) {
            currency = code
            end = j + word.unicodeScalars.count
            break
        }
        j = end
        if j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "%" || s[j] == "％" {
            percent = true
            end = j + 1
        } else if matches("percentage points", s, at: j) || matches("pp", s, at: j) && !(j + 2 < s.count && isLetter(s[j + 2])) {
            points = true
            end = j + (matches("pp", s, at: j) ? 2 : 17)
        } else if matches("percent", s, at: j) || matches("per cent", s, at: j) {
            percent = true
            end = j + (matches("percent", s, at: j) ? 7 : 8)
        }
        return Found(text: text(s, start..<end), value: value, currency: currency, percent: percent,
                     percentagePoints: points, span: start..<end)
    }

    private static func scale(_ s: [Unicode.Scalar], at j: Int, attached: Bool) -> (Int, Int)? {
        for word in ["萬億", "万亿", "萬", "万", "億", "亿"] where matches(word, s, at: j) {
            return (LiteralVocabulary.scales[word] ?? 0, word.unicodeScalars.count)
        }
        var k = j
        while k < s.count, isLetter(s[k]) { k += 1 }
        let w = text(s, j..<k)
        if let e = LiteralVocabulary.proseScales[w.lowercased()] { return (e, k - j) }
        if attached, let e = LiteralVocabulary.scales[w], !w.isEmpty { return (e, k - j) }
        return nil
    }

    /// A number written in words: `five`, `a tenth`, `十分之一`.
    private static func word(_ s: [Unicode.Scalar], at start: Int) -> Found? {
        for (word, value) in LiteralVocabulary.cjkFractions where matches(word, s, at: start) {
            return Found(text: word, value: value.value, currency: nil, percent: false, percentagePoints: false,
                         span: start..<start + word.unicodeScalars.count)
        }
        guard isLetter(s[start]), start == 0 || !isLetter(s[start - 1]) else { return nil }
        var k = start
        while k < s.count, isLetter(s[k]) { k += 1 }
        let w = text(s, start..<k).lowercased()
        guard let value = LiteralVocabulary.numberWords[w]?.value else { return nil }
        return Found(text: text(s, start..<k), value: value, currency: nil, percent: false, percentagePoints: false,
                     span: start..<k)
    }
}
