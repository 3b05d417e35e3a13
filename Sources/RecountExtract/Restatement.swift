import RecountModel

/// Pairs figures that are the same value written twice, such as a translated summary's
/// `130.4億美元` and the body's `$13.04 billion`.
///
/// A bilingual article states most of its figures twice, in different scales (億 and billion)
/// and currencies spelled differently (美元 and $). Pairing them lets the fact checker encode
/// the summary's claims as `because` the body's, so that a correction to one shows up in the
/// other. Figures pair when their values are equal after unit conversion, exactly, not merely
/// within printed precision: `$13 billion` and `$13.04 billion` are different statements.
/// Figures in different scripts always pair; in the same script only when they are printed
/// with two significant digits or more, or stand close together, since `$30 billion` recurs
/// by chance, and not when one sentence prints them alike, which lists two items.
///
/// A figure is paired with at most `restatementSources` earlier figures of its value in its own
/// script, and as many in the other, the nearest: a long article repeats round values hundreds
/// of times, and pairing every repeat with every other made discovery quadratic in the article's
/// length. Beyond four sentences distance no longer changes a restatement's score, and at most
/// a few restatements are kept per claim, so the nearest are the ones that matter.
enum Restatement {
    /// The restatement suggestions among `figures`; each is written under the later figure, or
    /// under the one in the article's minority script (the translated summary).
    static func suggestions(_ figures: [DiscoveryFigure], options: DiscoveryOptions,
                            work: inout DiscoveryWork) -> [Suggestion] {
        let usable = figures.filter(\.isUsable)
        let cjkCount = usable.filter(\.draft.isCJK).count
        let minorityIsCJK = cjkCount * 2 <= usable.count
        var groups: [String: [DiscoveryFigure]] = [:]
        for f in usable {
            let key = "\(f.kind.currency ?? "") \(f.kind.word ?? "") \(f.kind.perOther) \(f.perTime?.rawValue ?? "") "
                + NumberFormat.decimal(f.magnitude, significant: 10)
            groups[key, default: []].append(f)
        }
        var found: [Suggestion] = []
        for key in groups.keys.sorted() {
            guard let group = groups[key], group.count > 1 else { continue }
            // The positions in `group` seen so far, by whether the figure is CJK.
            var seen: [Bool: [Int]] = [:]
            for (j, y) in group.enumerated() {
                defer { seen[y.draft.isCJK, default: []].append(j) }
                let sources = [y.draft.isCJK, !y.draft.isCJK].flatMap { (seen[$0] ?? []).suffix(options.restatementSources) }
                work.restatements += sources.count
                for x in sources.sorted().map({ group[$0] }) {
                    let crossScript = x.draft.isCJK != y.draft.isCJK
                    let (source, target): (DiscoveryFigure, DiscoveryFigure)
                    if crossScript {
                        (source, target) = x.draft.isCJK == minorityIsCJK ? (y, x) : (x, y)
                    } else {
                        (source, target) = (x, y)
                    }
                    let digits = significantDigits(target.expression.number)
                    let distance = abs(source.draft.sentenceIndex - target.draft.sentenceIndex)
                    guard crossScript || digits >= 2 || distance <= options.scaleWindow else { continue }
                    guard crossScript || !aboutDifferentThings(source, target) else { continue }
                    // One sentence printing a figure twice alike lists two items ("$300 million in
                    // the first quarter … $300 million in the fourth"); it restates one in another form.
                    guard crossScript || distance > 0 || source.printed != target.printed else { continue }
                    var score = 4.0
                    var reasons: [String] = []
                    if crossScript {
                        score += 4
                        reasons.append("summary and body")
                    } else {
                        switch distance {
                        case 0: score += 2
                        case 1: score += 1.5
                        case 2...4: score += 1
                        default: score -= 0.5
                        }
                    }
                    score += digits >= 3 ? 1.5 : digits == 2 ? 0.5 : 0
                    if source.expression.hedge == target.expression.hedge {
                        score += 1
                    } else {
                        score -= 1
                        reasons.append("hedged differently")
                    }
                    let shared = source.draft.contentWords.intersection(target.draft.contentWords)
                    if !shared.isEmpty {
                        score += min(2, 0.5 * Double(shared.count))
                        reasons.append("shared words: \(shared.sorted().prefix(3).joined(separator: ", "))")
                    }
                    found.append(Suggestion(
                        target: target.id, operands: [source.id], operation: .restatement, fit: .reproduces,
                        keyword: "because", formula: SuggestedFormula.scaled(source, 1, 1, to: target) ?? source.id,
                        arithmetic: "\(target.printed) = \(source.printed)", stated: target.expression.statedValue,
                        reasons: reasons, score: score))
                }
            }
        }
        return found
    }

    /// Whether two figures of one script are about different entities or periods, so that their
    /// equal values are a coincidence and not the same figure stated twice: one bank's 25% is not
    /// another bank's 25%, nor this year's $2 billion last year's. Periods differ when both are
    /// known and unequal; entities when both clauses name some (capitalized words after the
    /// sentence's first) and share none.
    static func aboutDifferentThings(_ x: DiscoveryFigure, _ y: DiscoveryFigure) -> Bool {
        if let px = x.expression.period, let py = y.expression.period, px != py { return true }
        return !x.names.isEmpty && !y.names.isEmpty && x.names.isDisjoint(with: y.names)
    }

    /// Currency codes and month names, capitalized but naming no entity.
    static let notNames: Set<String> = [
        "usd", "aed", "sar", "qar", "kwd", "bhd", "omr", "cny", "rmb", "hkd", "jpy", "inr", "sgd", "eur", "gbp",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "the", "a", "an", "in", "its", "it", "and", "but", "of", "for", "at", "on",
    ]

    /// The capitalized words of a draft's quote, lowercased, but for the sentence's first word.
    static func names(_ draft: ClaimDraft) -> Set<String> {
        let t = SentenceTokens(draft.quote)
        let opensSentence = draft.sentenceText.hasPrefix(draft.quote.prefix(12))
        var result = Set<String>()
        for (k, token) in t.tokens.enumerated() where token.kind == .word {
            if k == 0, opensSentence { continue }
            guard t.scalars[token.range.lowerBound].properties.isUppercase, !notNames.contains(token.lower) else {
                continue
            }
            result.insert(token.lower)
        }
        return result
    }

    /// Significant digits as printed: 3 for `13.0`, 1 for `300`.
    static func significantDigits(_ number: PrintedNumber) -> Int {
        let digits = Array(number.digits.filter(\.isNumber).drop { $0 == "0" })
        if number.decimals > 0 { return digits.count }
        var n = digits.count
        while n > 1, digits[n - 1] == "0" { n -= 1 }
        return n
    }
}
