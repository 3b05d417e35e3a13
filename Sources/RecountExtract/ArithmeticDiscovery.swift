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

    public init(scaleWindow: Int = 4, pairWindow: Int = 2, neighbours: Int = 16, nearMissLimit: Double = 0.03,
                perTarget: Int = 3, minimumScore: Double = 5) {
        self.scaleWindow = scaleWindow
        self.pairWindow = pairWindow
        self.neighbours = neighbours
        self.nearMissLimit = nearMissLimit
        self.perTarget = perTarget
        self.minimumScore = minimumScore
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
/// around it, at most `neighbours` of them, so the work grows linearly with the article.
/// Suggestions are ranked by `Plausibility`, so that the writer's arithmetic comes before
/// coincidences.
public enum ArithmeticDiscovery {
    static let scales: [(Int, Int)] = [(1, 12), (12, 1), (4, 1), (1, 4), (1, 10)]

    /// The suggestions for a set of drafted claims, most plausible first.
    public static func suggestions(for claims: [ClaimDraft], options: DiscoveryOptions = .standard) -> [Suggestion] {
        let figures = claims.enumerated().map { DiscoveryFigure(index: $0.offset, draft: $0.element) }
        let usable = figures.filter(\.isUsable)
        let bySentence = Dictionary(grouping: figures, by: \.draft.sentenceIndex)
        var found: [Suggestion] = []
        var misses: [Suggestion] = []
        for c in usable {
            let strong = Plausibility.strongConnective(before: c, in: bySentence[c.draft.sentenceIndex] ?? [])
            let near = neighbours(of: c, in: usable, window: options.scaleWindow, limit: options.neighbours + 8)
            for a in near where a.kind == c.kind {
                for (n, d) in scales {
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
                    pair(c, a, b, strong: strong, options, &found, &misses)
                    pair(c, b, a, strong: strong, options, &found, &misses)
                }
            }
        }
        found += Restatement.suggestions(figures, options: options)
        found += Comparatives.suggestions(figures, bySentence: bySentence)
        return rank(found, misses: misses, options: options)
    }

    /// The figures within `window` sentences of `c`, nearest first, at most `limit`. `figures`
    /// are in text order, so the ones in the window are found by binary search.
    static func neighbours(of c: DiscoveryFigure, in figures: [DiscoveryFigure], window: Int, limit: Int) -> [DiscoveryFigure] {
        let s = c.draft.sentenceIndex
        var lo = 0
        var hi = figures.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if figures[mid].draft.sentenceIndex < s - window { lo = mid + 1 } else { hi = mid }
        }
        var near: [DiscoveryFigure] = []
        var i = lo
        while i < figures.count, figures[i].draft.sentenceIndex <= s + window {
            if figures[i].index != c.index { near.append(figures[i]) }
            i += 1
        }
        let sorted = near.sorted {
            (abs($0.draft.sentenceIndex - s), abs($0.index - c.index), $0.index) < (abs($1.draft.sentenceIndex - s), abs($1.index - c.index), $1.index)
        }
        return Array(sorted.prefix(limit))
    }

    /// The two-operand relations of `a` and `b` that may give `c`, in this order of operands.
    static func pair(_ c: DiscoveryFigure, _ a: DiscoveryFigure, _ b: DiscoveryFigure, strong: Bool,
                     _ options: DiscoveryOptions, _ found: inout [Suggestion], _ misses: inout [Suggestion]) {
        let sameUnits = a.kind == b.kind && a.perTime == b.perTime
        if sameUnits, a.kind == c.kind, a.perTime == c.perTime {
            if a.index < b.index {
                consider(c, [a, b], .sum, a.interval + b.interval, a.magnitude + b.magnitude, "\(a.id) + \(b.id)",
                         "\(a.printed) + \(b.printed) = \(c.printed(magnitude: a.magnitude + b.magnitude))",
                         strong: strong, options, &found, &misses)
            }
            consider(c, [a, b], .difference, a.interval - b.interval, a.magnitude - b.magnitude, "\(a.id) - \(b.id)",
                     "\(a.printed) − \(b.printed) = \(c.printed(magnitude: a.magnitude - b.magnitude))",
                     strong: strong, options, &found, &misses)
        }
        if sameUnits, c.isPercent, !a.isPercent, b.magnitude != 0,
           case .success(let q) = Interval.divide(a.interval, by: b.interval) {
            let nominal = a.magnitude / b.magnitude
            consider(c, [a, b], .ratio, q, nominal, "\(a.id) / \(b.id)",
                     "\(a.printed) ÷ \(b.printed) = \(c.printed(magnitude: nominal))", strong: strong,
                     options, &found, &misses)
        }
        if b.isPercent, a.kind == c.kind, a.perTime == c.perTime, !a.isPercent || c.isPercent {
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
        let slack = abs(nominal) * 1e-12
        if c.interval.lower - slack <= nominal, nominal <= c.interval.upper + slack {
            fit = .reproduces
        } else if abs(deviation) <= options.nearMissLimit {
            fit = .nearMiss(deviation: deviation)
        } else if strong, supportsMiss(c, operands, operation),
                  operands.allSatisfy({ $0.index < c.index && c.draft.sentenceIndex - $0.draft.sentenceIndex <= 1 }) {
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
        case .sum, .difference, .ratio:
            return true
        default:
            return false
        }
    }

    /// One suggestion per relation, at most `perTarget` per claim above the minimum score, and
    /// the likeliest unreproduced relation for claims the text derives but nothing reproduces;
    /// most plausible first.
    static func rank(_ found: [Suggestion], misses: [Suggestion], options: DiscoveryOptions) -> [Suggestion] {
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
        var byTarget: [String: [Suggestion]] = [:]
        for s in best.values { byTarget[s.target, default: []].append(s) }
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
