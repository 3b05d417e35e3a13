/// Whether sets of one component's bases propagate without emptying a domain, answered from
/// the fixpoints of subsets already propagated where that provably gives the same answer as
/// propagating the set from nothing.
///
/// The conflict search tests many sets that differ by a few bases: QuickXplain adds half of
/// its candidates to a background it tested a moment before, and the hitting-set tree tests
/// the component less a few bases again and again. Propagating each from nothing revises the
/// whole set's links every time. Here a set is propagated from the fixpoint of the largest
/// subset already known: only the added bases' statements and links go in, and only the links
/// their narrowings reach are revised, as AC-3 and HC4 do with their queue.
///
/// Why a consistent answer found that way is the answer: every revision intersects a domain
/// with a projection, and the projections are inclusion-monotone (a narrower input never gives
/// a wider projection). So every box a propagation reaches contains the greatest box that is a
/// fixpoint of all the set's links within its statements, G. A propagation that followed every
/// narrowing (`Solution.followed`: no narrowing too small to propagate, none in another
/// dimension, no projection dropped) and emptied its queue ends at a fixpoint of every link,
/// hence at G itself; started from a followed fixpoint of a subset, it ends there too, since
/// that start is a fixpoint of the subset's links and the added ones were all revised. When G
/// has no empty domain, a propagation from nothing, whatever it skips, stays above G and cannot
/// empty one: it calls the set consistent too. A wipeout is not carried over the same way (a
/// propagation from nothing that stops early may not reach it), nor is a run that did not
/// follow every narrowing: those sets are propagated from nothing.
///
/// Two things differ from propagating every set from nothing. A set certified consistent was
/// not propagated from nothing, so the revision budget cannot stop that propagation: such a
/// set does not raise `propagationStopped`, and it needs no such warning, since its answer does
/// not rest on a propagation cut short. And only verdicts are kept, never derivations.
struct IncrementalPropagation {
    let network: Network
    let component: Int
    /// Whether known fixpoints are used at all; a test turns it off to compare.
    let incremental: Bool

    /// Whether a propagation from nothing of a set answered so far ran out of its revision
    /// budget.
    private(set) var propagationStopped = false

    /// The verdict of each set already answered, by its mask over the component's bases.
    /// Propagation is deterministic, so a set tested again gets the same verdict.
    private var verdicts: [[Bool]: Bool] = [:]
    /// The followed consistent fixpoints, and for each its mask, the mask as bits (for the
    /// subset tests, 64 bases a word) and how many bases it sets. Kept in separate arrays, so
    /// that scanning them copies nothing.
    private var fixpoints: [Network.Solution] = []
    private var masks: [[Bool]] = []
    private var bits: [[UInt64]] = []
    private var counts: [Int] = []

    /// The most fixpoints kept: finding the largest subset scans them all.
    static let maximumFixpoints = 128

    init(network: Network, component: Int, incremental: Bool = true) {
        self.network = network
        self.component = component
        self.incremental = incremental
    }

    /// Whether the bases the mask sets propagate without emptying a domain, as a propagation
    /// from nothing would say.
    mutating func consistent(_ mask: [Bool]) -> Bool {
        if let known = verdicts[mask] { return known }
        let words = IncrementalPropagation.bits(mask)
        let count = words.reduce(0) { $0 + $1.nonzeroBitCount }
        if incremental, let start = largestSubset(of: words) {
            let solution = network.extend(fixpoints[start], from: masks[start], to: mask, component: component)
            if solution.followed, !solution.exhausted, solution.wipeout == nil {
                keep(mask, words, count, solution)
                return true
            }
        }
        let solution = network.solve(component: component, mask: mask, recording: false)
        if solution.exhausted { propagationStopped = true }
        let consistent = solution.wipeout == nil
        verdicts[mask] = consistent
        if incremental, consistent, solution.followed, !solution.exhausted { keep(mask, words, count, solution) }
        return consistent
    }

    private mutating func keep(_ mask: [Bool], _ words: [UInt64], _ count: Int, _ solution: Network.Solution) {
        verdicts[mask] = true
        if fixpoints.count == IncrementalPropagation.maximumFixpoints {
            fixpoints.removeFirst()
            masks.removeFirst()
            bits.removeFirst()
            counts.removeFirst()
        }
        fixpoints.append(solution)
        masks.append(mask)
        bits.append(words)
        counts.append(count)
    }

    private static func bits(_ mask: [Bool]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: (mask.count + 63) / 64)
        for (i, set) in mask.enumerated() where set { words[i / 64] |= 1 << UInt64(i % 64) }
        return words
    }

    /// The index of the kept fixpoint of the largest subset of these bases; the first kept of
    /// equally large ones, so that the choice is the same on every run.
    private func largestSubset(of words: [UInt64]) -> Int? {
        var best: Int?
        var largest = -1
        for i in bits.indices where counts[i] > largest && bits[i].count == words.count {
            var within = true
            for w in words.indices where bits[i][w] & ~words[w] != 0 {
                within = false
                break
            }
            if within {
                best = i
                largest = counts[i]
            }
        }
        return best
    }
}
