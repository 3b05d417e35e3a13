import RecountModel

/// The date an article gives itself in its opening lines: a dateline's "Nov. 4, 2026", a
/// "June 10, 2026" under the headline, or an ISO `2026-06-10`.
///
/// It dates no figure (see `ArticlePeriod`), but it says which quarter a results story means
/// when the story names a quarter without its year and has named no period in full before:
/// "the third quarter" in a story of November 4, 2026 is `2026Q3`, and "the fourth quarter" in
/// one of February 2026 is `2025Q4`. A quarter or half so named is the latest one to have ended
/// by the article's date, since a story reports periods that have ended; in a sentence that
/// forecasts ("forecast", "expects", "guidance"), the latest to have begun, since a forecast is
/// for the period under way or the next. See `part(_:_:before:forecast:)`.
enum ArticleDate {
    /// The paragraphs searched, from the first: the headline, the dateline and the lead.
    static let openingParagraphs = 3

    /// The first date in the article's opening paragraphs, or nil.
    static func find(in paragraphs: [ArticleParagraph]) -> CalendarDate? {
        for paragraph in paragraphs.prefix(openingParagraphs) {
            if let date = first(in: paragraph.text) { return date }
        }
        return nil
    }

    /// The first date written as `Month D, YYYY`, `Mon. D, YYYY`, `D Month YYYY` or
    /// `YYYY-MM-DD` in `text`.
    static func first(in text: String) -> CalendarDate? {
        let t = SentenceTokens(text)
        let tokens = t.tokens
        func number(_ k: Int, digits: ClosedRange<Int>) -> Int? {
            guard k >= 0, k < tokens.count, digits.contains(tokens[k].lower.count),
                  tokens[k].lower.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(tokens[k].lower)
        }
        func month(_ k: Int) -> Int? {
            guard k >= 0, k < tokens.count else { return nil }
            let word = tokens[k].lower
            if let m = PeriodWords.monthNames[word] { return m }
            return abbreviations[word]
        }
        /// The position after `k`, past a full stop or comma that follows it.
        func skip(_ k: Int) -> Int {
            var j = k + 1
            while j < tokens.count, [".", ","].contains(tokens[j].lower) { j += 1 }
            return j
        }
        for k in tokens.indices {
            if let m = month(k) {
                let dayAt = skip(k)
                if let d = number(dayAt, digits: 1...2), let y = number(skip(dayAt), digits: 4...4),
                   let date = CalendarDate(year: y, month: m, day: d) { return date }
            }
            if let d = number(k, digits: 1...2), let m = month(k + 1), let y = number(skip(k + 1), digits: 4...4),
               let date = CalendarDate(year: y, month: m, day: d) { return date }
            // A word keeps its inner hyphens, so `2026-06-10` is one token.
            if tokens[k].lower.count == 10, let date = CalendarDate(iso: tokens[k].lower) { return date }
        }
        return nil
    }

    static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Words that make a sentence a forecast.
    static let forecastWords: Set<String> = [
        "forecast", "forecasts", "expects", "expected", "expect", "guidance", "outlook", "projects", "projected",
        "sees", "predicts", "targets", "anticipates", "will",
    ]

    /// Whether a sentence forecasts.
    static func forecasts(_ t: SentenceTokens) -> Bool {
        t.tokens.contains { forecastWords.contains($0.lower) }
    }

    /// The year of the latest quarter (`Q`) or half (`H`) numbered `n` to have ended by `date`,
    /// or, for a `forecast`, to have begun by it.
    static func part(_ letter: String, _ n: Int, before date: CalendarDate, forecast: Bool) -> Int? {
        let months: Int
        switch letter {
        case "Q" where (1...4).contains(n): months = 3
        case "H" where (1...2).contains(n): months = 6
        default: return nil
        }
        let firstMonth = (n - 1) * months + 1
        if forecast { return date.month >= firstMonth ? date.year : date.year - 1 }
        // Ended by the date: its last month is before the date's month.
        return date.month > firstMonth + months - 1 ? date.year : date.year - 1
    }
}
