import RecountFigures

/// Reads the unit of a figure, or of an `in UNIT` conversion, from its written parts.
///
/// The text is split into ASCII words, CJK words (longest match), `%` and `/per` parts, then
/// read in order: scale, currency, unit word, per units. Each part may appear once.
public enum UnitParser {
    /// Parses a figure's unit: its currency prefix (if any) and the text after its number.
    public static func parse(prefix: String?, suffix: String) -> Result<Unit, UnitError> {
        var unit = Unit.none
        if let prefix {
            guard let code = LiteralVocabulary.currencySymbols[prefix] ?? LiteralVocabulary.isoCode(prefix) else {
                return .failure(UnitError(text: prefix))
            }
            unit.currency = code
            unit.currencySpelling = prefix
        }
        var perMode = false
        for part in split(suffix) {
            if part.hasPrefix("/") {
                perMode = true
                let word = String(part.dropFirst())
                guard let meaning = LiteralVocabulary.units[word], meaning != .percent else {
                    return .failure(UnitError(text: part))
                }
                unit.per.append(meaning)
                unit.perSpelling.append(word)
                continue
            }
            if perMode { return .failure(UnitError(text: part)) }
            let word = part.trimmingSpaces
            if let exponent = LiteralVocabulary.scales[word], unit.scale == 0, unit.word == nil,
               unit.currency == nil || unit.currencyAfter == false {
                unit.scale = exponent
                unit.scaleSpelling = part
            } else if let code = LiteralVocabulary.currencyWords[word] ?? LiteralVocabulary.isoCode(word),
                      unit.currency == nil {
                unit.currency = code
                unit.currencySpelling = part
                unit.currencyAfter = true
            } else if let meaning = LiteralVocabulary.units[word], unit.word == nil {
                unit.word = meaning
                unit.wordSpelling = part
            } else {
                return .failure(UnitError(text: word))
            }
        }
        return .success(unit)
    }

    /// Parses the target of `in UNIT`: a currency symbol or code, then the same parts as a
    /// figure's suffix (`$/month`, `%`, `$B/yr`, `GW`).
    public static func parseConversion(_ text: String) -> Result<Unit, UnitError> {
        for symbol in LiteralVocabulary.currencySymbols.keys.sorted(by: { ($0.count, $0) > ($1.count, $1) })
        where text.hasPrefix(symbol) {
            return parse(prefix: symbol, suffix: String(text.dropFirst(symbol.count)))
        }
        if text.count >= 3, LiteralVocabulary.currencyCodes.contains(String(text.prefix(3))) {
            return parse(prefix: String(text.prefix(3)), suffix: String(text.dropFirst(3)))
        }
        return parse(prefix: nil, suffix: text)
    }

    /// Splits a suffix into parts, keeping the spaces before a part so it prints as written.
    static func split(_ suffix: String) -> [String] {
        let s = Array(suffix.unicodeScalars)
        var parts: [String] = []
        var i = 0
        while i < s.count {
            var start = i
            while i < s.count, s[i] == " " { i += 1 }
            guard i < s.count else { break }
            if s[i] == "/" {
                start = i
                i += 1
                if i < s.count, s[i] == "$" { i += 1 }
                while i < s.count, isLetter(s[i]) { i += 1 }
            } else if s[i] == "%" || s[i] == "％" {
                i += 1
                parts.append(String(String.UnicodeScalarView(s[start..<i - 1])) + "%")
                continue
            } else if isLetter(s[i]) {
                while i < s.count, isLetter(s[i]) { i += 1 }
            } else if let length = longestCJKWord(s, at: i) {
                i += length
            } else {
                i += 1
            }
            parts.append(String(String.UnicodeScalarView(s[start..<i])))
        }
        return parts
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    private static let cjkWords: [[Unicode.Scalar]] = LiteralVocabulary.wordsAfterSpace
        .filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
        .map { Array($0.unicodeScalars) }

    private static func longestCJKWord(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        for word in cjkWords where i + word.count <= s.count && Array(s[i..<i + word.count]) == word {
            return word.count
        }
        return nil
    }
}

/// A unit that Recount does not know, as written.
public struct UnitError: Error, Sendable, Hashable {
    public var text: String
}

extension String {
    package var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
