/// Finds the proper names of an article's sentences, the companies and bodies its figures may be
/// about: `Harrowgate Instruments`, `Port Aldwin`, `Bank of America`.
///
/// A name is a run of capitalized English words, with `of` or `&` between two of them. A
/// sentence capitalizes its first word whatever it is ("Software revenue grew"), so a single word
/// that opens a sentence is a name only when the article writes it as one elsewhere: inside a
/// longer name ("Jinhai priced" after "Jinhai Battery raised", read as `Jinhai Battery`) or
/// capitalized within a sentence. Function words, weekdays, months and currency codes are never
/// names, and neither is a word glued to a figure (`HK` of `HK$105`) or a code before one
/// (`SEK 2.4 billion`).
struct EntityNames {
    /// One name in a sentence: its scalar range and the name as printed.
    struct Mention: Sendable, Hashable {
        var range: Range<Int>
        var name: String
    }

    /// Capitalized words that are not names.
    static let notNames: Set<String> = [
        "a", "an", "the", "in", "on", "for", "at", "by", "of", "and", "or", "but", "to", "from", "with", "as",
        "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "our", "their",
        "his", "her", "after", "before", "while", "when", "if", "so", "yet", "also", "still", "about", "over",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "aed", "sar", "qar", "kwd", "bhd", "omr", "inr", "twd",
        "ceo", "cfo", "gdp", "eps", "ebitda", "ebit", "ipo", "mr", "mrs", "ms", "dr",
    ]

    /// Single words that are names wherever they stand, and the longer name a word opens.
    private var known: Set<String> = []
    private var longer: [String: String] = [:]
    /// Each sentence's runs, kept so that a sentence is cut into words once.
    private var runs: [[Run]] = []

    /// Learns the article's names from all of its sentences, so that each sentence is read with
    /// what the others say.
    init(sentences: [String]) {
        for sentence in sentences {
            let t = SentenceTokens(sentence)
            let found = Self.runs(in: t)
            runs.append(found)
            for run in found {
                if run.words.count > 1 {
                    if longer[run.words[0]] == nil { longer[run.words[0]] = run.words.joined(separator: " ") }
                    known.insert(run.words[0])
                } else if !run.opensSentence {
                    known.insert(run.words[0])
                }
            }
        }
    }

    /// The names of one sentence, in order.
    func mentions(in t: SentenceTokens) -> [Mention] {
        mentions(of: Self.runs(in: t))
    }

    /// The names of the `index`th sentence the names were learnt from, in order.
    func mentions(ofSentence index: Int) -> [Mention] {
        index >= 0 && index < runs.count ? mentions(of: runs[index]) : []
    }

    func mentions(of runs: [Run]) -> [Mention] {
        var found: [Mention] = []
        for run in runs {
            if run.words.count > 1 {
                found.append(Mention(range: run.range, name: run.words.joined(separator: " ")))
            } else if !run.opensSentence || known.contains(run.words[0]) {
                found.append(Mention(range: run.range, name: longer[run.words[0]] ?? run.words[0]))
            }
        }
        return found
    }

    /// A run of capitalized words: its words as printed (a possessive `'s` left out), its range,
    /// and whether only punctuation comes before it in the sentence.
    struct Run {
        var words: [String]
        var range: Range<Int>
        var opensSentence: Bool
    }

    static func runs(in t: SentenceTokens) -> [Run] {
        var runs: [Run] = []
        let tokens = t.tokens
        var i = 0
        var sawWord = false
        while i < tokens.count {
            guard let first = word(t, i) else {
                if tokens[i].kind != .punctuation { sawWord = true }
                i += 1
                continue
            }
            let opens = !sawWord
            var words = [first.word]
            var end = i
            var possessive = first.possessive
            var j = i + 1
            while !possessive, j < tokens.count {
                // "Bank of America", "Procter & Gamble": a joiner between two capitalized words.
                if tokens[j].lower == "of" || tokens[j].lower == "&", j + 1 < tokens.count, let w = word(t, j + 1) {
                    words += [t.text(tokens[j].range), w.word]
                    end = j + 1
                    possessive = w.possessive
                    j += 2
                    continue
                }
                guard let w = word(t, j) else { break }
                words.append(w.word)
                end = j
                possessive = w.possessive
                j += 1
            }
            runs.append(Run(words: words, range: tokens[i].range.lowerBound..<tokens[end].range.upperBound, opensSentence: opens))
            sawWord = true
            i = end + 1
        }
        return runs
    }

    /// The capitalized word at token `i`, without a possessive, and whether it had one.
    static func word(_ t: SentenceTokens, _ i: Int) -> (word: String, possessive: Bool)? {
        let token = t.tokens[i]
        guard token.kind == .word, let c = t.scalars[token.range].first, ScalarClass.isUppercaseASCII(c),
              !t.scalars[token.range].contains(where: ScalarClass.isDigit) else { return nil }
        // A word glued to a figure is its currency: HK$105, QR8.67.
        if token.range.upperBound < t.scalars.count {
            let next = t.scalars[token.range.upperBound]
            if next == "$" || ScalarClass.isDigit(next) { return nil }
        }
        // A code before a figure is its currency: SEK 2.4 billion, AED 16.2 billion.
        var after = token.range.upperBound
        while after < t.scalars.count, t.scalars[after] == " " { after += 1 }
        if after < t.scalars.count, ScalarClass.isDigit(t.scalars[after]),
           t.scalars[token.range].allSatisfy(ScalarClass.isUppercaseASCII) { return nil }
        var lower = token.lower
        var text = t.text(token.range)
        var possessive = false
        for mark in ["'s", "’s"] where lower.hasSuffix(mark) {
            lower.removeLast(2)
            text.removeLast(2)
            possessive = true
        }
        if t.tokens.indices.contains(i + 1), ["'", "’"].contains(t.tokens[i + 1].lower),
           t.tokens[i + 1].range.lowerBound == token.range.upperBound {
            possessive = true
        }
        guard !notNames.contains(lower), !(lower.count == 3 && ArticleTable.currencies[lower] != nil) else { return nil }
        return (text, possessive)
    }
}
