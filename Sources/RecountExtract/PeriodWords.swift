import RecountFigures
import RecountModel

/// Finds the words of a sentence that name a period, a rate or a change: `in Q3 FY2025`,
/// `H1 2025`, `the first half of fiscal 2026`, `between 2025 and 2026`, `2025年`, `per month`,
/// `semi-annual`, `annualized`, `year-over-year`, `同比`.
///
/// Halves are read wherever quarters are: `H1` as `Q1` is, `first half` as `first quarter`,
/// `per half` and `half-yearly` as `per quarter` and `quarterly`. Periods named relative to the
/// sentence's own ("a quarter earlier", "the second quarter" in a sentence about 2025) are
/// completed from it, as `RelativePeriod` describes.
///
/// A drafted claim has no quantity yet; the period words are what lets an editor write
/// `@ FY2025Q3` after it, and the rate words decide whether a figure is a flow per month or per
/// year. Periods are given in Recount's own syntax when the words pin one down.
enum PeriodWords {
    /// One mention of a period, rate or change in a sentence.
    struct Mention: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case period
            /// A rate word that makes a figure a flow per this unit of time.
            case rate(TimeUnit)
            /// A change: year-over-year, quarter-over-quarter, 同比.
            case growth
        }

        var range: Range<Int>
        var words: String
        var kind: Kind
        /// The period in Recount's syntax, when the words name one.
        var period: String?
        /// A quarter or half named without its year (`Q3`, `the second half`) as `Q3` or `H2`,
        /// for the year of the sentence's own period to complete.
        var partWithoutYear: String?
        /// Whether `period` was completed from the sentence's or the article's own period rather
        /// than named in full by these words.
        var completed = false
        /// How a period named relative to the sentence's own moves from it, when it does.
        var shift: RelativePeriod.Shift?

        /// Whether the words name a year, a fiscal year, or a quarter or half with its year in
        /// full: a period that can date the sentences after it (see `ArticlePeriod`). Not a year
        /// after `from`, `since`, `by` and the like, which is another period than the sentence's,
        /// nor a month, which dates a statement more often than a result.
        var datesTheSentence: Bool {
            guard kind == .period, let period, !completed, partWithoutYear == nil,
                  !PeriodWords.otherYearWords.contains(words.split(separator: " ").first.map { $0.lowercased() } ?? "")
            else { return false }
            return RelativePeriod.Parts(period) != nil
        }
    }

    /// Adjectives and phrases that make a money figure a rate.
    static let rateWords: [(words: [String], unit: TimeUnit)] = [
        (["annualized"], .year), (["annualised"], .year), (["annualizing"], .year), (["annualising"], .year),
        (["annual"], .year), (["annually"], .year), (["yearly"], .year), (["per", "year"], .year),
        (["per", "annum"], .year), (["quarterly"], .quarter), (["per", "quarter"], .quarter),
        (["monthly"], .month), (["per", "month"], .month), (["per", "day"], .day), (["daily"], .day),
        (["per", "half"], .half), (["half-yearly"], .half), (["semi-annual"], .half), (["semiannual"], .half),
        (["semi-annually"], .half), (["semiannually"], .half),
    ]

    static let cjkRateWords: [(String, TimeUnit)] = [
        ("年化", .year), ("每年", .year), ("每季度", .quarter), ("每季", .quarter), ("每月", .month),
        ("每天", .day), ("每日", .day),
    ]

    static let growthWords: [[String]] = [
        ["year-over-year"], ["year", "over", "year"], ["yoy"], ["quarter-over-quarter"], ["quarter", "over", "quarter"],
        ["qoq"], ["sequentially"], ["year-on-year"], ["month-over-month"],
    ]

    static let cjkGrowthWords = ["同比", "環比", "环比", "按年", "按季"]

    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    static let yearPrepositions: Set<String> = ["in", "by", "since", "from", "until", "through", "during", "for", "of", "before", "after"]

    /// Words that name the year before the sentence's own period: "up from Dh14.1 billion a year
    /// earlier" in a sentence about the second quarter of 2025 is about the second quarter of 2024.
    static let yearEarlierWords: [[String]] = [
        ["the", "same", "quarter", "last", "year"], ["the", "same", "period", "last", "year"],
        ["the", "same", "half", "last", "year"], ["a", "year", "earlier"], ["a", "year", "ago"],
        ["a", "year", "before"], ["the", "year", "before"], ["the", "previous", "year"], ["the", "prior", "year"],
        ["a", "year", "previously"], ["the", "year-earlier", "period"], ["the", "year-ago", "period"],
        ["the", "year-earlier", "quarter"], ["the", "year-ago", "quarter"],
    ]

    /// Periods named relative to another: the year earlier ones, those of `RelativePeriod`, and
    /// those relative to the article's own date, which is not known.
    static let relativePeriods: [[String]] = RelativePeriod.phrases.map(\.words) + [
        ["last", "year"], ["this", "year"], ["next", "year"], ["last", "quarter"], ["this", "quarter"],
        ["next", "quarter"], ["last", "month"],
        ["for", "the", "half"], ["last", "half"], ["this", "half"], ["next", "half"], ["half-year"],
    ]

    /// Ordinals of a quarter or a half: `first quarter`, `second half`.
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]

    /// Whether a token is a year from 1900 to 2100 in four digits.
    static func year(_ token: SentenceTokens.Token) -> Int? {
        guard token.kind == .word, token.lower.unicodeScalars.count == 4,
              token.lower.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
              let y = Int(token.lower), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// `FY2025` or `FY25` as a year.
    static func fiscalYear(_ lower: String) -> Int? {
        guard lower.hasPrefix("fy") else { return nil }
        let digits = lower.dropFirst(2)
        guard let n = Int(digits) else { return nil }
        if digits.count == 4, (1900...2100).contains(n) { return n }
        if digits.count == 2 { return 2000 + n }
        return nil
    }

    /// `Q3` as (`Q`, 3), `H1` as (`H`, 1).
    static func part(_ lower: String) -> (letter: String, number: Int)? {
        guard lower.count == 2, let n = Int(lower.dropFirst()) else { return nil }
        switch lower.first {
        case "q" where (1...4).contains(n): return ("Q", n)
        case "h" where (1...2).contains(n): return ("H", n)
        default: return nil
        }
    }

    /// `first quarter`, `second half`, `first-half` starting at token `i`: the part, and how
    /// many tokens it takes.
    static func ordinalPart(_ t: SentenceTokens, at i: Int) -> (letter: String, number: Int, length: Int)? {
        let words = t.tokens[i].lower.split(separator: "-").map(String.init)
        let (ordinal, noun, length): (String, String, Int)
        if words.count == 2 {
            (ordinal, noun, length) = (words[0], words[1], 1)
        } else if words.count == 1, i + 1 < t.tokens.count {
            (ordinal, noun, length) = (words[0], t.tokens[i + 1].lower, 2)
        } else {
            return nil
        }
        guard let n = ordinals[ordinal] else { return nil }
        switch noun {
        case "quarter": return ("Q", n, length)
        case "half" where n <= 2: return ("H", n, length)
        default: return nil
        }
    }

    /// Words after a bare ordinal that leave its noun unsaid: "in the second, …", "in the
    /// third and …", "in the fourth is more than …".
    static let wordsAfterEllipsis: Set<String> = [
        "and", "or", "is", "was", "were", "are", "with", "while", "but", "than", "when", "compared", "against",
        "versus", "vs", "to", "from", "respectively",
    ]

    /// A bare ordinal at token `i` after `the`, its noun unsaid ("the second," "the third and"):
    /// its number. After an ordinal quarter or half in the same sentence it names the next part
    /// of that list.
    static func ellipticalOrdinal(_ t: SentenceTokens, at i: Int) -> Int? {
        guard i >= 1, t.tokens[i - 1].lower == "the", let n = ordinals[t.tokens[i].lower] else { return nil }
        guard i + 1 < t.tokens.count else { return n }
        let next = t.tokens[i + 1]
        return next.kind == .punctuation || wordsAfterEllipsis.contains(next.lower) ? n : nil
    }

    /// A year after `of` at token `i`: `2025`, `fiscal 2026`, `fiscal year 2026`, `FY2026`,
    /// with whether it is fiscal and how many tokens it takes.
    static func yearAfterOf(_ t: SentenceTokens, at i: Int) -> (year: Int, fiscal: Bool, length: Int)? {
        guard t.spells(["of"], at: i), i + 1 < t.tokens.count else { return nil }
        let first = t.tokens[i + 1]
        if let y = year(first) { return (y, false, 2) }
        if let fy = fiscalYear(first.lower) { return (fy, true, 2) }
        guard first.lower == "fiscal" else { return nil }
        if t.spells(["year"], at: i + 2), i + 3 < t.tokens.count, let y = year(t.tokens[i + 3]) { return (y, true, 4) }
        if i + 2 < t.tokens.count, let y = year(t.tokens[i + 2]) { return (y, true, 3) }
        return nil
    }

    /// Every mention in a sentence, in order.
    static func mentions(in t: SentenceTokens) -> [Mention] {
        var found: [Mention] = []
        let tokens = t.tokens
        var i = 0
        // The part (`Q`, `H`) an ordinal last named, for the bare ordinals after it.
        var listedPart: String?
        func add(_ from: Int, _ to: Int, _ kind: Mention.Kind, _ period: String?, part: String? = nil) {
            let range = tokens[from].range.lowerBound..<tokens[to].range.upperBound
            found.append(Mention(range: range, words: t.text(range), kind: kind, period: period, partWithoutYear: part))
            i = to + 1
        }
        while i < tokens.count {
            let token = tokens[i]
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if token.kind == .cjk || token.kind == .punctuation {
                // 第四季, 第4季度: a quarter without its year, as "the fourth quarter" is.
                if token.lower == "第", i + 2 < tokens.count, let n = cjkQuarterNumbers[tokens[i + 1].lower],
                   tokens[i + 2].lower == "季" {
                    add(i, i + 3 < tokens.count && tokens[i + 3].lower == "度" ? i + 3 : i + 2, .period, nil, part: "Q\(n)")
                    continue
                }
                if let (length, kind, period) = cjkMention(t, at: i) {
                    add(i, i + length - 1, kind, period)
                    continue
                }
                i += 1
                continue
            }
            let start = i > 0 && yearPrepositions.contains(tokens[i - 1].lower) ? i - 1 : i
            // Q3 FY2025, Q1 2025, H1 FY2026, H1 2025; Q3 or H1 alone names no year
            if let (letter, n) = part(token.lower) {
                if let next, let fy = fiscalYear(next.lower) {
                    add(start, i + 1, .period, "FY\(fy)\(letter)\(n)")
                } else if let next, let y = year(next) {
                    add(start, i + 1, .period, letter == "H" ? "H\(n) \(y)" : "\(y)Q\(n)")
                } else {
                    add(start, i, .period, nil, part: "\(letter)\(n)")
                }
                continue
            }
            // Dh560 million in the first quarter, Dh590 million in the second: the list's part.
            if let letter = listedPart, let n = ellipticalOrdinal(t, at: i), letter == "Q" || n <= 2 {
                add(i >= 2 && yearPrepositions.contains(tokens[i - 2].lower) ? i - 2 : i - 1, i, .period, nil, part: "\(letter)\(n)")
                continue
            }
            // the third quarter of 2025, the first half of fiscal 2026, the second half
            if let (letter, n, length) = ordinalPart(t, at: i) {
                listedPart = letter
                if let (y, fiscal, yearLength) = yearAfterOf(t, at: i + length) {
                    add(start, i + length + yearLength - 1, .period, "\(fiscal ? "FY" : "")\(y)\(letter)\(n)")
                } else {
                    add(start, i + length - 1, .period, nil, part: "\(letter)\(n)")
                }
                continue
            }
            // FY2025 Q3, FY2026 H1, FY2026
            if let fy = fiscalYear(token.lower) {
                if let next, let (letter, n) = part(next.lower) {
                    add(start, i + 1, .period, "FY\(fy)\(letter)\(n)")
                } else {
                    add(start, i, .period, "FY\(fy)")
                }
                continue
            }
            // fiscal year 2026, fiscal 2026
            if token.lower == "fiscal" {
                if t.spells(["year"], at: i + 1), i + 2 < tokens.count, let y = year(tokens[i + 2]) {
                    add(start, i + 2, .period, "FY\(y)")
                    continue
                }
                if let next, let y = year(next) {
                    add(start, i + 1, .period, "FY\(y)")
                    continue
                }
            }
            // between 2025 and 2026, 2025 to 2026, 2025-2026
            if let y = year(token) {
                let from = start
                if i >= 1, tokens[i - 1].lower == "between", t.spells(["and"], at: i + 1), i + 2 < tokens.count,
                   let y2 = year(tokens[i + 2]) {
                    add(i - 1, i + 2, .period, "\(y)..\(y2)")
                    continue
                }
                if let next, next.lower == "to" || next.lower == "-" || next.lower == "–" || next.lower == "through",
                   i + 2 < tokens.count, let y2 = year(tokens[i + 2]), y2 > y {
                    add(from, i + 2, .period, "\(y)..\(y2)")
                    continue
                }
                let since = start < i && tokens[start].lower == "since"
                add(from, i, .period, since ? nil : "\(y)")
                continue
            }
            if token.kind == .word, token.lower.unicodeScalars.count == 9, token.lower.contains("-") {
                let parts = token.lower.split(separator: "-")
                if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1900...2100).contains(a),
                   (1900...2100).contains(b), b > a, parts[0].count == 4, parts[1].count == 4 {
                    add(start, i, .period, "\(a)..\(b)")
                    continue
                }
            }
            // March 2025, end of May
            if let month = monthNames[token.lower], token.lower != "may" || (i > 0 && ["of", "in", "end", "since"].contains(tokens[i - 1].lower)) {
                // March 14, 2026: a day, which is no period; its year says when, not what period.
                if let next, let day = Int(next.lower), (1...31).contains(day) {
                    let comma = t.spells([","], at: i + 2) ? 1 : 0
                    if i + 2 + comma < tokens.count, year(tokens[i + 2 + comma]) != nil {
                        add(start, i + 2 + comma, .period, nil)
                        continue
                    }
                }
                if let next, let y = year(next) {
                    add(start, i + 1, .period, "\(y)-\(month < 10 ? "0" : "")\(month)")
                } else {
                    add(start, i, .period, nil)
                }
                continue
            }
            if let words = relativePeriods.first(where: { t.spells($0, at: i) }) {
                add(i, i + words.count - 1, .period, nil)
                continue
            }
            if let words = growthWords.first(where: { t.spells($0, at: i) }) {
                add(i, i + words.count - 1, .growth, nil)
                continue
            }
            if let (words, unit) = rateWords.first(where: { t.spells($0.words, at: i) }) {
                add(i, i + words.count - 1, .rate(unit), nil)
                continue
            }
            i += 1
        }
        return found
    }

    /// The CJK mentions, each word as its characters (the tokens a sentence cuts it into), with
    /// its kind, in the order they are tried. Cut once here rather than at every token.
    static let cjkMentionWords: [(characters: [String], kind: Mention.Kind)] =
        cjkRateWords.map { (characters($0.0), Mention.Kind.rate($0.1)) }
            + cjkGrowthWords.map { (characters($0), Mention.Kind.growth) }
            + (cjkYearEarlierWords + ["去年", "今年", "明年", "上半年", "下半年"]).map { (characters($0), Mention.Kind.period) }

    /// The numbers of a quarter after 第, in numerals or digits.
    static let cjkQuarterNumbers: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4]

    /// "The same period last year" in Chinese: a year before the sentence's period, as "a year
    /// earlier" is.
    static let cjkYearEarlierWords = ["去年同期", "上年同期"]

    static func characters(_ word: String) -> [String] { word.unicodeScalars.map { String(Character($0)) } }

    /// A CJK mention starting at token `i`: its length in tokens, kind and period.
    private static func cjkMention(_ t: SentenceTokens, at i: Int) -> (Int, Mention.Kind, String?)? {
        let tokens = t.tokens
        for (characters, kind) in cjkMentionWords where i + characters.count <= tokens.count {
            if characters.indices.allSatisfy({ tokens[i + $0].lower == characters[$0] }) {
                return (characters.count, kind, nil)
            }
        }
        return nil
    }

    /// Years written before 年 (`2025年`, `2025-2026年`) and fiscal years before 財年; these are
    /// found from the digits, since the year token precedes the CJK character.
    static func cjkYearMentions(in t: SentenceTokens) -> [Mention] {
        var found: [Mention] = []
        let tokens = t.tokens
        for (i, token) in tokens.enumerated() where i + 1 < tokens.count {
            let next = tokens[i + 1]
            guard next.range.lowerBound == token.range.upperBound else { continue }
            var first: Int?
            var last: Int?
            if let y = year(token) {
                first = y
            } else if token.lower.unicodeScalars.count == 9 {
                let parts = token.lower.split(separator: "-")
                if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1900...2100).contains(a),
                   (1900...2100).contains(b), b > a {
                    first = a
                    last = b
                }
            }
            guard let first else { continue }
            if next.lower == "財" || next.lower == "财", i + 2 < tokens.count, tokens[i + 2].lower == "年" {
                found.append(Mention(range: token.range.lowerBound..<tokens[i + 2].range.upperBound,
                                     words: t.text(token.range.lowerBound..<tokens[i + 2].range.upperBound),
                                     kind: .period, period: "FY\(first)"))
            } else if next.lower == "年" {
                var end = i + 1
                var period = last.map { "\(first)..\($0)" } ?? "\(first)"
                // 2025年第三季度
                if last == nil, i + 3 < tokens.count, tokens[i + 2].lower == "第",
                   let q = cjkQuarterNumbers[tokens[i + 3].lower],
                   i + 4 < tokens.count, tokens[i + 4].lower == "季" {
                    end = i + 4
                    if end + 1 < tokens.count, tokens[end + 1].lower == "度" { end += 1 }
                    period = "\(first)Q\(q)"
                }
                let range = token.range.lowerBound..<tokens[end].range.upperBound
                found.append(Mention(range: range, words: t.text(range), kind: .period, period: period))
            }
        }
        return found
    }

    /// Every mention, English and CJK, in order of position. `context` is the period the
    /// article has established before the sentence (see `ArticlePeriod`), which completes the
    /// periods named relative to the sentence's own when the sentence names none in full.
    static func all(in t: SentenceTokens, context: String? = nil, date: CalendarDate? = nil) -> [Mention] {
        var found = mentions(in: t)
        let cjk = cjkYearMentions(in: t)
        for m in cjk {
            // The English pass reads the year digits of 2025年 as a year; the CJK reading wins.
            found.removeAll { $0.range.overlaps(m.range) }
            found.append(m)
        }
        found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        resolveRelative(&found, t, context: context, date: date)
        return found
    }

    /// Words before a year that make it another period than the sentence's own: "Q3 revenue
    /// rose from 2024" is not about the third quarter of 2024.
    static let otherYearWords: Set<String> = ["from", "since", "before", "after", "until", "by", "than"]

    /// Completes the periods named relative to the sentence's own (see `RelativePeriod`): a
    /// quarter or half without its year takes the year of the nearest period named in full, and
    /// "a year earlier", "a quarter earlier", "for the half" move from it. With no such period
    /// they are read from the article's `context`; with none either, a quarter or half takes its
    /// year from the article's `date` (see `ArticleDate`), and other mentions name none, as "last
    /// year" names none.
    static func resolveRelative(_ found: inout [Mention], _ t: SentenceTokens, context: String? = nil,
                                date: CalendarDate? = nil) {
        func own(_ k: Int, donor: (Mention) -> Bool = { _ in true }) -> String? {
            func named(_ m: Mention) -> Bool { m.period != nil && m.kind == .period && donor(m) }
            return (found[..<k].last(where: named) ?? found[(k + 1)...].first(where: named))?.period
        }
        for k in found.indices where found[k].kind == .period && found[k].period == nil {
            guard let part = found[k].partWithoutYear, let letter = part.first.map(String.init), let n = Int(part.dropFirst())
            else { continue }
            let year = own(k) { m in
                m.partWithoutYear == nil && !otherYearWords.contains(m.words.split(separator: " ").first.map { $0.lowercased() } ?? "")
            } ?? context ?? date.flatMap { ArticleDate.part(letter, n, before: $0, forecast: ArticleDate.forecasts(t)) }.map(String.init)
            found[k].period = year.flatMap { RelativePeriod.part(letter, n, yearOf: $0) }
            found[k].completed = found[k].period != nil
        }
        for k in found.indices where found[k].kind == .period && found[k].period == nil {
            let words = t.tokens.filter { found[k].range.contains($0.range.lowerBound) }.map(\.lower)
            let shift = RelativePeriod.phrases.first { $0.words == words }?.shift
                ?? (cjkYearEarlierWords.contains(words.joined()) ? .back(.year) : nil)
            guard let shift else { continue }
            found[k].shift = shift
            found[k].period = (own(k) ?? context).flatMap { RelativePeriod.apply(shift, to: $0) }
            found[k].completed = found[k].period != nil
        }
    }

    /// The same period a year before, in Recount's syntax: `2025Q2` is `2024Q2`, `FY2026H1` is
    /// `FY2025H1`, `2025..2026` is `2024..2025`; nil when that is no period.
    static func yearEarlier(_ period: String) -> String? {
        var out = ""
        var digits = ""
        func flush() {
            if digits.count == 4, let y = Int(digits), (1901...2100).contains(y) {
                out += String(y - 1)
            } else {
                out += digits
            }
            digits = ""
        }
        for c in period {
            if c.isASCII, c.isNumber { digits.append(c) } else { flush(); out.append(c) }
        }
        flush()
        guard out != period, (try? Period.parse(out).get()) != nil else { return nil }
        return out
    }
}
