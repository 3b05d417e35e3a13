import RecountModel

/// Finds the sums of three or more of an article's figures that give another: the budget lines
/// that add up to the total, the divisions that make up the group.
///
/// Writers state a total and its parts in one sentence, paragraph or table, and say so: "in
/// total", "together", "combined", "add up to", "in all", "of which". Any set of figures adds up
/// to something, so a sum is looked for only under a figure whose sentence, or the next, has such
/// a cue, and only over figures of its kind and time unit in its paragraph, smaller than it and of
/// its sign, at most `sumTerms` of them, nearest first. Which of their subsets give the total is
/// found by meeting in the middle: the sums of every subset of each half are listed, one list
/// sorted, and each sum of the other half looks up the sums that complete it. So a target costs
/// at most `2 × 2^(sumTerms/2)` subset sums and `sumMatches` matches read, however long the
/// article; two-term sums are left to the pairs.
///
/// A sentence that says its figures do not add up ("do not add up to", "does not sum") is taken
/// at its word: its largest figure is the total it names, the other figures of that kind in the
/// sentence (or, failing two, in the sentence before) its parts, and the sum is proposed as a
/// **stated mismatch**, so that the fact checker encodes the check the writer says fails.
enum SubsetSum {
    /// Words that say a figure is the sum of others.
    static let cues = [
        "total", "totals", "totalled", "totaled", "totalling", "totaling", "together", "combined", "add up",
        "adds up", "added up", "adding up", "in all", "of which", "sum", "altogether", "all told", "between them",
        "合計", "合计", "總共", "总共", "共計", "共计", "合共", "其中",
    ]

    /// Words that say figures do not add up to a total.
    static let mismatchCues = [
        "not add up", "n't add up", "not sum", "n't sum", "not total", "fail to add up", "fails to add up",
        "do not match the total", "does not match the total", "不等於", "不等于", "對不上", "对不上",
    ]

    /// Whether lowercased text has a sum cue.
    static func hasCue(_ lower: String) -> Bool {
        Plausibility.firstWord(of: cues, in: lower) != nil
    }

    /// Whether lowercased text says its figures do not add up.
    static func hasMismatchCue(_ lower: String) -> Bool {
        mismatchCues.contains { TextSearch.contains(lower, $0) }
    }

    /// The parts that may add up to `c`: figures of its kind, time unit and sign within `window`
    /// sentences in its paragraph (or table, see `ClaimDraft.block`), smaller than it, within its
    /// period (`DiscoveryFigure.mayHave(part:)`), nearest first, at most `limit`.
    static func candidates(for c: DiscoveryFigure, in usable: [DiscoveryFigure], window: Int,
                           limit: Int) -> [DiscoveryFigure] {
        // Read a few more neighbours than kept, since some are of another kind.
        let near = ArithmeticDiscovery.neighbours(of: c, in: usable, window: window, limit: 3 * limit)
        return Array(near.filter {
            $0.draft.block == c.draft.block && $0.kind == c.kind && $0.perTime == c.perTime
                && ($0.magnitude > 0) == (c.magnitude > 0) && abs($0.magnitude) < abs(c.magnitude) && c.mayHave(part: $0)
        }.prefix(limit))
    }

    /// The subsets of `terms`, as bit masks, of at least `minimumTerms` terms whose face-value sum
    /// falls in `range`; at most `limit` of them; `work` counts the sums listed and matches read.
    static func subsets(of terms: [Double], summingInto range: ClosedRange<Double>, minimumTerms: Int,
                        limit: Int, work: inout Int) -> [UInt32] {
        guard !terms.isEmpty, terms.count <= 24 else { return [] }
        let half = terms.count / 2
        /// Every subset sum of `terms[offset..<offset + count]`, with its mask over all terms.
        func sums(_ offset: Int, _ count: Int) -> [(Double, UInt32)] {
            var list: [(Double, UInt32)] = [(0, 0)]
            list.reserveCapacity(1 << count)
            for k in 0..<count {
                let bit = UInt32(1) << UInt32(offset + k)
                list += list.map { ($0.0 + terms[offset + k], $0.1 | bit) }
            }
            return list
        }
        let left = sums(0, half)
        let right = sums(half, terms.count - half).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        work += left.count + right.count
        var found: [UInt32] = []
        for (l, lmask) in left {
            let low = range.lowerBound - l
            var lo = 0
            var hi = right.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if right[mid].0 < low { lo = mid + 1 } else { hi = mid }
            }
            while lo < right.count, right[lo].0 + l <= range.upperBound {
                work += 1
                let mask = lmask | right[lo].1
                if mask.nonzeroBitCount >= minimumTerms {
                    found.append(mask)
                    if found.count >= limit { return found }
                }
                lo += 1
            }
        }
        return found
    }

    /// The sums of three or more terms under the figures with a sum cue, and the stated
    /// mismatches; `work` counts the subset sums listed and matches read.
    static func suggestions(_ usable: [DiscoveryFigure], options: DiscoveryOptions, work: inout DiscoveryWork)
        -> (found: [Suggestion], misses: [Suggestion]) {
        var found: [Suggestion] = []
        var misses: [Suggestion] = []
        var sentencesCued: [Int: (sum: Bool, mismatch: Bool)] = [:]
        for f in usable where sentencesCued[f.draft.sentenceIndex] == nil {
            sentencesCued[f.draft.sentenceIndex] = (f.sentence.sumCue, f.sentence.mismatchCue)
        }
        var mismatchTargets = Set<Int>()
        for c in usable {
            let s = c.draft.sentenceIndex
            if sentencesCued[s]?.mismatch == true, let suggestion = statedMismatch(c, usable, options: options) {
                mismatchTargets.insert(s)
                found.append(suggestion)
                continue
            }
            guard sentencesCued[s]?.sum == true || sentencesCued[s + 1]?.sum == true,
                  !mismatchTargets.contains(s) else { continue }
            let terms = candidates(for: c, in: usable, window: options.sumWindow, limit: options.sumTerms)
            guard terms.count >= 3 else { continue }
            let slack = abs(c.magnitude) * options.nearMissLimit
            let range = min(c.printedRange.lowerBound, c.magnitude - slack)...max(c.printedRange.upperBound, c.magnitude + slack)
            var sums = 0
            let masks = subsets(of: terms.map(\.magnitude), summingInto: range, minimumTerms: 3,
                                limit: options.sumMatches, work: &sums)
            work.subsetSums += sums
            // The likeliest: the one reproducing the total, then the closest together, then the
            // one with the most terms (a listing names every part), then the nearest in value.
            func rankKey(_ mask: UInt32) -> (Int, Int, Int, Double) {
                let parts = terms.indices.filter { mask & (UInt32(1) << UInt32($0)) != 0 }.map { terms[$0] }
                let total = parts.reduce(0) { $0 + $1.magnitude }
                let inside = c.printsAs(total)
                let spread = parts.map { abs($0.draft.sentenceIndex - s) }.max() ?? 0
                return (inside ? 0 : 1, spread, -parts.count, abs(total - c.magnitude))
            }
            guard let best = masks.min(by: { rankKey($0) < rankKey($1) }) else { continue }
            let parts = terms.indices.filter { best & (UInt32(1) << UInt32($0)) != 0 }.map { terms[$0] }
                .sorted { $0.index < $1.index }
            let total = parts.reduce(Interval(point: 0)) { $0 + $1.interval }
            let nominal = parts.reduce(0) { $0 + $1.magnitude }
            ArithmeticDiscovery.consider(
                c, parts, .sum, total, nominal, parts.map(\.id).joined(separator: " + "),
                parts.map(\.printed).joined(separator: " + ") + " = \(c.printed(magnitude: nominal))",
                strong: false, options, &found, &misses)
        }
        return (found, misses)
    }

    /// Under the total of a sentence that says its figures do not add up, the sum of its parts.
    /// The parts are read among its nearest `3 × sumTerms` neighbours, so that the cost is bounded.
    static func statedMismatch(_ c: DiscoveryFigure, _ usable: [DiscoveryFigure], options: DiscoveryOptions) -> Suggestion? {
        let s = c.draft.sentenceIndex
        let near = ArithmeticDiscovery.neighbours(of: c, in: usable, window: 1, limit: 3 * options.sumTerms)
        let sameKind = near.filter { $0.kind == c.kind && $0.perTime == c.perTime }.sorted { $0.index < $1.index }
        let inSentence = sameKind.filter { $0.draft.sentenceIndex == s }
        // The total is the largest figure of its kind in the sentence.
        guard inSentence.allSatisfy({ abs($0.magnitude) < abs(c.magnitude) }) else { return nil }
        var parts = inSentence
        if parts.count < 2 {
            parts = sameKind.filter { $0.draft.sentenceIndex == s - 1 && $0.draft.block == c.draft.block }
        }
        guard parts.count >= 2 else { return nil }
        let nominal = parts.reduce(0) { $0 + $1.magnitude }
        guard nominal != 0 else { return nil }
        let inside = c.printsAs(nominal)
        let deviation = (c.magnitude - nominal) / nominal
        var reasons = ["the text says it does not add up"]
        if inside { reasons.append("yet the parts reproduce it") }
        return Suggestion(
            target: c.id, operands: parts.map(\.id), operation: .sum,
            fit: inside ? .reproduces : .statedMismatch(deviation: deviation), keyword: "because",
            formula: parts.map(\.id).joined(separator: " + "),
            arithmetic: parts.map(\.printed).joined(separator: " + ") + " = \(c.printed(magnitude: nominal))",
            stated: c.expression.statedValue, reasons: reasons, score: 14)
    }
}
