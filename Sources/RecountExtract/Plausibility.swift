import RecountFigures
import RecountModel

/// Scores how likely a discovered relation is the writer's own arithmetic rather than a
/// coincidence.
///
/// Any two figures of an article relate somehow: with eighty figures and a dozen operations,
/// some will agree by chance. What sets the writer's arithmetic apart is what surrounds it: the
/// figures are close together, the derived one comes after its inputs, a connective says so
/// ("implying", "or", "that's", "annualizing to"), the time words agree with the operation
/// (÷12 from "annualized" to "per month"), the clauses share words, and the derived figure is
/// printed precisely enough that chance rarely hits it. Each of these adds to a score; only
/// the order of scores matters.
enum Plausibility {
    /// Words that announce a figure derived from the ones before it.
    static let connectives = [
        "implying", "implies", "meaning", "means", "which is", "that's", "that is", "or", "i.e.", "annualizing",
        "annualising", "annualized to", "equivalent to", "equals", "works out", "translates", "so", "thus",
        "即", "意味", "相當於", "相当于", "約合", "约合", "折合", "也就是", "換算", "换算",
    ]

    /// Connectives that say outright that a figure follows from others.
    static let strongConnectives = ["implying", "implies", "meaning", "which means", "means", "意味", "即", "也就是"]

    static let sumWords = ["less", "more", "minus", "plus", "total", "combined", "remaining", "rest", "together",
                           "difference", "gap", "implying", "合計", "合计", "總共", "总共", "剩餘", "剩余"]
    /// Words that name the whole a share is of: "72.8% of the regional total".
    static let wholeWords = ["total", "overall", "of all", "altogether", "in all", "合計", "合计", "總額", "总额", "全体", "全體"]
    static let shareWords = ["share", "accounted", "account for", "accounts for", "of ", "佔", "占", "比例", "比重"]

    /// The text between the last operand and the target in the same sentence, or the target's
    /// sentence before it when the operands are earlier; at most the last `length` scalars.
    static func lead(to c: DiscoveryFigure, from operands: [DiscoveryFigure], length: Int = 48) -> String {
        var from = 0
        for a in operands where a.draft.sentenceIndex == c.draft.sentenceIndex
            && a.expression.extent.upperBound <= c.expression.extent.lowerBound {
            from = max(from, a.expression.extent.upperBound)
        }
        return lead(to: c, after: from, length: length)
    }

    /// The target's sentence from scalar offset `from` to the target, at most the last `length`
    /// scalars, lowercased.
    static func lead(to c: DiscoveryFigure, after from: Int, length: Int) -> String {
        let sentence = c.sentence.scalars
        let to = min(c.expression.extent.lowerBound, sentence.count)
        guard from < to else { return "" }
        let start = max(from, to - length)
        return ScalarClass.text(sentence, start..<to).lowercased()
    }

    /// The first of `words` that occurs in `text` as a whole word.
    static func firstWord(of words: [String], in text: String) -> String? {
        // Most words are absent; a substring search rules them out before the scalar walk.
        let present = words.filter { TextSearch.contains(text, $0) }
        guard !present.isEmpty else { return nil }
        let s = Array(text.unicodeScalars)
        for w in present {
            let n = w.unicodeScalars.count
            var i = 0
            while i + n <= s.count {
                if ScalarClass.matches(w, s, at: i) {
                    let wordStart = w.unicodeScalars.first.map(ScalarClass.isWordScalar) ?? false
                    let wordEnd = w.unicodeScalars.last.map(ScalarClass.isWordScalar) ?? false
                    let before = i == 0 || !ScalarClass.isWordScalar(s[i - 1]) || !wordStart
                    let after = i + n == s.count || !ScalarClass.isWordScalar(s[i + n]) || !wordEnd
                    if before && after { return w }
                }
                i += 1
            }
        }
        return nil
    }

    /// Which of `words` occur in `text` as whole words.
    static func wholeWords(of words: [String], in text: String) -> Set<String> {
        Set(words.filter { firstWord(of: [$0], in: text) != nil })
    }

    /// Whether the target's sentence says it follows from what comes before it: a strong
    /// connective between the sentence's previous figure and the target.
    static func strongConnective(before c: DiscoveryFigure) -> Bool {
        let from = c.sentence.lastFigureEnd(atOrBefore: c.expression.extent.lowerBound)
        return firstWord(of: strongConnectives, in: lead(to: c, after: from, length: 100)) != nil
    }

    /// The score of a relation and the reasons worth showing.
    static func score(target c: DiscoveryFigure, operands: [DiscoveryFigure], operation: Suggestion.Operation,
                      fit: Suggestion.Fit, computed: Interval) -> (Double, [String]) {
        var score = 0.0
        var reasons: [String] = []
        switch fit {
        case .reproduces: score += 4
        case .nearMiss(let d): score += 2.5 - 50 * abs(d)
        default: break
        }
        // How easily chance hits the target.
        let computedWidth = abs(computed.width / 2 / c.magnitude)
        let width = max(c.relativeHalfWidth, computedWidth.isFinite ? computedWidth : 1)
        if width > 0 {
            var p = 0.0
            var w = 0.01 / width
            while w >= 10 { w /= 10; p += 1 }
            while w < 1 { w *= 10; p -= 1 }
            score += 1.5 * min(1.5, max(-1.5, p + (w - 1) / 9))
        }
        // Distance in sentences.
        // A table's rows are sentences of their own, but a table prints its cells and its
        // caption side by side: one step apart at most.
        let distance = operands.map { a in
            let steps = abs(a.draft.sentenceIndex - c.draft.sentenceIndex)
            return (a.draft.tableBlock != nil || c.draft.tableBlock != nil) && a.draft.block == c.draft.block ? min(1, steps) : steps
        }.max() ?? 0
        switch distance {
        case 0: score += 3; reasons.append("same sentence")
        case 1: score += 2; reasons.append("next sentence")
        case 2: score += 0.5
        default: score -= 0.5 * Double(distance - 2)
        }
        if operands.contains(where: { $0.draft.block != c.draft.block }) { score -= 1.5 }
        // A translated summary repeats the body's arithmetic; it does not compute across languages.
        if operands.contains(where: { $0.draft.isCJK != c.draft.isCJK }) { score -= 3 }
        // Writers derive a figure from the ones before it.
        score += operands.allSatisfy({ $0.index < c.index }) ? 1 : -1
        // A connective close to the target, or a strong one ("implying") further back.
        if let word = firstWord(of: connectives, in: lead(to: c, from: operands, length: 40))
            ?? firstWord(of: strongConnectives, in: lead(to: c, from: operands, length: 100)) {
            score += 2
            reasons.append("\"\(word)\"")
        }
        if [.about, .nearly].contains(c.expression.hedge) { score += 0.5 }
        // Shared words between the target's clause and its operands'.
        var shared = Set<String>()
        for a in operands { shared.formUnion(a.draft.contentWords.intersection(c.draft.contentWords)) }
        if !shared.isEmpty {
            score += min(2, 0.5 * Double(shared.count))
            reasons.append("shared words: \(shared.sorted().prefix(3).joined(separator: ", "))")
        }
        switch operation {
        case .scale(let n, let d):
            guard let a = operands.first else { break }
            let (points, reason) = timeAgreement(a, c, n, d)
            score += points
            if let reason { reasons.append(reason) }
        case .sum, .difference:
            // The first sum word in the target's sentence or an operand's quote, each read once.
            let present = operands.reduce(c.sentence.sumWords) { $0.union($1.quoteSumWords) }
            if let word = sumWords.first(where: present.contains) {
                score += 1
                reasons.append("\"\(word)\"")
            }
        case .ratio:
            if c.expression.isGrowth {
                score -= 2
            } else if c.quoteSaysShare {
                score += 1
                reasons.append("a share")
            }
        case .growthBase, .growthApplied:
            if operands.count == 2, operands[1].expression.isGrowth {
                score += 2
                reasons.append("growth of \(operands[1].printed)")
            } else {
                score -= 2
            }
        default:
            break
        }
        var unique: [String] = []
        for r in reasons where !unique.contains(r) { unique.append(r) }
        return (score, unique)
    }

    /// Words that say a percentage is a share, a change or a margin: not a rate over time, so
    /// not divisible into months or quarters.
    static let notRateWords = ["share", "margin", "stake", "of the", "of its", "of all", "accounted", "growth",
                               "rose", "fell", "up ", "down ", "increase", "decrease", "grew", "jump", "drop",
                               "佔", "占", "增長", "增长", "下降", "比重", "利潤率", "利润率"]

    /// The words that name the count a scaling by `k` divides or multiplies by.
    static func countWords(_ k: Int) -> [String] {
        switch k {
        case 4: ["quarter", "quarters", "quarterly", "four", "fourth", "季", "四"]
        case 12: ["month", "months", "monthly", "twelve", "每月", "月"]
        default: []
        }
    }

    /// Whether a scaling `c = a × n / d` is worth offering at all, before it is scored.
    ///
    /// ÷10 is offered only when a quote or the target's sentence says "a tenth".
    /// ×12, ÷12, ×4 and ÷4 hit some pair of an article's amounts by chance ("$385 million ÷ 4 =
    /// $96.25 million"), so an amount is scaled only when the time words of both figures agree
    /// with the scaling, or a sentence of the two names the count ("a quarter", "quarterly",
    /// "each of four", "monthly"). A percentage is divided into months or quarters only when it
    /// is a rate over time (an interest rate, a yield, an annualized return): both figures name
    /// their periods, and neither is a share, a change or a margin, which are not rates.
    static func scalingIsCued(_ a: DiscoveryFigure, _ c: DiscoveryFigure, _ n: Int, _ d: Int) -> Bool {
        // A tenth of some figure is some other by chance as often as a quarter is.
        if n == 1, d == 10 { return a.quoteSaysTenth || c.quoteSaysTenth || c.sentence.saysTenth }
        let agreement = timeAgreement(a, c, n, d).0
        if a.isPercent || c.isPercent {
            let notRate = [a, c].contains { $0.expression.isGrowth || $0.quoteSaysNotRate }
            return !notRate && agreement >= 2.5
        }
        if agreement >= 2.5 { return true }
        let count = max(n, d)
        return [a, c].contains { count == 4 ? $0.sentence.namesQuarters : count == 12 && $0.sentence.namesMonths }
    }

    /// How the time words of `a` and `c` fit `c = a × n / d`: +2.5 when both sides agree
    /// ("annualized" to "per month" for ÷12), +1.5 when one side does, −2.5 when the figures
    /// are rates over the same time (÷12 of a yearly rate called yearly again).
    static func timeAgreement(_ a: DiscoveryFigure, _ c: DiscoveryFigure, _ n: Int, _ d: Int) -> (Double, String?) {
        if n == 1, d == 10 {
            if a.quoteSaysTenth || c.quoteSaysTenth || c.sentence.saysTenth { return (2, "\"a tenth\"") }
            return (-3, nil)
        }
        if let ta = a.perTime, let tc = c.perTime, ta == tc { return (-2.5, nil) }
        func ratio(_ u: TimeUnit, _ v: TimeUnit) -> Bool {
            // c per v is a per u × n/d when years(v) / years(u) = n / d.
            let (un, ud) = SuggestedFormula.years(u)
            let (vn, vd) = SuggestedFormula.years(v)
            return vn * ud * d == n * vd * un
        }
        for u in a.timeHints.sorted(by: { $0.rawValue < $1.rawValue }) {
            for v in c.timeHints.sorted(by: { $0.rawValue < $1.rawValue }) where ratio(u, v) {
                return (2.5, "\(u.rawValue) to \(v.rawValue)")
            }
        }
        // One side: a yearly source for ÷12 or ÷4, a monthly or quarterly target's words.
        for u in a.timeHints where TimeUnit.allCases.contains(where: { ratio(u, $0) && $0 != u }) {
            if c.timeHints.isEmpty { return (1.5, "a \(u.rawValue) figure") }
        }
        for v in c.timeHints where TimeUnit.allCases.contains(where: { ratio($0, v) && $0 != v }) {
            if a.timeHints.isEmpty { return (1.5, "a \(v.rawValue) figure") }
        }
        return (-0.5, nil)
    }
}
