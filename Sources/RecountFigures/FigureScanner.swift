import RecountCore

/// Finds where a figure starts and ends in a text, and splits it into its currency prefix, its
/// number and the parts after the number.
///
/// The lexer, the quote check and the extractor all read figures through this one scanner and
/// the one `FigureVocabulary`, so a form the claims language accepts is found the same way in a
/// claims file, in a claim's quote and in an article. It has two modes:
///
/// - `strict` reads the claims language. After the number it takes every attached run of
///   letters, vocabulary words after spaces, `%` and `/` units, and leaves their meaning to the
///   `UnitParser`: `12abc` is a figure with an unknown unit, reported as such, not a figure and a
///   word.
/// - `prose` reads an article, where the words after a number are mostly not its unit. It takes
///   only what the vocabulary knows, in the order articles write it: a scale (`billion`, `B`
///   attached, `億`), a currency word (`美元`), a percentage (`%`, `percent`, `pp`), a unit word
///   (`GW`, `months`) when the figure has no currency or percentage, and `/` units. A figure
///   does not start inside a word or a number, and a currency prefix is written as articles
///   write it: a symbol against the number, a code one space before it.
///
/// Offsets are scalar offsets into an array of scalars, which the lexer and the extractor index
/// directly; `end` bounds the scan, as a line's end does for the lexer.
package struct FigureScanner: Sendable {
    package enum Mode: Sendable, Hashable {
        case strict, prose
    }

    package let mode: Mode

    package static let strict = FigureScanner(mode: .strict)
    package static let prose = FigureScanner(mode: .prose)

    /// The figure that starts at `start`, or nil when none does.
    package func figure(in s: [Unicode.Scalar], at start: Int, end: Int) -> ScannedFigure? {
        guard start < end else { return nil }
        // Nearly every token of a claims file is a word: pass over it without trying each
        // currency symbol and code.
        guard Self.isDigit(s[start]) || FigureVocabulary.prefixStarts.contains(s[start])
                || ChineseNumeral.canStart(s[start]) else { return nil }
        if mode == .prose, start > 0, Self.isASCIILetter(s[start - 1]) || Self.isDigit(s[start - 1]),
           !Self.isDigit(s[start]) || !Self.followsAmbiguousSign(s, at: start) { return nil }
        // Nor inside a number: the 2 of `16.2` or of `1,200` that a scan did not take whole.
        if mode == .prose, start > 1, [".", ",", "．", "，"].contains(s[start - 1]), Self.isDigit(s[start - 2]) { return nil }
        var j = start
        var prefix: Range<Int>?
        var currency: String?
        var wordLikeCode = false
        if let (length, code, isCode) = Self.currencyPrefix(in: s, at: start, end: end) {
            // An ambiguous sign (`¥`) is read in the claims language, to be refused by name; an
            // article's figure is read without it.
            if mode == .prose, code == nil { return nil }
            wordLikeCode = isCode && FigureVocabulary.codesThatAreWords.contains(Self.text(s, start..<start + length))
            prefix = start..<start + length
            currency = code
            j = start + length
            let spaced = Self.spacesEnd(s, from: j, end: end)
            // A code glued to the number (`AED16.2 billion`) is read like a code that is a word:
            // only before a scale, since `CAD3` or `SEK5` alone is more often a name.
            if mode == .prose, isCode, spaced == j {
                wordLikeCode = true
            } else if mode == .prose, spaced - j != (isCode ? 1 : 0) {
                return nil
            }
            j = spaced
        }
        // `百分之四十`, "forty per hundred": a percentage written before its number.
        var percentPrefix: Range<Int>?
        if prefix == nil, Self.matches(ChineseNumeral.percentPrefix, s, at: j, end: end) {
            percentPrefix = j..<j + ChineseNumeral.percentPrefix.count
            j += ChineseNumeral.percentPrefix.count
        }
        guard j < end else { return nil }
        var number: Range<Int>
        var numeral = false
        if Self.isDigit(s[j]) {
            number = j..<Self.numberEnd(s, from: j, end: end, prose: mode == .prose)
        } else if let read = ChineseNumeral.read(s, at: j, end: end) {
            // Inside a Chinese word (`一些`, `三宗`) a numeral is no figure, so it must follow a
            // non-numeral and be a percentage or have a scale, currency or `%` after it.
            if j > 0, ChineseNumeral.canStart(s[j - 1]) || Self.isDigit(s[j - 1]) { return nil }
            number = j..<read.end
            numeral = true
        } else {
            return nil
        }
        // `1兆2300億`: groups with their scales are one number, its last scale included.
        let grouped = ScaleGroups.end(s, start: j, firstEnd: number.upperBound, end: end)
        if let grouped { number = j..<grouped }
        var parts = switch mode {
        case .strict: strictParts(s, from: number.upperBound, end: end)
        case .prose: proseParts(s, from: number.upperBound, end: end, currency: &currency)
        }
        if numeral, percentPrefix == nil, grouped == nil {
            guard let first = parts.first, first.range.lowerBound == number.upperBound,
                  FigureVocabulary.isCJKUnitScalar(s[first.range.lowerBound])
                    || FigureVocabulary.percentSigns.contains(s[first.range.lowerBound]) else { return nil }
        }
        if percentPrefix != nil {
            // Nothing but a per unit adds to a percentage already written.
            parts = parts.filter { if case .per = $0.meaning { true } else { false } }
        }
        // `TOP 10`, `ALL 5 members`: a code that is also a word is a currency in prose only
        // before a scaled amount, `TRY 5 billion`.
        if mode == .prose, wordLikeCode, !parts.contains(where: { if case .scale = $0.meaning { true } else { false } }) {
            // Glued to the code, the digits are part of a name.
            if prefix?.upperBound == number.lowerBound { return nil }
            return figure(in: s, at: number.lowerBound, end: end)
        }
        return ScannedFigure(span: start..<max(parts.last?.range.upperBound ?? 0, number.upperBound), prefix: prefix,
                             currency: currency, number: number, parts: parts, percentPrefix: percentPrefix)
    }

    /// The unit after the `/` at `i`, in prose: a per unit the vocabulary knows (`/month`,
    /// `/MW`, `/bbl`, `/USD`, `/月`), with its spelling in the claims language and where it ends.
    package func perUnit(in s: [Unicode.Scalar], at i: Int, end: Int) -> (unit: String, end: Int)? {
        guard i < end, s[i] == "/" else { return nil }
        for (word, unit) in Self.cjkPerUnits where Self.matches(word, s, at: i + 1, end: end) {
            return (unit, i + 1 + word.count)
        }
        let k = Self.lettersEnd(s, from: i + 1, end: end)
        guard k > i + 1 else { return nil }
        let word = Self.text(s, i + 1..<k)
        // A code after `/` is an exchange rate, `AED 3.6725/USD`: as written, in capitals.
        guard let unit = FigureVocabulary.prosePerUnits[word.lowercased()]
                ?? (FigureVocabulary.currencyCodes.contains(word) ? word : nil) else { return nil }
        return (unit, k)
    }

    /// A number written in words at `start`: `five`, `a tenth`, `three quarters`, `two-fifths`,
    /// `doubled`, `two and a half times`, `十分之一`. The words are separated by one space or a
    /// hyphen, and the longest phrase wins; an English phrase must be whole words. A Chinese
    /// fraction has no spaces around it to tell where words end.
    package func numberWord(in s: [Unicode.Scalar], at start: Int, end: Int) -> (span: Range<Int>, word: NumberWord)? {
        for (word, value) in Self.cjkFractions where Self.matches(word, s, at: start, end: end) {
            return (start..<start + word.count, value)
        }
        guard start < end, Self.isASCIILetter(s[start]), start == 0 || !Self.isWordScalar(s[start - 1]) else { return nil }
        // Up to five words ahead: "two and a half times" is the longest phrase.
        var words: [(text: String, end: Int)] = []
        var i = start
        while words.count < 5 {
            let k = Self.lettersEnd(s, from: i, end: end)
            guard k > i else { break }
            if k < end, Self.isWordScalar(s[k]) { break }
            words.append((Self.text(s, i..<k).lowercased(), k))
            guard k + 1 < end, s[k] == " " || s[k] == "-", Self.isASCIILetter(s[k + 1]) else { break }
            i = k + 1
        }
        guard let (value, count) = NumberPhrase.read(words.map(\.text)) else { return nil }
        return (start..<words[count - 1].end, value)
    }

    /// Splits the text after a figure's number into its parts, keeping the spaces before a part
    /// so that it prints as written: `B/yr` is `B` and `/yr`, `億美元` is `億` and `美元`, and a
    /// full-width `％` is `%`.
    package static func suffixParts(of suffix: String) -> [String] {
        let s = Array(suffix.unicodeScalars)
        var parts: [String] = []
        var i = 0
        while i < s.count {
            var start = i
            i = spacesEnd(s, from: i, end: s.count)
            guard i < s.count else { break }
            if s[i] == "/" {
                start = i
                i = slashEnd(s, at: i, end: s.count)
            } else if let word = twoWordUnit(s, at: i, end: s.count) {
                i += word
            } else if FigureVocabulary.percentSigns.contains(s[i]) {
                parts.append(text(s, start..<i) + "%")
                i += 1
                continue
            } else if isASCIILetter(s[i]) {
                i = lettersEnd(s, from: i, end: s.count)
            } else if let word = FigureVocabulary.cjkWords.first(where: { matches($0, s, at: i, end: s.count) }) {
                i += word.count
            } else {
                i += 1
            }
            parts.append(text(s, start..<i))
        }
        return parts
    }

    /// The currency written at `i` without what follows it, for the target of `in UNIT`: `US$`
    /// in `US$B/yr`, `DKK` in `DKKm`.
    package static func currencyPrefix(of text: String) -> String? {
        let s = Array(text.unicodeScalars)
        return currencyPrefix(in: s, at: 0, end: s.count).map { Self.text(s, 0..<$0.length) }
    }

    // MARK: Prefix and number

    /// A currency symbol or code at `i`: its length, ISO code and whether it is a code.
    private static func currencyPrefix(in s: [Unicode.Scalar], at i: Int,
                                       end: Int) -> (length: Int, code: String?, isCode: Bool)? {
        for (symbol, code) in FigureVocabulary.currencySymbolsLongestFirst where matches(symbol, s, at: i, end: end) {
            // A symbol of letters does not run on into letters: `RMB` is a code, not `RM` and `B`.
            if let last = symbol.last, isASCIILetter(last), i + symbol.count < end, isASCIILetter(s[i + symbol.count]) {
                continue
            }
            return (symbol.count, code, false)
        }
        for sign in FigureVocabulary.ambiguousCurrenciesLongestFirst where matches(sign, s, at: i, end: end) {
            return (sign.count, nil, false)
        }
        guard i + 3 <= end else { return nil }
        let code = text(s, i..<i + 3)
        guard FigureVocabulary.currencyCodes.contains(code) else { return nil }
        return (3, FigureVocabulary.isoCode(code), true)
    }

    /// Whether an ambiguous sign written as letters (`Rs`) ends right before `i`, as a word of its
    /// own: an article's `Rs45,000` is read as `45,000`, as `¥500` is read as `500`.
    private static func followsAmbiguousSign(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        FigureVocabulary.ambiguousCurrenciesLongestFirst.contains { sign in
            let from = i - sign.count
            return from >= 0 && matches(sign, s, at: from, end: i) && (from == 0 || !isWordScalar(s[from - 1]))
        }
    }

    /// Where the number from `i` ends: its digits, with the thousands separators and decimal
    /// points between them, half- or full-width, and an exponent (`1.2e9`, `3E-4`). In prose an
    /// exponent must not run on into letters, so that `4e5f` is not read as 4 × 10⁵.
    private static func numberEnd(_ s: [Unicode.Scalar], from i: Int, end: Int, prose: Bool) -> Int {
        var j = i
        while j < end {
            if isDigit(s[j]) {
                j += 1
            } else if s[j] == "," || s[j] == "." || s[j] == "，" || s[j] == "．", j + 1 < end, isDigit(s[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        guard j + 1 < end, s[j] == "e" || s[j] == "E" else { return j }
        var k = j + 1
        if s[k] == "-" || s[k] == "+" || s[k] == "−" { k += 1 }
        let digits = k
        while k < end, s[k].isASCII, isDigit(s[k]) { k += 1 }
        guard k > digits else { return j }
        if prose, k < end, isASCIILetter(s[k]) { return j }
        return k
    }

    // MARK: Strict

    /// The parts after a number in the claims language: `%`, runs of CJK unit characters,
    /// attached letters, vocabulary words after spaces and `/` units, in any order.
    private func strictParts(_ s: [Unicode.Scalar], from start: Int, end: Int) -> [ScannedFigure.Part] {
        var parts: [ScannedFigure.Part] = []
        var j = start
        while j < end {
            let k = Self.spacesEnd(s, from: j, end: end)
            let spaced = k > j
            guard k < end else { break }
            let c = s[k]
            var m = k + 1
            if let word = Self.twoWordUnit(s, at: k, end: end) {
                m = k + word
            } else if FigureVocabulary.isCJKUnitScalar(c) {
                while m < end, FigureVocabulary.isCJKUnitScalar(s[m]) { m += 1 }
            } else if FigureVocabulary.percentSigns.contains(c) || c == "‰" {
                // A sign, even after spaces: `12 %`, `5 ‰`.
            } else if Self.isASCIILetter(c) {
                m = Self.lettersEnd(s, from: k, end: end)
                // Letters that run on into a name (`Q3`, `x_y`, `a.b`) start the name.
                if m < end, Self.isDigit(s[m]) || s[m] == "_" || s[m] == "-" || s[m] == "." { break }
                if spaced, !FigureVocabulary.wordSet.contains(Self.text(s, k..<m)) { break }
            } else if c == "×", !spaced, !Self.operandFollows(s, from: k + 1, end: end) {
                // `2.23×` is a multiple; `2×3` and `2 × 3` multiply.
            } else if c == "/", !spaced, k + 1 < end, Self.isASCIILetter(s[k + 1]) || s[k + 1] == "$" {
                m = Self.slashEnd(s, at: k, end: end)
            } else {
                break
            }
            parts.append(ScannedFigure.Part(meaning: .written, range: k..<m))
            j = m
        }
        return parts
    }

    // MARK: Prose

    /// The parts after a number in an article, each at most once and in this order: scale,
    /// currency word, percentage, unit word, `/` units.
    private func proseParts(_ s: [Unicode.Scalar], from numberEnd: Int, end: Int,
                            currency: inout String?) -> [ScannedFigure.Part] {
        var parts: [ScannedFigure.Part] = []
        var amountEnd = numberEnd
        var j = Self.oneSpaceEnd(s, from: numberEnd, end: end)
        if let (exponent, length) = Self.proseScale(s, at: j, attached: j == numberEnd, end: end) {
            parts.append(ScannedFigure.Part(meaning: .scale(exponent), range: j..<j + length))
            amountEnd = j + length
        } else if j < end, let exponents = FigureVocabulary.ambiguousScales[String(Character(s[j]))] {
            parts.append(ScannedFigure.Part(meaning: .ambiguousScale(exponents), range: j..<j + 1))
            amountEnd = j + 1
        }
        if currency == nil {
            for (word, code) in FigureVocabulary.cjkCurrencyWords where Self.matches(word, s, at: amountEnd, end: end) {
                parts.append(ScannedFigure.Part(meaning: .currency(code), range: amountEnd..<amountEnd + word.count))
                currency = code
                amountEnd += word.count
                break
            }
        }
        // A currency name after one space: `5.4 billion euros`, `3.6725 dirhams`.
        j = Self.oneSpaceEnd(s, from: amountEnd, end: end)
        if currency == nil, j > amountEnd {
            let k = Self.lettersEnd(s, from: j, end: end)
            let word = Self.text(s, j..<k).lowercased()
            if k > j, k == end || !Self.isWordScalar(s[k]) {
                if let code = FigureVocabulary.currencyNames[word] {
                    parts.append(ScannedFigure.Part(meaning: .currency(code), range: j..<k))
                    currency = code
                    amountEnd = k
                } else if let codes = FigureVocabulary.ambiguousCurrencyNames[word] {
                    parts.append(ScannedFigure.Part(meaning: .ambiguousCurrency(codes), range: j..<k))
                    amountEnd = k
                }
            }
        }
        j = Self.oneSpaceEnd(s, from: amountEnd, end: end)
        let percentage = Self.prosePercent(s, at: j, end: end)
        if let (meaning, length) = percentage {
            parts.append(ScannedFigure.Part(meaning: meaning, range: j..<j + length))
            amountEnd = j + length
        }
        var figureEnd = amountEnd
        // A multiple is written against the number and ends there: `2.23x`, `2.23×`, not `2 x 3`.
        if currency == nil, percentage == nil, amountEnd == numberEnd, amountEnd < end,
           s[amountEnd] == "x" || s[amountEnd] == "×",
           amountEnd + 1 == end || !(Self.isWordScalar(s[amountEnd + 1]) || Self.isDigit(s[amountEnd + 1])) {
            parts.append(ScannedFigure.Part(meaning: .unit("x"), range: amountEnd..<amountEnd + 1))
            return parts
        }
        // `4.0 times EBITDA` is the multiple 4.0x, as `three times` is; `2 times 3` multiplies, and
        // `12 times a year` or `5 times in 2025` counts occasions.
        if currency == nil, percentage == nil, amountEnd == numberEnd, let timesEnd = Self.multipleTimes(s, after: numberEnd, end: end) {
            parts.append(ScannedFigure.Part(meaning: .unit("x"), range: numberEnd + 1..<timesEnd))
            return parts
        }
        if currency == nil, percentage == nil {
            j = Self.oneSpaceEnd(s, from: amountEnd, end: end)
            if j < end, s[j] == "‰" { return parts + [ScannedFigure.Part(meaning: .unit("‰"), range: j..<j + 1)] }
            let k = Self.lettersEnd(s, from: j, end: end)
            let word = Self.text(s, j..<k)
            if k > j, k == end || !Self.isWordScalar(s[k]),
               let unit = FigureVocabulary.proseUnits[word] ?? FigureVocabulary.proseUnits[word.lowercased()] {
                parts.append(ScannedFigure.Part(meaning: .unit(unit), range: j..<k))
                figureEnd = k
            }
        }
        while let (unit, next) = perUnit(in: s, at: figureEnd, end: end) {
            parts.append(ScannedFigure.Part(meaning: .per(unit), range: figureEnd..<next))
            figureEnd = next
        }
        return parts
    }

    /// A scale at `j`: a CJK scale, a scale word in any case, or a letter scale attached to the
    /// number. Its power of ten and length.
    private static func proseScale(_ s: [Unicode.Scalar], at j: Int, attached: Bool, end: Int) -> (Int, Int)? {
        for (word, exponent) in FigureVocabulary.cjkScales where matches(word, s, at: j, end: end) {
            return (exponent, word.count)
        }
        let k = lettersEnd(s, from: j, end: end)
        guard k > j else { return nil }
        let word = text(s, j..<k)
        if let exponent = FigureVocabulary.proseScales[word.lowercased()] { return (exponent, k - j) }
        if attached, let exponent = FigureVocabulary.scales[word] { return (exponent, k - j) }
        return nil
    }

    /// Words after `N times` that make it a count of occasions rather than a multiple: a rate
    /// (`a year`, `per month`, `each quarter`) or a time (`in 2025`, `since March`, `this year`).
    static let occasionWords: Set<String> = [
        "a", "an", "per", "each", "every", "in", "during", "since", "this", "last", "so", "already", "before",
        "between", "until", "on", "at",
    ]

    /// Where `times` ends when it follows the number ending at `i` after one space and makes it a
    /// multiple: followed by what it is a multiple of (`EBITDA`, `the`, `as`, `more`), not by a
    /// number, an occasion word or the end of the clause.
    private static func multipleTimes(_ s: [Unicode.Scalar], after i: Int, end: Int) -> Int? {
        let word = Array("times".unicodeScalars)
        guard i < end, s[i] == " ", matches(word, s, at: i + 1, end: end) else { return nil }
        let k = i + 1 + word.count
        guard k < end, s[k] == " " else { return nil }
        let next = k + 1
        guard next < end, isASCIILetter(s[next]) else { return nil }
        let following = text(s, next..<lettersEnd(s, from: next, end: end)).lowercased()
        return occasionWords.contains(following) ? nil : k
    }

    /// A percent sign or a percentage in words at `j`: its meaning and length.
    private static func prosePercent(_ s: [Unicode.Scalar], at j: Int, end: Int) -> (ScannedFigure.Part.Meaning, Int)? {
        if j < end, FigureVocabulary.percentSigns.contains(s[j]) { return (.percent, 1) }
        for (spelling, word, wholeWord) in prosePercents where matches(spelling, s, at: j, end: end) {
            if wholeWord, j + spelling.count < end, isASCIILetter(s[j + spelling.count]) { continue }
            switch word {
            case .percentagePoint: return (.percentagePoints, spelling.count)
            // Basis points are a unit of their own, spelled in the claims language as printed.
            case .basisPoint: return (.unit(String(String.UnicodeScalarView(spelling))), spelling.count)
            default: return (.percent, spelling.count)
            }
        }
        return nil
    }

    private static let prosePercents = FigureVocabulary.prosePercents.map { (Array($0.spelling.unicodeScalars), $0.word, $0.wholeWord) }
    private static let cjkPerUnits = FigureVocabulary.cjkPerUnits.map { (Array($0.key.unicodeScalars), $0.value) }
    private static let cjkFractions = FigureVocabulary.cjkFractions.map { (Array($0.key.unicodeScalars), $0.value) }

    // MARK: Scalars

    /// The length of a unit of two words at `i` (`basis points`), when one is written there as a
    /// whole word.
    private static func twoWordUnit(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        for word in FigureVocabulary.twoWordUnits where matches(word, s, at: i, end: end) {
            if i + word.count < end, isWordScalar(s[i + word.count]) { continue }
            return word.count
        }
        return nil
    }

    /// Whether an operand follows, after spaces: a digit, a letter, `(`, a minus or a currency
    /// symbol. Then a `×` between them multiplies.
    private static func operandFollows(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Bool {
        let j = spacesEnd(s, from: i, end: end)
        guard j < end else { return false }
        let c = s[j]
        return isDigit(c) || isASCIILetter(c) || c == "(" || c == "-" || FigureVocabulary.prefixStarts.contains(c)
    }

    /// ASCII or full-width digits.
    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// Letters and digits of any script but CJK, which is written without spaces: what a unit
    /// word must not run on into. ASCII is tested first because property lookups are slow.
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39) }
        let v = c.value
        let cjk = (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFF0F)
            || (v >= 0xFF1A && v <= 0xFF20) || (v >= 0x20000 && v <= 0x2FFFF)
        return !cjk && c.properties.isAlphabetic
    }

    private static func lettersEnd(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        var j = i
        while j < end, isASCIILetter(s[j]) { j += 1 }
        return j
    }

    private static func spacesEnd(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        var j = i
        while j < end, s[j] == " " { j += 1 }
        return j
    }

    /// Articles put at most one space between a number and its words.
    private static func oneSpaceEnd(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        i < end && s[i] == " " ? i + 1 : i
    }

    /// Where a `/` unit ends: the `/`, a `$` for `in $/yr`, and letters.
    private static func slashEnd(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int {
        var j = i + 1
        if j < end, s[j] == "$" { j += 1 }
        return lettersEnd(s, from: j, end: end)
    }

    private static func matches(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i >= 0, i + word.count <= end else { return false }
        for (k, scalar) in word.enumerated() where s[i + k] != scalar { return false }
        return true
    }

    private static func text(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: s[range])
    }
}
