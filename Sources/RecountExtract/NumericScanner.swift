import RecountFigures
import RecountModel

/// Finds the numeric expressions of one sentence: each figure with its hedge, sign, unit, rate
/// and period words.
///
/// It starts from `QuoteNumbers`, which the quote check also uses, so a drafted claim's stated
/// figure is always one the quote check finds in its quote, split into parts by the
/// `FigureScanner` that also reads the claims file. It then drops what is not a statement
/// (years, dates, times, ordinals, product names such as "Microsoft 365", the 12 of "multiplied
/// by 12"), joins ranges ("18-34 months"), and reads the words around each figure.
enum NumericScanner {
    /// Small counts written in words. "one", "eleven" and "hundred" are left out: "one
    /// company", "to eleven" and "hundreds of billions" are not figures anyone checks.
    static let countWords: Set<String> = Set(FigureVocabulary.countWords.keys).subtracting(["one", "eleven", "hundred"])

    /// CJK measure words that make a single numeral a count: 五大, 兩家, 三倍.
    static let cjkMeasureWords: Set<Unicode.Scalar> = Set("大家個个位倍名款項项種种條条次間间座臺台".unicodeScalars)

    /// Adverbs right after a figure that make it a rate.
    static let perAdverbs: [String: String] = [
        "annually": "yr", "annualized": "yr", "annualised": "yr", "yearly": "yr", "monthly": "month",
        "quarterly": "quarter", "daily": "day",
    ]

    static let cjkPerBefore: [(String, String)] = [
        ("每季度", "quarter"), ("每季", "quarter"), ("每月", "month"), ("每年", "yr"), ("每天", "day"), ("每日", "day"),
    ]

    /// Lowercase words after a year that do not make it a count ("2025 and 2026" is a year,
    /// "2000 employees" is not).
    static let wordsAfterYear: Set<String> = [
        "and", "or", "to", "in", "of", "the", "a", "was", "is", "were", "will", "would", "through", "when", "as",
        "after", "before", "with", "for", "on", "at", "by", "from", "but", "than", "that", "which", "while",
        "had", "has", "have", "it", "its", "they", "we", "i", "he", "she", "this", "these", "those", "alone",
        "until", "onwards", "onward",
    ]

    static let growthVerbs: Set<String> = [
        "up", "down", "grew", "rose", "fell", "increased", "decreased", "declined", "growth", "jumped", "dropped",
        "climbed", "gained", "grow", "grows", "growing", "rise", "rising", "fall", "falling", "increase",
        "decrease", "decline", "surged", "slumped",
    ]

    /// A figure before its surroundings are read.
    struct Candidate {
        var role: NumericExpression.Role
        var span: Range<Int>
        /// Where the figure with its unit words ends.
        var end: Int
        var number: PrintedNumber
        var prefix: String?
        /// The text after the number for `UnitParser`: scale, currency word, unit word.
        var suffix: String
        /// For a range's low end, whether it took the high end's unit, having none of its own.
        var tookUnit = false
        /// For a range's high end, how the article joins it to the low end.
        var joiner: NumericExpression.Joiner?
        /// Whether the figure is drafted as printed, its units before the number (`百分之四十`).
        var asPrinted = false
    }

    /// Every numeric expression of `sentence`, in order.
    /// `signs` says what the article means by `¥` and by a name such as "dirhams"; `context` is
    /// the period the article established before the sentence (`ArticlePeriod`), for the periods
    /// the sentence names relative to one it does not name ("in the fourth quarter").
    static func scan(_ sentence: String, signs: ArticleSigns = .none, context: String? = nil,
                     date: CalendarDate? = nil) -> [NumericExpression] {
        let t = SentenceTokens(sentence)
        let s = t.scalars
        let skipped = datesAndTimes(s)
        var candidates: [Candidate] = []
        for f in QuoteNumbers.find(in: sentence) where !skipped.contains(where: { $0.overlaps(f.span) }) {
            if let figure = f.scanned {
                if let c = amount(f, figure, t, signs: signs) { candidates.append(c) }
            } else if let c = word(f, t) {
                candidates.append(c)
            }
        }
        candidates += cjkCounts(s, excluding: candidates.map(\.span))
        candidates.sort { $0.span.lowerBound < $1.span.lowerBound }
        joinRanges(&candidates, t)
        dropTallies(&candidates, t)
        let mentions = PeriodWords.all(in: t, context: context, date: date)
        return joiningRanges(candidates.map { expression($0, t, mentions, all: candidates, signs: signs) })
    }

    /// The two ends of each range as one expression, `18-34 months`, as the claims language
    /// writes it; an end without the other is stated as `at least` or `up to`.
    static func joiningRanges(_ expressions: [NumericExpression?]) -> [NumericExpression] {
        var result: [NumericExpression] = []
        var k = 0
        while k < expressions.count {
            defer { k += 1 }
            guard var e = expressions[k] else { continue }
            // A low end above the high end is no range: "won 5-1", "the vote was 7 to 2".
            if e.role == .rangeLow, k + 1 < expressions.count, var high = expressions[k + 1], high.role == .rangeHigh,
               e.magnitude <= high.magnitude {
                k += 1
                high.hedge = .none
                high.hedgeWords = nil
                e.role = .range
                e.upper = high
                e.extent = e.extent.lowerBound..<max(e.extent.upperBound, high.extent.upperBound)
                e.periodWords += high.periodWords.filter { !e.periodWords.contains($0) }
                e.period = e.period ?? high.period
                result.append(e)
                continue
            }
            if e.role == .rangeLow || e.role == .rangeHigh {
                // The other end is missing or below: each end is a figure of its own.
                e.role = .amount
            }
            result.append(e)
        }
        return result
    }

    /// Nouns before a bare number that make it a label: a page, a clause, a route, a flight.
    static let labelNouns: Set<String> = [
        "page", "pages", "p", "pp", "chapter", "section", "article", "clause", "paragraph", "rule", "table",
        "figure", "fig", "chart", "exhibit", "appendix", "item", "line", "route", "flight", "platform", "gate",
        "room", "suite", "unit", "no", "number", "episode", "season", "verse", "level", "grade", "version",
    ]

    /// Words that make two bare numbers joined by a dash or "to" a tally of votes or a score.
    static let tallyWords: Set<String> = [
        "vote", "votes", "voted", "voting", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats",
        "defeated", "defeat", "victory", "score", "scored", "scoreline", "drew", "draw", "tied", "tie", "margin",
        "ruled", "ruling", "majority", "verdict", "against", "favour", "favor",
    ]

    /// Removes both ends of a tally, "the vote was 7 to 2", "won 3-1": two bare numbers joined as a
    /// range, the first above the second or with a tally word in the sentence. Neither end is an
    /// amount anyone checks against a total, and drafting them as `at least 7` and `up to 2`
    /// would state what the article does not.
    static func dropTallies(_ candidates: inout [Candidate], _ t: SentenceTokens) {
        let tallySentence = t.tokens.contains { tallyWords.contains($0.lower) }
        var k = 0
        while k + 1 < candidates.count {
            let a = candidates[k]
            let b = candidates[k + 1]
            let bare = a.role == .rangeLow && b.role == .rangeHigh && a.prefix == nil && b.prefix == nil
                && b.suffix.trimmingSpaces.isEmpty
            if bare, a.number.value > b.number.value || tallySentence {
                candidates.removeSubrange(k...k + 1)
            } else {
                k += 1
            }
        }
    }

    // MARK: Candidates

    /// Dates such as 2026-07-02 and 2026/07/02, and times such as 08:54.
    static func datesAndTimes(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        func digits(from i: Int) -> Int {
            var j = i
            while j < s.count, s[j].isASCII, ScalarClass.isDigit(s[j]) { j += 1 }
            return j - i
        }
        var i = 0
        while i < s.count {
            let n = digits(from: i)
            guard n > 0 else { i += 1; continue }
            if i > 0, ScalarClass.isDigit(s[i - 1]) { i += n; continue }
            var j = i + n
            if n == 4, j < s.count, s[j] == "-" || s[j] == "/" {
                let m = digits(from: j + 1)
                if (1...2).contains(m) {
                    var end = j + 1 + m
                    if end < s.count, s[end] == s[j] {
                        let d = digits(from: end + 1)
                        if (1...2).contains(d) { end += 1 + d }
                    }
                    spans.append(i..<end)
                    i = end
                    continue
                }
            }
            // 3/3/2026, 03.03.26, 3-3-2026: day, month and year in either order.
            if (1...2).contains(n), j < s.count, s[j] == "/" || s[j] == "." || s[j] == "-",
               (1...2).contains(digits(from: j + 1)) {
                let second = j + 1 + digits(from: j + 1)
                if second < s.count, s[second] == s[j], [2, 4].contains(digits(from: second + 1)) {
                    let end = second + 1 + digits(from: second + 1)
                    spans.append(i..<end)
                    i = end
                    continue
                }
            }
            if (1...2).contains(n), j < s.count, s[j] == ":", digits(from: j + 1) == 2 {
                j += 3
                if j < s.count, s[j] == ":", digits(from: j + 1) == 2 { j += 3 }
                spans.append(i..<j)
                i = j
                continue
            }
            i += n
        }
        return spans
    }

    /// A figure written in digits, or nil when it is not a statement.
    static func amount(_ f: QuoteNumbers.Found, _ figure: ScannedFigure, _ t: SentenceTokens,
                       signs: ArticleSigns = .none) -> Candidate? {
        let s = t.scalars
        guard let number = PrintedNumber(t.text(figure.number)) else { return nil }
        var prefix = figure.prefix.map { t.text($0) }
        var start = f.span.lowerBound
        // `¥1.23 trillion` in an article that means the yen by `¥`: the sign is the figure's.
        if prefix == nil, signs.region != nil, start > 0, ["¥", "￥"].contains(s[start - 1]),
           signs.meanings.currencies[String(Character(s[start - 1]))] != nil {
            prefix = String(Character(s[start - 1]))
            start -= 1
        }
        var end = f.span.upperBound
        // GPT-4, H-100: a model name.
        if prefix == nil, start >= 2, s[start - 1] == "-", ScalarClass.isASCIILetter(s[start - 2]) { return nil }
        var suffix = t.text(figure.number.upperBound..<end)
        var unitWord: (spelling: String, end: Int, attached: Bool)?
        for part in figure.parts {
            switch part.meaning {
            case .percent, .percentagePoints:
                suffix = claimsPercentage(before: t.text(figure.number.upperBound..<part.range.lowerBound),
                                          written: t.text(part.range), points: part.meaning == .percentagePoints)
            case .unit(let spelling):
                unitWord = (spelling, part.range.upperBound, part.range.lowerBound > 0 && s[part.range.lowerBound - 1] != " ")
            case .written, .scale, .ambiguousScale, .currency, .ambiguousCurrency, .per:
                break
            }
        }
        if figure.percentPrefix != nil { suffix = "%" }
        let isPercent = suffix.hasSuffix("%") || suffix.hasSuffix(" pp")
        if let unitWord {
            // A power or time word as printed: 7.1GW, 18 months, 36bp; a multiple or per mille
            // always against the number.
            let against = unitWord.attached || FigureVocabulary.signsAgainstTheNumber.contains(unitWord.spelling)
            suffix += (against ? "" : " ") + unitWord.spelling
            end = unitWord.end
        } else if !isPercent, end < s.count, ScalarClass.isASCIILetter(s[end]), ScalarClass.isDigit(s[end - 1]) {
            // Letters right after the digits: 1st, 3D, 5G, not a figure with a unit Recount
            // knows. After a unit (1萬億美元GPU) they are the next word.
            return nil
        }
        let bare = prefix == nil && suffix.trimmingSpaces.isEmpty
        if bare {
            let before = t.index(endingAtOrBefore: start)
            // The 12 of "multiplied by 12".
            if t.spells(["multiplied", "by"], endingBefore: before + 1) || t.spells(["divided", "by"], endingBefore: before + 1)
                || t.spells(["times"], endingBefore: before + 1) {
                return nil
            }
            // Q4 2025, H1 2025, fiscal 2025, March 2025: the year completes a period.
            if isYear(number), before >= 0, PeriodWords.part(t.tokens[before].lower) != nil
                || ["fiscal", "year"].contains(t.tokens[before].lower) || PeriodWords.monthNames[t.tokens[before].lower] != nil {
                return nil
            }
            if isYear(number) {
                let after = t.index(atOrAfter: end)
                let next = after < t.tokens.count ? t.tokens[after] : nil
                let nextIsNoun = next.map { $0.kind == .word && $0.lower.unicodeScalars.first.map(ScalarClass.isASCIILetter) == true
                    && !wordsAfterYear.contains($0.lower) && !growthVerbs.contains($0.lower)
                    && s[$0.range.lowerBound].properties.isLowercase } ?? false
                if !nextIsNoun { return nil }
            }
            if isDayOfMonth(number, t, before: before, after: t.index(atOrAfter: end)) { return nil }
            // Microsoft 365, Windows 11: a name, not a figure. A capitalised word that starts the
            // sentence names something only when another follows the number.
            // "page 12", "Chapter 11", "flight 370": a number that labels, not an amount.
            if before >= 0, labelNouns.contains(t.tokens[before].lower) { return nil }
            // iPhone 16, eBay 2: a capital inside a word names a product as a capital at its start does.
            if before >= 0, t.tokens[before].kind == .word, !number.digits.contains("."),
               s[t.tokens[before].range].dropFirst().contains(where: ScalarClass.isUppercaseASCII),
               ScalarClass.isASCIILetter(s[t.tokens[before].range.lowerBound]) {
                return nil
            }
            if before >= 0, t.tokens[before].kind == .word, !number.digits.contains("."),
               ScalarClass.isUppercaseASCII(s[t.tokens[before].range.lowerBound]),
               PeriodWords.monthNames[t.tokens[before].lower] == nil {
                let after = t.index(atOrAfter: end)
                let nextCapitalised = after < t.tokens.count && t.tokens[after].kind == .word
                    && ScalarClass.isUppercaseASCII(s[t.tokens[after].range.lowerBound])
                if before >= 1 || nextCapitalised { return nil }
            }
        }
        return Candidate(role: .amount, span: start..<end, end: end, number: number, prefix: prefix, suffix: suffix,
                         asPrinted: figure.percentPrefix != nil)
    }

    /// The text after a number that ends in a percentage, with the percentage as the claims
    /// language writes it: `%` for `％`, `percent` and `per cent`, ` pp` for `percentage points`
    /// and a bare `pp`. A word takes the text before it without spaces; a sign keeps the spaces
    /// between (`億 %`), and a `pp` after a scale or currency is left as written.
    static func claimsPercentage(before: String, written: String, points: Bool) -> String {
        if written.unicodeScalars.first.map(FigureVocabulary.percentSigns.contains) == true {
            return String(before.drop { $0 == " " }) + "%"
        }
        if points, written == "pp", !before.trimmingSpaces.isEmpty { return before + written }
        return before.trimmingSpaces + (points ? " pp" : "%")
    }

    /// Whether a bare whole number from 1 to 31 is the day of a date: right after a capitalised
    /// month name ("March 3, 2026") or its abbreviation with its full stop ("Nov. 4, 2026"), or
    /// right before a month name ("3 March 2026").
    static func isDayOfMonth(_ number: PrintedNumber, _ t: SentenceTokens, before: Int, after: Int) -> Bool {
        guard number.decimals == 0, (1...31).contains(number.value) else { return false }
        func isMonth(_ k: Int, abbreviated: Bool = false) -> Bool {
            guard k >= 0, k < t.tokens.count else { return false }
            let word = t.tokens[k].lower
            guard PeriodWords.monthNames[word] != nil || (abbreviated && ArticleDate.abbreviations[word] != nil) else { return false }
            return ScalarClass.isUppercaseASCII(t.scalars[t.tokens[k].range.lowerBound])
        }
        let abbreviation = before >= 1 && t.tokens[before].lower == "." && isMonth(before - 1, abbreviated: true)
        return isMonth(before) || isMonth(after) || abbreviation
    }

    static func isYear(_ number: PrintedNumber) -> Bool {
        number.decimals == 0 && number.digits.count == 4 && (1900...2100).contains(Int(number.value))
    }

    /// Words before `half` or `quarter` that make it a part of a year.
    static let periodOrdinals: Set<String> = Set(PeriodWords.ordinals.keys).union(["final", "last", "latest", "previous", "same", "current"])

    /// A count, fraction or multiple written in words, or nil when the words are not one. A
    /// fraction is a share of something only before "of" ("three quarters of", "half of"), not
    /// in "the first half" or "a quarter earlier"; a Chinese fraction needs no such word.
    static func word(_ f: QuoteNumbers.Found, _ t: SentenceTokens) -> Candidate? {
        guard let word = f.word, let number = PrintedNumber(f.text) else { return nil }
        switch word.kind {
        case .fraction:
            let cjk = f.text.unicodeScalars.contains(where: ScalarClass.isCJK)
            guard cjk || t.spells(["of"], at: t.index(atOrAfter: f.span.upperBound)) else { return nil }
            // "the first half of fiscal 2026", "the final quarter of 2025": a period, not a share.
            let before = t.index(endingAtOrBefore: f.span.lowerBound)
            if before >= 0, periodOrdinals.contains(t.tokens[before].lower) { return nil }
            return Candidate(role: .fraction, span: f.span, end: f.span.upperBound, number: number, prefix: nil, suffix: "")
        case .multiple:
            return Candidate(role: .fraction, span: f.span, end: f.span.upperBound, number: number, prefix: nil, suffix: "")
        case .count:
            guard word.numerator == 0, countWords.contains(f.text.lowercased()) else { return nil }
            return Candidate(role: .count, span: f.span, end: f.span.upperBound, number: number, prefix: nil, suffix: "")
        }
    }

    /// Single CJK numerals followed by a measure word: 五大, 兩家.
    static func cjkCounts(_ s: [Unicode.Scalar], excluding taken: [Range<Int>]) -> [Candidate] {
        var found: [Candidate] = []
        for (i, c) in s.enumerated() {
            guard let value = FigureVocabulary.cjkNumerals[c], i + 1 < s.count, cjkMeasureWords.contains(s[i + 1]),
                  i == 0 || (FigureVocabulary.cjkNumerals[s[i - 1]] == nil && !ScalarClass.isDigit(s[i - 1]) && !"一十百千萬万億亿第".unicodeScalars.contains(s[i - 1])),
                  !taken.contains(where: { $0.contains(i) }), let number = PrintedNumber(String(value)) else { continue }
            found.append(Candidate(role: .count, span: i..<i + 1, end: i + 1, number: number, prefix: nil, suffix: ""))
        }
        return found
    }

    /// Marks `18-34 months`, `18 to 34 months` and `between 18 and 34 months` as ranges; the
    /// low end takes the high end's unit when it has none of its own.
    static func joinRanges(_ candidates: inout [Candidate], _ t: SentenceTokens) {
        guard candidates.count >= 2 else { return }
        for k in 0..<candidates.count - 1 {
            let a = candidates[k]
            let b = candidates[k + 1]
            guard a.role == .amount, b.role == .amount, a.end <= b.span.lowerBound else { continue }
            let between = t.text(a.end..<b.span.lowerBound).trimmingSpaces.lowercased()
            var joined = ["-", "–", "—", "to", "~", "至", "到"].contains(between)
            if between == "and" {
                let before = t.index(endingAtOrBefore: a.span.lowerBound)
                joined = before >= 0 && t.tokens[before].lower == "between"
            }
            guard joined, canShareARange(a, b) else { continue }
            candidates[k].role = .rangeLow
            candidates[k + 1].role = .rangeHigh
            candidates[k + 1].joiner = between == "and" ? .between : between == "to" ? .to : .dash
            candidates[k].tookUnit = a.suffix.trimmingSpaces.isEmpty && a.prefix == nil
            // "$1-2 billion": the low end takes the scale, the high end the currency.
            if a.suffix.trimmingSpaces.isEmpty { candidates[k].suffix = b.suffix }
            if a.prefix == nil { candidates[k].prefix = b.prefix }
            if b.prefix == nil { candidates[k + 1].prefix = a.prefix }
        }
    }

    /// Whether two figures can be the ends of one range: not a percentage and an amount of
    /// money ("rose 12% to $37 billion" is a change and a level), nor two currencies. An end
    /// with no unit of its own ("5-10%", "$1-2 billion") takes the other's, so it always can.
    static func canShareARange(_ a: Candidate, _ b: Candidate) -> Bool {
        func isPercent(_ c: Candidate) -> Bool {
            let suffix = c.suffix.lowercased()
            return suffix.contains("%") || suffix.contains("percent") || suffix.contains("％")
        }
        let ownUnits = !a.suffix.trimmingSpaces.isEmpty && !b.suffix.trimmingSpaces.isEmpty
        if ownUnits, isPercent(a) != isPercent(b) { return false }
        if let x = a.prefix, let y = b.prefix, x != y { return false }
        if (isPercent(a) && b.prefix != nil) || (isPercent(b) && a.prefix != nil) { return false }
        return true
    }

    // MARK: Surroundings

    /// The expression of a candidate: its hedge, sign, per unit and period words.
    static func expression(_ c: Candidate, _ t: SentenceTokens, _ mentions: [PeriodWords.Mention],
                           all: [Candidate], signs: ArticleSigns = .none) -> NumericExpression? {
        let s = t.scalars
        var start = c.span.lowerBound
        var end = c.end
        var hedgeWords: String?
        var hedgeText: String?
        var negative = false
        var per: String?
        var perText: String?
        let meanings = signs.meanings
        let baseUnit = (try? UnitParser.parse(prefix: c.prefix, suffix: c.suffix, meanings: meanings).get()) ?? .none
        // Only money becomes a rate: "12% a year" is a change, "5 GW a year" a build-out.
        let isMoney = baseUnit.currency != nil

        // Before: CJK per word, sign, hedge.
        func skipSpaces(back p: Int) -> Int {
            var q = p
            while q > 0, ScalarClass.isSpace(s[q - 1]) { q -= 1 }
            return q
        }
        var p = skipSpaces(back: start)
        for (word, unit) in cjkPerBefore where isMoney && ScalarClass.matches(word, s, at: p - word.unicodeScalars.count) {
            per = unit
            perText = word
            p -= word.unicodeScalars.count
            start = p
            break
        }
        if p >= 1, s[p - 1] == "負" || s[p - 1] == "负" {
            negative = true
            p -= 1
            start = p
        } else if p >= 1, s[p - 1] == "-" || s[p - 1] == "−", p == 1 || ScalarClass.isSpace(s[p - 2]) || s[p - 2] == "(", c.role == .amount {
            negative = true
            p -= 1
            start = p
        } else {
            let k = t.index(endingAtOrBefore: p)
            if k >= 0, t.tokens[k].lower == "negative" || t.tokens[k].lower == "minus" {
                negative = true
                p = skipSpaces(back: t.tokens[k].range.lowerBound)
                start = t.tokens[k].range.lowerBound
            }
        }
        p = skipSpaces(back: p)
        if c.role == .fraction {
            // "a tenth": the hedge comes before the article.
            let a = t.index(endingAtOrBefore: p)
            if a >= 0, ["a", "an", "one"].contains(t.tokens[a].lower) {
                start = t.tokens[a].range.lowerBound
                p = skipSpaces(back: start)
            }
        }
        let k = t.index(endingAtOrBefore: p)
        if k >= 0 {
            for (words, hedge) in HedgeWords.before where t.spells(words, endingBefore: k + 1) {
                let first = t.tokens[k + 1 - words.count]
                hedgeWords = hedge
                hedgeText = t.text(first.range.lowerBound..<t.tokens[k].range.upperBound)
                start = first.range.lowerBound
                break
            }
        }
        if hedgeWords == nil {
            for (word, hedge) in HedgeWords.cjkBefore where ScalarClass.matches(word, s, at: p - word.unicodeScalars.count) {
                hedgeWords = hedge
                hedgeText = word
                start = p - word.unicodeScalars.count
                break
            }
        }

        // After: per unit and hedge, in either order.
        for _ in 0..<3 {
            var q = end
            while q < s.count, s[q] == " " { q += 1 }
            var moved = false
            if hedgeWords == nil, c.role == .amount || c.role == .count {
                for (words, hedge) in HedgeWords.after {
                    let text = words.joined(separator: " ")
                    let at = text == "-plus" || text == "+" ? end : q
                    let length = text.unicodeScalars.count
                    guard ScalarClass.matches(text, s, at: at),
                          at + length == s.count || !ScalarClass.isWordScalar(s[at + length]) else { continue }
                    hedgeWords = hedge
                    hedgeText = t.text(at..<at + length)
                    end = at + length
                    moved = true
                    break
                }
                if !moved {
                    for (word, hedge) in HedgeWords.cjkAfter where ScalarClass.matches(word, s, at: end) {
                        hedgeWords = hedge
                        hedgeText = word
                        end += word.unicodeScalars.count
                        moved = true
                        break
                    }
                }
            }
            if per == nil, isMoney, let (unit, length, text) = perAfter(s, at: q, t) {
                per = unit
                perText = text
                end = q + length
                moved = true
            }
            if !moved { break }
        }

        // A rate word nearby: "$37 billion in annualized AI revenue", "年化收入(370億美元)". Not
        // for a price or another per-unit figure, which is a stock: "an annual average of $80/bbl"
        // is $80/bbl, not per year.
        var rateWords: String?
        if per == nil, isMoney, !c.suffix.contains("/"), let mention = nearestRate(c, t, mentions, all: all) {
            if case .rate(let unit) = mention.kind { per = perSpelling(unit) }
            rateWords = mention.words
        }

        var suffix = c.suffix
        if let per { suffix += "/" + per }
        let parsed = UnitParser.parse(prefix: c.prefix, suffix: suffix, meanings: meanings)
        var unit = (try? parsed.get()) ?? baseUnit
        // A name several currencies go by (`3.6725 dirhams`) is drafted as the code the article
        // means by it, since the claims file has no block that says so for names alone.
        if unit.currencyAfter, let spelling = unit.currencySpelling,
           FigureVocabulary.ambiguousCurrencyNames[spelling.trimmingSpaces.lowercased()] != nil, let code = unit.currency {
            unit.currencySpelling = " " + code
        }
        // A sign whose meaning depends on where it is written (`2.9兆新台幣`) is drafted as
        // printed, so that `recount check` asks which meaning the file uses (R217, R225)
        // rather than the draft silently dropping it.
        var printed: String? = c.asPrinted ? t.text(c.span) : nil
        if case .failure(let error) = parsed, !error.meanings.isEmpty {
            printed = (c.prefix ?? "") + t.text(c.span.lowerBound + (c.prefix?.unicodeScalars.count ?? 0)..<c.end)
        }

        var words: [String] = []
        var period: String?
        var datesTheSentence = false
        let periodMention = nearestPeriod(c, t, mentions) ?? openingPeriod(c, t, mentions)
        if let mention = periodMention {
            words.append(mention.words)
            period = mention.period.flatMap { (try? Period.parse($0).get()) != nil ? $0 : nil }
            datesTheSentence = period != nil && mention.datesTheSentence
        }
        if let perText { words.append(perText) }
        if let rateWords { words.append(rateWords) }
        let isGrowth = unit.word == .percent && growth(c, t, mentions, words: &words)
        // "up 9.1% from Dh2.2 billion a year earlier": the earlier period is the change's base,
        // not its period.
        if isGrowth, case .back = periodMention?.shift { period = nil }
        var unique: [String] = []
        for w in words where !unique.contains(w) { unique.append(w) }

        var expression = NumericExpression(
            role: c.role, text: t.text(c.span), span: c.span, extent: start..<max(end, c.end),
            hedge: hedgeWords.map(HedgeWords.hedge) ?? .none, hedgeWords: hedgeWords, hedgeText: hedgeText,
            negative: negative, number: c.number, unit: unit, periodWords: unique, period: period, isGrowth: isGrowth,
            tookUnit: c.tookUnit, joiner: c.joiner, printed: printed)
        expression.periodNamedInFull = datesTheSentence
        return expression
    }

    static func perSpelling(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: "day"
        case .month: "month"
        case .quarter: "quarter"
        case .half: "half"
        case .year: "yr"
        }
    }

    /// `per month`, `a year`, `/MW`, `annually`, `的年` right after a figure: the per unit, the
    /// scalars it takes and its text.
    static func perAfter(_ s: [Unicode.Scalar], at q: Int, _ t: SentenceTokens) -> (String, Int, String)? {
        if ScalarClass.matches("的年", s, at: q), q + 2 < s.count, !ScalarClass.matches("的年度", s, at: q) {
            return ("yr", 2, "的年")
        }
        if let (unit, end) = FigureScanner.prose.perUnit(in: s, at: q, end: s.count) {
            return (unit, end - q, ScalarClass.text(s, q..<end))
        }
        var j = q
        var lead = ""
        for word in ["per", "a", "an", "each", "every"] where ScalarClass.matches(word + " ", s, at: j) {
            j += word.unicodeScalars.count + 1
            lead = word
            break
        }
        var k = j
        while k < s.count, ScalarClass.isASCIILetter(s[k]) { k += 1 }
        let word = ScalarClass.text(s, j..<k)
        if lead.isEmpty {
            guard let unit = perAdverbs[word.lowercased()] else { return nil }
            return (unit, k - q, word)
        }
        guard k > j, let unit = FigureVocabulary.prosePerUnits[word.lowercased()] else { return nil }
        // "a quarter of": a fraction, not a rate; "a year earlier", "a year ago": a time, not a rate.
        var m = k
        while m < s.count, s[m] == " " { m += 1 }
        if ScalarClass.matches("of ", s, at: m) { return nil }
        if lead == "a" || lead == "an",
           ["earlier", "ago", "before", "later", "after", "previously"].contains(where: { ScalarClass.matches($0, s, at: m) }) {
            return nil
        }
        return (unit, k - q, ScalarClass.text(s, q..<k))
    }

    /// The span a figure's surroundings are read in: its clause, not past another figure. A
    /// figure that is all of a parenthesis ("收入(370億美元)") reads the words before it.
    static func window(_ c: Candidate, _ t: SentenceTokens, all: [Candidate]) -> (before: Int, after: Int) {
        var lower = c.span.lowerBound
        var upper = c.end
        var count = 0
        var i = t.index(endingAtOrBefore: lower)
        while i >= 0, count < 9 {
            if t.isClauseBreak(i) {
                let mark = t.tokens[i].lower
                let next = t.tokens[i].range.upperBound
                let onlyFigure = (mark == "(" || mark == "（") && t.text(next..<c.span.lowerBound).trimmingSpaces.isEmpty
                if !onlyFigure { break }
            }
            if all.contains(where: { $0.span != c.span && $0.span.overlaps(t.tokens[i].range) }) { break }
            lower = t.tokens[i].range.lowerBound
            count += 1
            i -= 1
        }
        count = 0
        i = t.index(atOrAfter: upper)
        while i < t.tokens.count, count < 9 {
            if t.isClauseBreak(i) { break }
            if all.contains(where: { $0.span != c.span && $0.span.overlaps(t.tokens[i].range) }) { break }
            upper = t.tokens[i].range.upperBound
            count += 1
            i += 1
        }
        return (lower, upper)
    }

    /// The rate word nearest the figure within its window.
    static func nearestRate(_ c: Candidate, _ t: SentenceTokens, _ mentions: [PeriodWords.Mention],
                            all: [Candidate]) -> PeriodWords.Mention? {
        let w = window(c, t, all: all)
        var best: (distance: Int, mention: PeriodWords.Mention)?
        for m in mentions {
            guard case .rate = m.kind, m.range.lowerBound >= w.before, m.range.upperBound <= w.after else { continue }
            let distance = m.range.lowerBound >= c.end ? m.range.lowerBound - c.end : c.span.lowerBound - m.range.upperBound
            if let current = best, current.distance <= distance { continue }
            best = (distance, m)
        }
        return best?.mention
    }

    /// The period mention nearest the figure in its clause.
    static func nearestPeriod(_ c: Candidate, _ t: SentenceTokens, _ mentions: [PeriodWords.Mention]) -> PeriodWords.Mention? {
        var best: (distance: Int, mention: PeriodWords.Mention)?
        for m in mentions {
            guard case .period = m.kind, !m.range.overlaps(c.span) else { continue }
            let (from, to) = m.range.lowerBound >= c.end ? (c.end, m.range.lowerBound) : (m.range.upperBound, c.span.lowerBound)
            if from < to {
                let a = t.index(atOrAfter: from)
                let b = t.index(atOrAfter: to)
                if (a..<max(a, b)).contains(where: { t.isClauseBreak($0) }) { continue }
            }
            let distance = max(0, to - from)
            if let current = best, current.distance <= distance { continue }
            best = (distance, m)
        }
        return best?.mention
    }

    /// Words that may come before a sentence's opening period: "For the first half of 2025, …".
    static let openingWords: Set<String> = ["for", "in", "during", "over", "the", "across", "throughout", "at", "by"]

    /// The opening words that make a period the frame of what follows: a preposition.
    static let framingWords: Set<String> = openingWords.subtracting(["the"])

    /// Marks after which a new statement opens inside a sentence: a colon, and an opening quotation mark.
    static let openingMarks: Set<String> = [":", "：", "「", "『", "“"]

    /// The period that opens the sentence, for a figure whose clause names none: "For the first
    /// half of fiscal 2026, revenue was $9 billion" is about FY2026H1. Only a period written first
    /// speaks for the whole sentence; one after the figure in another clause ("$9 billion, up
    /// from $8 billion in 2024") is another figure's; so is a period that is the subject of its
    /// clause ("The first half brought in $84 million, …"). A quotation or the words after a colon
    /// open a statement of their own, so a period written first there speaks for the figures
    /// after it: in "the release said: 「2025年の売上高は1兆2300億円、うち免税売上高は3120億円」",
    /// `3120億円` is 2025's.
    static func openingPeriod(_ c: Candidate, _ t: SentenceTokens, _ mentions: [PeriodWords.Mention]) -> PeriodWords.Mention? {
        guard !mentions.isEmpty else { return nil }
        var opening = 0
        while opening < t.tokens.count, t.tokens[opening].range.upperBound <= c.span.lowerBound {
            defer { opening += 1 }
            if opening == 0 || openingMarks.contains(t.tokens[opening - 1].lower) {
                let from = t.tokens[opening].range.lowerBound
                if let m = mentions.first(where: { $0.range.lowerBound >= from }), case .period = m.kind, m.period != nil,
                   m.range.upperBound <= c.span.lowerBound {
                    let lead = t.tokens[opening...].prefix { $0.range.upperBound <= m.range.lowerBound }
                    let first = t.tokens[opening...].first { m.range.contains($0.range.lowerBound) }?.lower ?? ""
                    // A frame, not a subject: "The first half brought in $84 million and the
                    // second half $104 million, for $186 million over the year" dates no more
                    // than its clause. CJK writes its frame without a preposition (2025年の…).
                    let framed = lead.contains { framingWords.contains($0.lower) } || framingWords.contains(first)
                        || m.words.unicodeScalars.contains(where: ScalarClass.isCJK)
                    if framed, lead.allSatisfy({ openingWords.contains($0.lower) || $0.kind == .punctuation }) { return m }
                }
            }
        }
        return nil
    }

    /// Whether a percentage is a change: a growth verb just before it, or change words in its
    /// clause. Adds the change words to `words`.
    static func growth(_ c: Candidate, _ t: SentenceTokens, _ mentions: [PeriodWords.Mention], words: inout [String]) -> Bool {
        let before = t.index(endingAtOrBefore: c.span.lowerBound)
        var verb = false
        for k in max(0, before - 2)...max(0, before) where before >= 0 && growthVerbs.contains(t.tokens[k].lower) {
            // "made up 25.4% of all sales" is a share: "make up" is to constitute, not to rise.
            if t.tokens[k].lower == "up", k > 0, ["make", "makes", "made", "making"].contains(t.tokens[k - 1].lower) { continue }
            verb = true
        }
        let after = t.index(atOrAfter: c.end)
        for k in after..<min(t.tokens.count, after + 3) where ["growth", "increase", "rise", "decline", "drop"].contains(t.tokens[k].lower) {
            verb = true
        }
        let cjkVerbs = ["增長", "增长", "下降", "上升", "成長", "成长", "下滑"]
        let s = t.scalars
        for v in cjkVerbs {
            let n = v.unicodeScalars.count
            if ScalarClass.matches(v, s, at: c.span.lowerBound - n) || ScalarClass.matches(v, s, at: c.span.lowerBound - n - 1) {
                verb = true
            }
        }
        var change = false
        for m in mentions {
            guard case .growth = m.kind else { continue }
            let (from, to) = m.range.lowerBound >= c.end ? (c.end, m.range.lowerBound) : (m.range.upperBound, c.span.lowerBound)
            let a = t.index(atOrAfter: from)
            let b = t.index(atOrAfter: to)
            if to - from < 40, !(a..<max(a, b)).contains(where: { t.isClauseBreak($0) }) {
                change = true
                words.append(m.words)
            }
        }
        return verb || change
    }
}
