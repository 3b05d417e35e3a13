/// Finds the noun a figure measures in its clause, for a proposed quantity's metric: "revenue",
/// "net profit", "capital spending", "budget".
///
/// The nouns are the measures that results, market and budget articles report. The one nearest
/// the figure in its quote wins, the longest phrase at each place ("net income" over "income"),
/// with the word before it when that word narrows it down ("Software revenue" is
/// `software_revenue`) rather than being a determiner, a period or a figure. With no noun, a
/// verb of a money flow just before the figure names it ("raised HK$32 billion" is
/// `funds_raised`). A percentage
/// followed by `of` is a share of what follows: "49.4% of revenue" is `share_of_revenue`; a
/// multiple, of the noun after it: "4.0 times EBITDA" is `multiple_of_ebitda`.
enum MetricNouns {
    /// The nouns, each spelt as its words, lowercase; plural forms that name the same measure map
    /// to one metric.
    static let nouns: [(words: [String], metric: String)] = {
        let phrases: [(String, String?)] = [
            ("revenue", nil), ("revenues", "revenue"), ("sales", nil), ("net sales", nil), ("turnover", nil),
            ("net income", nil), ("net profit", nil), ("net loss", nil), ("profit", nil), ("profits", "profit"),
            ("operating profit", nil), ("operating income", nil), ("operating loss", nil), ("pre-tax profit", nil),
            ("pretax profit", nil), ("gross profit", nil), ("earnings", nil), ("ebitda", nil), ("earnings per share", nil),
            ("margin", nil), ("net margin", nil), ("gross margin", nil), ("operating margin", nil), ("dividend", nil),
            ("interim dividend", nil), ("final dividend", nil), ("capital spending", nil), ("capital expenditure", nil),
            ("capital expenditures", "capital_expenditure"), ("capex", nil), ("budget", nil), ("spending", nil),
            ("expenditure", nil), ("costs", nil), ("expenses", nil), ("operating expenses", nil),
            ("debt", nil), ("net debt", nil), ("debt service", nil), ("reserve", nil), ("reserves", nil),
            ("cash flow", nil), ("free cash flow", nil), ("assets", nil), ("total assets", nil), ("deposits", nil),
            ("loans", nil), ("net interest income", nil), ("market value", nil), ("market capitalization", nil),
            ("market capitalisation", "market_capitalization"), ("valuation", nil), ("share price", nil), ("price", nil),
            ("taxes", nil), ("tax", nil), ("property taxes", nil), ("sales taxes", nil), ("deficit", nil), ("surplus", nil),
            ("funding", nil), ("output", nil), ("production", nil), ("exports", nil), ("imports", nil),
            ("impairment", nil), ("impairments", "impairment"), ("write-down", nil), ("writedown", "write-down"),
            ("charge", nil), ("charges", "charge"), ("wages", nil), ("fees", nil), ("investment", nil),
            ("proceeds", nil), ("backlog", nil), ("orders", nil), ("bookings", nil), ("volume", nil), ("inflation", nil),
            ("unemployment", nil), ("gdp", nil), ("capital plan", nil), ("bond", nil), ("shares", "share_price"),
        ]
        return phrases.map { phrase, metric in
            let words = phrase.split(separator: " ").map(String.init)
            return (words, slug(metric ?? words.joined(separator: "_")))
        }.sorted { $0.words.count > $1.words.count }
    }()

    /// Verbs that name a money flow, for a figure whose quote has no noun: "Jinhai Battery
    /// raised HK$32 billion" is about funds raised.
    static let verbs: [String: String] = [
        "raised": "funds_raised", "raises": "funds_raised", "raise": "funds_raised", "earned": "earnings",
        "spent": "spending", "spend": "spending", "borrowed": "borrowing", "invested": "investment",
        "invest": "investment", "lost": "loss", "paid": "payments", "collected": "collections",
    ]

    /// Words before a noun that do not narrow it: determiners, prepositions, verbs, periods.
    static let notModifiers: Set<String> = [
        "a", "an", "the", "its", "their", "our", "his", "her", "this", "that", "these", "those", "of", "in", "on",
        "for", "at", "by", "to", "from", "with", "and", "or", "was", "were", "is", "are", "be", "been", "total",
        "annual", "quarterly", "monthly", "yearly", "record", "first", "second", "third", "fourth", "half", "full-year",
        "new", "higher", "lower", "combined", "overall", "group", "estimated", "expected", "forecast", "reported",
        "adjusted", "underlying", "said", "says", "which", "whose", "per", "each", "every", "all", "whole", "same",
        "interim", "final", "net", "gross", "operating", "last", "next", "previous", "prior", "current", "year",
        "quarter", "month", "thousand", "million", "billion", "trillion", "bn", "will", "would", "could",
        "may", "can", "should", "must", "largest", "biggest", "smallest", "main", "as", "than", "about", "over", "under", "up", "down", "rose", "fell", "grew",
    ]

    /// The metric of the figure spanning `span` in a sentence, read within `bounds` (its quote).
    /// The nouns by their first word, longest first, so that each token costs one lookup.
    static let nounsByFirstWord: [String: [(words: [String], metric: String)]] =
        Dictionary(grouping: nouns, by: { $0.words[0] })

    static func metric(for span: Range<Int>, isPercent: Bool, isMultiple: Bool = false, in t: SentenceTokens,
                       within bounds: Range<Int>) -> String? {
        let tokens = t.tokens
        if isPercent, let share = shareOf(after: span, in: t) { return share }
        if isMultiple, let multiple = multipleOf(after: span, in: t) { return multiple }
        var best: (distance: Int, metric: String)?
        var i = t.index(atOrAfter: bounds.lowerBound)
        while i < tokens.count, tokens[i].range.upperBound <= bounds.upperBound {
            guard let noun = nounsByFirstWord[tokens[i].lower]?.first(where: { t.spells($0.words, at: i) }) else {
                i += 1
                continue
            }
            let last = i + noun.words.count - 1
            let range = tokens[i].range.lowerBound..<tokens[last].range.upperBound
            let distance = range.lowerBound >= span.upperBound ? range.lowerBound - span.upperBound
                : max(0, span.lowerBound - range.upperBound)
            if !range.overlaps(span), best.map({ distance < $0.distance }) ?? true {
                best = (distance, modified(noun.metric, before: i, in: t))
            }
            i = last + 1
        }
        if best == nil {
            let before = t.index(endingAtOrBefore: span.lowerBound)
            for k in stride(from: before, through: max(0, before - 2), by: -1) where k >= 0 && tokens[k].range.lowerBound >= bounds.lowerBound {
                if let metric = verbs[tokens[k].lower] { return metric }
            }
        }
        return best?.metric
    }

    /// `software_revenue` for "Software revenue": the noun with the plain word before it.
    static func modified(_ metric: String, before i: Int, in t: SentenceTokens) -> String {
        guard i > 0 else { return metric }
        let w = t.tokens[i - 1]
        guard w.kind == .word, w.lower.unicodeScalars.allSatisfy({ ScalarClass.isASCIILetter($0) || $0 == "-" }),
              w.lower.unicodeScalars.count >= 3, !notModifiers.contains(w.lower),
              !w.lower.hasSuffix("-quarter"), !w.lower.hasSuffix("-half"), !w.lower.hasSuffix("-year"),
              !w.lower.hasSuffix("ly") else { return metric }
        return slug(w.lower + "_" + metric)
    }

    /// "4.0 times EBITDA" is `multiple_of_ebitda`: a multiple measures one thing in units of the
    /// noun after it, as a share does in parts of the noun after `of`.
    static func multipleOf(after span: Range<Int>, in t: SentenceTokens) -> String? {
        let i = t.index(atOrAfter: span.upperBound)
        guard i < t.tokens.count else { return nil }
        // Only a measure's noun: "1.9 times what it spent" is a multiple of no noun named here.
        return nounsByFirstWord[t.tokens[i].lower]?.first(where: { t.spells($0.words, at: i) }).map { "multiple_of_" + $0.metric }
    }

    /// "57.1% of the total" is `share_of_total`: the noun after `of`, past a determiner.
    static func shareOf(after span: Range<Int>, in t: SentenceTokens) -> String? {
        var i = t.index(atOrAfter: span.upperBound)
        guard t.spells(["of"], at: i) else { return nil }
        i += 1
        while i < t.tokens.count, ["the", "its", "their", "a", "all"].contains(t.tokens[i].lower) { i += 1 }
        // "of the half's total": the possessive names the period, the noun after it the whole.
        if i + 1 < t.tokens.count, t.tokens[i].lower.hasSuffix("'s") || t.tokens[i].lower.hasSuffix("’s") { i += 1 }
        guard i < t.tokens.count, t.tokens[i].kind == .word,
              t.tokens[i].lower.unicodeScalars.allSatisfy({ ScalarClass.isASCIILetter($0) || $0 == "-" }) else { return nil }
        if let noun = nouns.first(where: { t.spells($0.words, at: i) }) { return "share_of_" + noun.metric }
        return slug("share_of_" + t.tokens[i].lower)
    }

    /// A metric's name in the claims language: lowercase letters and digits, words joined by `_`.
    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            if ScalarClass.isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39) {
                out.unicodeScalars.append(ScalarClass.lower(c))
            } else if c.properties.isAlphabetic, !ScalarClass.isCJK(c) {
                out += String(Character(c)).lowercased()
            } else if !out.isEmpty, !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        if let first = out.unicodeScalars.first, !ScalarClass.isASCIILetter(first), !first.properties.isAlphabetic {
            out = "x_" + out
        }
        return out
    }
}
