import RecountModel

/// Finds the comparisons an article makes between its figures: a figure stated as a difference
/// from a quantity it does not print, and a figure said to be less than a fraction of another.
///
/// "It would still be $4.2 billion less than Microsoft's capital expenditure in Q1 2025" says,
/// with the $17.2 billion of the sentence before, that the capital expenditure was $21.4
/// billion: a figure the article implies but never prints, which a ledger can confirm. "Less
/// than a tenth of its $31.9 billion quarterly capital expenditure" is a comparison to write as
/// `holds`.
///
/// `figures` are all the article's figures in text order, `figures[k].index == k`, so the
/// figures around one are read by walking from it, and a comparison's referent is looked for
/// among at most `DiscoveryOptions.neighbours` figures before it: a paragraph dense with
/// comparisons costs no more per figure than a sparse one.
enum Comparatives {
    /// Words after a figure that compare it with what follows, and whether the compared
    /// quantity is the referent plus the figure (`less than`) or minus it (`more than`).
    static let comparisons: [(words: String, sum: Bool)] = [
        ("less than", true), ("lower than", true), ("smaller than", true), ("fewer than", true), ("short of", true),
        ("below", true), ("more than", false), ("higher than", false), ("greater than", false),
        ("larger than", false), ("bigger than", false), ("above", false),
    ]

    /// The comparisons among `figures`, all of the article's in text order.
    static func suggestions(_ figures: [DiscoveryFigure], options: DiscoveryOptions) -> [Suggestion] {
        implied(figures, referents: options.neighbours) + fractions(figures)
    }

    /// The nearest figure of `f`'s sentence after it (`step` 1) or before it (`step` −1) that
    /// `matches`, walking away from `f` while `proceed` holds.
    static func nearest(_ figures: [DiscoveryFigure], from f: DiscoveryFigure, step: Int,
                        while proceed: (DiscoveryFigure) -> Bool = { _ in true },
                        where matches: (DiscoveryFigure) -> Bool) -> DiscoveryFigure? {
        var k = f.index + step
        while k >= 0, k < figures.count, figures[k].draft.sentenceIndex == f.draft.sentenceIndex, proceed(figures[k]) {
            if matches(figures[k]) { return figures[k] }
            k += step
        }
        return nil
    }

    /// `$4.2 billion less than X`: X is a referent figure nearby plus or minus $4.2 billion,
    /// looked for among the `referents` nearest usable figures before it of the same kind.
    static func implied(_ figures: [DiscoveryFigure], referents limit: Int) -> [Suggestion] {
        var firstUsable: [Int: Int] = [:]
        for f in figures where f.isUsable && firstUsable[f.draft.sentenceIndex] == nil {
            firstUsable[f.draft.sentenceIndex] = f.index
        }
        var found: [Suggestion] = []
        for b in figures where b.isUsable {
            let s = b.sentence.scalars
            var i = b.expression.extent.upperBound
            while i < s.count, s[i] == " " { i += 1 }
            guard let comparison = comparisons.first(where: { ScalarClass.matches($0.words + " ", s, at: i) }) else { continue }
            let phraseStart = i + comparison.words.unicodeScalars.count + 1
            // The compared quantity: words up to the end of the clause, with no figure in them.
            var end = phraseStart
            var words = 0
            var inWord = false
            while end < s.count, !",;:.!?。，；：".unicodeScalars.contains(s[end]) || (s[end] == "." && end + 1 < s.count && ScalarClass.isDigit(s[end + 1])) {
                if ScalarClass.isWordScalar(s[end]) {
                    if !inWord { words += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                if words > 10 { break }
                end += 1
            }
            let phraseRange = ScalarClass.trimmed(s, phraseStart..<end)
            guard phraseRange.count >= 3 else { continue }
            let phrase = ScalarClass.text(s, phraseRange)
            // Figures are in text order: only the ones after b, up to the phrase's end, can be in it.
            let inPhrase = nearest(figures, from: b, step: 1, while: { $0.expression.span.lowerBound < phraseRange.upperBound },
                                   where: { phraseRange.overlaps($0.expression.span) })
            guard inPhrase == nil else { continue }
            let phraseWords = ClaimDraft.contentWords(of: phrase)
            var referents: [(Double, DiscoveryFigure, [String])] = []
            // The referents: figures of the same kind in this sentence or the one before,
            // nearest first, at most `limit`.
            var k = b.index - 1
            var considered = 0
            while k >= 0, considered < limit, b.draft.sentenceIndex - figures[k].draft.sentenceIndex <= 1 {
                let a = figures[k]
                k -= 1
                guard a.isUsable, a.kind == b.kind, a.perTime == b.perTime else { continue }
                considered += 1
                let distance = b.draft.sentenceIndex - a.draft.sentenceIndex
                guard a.draft.paragraph == b.draft.paragraph else { continue }
                var score = 3.0 + (distance == 0 ? 2 : 1)
                var reasons = [distance == 0 ? "same sentence" : "sentence before"]
                let shared = a.draft.contentWords.intersection(phraseWords)
                if !shared.isEmpty {
                    score += Double(min(3, shared.count))
                    reasons.append("shared words: \(shared.sorted().prefix(3).joined(separator: ", "))")
                }
                if firstUsable[a.draft.sentenceIndex] == a.index { score += 0.5 }
                referents.append((score, a, reasons))
            }
            referents.sort { ($0.0, -$0.1.index) > ($1.0, -$1.1.index) }
            for (score, a, reasons) in referents.prefix(1) {
                let value = comparison.sum ? a.magnitude + b.magnitude : a.magnitude - b.magnitude
                let op = comparison.sum ? "+" : "−"
                let formula = comparison.sum ? "QUANTITY - \(a.id)" : "\(a.id) - QUANTITY"
                found.append(Suggestion(
                    target: b.id, operands: [a.id], operation: .implied(sum: comparison.sum), fit: .implies,
                    keyword: "because", formula: formula,
                    arithmetic: "\(phrase) = \(a.printed) \(op) \(b.printed) = \(a.printed(magnitude: value))",
                    stated: b.expression.statedValue, reasons: ["\"\(comparison.words)\""] + reasons, score: score,
                    placeholder: phrase))
            }
        }
        return found
    }

    /// `less than a tenth of its $31.9 billion`: compares the figure before with the fraction
    /// of the figure after, each as an amount over its own period.
    static func fractions(_ figures: [DiscoveryFigure]) -> [Suggestion] {
        var found: [Suggestion] = []
        for f in figures where f.expression.role == .fraction {
            let s = f.sentence.scalars
            var i = f.expression.span.upperBound
            while i < s.count, s[i] == " " { i += 1 }
            guard ScalarClass.matches("of ", s, at: i) else { continue }
            // Figures are in text order: the ones after f that start within 24 scalars of "of".
            guard let b = nearest(figures, from: f, step: 1, while: { $0.expression.span.lowerBound - i < 24 },
                                  where: { $0.isUsable && $0.expression.span.lowerBound > i }),
                  let a = nearest(figures, from: f, step: -1, where: { $0.isUsable && $0.kind == b.kind }) else { continue }
            let relation: String
            switch f.expression.hedge {
            case .under: relation = "<"
            case .over: relation = ">"
            default: continue
            }
            let factor = f.expression.number.value
            let (n, d) = factor == 0.1 ? (1, 10) : factor == 0.25 ? (1, 4) : factor == 0.5 ? (1, 2) : (0, 0)
            guard d > 0 else { continue }
            let right = b.magnitude * factor
            let holds = relation == "<" ? a.magnitude < right : a.magnitude > right
            let (left, other) = a.perTime == b.perTime
                ? (a.id, b.id) : (SuggestedFormula.amount(a), SuggestedFormula.amount(b))
            let formula = "\(left) \(relation) \(SuggestedFormula.times(other, n, d))"
            found.append(Suggestion(
                target: f.id, operands: [a.id, b.id], operation: .fractionComparison, fit: .comparison(holds: holds),
                keyword: "holds", formula: formula,
                arithmetic: "\(a.printed) \(relation) \(b.printed) ÷ \(d) = \(b.printed(magnitude: right))",
                stated: f.expression.statedValue, reasons: ["\"\(f.expression.hedgeText ?? "") \(f.expression.text) of\""],
                score: 6 + (holds ? 0 : 1)))
        }
        return found
    }
}
