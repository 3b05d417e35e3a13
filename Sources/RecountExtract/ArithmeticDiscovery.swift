import RecountModel

/// How far discovery searches and how much it proposes.
public struct DiscoveryOptions: Sendable, Hashable {
    /// Sentences either side searched for ×12, ÷12, ×4, ÷4 and ÷10.
    public var scaleWindow: Int
    /// Sentences either side searched for sums, differences, shares and growth.
    public var pairWindow: Int
    /// The most figures considered around each target, nearest first.
    public var neighbours: Int
    /// The largest deviation still reported as a near miss, as a fraction.
    public var nearMissLimit: Double
    /// The most suggestions kept per claim.
    public var perTarget: Int
    /// The lowest plausibility score proposed.
    public var minimumScore: Double
    /// The most earlier figures of equal value a figure is paired with as a restatement, in its
    /// own script and again in the other, nearest first.
    public var restatementSources: Int
    /// Sentences either side, in the figure's paragraph, searched for sums of three or more terms.
    public var sumWindow: Int
    /// The most terms a sum of three or more is searched over, nearest first (at most 24).
    public var sumTerms: Int
    /// The most subsets giving a total that are read before the likeliest is chosen.
    public var sumMatches: Int

    public init(scaleWindow: Int = 4, pairWindow: Int = 2, neighbours: Int = 16, nearMissLimit: Double = 0.03,
                perTarget: Int = 3, minimumScore: Double = 5, restatementSources: Int = 8,
                sumWindow: Int = 4, sumTerms: Int = 14, sumMatches: Int = 64) {
        self.sumWindow = sumWindow
        self.sumTerms = min(24, max(0, sumTerms))
        self.sumMatches = sumMatches
        self.scaleWindow = scaleWindow
        self.pairWindow = pairWindow
        self.neighbours = neighbours
        self.nearMissLimit = nearMissLimit
        self.perTarget = perTarget
        self.minimumScore = minimumScore
        self.restatementSources = restatementSources
    }

    public static let standard = DiscoveryOptions()
}

/// Finds which of an article's figures follow arithmetically from which others, and which
/// almost do.
///
/// For each figure it tries the relations writers use: ×12 and ÷12 (per month and per year),
/// ×4 and ÷4 (per quarter), ÷10 ("a tenth"), sums and differences, shares and multiples, and
/// growth, `a / (1 + g)` and `a × (1 + g)`. A relation reproduces a figure when the interval
/// computed from the inputs' printed precision meets the figure's own, by the same sound
/// interval arithmetic `recount check` uses; it is a near miss when it is off by a few percent.
/// Restatements (the same figure in the summary and the body, 130.4億美元 and $13.04 billion)
/// and comparisons ("$4.2 billion less than…", "less than a tenth of…") are found too.
///
/// The search is bounded: each figure is compared only with the figures in a few sentences
/// around it, at most `neighbours` of them, found without reading the others, so that at most
/// `scales.count × (neighbours + 8)` scalings, `2 × neighbours × (neighbours − 1)` pairs and
/// (under a figure a sum cue points to) `2 × 2^(sumTerms/2) + sumMatches` subset sums are
/// scored per figure however dense its paragraph; a restatement pairs a figure with at most
/// `restatementSources` earlier figures of its value per script; and what a sentence's words say
/// is read once per sentence (`DiscoverySentence`). So the work grows linearly with the article.
/// Suggestions are ranked by `Plausibility`, so that the writer's arithmetic comes before
/// coincidences.
public enum ArithmeticDiscovery {
    static let scales: [(Int, Int)] = [(1, 12), (12, 1), (4, 1), (1, 4), (1, 10)]

    /// The suggestions for a set of drafted claims, most plausible first.
    public static func suggestions(for claims: [ClaimDraft], options: DiscoveryOptions = .standard) -> [Suggestion] {
        search(claims, options: options).suggestions
    }

    /// The suggestions, with the work it took to find them.
    static func search(_ claims: [ClaimDraft], options: DiscoveryOptions) -> (suggestions: [Suggestion], work: DiscoveryWork) {
        var work = DiscoveryWork()
        var sentences: [Int: DiscoverySentence] = [:]
        for (index, sentenceClaims) in Dictionary(grouping: claims, by: \.sentenceIndex) {
            sentences[index] = DiscoverySentence(text: sentenceClaims[0].sentenceText,
                                                 figureEnds: sentenceClaims.map(\.expression.extent.upperBound))
        }
        let figures = claims.enumerated().map {
            DiscoveryFigure(index: $0.offset, draft: $0.element, sentence: sentences[$0.element.sentenceIndex])
        }
        let usable = figures.filter(\.isUsable)
        var found: [Suggestion] = []
        var misses: [Suggestion] = []
        for c in usable {
            work.targets += 1
            let strong = Plausibility.strongConnective(before: c)
            let near = neighbours(of: c, in: usable, window: options.scaleWindow, limit: options.neighbours + 8)
            for a in near where a.kind == c.kind {
                for (n, d) in scales {
                    work.scalings += 1
                    guard Plausibility.scalingIsCued(a, c, n, d) else { continue }
                    let nominal = a.magnitude * Double(n) / Double(d)
                    let computed = Interval.divide(a.interval * Interval(point: Double(n)), by: Interval(point: Double(d)))
                    guard case .success(let value) = computed,
                          let formula = SuggestedFormula.scaled(a, n, d, to: c) else { continue }
                    let op = n == 1 ? "÷ \(d)" : "× \(n)"
                    consider(c, [a], .scale(numerator: n, denominator: d), value, nominal, formula,
                             "\(a.printed) \(op) = \(c.printed(magnitude: nominal))", strong: strong,
                             options, &found, &misses)
                }
            }
            let pairs = neighbours(of: c, in: usable, window: options.pairWindow, limit: options.neighbours)
            for (i, a) in pairs.enumerated() {
                for b in pairs[(i + 1)...] {
                    work.pairs += 2
                    pair(c, a, b, strong: strong, options, &found, &misses)
                    pair(c, b, a, strong: strong, options, &found, &misses)
                }
            }
        }
        let sums = SubsetSum.suggestions(usable, options: options, work: &work)
        found += sums.found
        misses += sums.misses
        found += Restatement.suggestions(figures, options: options, work: &work)
        found += Comparatives.suggestions(figures, options: options)
        let wholes = Set(usable.filter(\.quoteNamesWhole).map(\.id))
        return (rank(found, misses: misses, options: options, sharesOfWholes: wholes), work)
    }

    /// The figures within `window` sentences of `c`, nearest first, at most `limit`: by distance
    /// in sentences, then in figures, then the earlier first. `figures` are in text order, so
    /// each sentence's figures are found by binary search, and the nearest of them are taken
    /// walking outwards from `c`: the figures beyond the limit are never read.
    static func neighbours(of c: DiscoveryFigure, in figures: [DiscoveryFigure], window: Int, limit: Int) -> [DiscoveryFigure] {
        guard window >= 0 else { return [] }
        let s = c.draft.sentenceIndex
        /// The position of the first figure for which `isAfter` holds.
        func position(_ isAfter: (DiscoveryFigure) -> Bool) -> Int {
            var lo = 0
            var hi = figures.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isAfter(figures[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        func start(ofSentence t: Int) -> Int { position { $0.draft.sentenceIndex >= t } }
        var near: [DiscoveryFigure] = []
        near.reserveCapacity(max(0, min(limit, figures.count)))
        for d in 0...window where near.count < limit {
            // Earlier figures at distance d walk down from `left` to `leftEnd`, later ones up from
            // `right` to `rightEnd`; in c's own sentence both start at c.
            var left: Int
            let leftEnd: Int
            var right: Int
            let rightEnd: Int
            if d == 0 {
                let at = position { $0.index >= c.index }
                left = at - 1
                leftEnd = start(ofSentence: s)
                right = at < figures.count && figures[at].index == c.index ? at + 1 : at
                rightEnd = start(ofSentence: s + 1)
            } else {
                left = start(ofSentence: s - d + 1) - 1
                leftEnd = start(ofSentence: s - d)
                right = start(ofSentence: s + d)
                rightEnd = start(ofSentence: s + d + 1)
            }
            while near.count < limit, left >= leftEnd || right < rightEnd {
                if right >= rightEnd || (left >= leftEnd && c.index - figures[left].index <= figures[right].index - c.index) {
                    near.append(figures[left])
                    left -= 1
                } else {
                    near.append(figures[right])
                    right += 1
                }
            }
        }
        return near
    }

    /// The two-operand relations of `a` and `b` that may give `c`, in this order of operands.
    static func pair(_ c: DiscoveryFigure, _ a: DiscoveryFigure, _ b: DiscoveryFigure, strong: Bool,
                     _ options: DiscoveryOptions, _ found: inout [Suggestion], _ misses: inout [Suggestion]) {
        let sameUnits = a.kind == b.kind && a.perTime == b.perTime
        // Shares of one whole add up; growth rates do not, and two rates differ by percentage
        // points, not by a percentage.
        let addsRates = [a, b, c].contains { $0.isPercent && $0.expression.isGrowth }
        if sameUnits, a.kind == c.kind, a.perTime == c.perTime, !addsRates {
            if a.index < b.index, c.mayHave(part: a), c.mayHave(part: b) {
                consider(c, [a, b], .sum, a.interval + b.interval, a.magnitude + b.magnitude, "\(a.id) + \(b.id)",
                         "\(a.printed) + \(b.printed) = \(c.printed(magnitude: a.magnitude + b.magnitude))",
                         strong: strong, options, &found, &misses)
            }
            // c = a − b is a part of a as a whole, or a change when c has no period of its own.
            if c.span == nil || (a.mayHave(part: b) && a.mayHave(part: c)) {
                consider(c, [a, b], .difference, a.interval - b.interval, a.magnitude - b.magnitude, "\(a.id) - \(b.id)",
                         "\(a.printed) − \(b.printed) = \(c.printed(magnitude: a.magnitude - b.magnitude))",
                         strong: strong, options, &found, &misses)
            }
        }
        if sameUnits, c.isPercent, !a.isPercent, b.magnitude != 0,
           case .success(let q) = Interval.divide(a.interval, by: b.interval) {
            let nominal = a.magnitude / b.magnitude
            consider(c, [a, b], .ratio, q, nominal, "\(a.id) / \(b.id)",
                     "\(a.printed) ÷ \(b.printed) = \(c.printed(magnitude: nominal))", strong: strong,
                     options, &found, &misses)
        }
        // A growth rate is printed with the value it derives: "rose 12% to $4.48 billion from $4.0
        // billion", "That was up 9.1% from Dh2.2 billion". A rate from another sentence is some
        // other figure's change.
        let rateIsTheirs = b.draft.sentenceIndex == c.draft.sentenceIndex
        if b.isPercent, rateIsTheirs, a.kind == c.kind, a.perTime == c.perTime, !a.isPercent || c.isPercent {
            let one = Interval(point: 1)
            let factor = one + b.interval
            let grown = 1 + b.magnitude
            if grown != 0, case .success(let q) = Interval.divide(a.interval, by: factor) {
                consider(c, [a, b], .growthBase, q, a.magnitude / grown, "\(a.id) / (1 + \(b.id))",
                         "\(a.printed) ÷ (1 + \(b.printed)) = \(c.printed(magnitude: a.magnitude / grown))",
                         strong: strong, options, &found, &misses)
            }
            consider(c, [a, b], .growthApplied, a.interval * factor, a.magnitude * grown, "\(a.id) * (1 + \(b.id))",
                     "\(a.printed) × (1 + \(b.printed)) = \(c.printed(magnitude: a.magnitude * grown))",
                     strong: strong, options, &found, &misses)
        }
    }

    /// Keeps a candidate relation if it reproduces `c`, nearly does, or is what the text says
    /// `c` follows from.
    static func consider(_ c: DiscoveryFigure, _ operands: [DiscoveryFigure], _ operation: Suggestion.Operation,
                         _ computed: Interval, _ nominal: Double, _ formula: String, _ arithmetic: @autoclosure () -> String,
                         strong: Bool, _ options: DiscoveryOptions, _ found: inout [Suggestion], _ misses: inout [Suggestion]) {
        guard nominal.isFinite, nominal != 0, computed.isBounded else { return }
        let deviation = (c.magnitude - nominal) / nominal
        let fit: Suggestion.Fit
        // The writer computed from the printed figures and printed the result rounded: the
        // relation reproduces the figure when the face-value result rounds to it.
        if c.printsAs(nominal) {
            fit = .reproduces
        } else if abs(deviation) <= options.nearMissLimit {
            fit = .nearMiss(deviation: deviation)
        } else if strong, supportsMiss(c, operands, operation), mayMiss(c, from: operands) {
            fit = .misses(deviation: deviation)
        } else {
            return
        }
        let (score, reasons) = Plausibility.score(target: c, operands: operands, operation: operation, fit: fit,
                                                  computed: computed)
        let suggestion = Suggestion(target: c.id, operands: operands.map(\.id), operation: operation, fit: fit,
                                    keyword: "because", formula: formula, arithmetic: arithmetic(),
                                    stated: c.expression.statedValue, reasons: reasons, score: score)
        if case .misses = fit { misses.append(suggestion) } else { found.append(suggestion) }
    }

    /// Whether `operands` may be those of a relation that the text announces for `c`
    /// ("implying", "meaning") but that misses: they come before `c`, in its sentence or the one
    /// before. The connective speaks of the figures just before it, so when `c`'s sentence prints
    /// any before `c`, one of them is an operand.
    static func mayMiss(_ c: DiscoveryFigure, from operands: [DiscoveryFigure]) -> Bool {
        guard operands.allSatisfy({ $0.index < c.index && c.draft.sentenceIndex - $0.draft.sentenceIndex <= 1 })
        else { return false }
        let printsEarlierFigures = c.sentence.lastFigureEnd(atOrBefore: c.expression.extent.lowerBound) > 0
        return !printsEarlierFigures || operands.contains { $0.draft.sentenceIndex == c.draft.sentenceIndex }
    }

    /// Whether the words around a relation back it enough to report it when it misses: growth
    /// needs a change such as "up 12% year-over-year", a change of period needs time words on
    /// both sides; sums, differences and shares need nothing more than the connective.
    static func supportsMiss(_ c: DiscoveryFigure, _ operands: [DiscoveryFigure], _ operation: Suggestion.Operation) -> Bool {
        switch operation {
        case .growthBase, .growthApplied:
            return operands.count == 2 && operands[1].expression.isGrowth
        case .scale(let n, let d):
            guard let a = operands.first, d != 10 else { return false }
            return Plausibility.timeAgreement(a, c, n, d).0 >= 2.5
        case .sum:
            return operands.count == 2
        case .difference, .ratio:
            return true
        default:
            return false
        }
    }

    /// Whether `s` only echoes a likelier sum over the same figures: a sum gives its figures their
    /// roles, one total and its parts. A sum, difference or scaling among those figures alone
    /// either says the same thing rearranged (a part as the total less the others) or makes a part
    /// the total of its siblings, which would count it twice; and a part of n similar parts is
    /// about the total ÷ n by construction, not by the writer's arithmetic.
    static func echoesSum(_ s: Suggestion, of sums: [Suggestion], before: (Suggestion, Suggestion) -> Bool) -> Bool {
        switch s.operation {
        case .sum, .difference, .scale: break
        default: return false
        }
        let figures = Set([s.target] + s.operands)
        return sums.contains { t in
            t.relationKey != s.relationKey && before(t, s) && figures.isSubset(of: Set([t.target] + t.operands))
        }
    }

    /// One suggestion per relation, at most `perTarget` per claim above the minimum score, none
    /// that only echoes a likelier sum, no share of a named whole ("of the total") taken as one
    /// part of a sum over another part of it (a share is a part over its whole), no near miss for
    /// a claim something reproduces, and the
    /// likeliest unreproduced relation for claims the text derives but nothing reproduces; most
    /// plausible first.
    static func rank(_ found: [Suggestion], misses: [Suggestion], options: DiscoveryOptions,
                     sharesOfWholes: Set<String> = []) -> [Suggestion] {
        func before(_ x: Suggestion, _ y: Suggestion) -> Bool {
            if x.score != y.score { return x.score > y.score }
            if x.target != y.target { return x.target < y.target }
            return x.formula < y.formula
        }
        // A figure stated as a difference from a quantity the article does not print is
        // explained by that; other arithmetic landing on it, or starting from it, is likely chance.
        let implied = Set(found.filter { $0.fit == .implies }.map(\.target))
        let found = found.filter { $0.fit == .implies || !implied.contains($0.target) }.map { s -> Suggestion in
            guard s.fit != .implies, s.operands.contains(where: implied.contains) else { return s }
            var s = s
            s.score -= 3
            return s
        }
        var best: [String: Suggestion] = [:]
        for s in found where s.score >= options.minimumScore || s.fit == .implies || s.operation == .fractionComparison {
            if let other = best[s.relationKey], !before(s, other) { continue }
            best[s.relationKey] = s
        }
        let sums = best.values.filter { $0.operation == .sum && $0.operands.count >= 2 }.sorted(by: before)
        let standing = best.values.filter { s in
            !echoesSum(s, of: sums, before: before) && !(s.operation == .ratio && sharesOfWholes.contains(s.target)
                && sums.contains { t in s.operands.allSatisfy(t.operands.contains) })
        }
        // A figure that other figures reproduce is explained: a near miss beside the reproduction
        // is likelier chance than the writer's error. A restatement does not explain arithmetic.
        let reproduced = Set(standing.filter { $0.reproduces && $0.operation != .restatement && $0.score >= options.minimumScore }
            .map(\.target))
        var byTarget: [String: [Suggestion]] = [:]
        for s in standing where !(s.isNearMiss && reproduced.contains(s.target)) { byTarget[s.target, default: []].append(s) }
        var kept: [Suggestion] = []
        for (_, list) in byTarget {
            // Of several figures a claim restates, only the likeliest few.
            let sorted = list.sorted(by: before)
            let bestRestatement = sorted.first { $0.operation == .restatement }?.score ?? 0
            kept += sorted.filter { $0.operation != .restatement || $0.score >= bestRestatement - 1 }.prefix(options.perTarget)
        }
        // A relation the text announces ("implying") but that misses is shown unless something
        // likelier reproduces the figure or nearly does.
        var covered: [String: Double] = [:]
        for s in kept where s.reproduces || s.isNearMiss { covered[s.target] = max(covered[s.target] ?? -.infinity, s.score) }
        var missByTarget: [String: Suggestion] = [:]
        for s in misses where s.score > (covered[s.target] ?? -.infinity) && s.score >= options.minimumScore - 2 {
            if let other = missByTarget[s.target], !before(s, other) { continue }
            missByTarget[s.target] = s
        }
        kept += missByTarget.values
        return kept.sorted(by: before)
    }
}
