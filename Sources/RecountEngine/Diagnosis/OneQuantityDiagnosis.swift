import RecountModel

/// The lightest diagnoses and the conflicts of a component in which figures are stated for
/// one quantity only, found by one sweep along the line instead of a hitting-set tree.
///
/// A figure stated for one quantity is an interval. Intervals have a common point if and only
/// if every two of them meet (Helly's theorem on the line), so the minimal conflicts are the
/// pairs that do not meet, and a set of figures that can all be true is a set of intervals
/// around one point. The lightest diagnosis is therefore what lies outside the heaviest point:
/// the point covered by the greatest total weight. A sweep over the sorted bounds finds every
/// such point, each giving one lightest diagnosis, in O(n log n). A quantity restated ten
/// thousand times, which no hitting-set tree could search, is diagnosed exactly.
///
/// Links to quantities with no figures of their own derive values but cannot empty a domain,
/// so they take no part. The conflicts listed are every pair that does not meet, when there are
/// at most `ConflictSearch.maximumNodes` of them, as the hitting-set tree would list them;
/// otherwise, for each blamed figure, the figure and the kept figure that bounds the heaviest
/// point on its side, which it cannot meet.
struct OneQuantityDiagnosis {
    /// The conflicts and the lightest diagnoses, each in content order.
    private(set) var conflicts: [[Base]] = []
    private(set) var diagnoses: [[Base]] = []
    /// Whether more diagnoses tie for the lightest than `MinimumDiagnosis` keeps.
    private(set) var tiesCut = false

    private struct Figure {
        var base: Base
        var interval: Interval
        var weight: Int
        var key: String
    }

    /// The sweep, when the component states figures for one quantity only, in one dimension;
    /// nil otherwise.
    init?(network: Network, component: Int, among: (Base) -> Bool = { _ in true }, weight: (Base) -> Int) {
        let indices = network.statementsIn[component].filter { among(network.statements[$0].base) }
        guard let first = indices.first else { return nil }
        let variable = network.statements[first].variable
        let dimension = network.statements[first].value.dimension
        var figures: [Figure] = []
        figures.reserveCapacity(indices.count)
        for i in indices {
            let s = network.statements[i]
            guard s.variable == variable, s.value.dimension == dimension,
                  !s.value.interval.lower.isNaN, !s.value.interval.upper.isNaN else { return nil }
            figures.append(Figure(base: s.base, interval: s.value.interval, weight: weight(s.base), key: s.key))
        }
        // One base, one figure: a base with two figures here would weigh twice.
        guard Set(figures.map(\.base)).count == figures.count else { return nil }
        self.init(figures, precedes: network.precedes)
    }

    private init(_ figures: [Figure], precedes: (Base, Base) -> Bool) {
        // Bounds in order; at one coordinate, intervals open before others close, since closed
        // intervals that touch meet.
        let starts = figures.indices.sorted { figures[$0].interval.lower < figures[$1].interval.lower }
        let ends = figures.indices.sorted { figures[$0].interval.upper < figures[$1].interval.upper }
        var total = 0
        var best = Int.min
        var heaviest: [Double] = []
        var e = 0
        var k = 0
        while k < starts.count {
            let x = figures[starts[k]].interval.lower
            while e < ends.count, figures[ends[e]].interval.upper < x {
                total -= figures[ends[e]].weight
                e += 1
            }
            while k < starts.count, figures[starts[k]].interval.lower == x {
                total += figures[starts[k]].weight
                k += 1
            }
            if total > best {
                best = total
                heaviest = [x]
                tiesCut = false
            } else if total == best {
                if heaviest.count < MinimumDiagnosis.maximumDiagnoses { heaviest.append(x) } else { tiesCut = true }
            }
        }
        let content = { (i: Int) in (figures[i].key, figures[i].base) }
        if let pairs = OneQuantityDiagnosis.disjointPairs(figures, byLower: starts, byUpper: ends,
                                                          atMost: ConflictSearch.maximumNodes) {
            for (a, b) in pairs {
                conflicts.append([a, b].sorted { content($0) < content($1) }.map { figures[$0].base })
            }
        }
        let listed = !conflicts.isEmpty
        var found = Set<[Base]>()
        for x in heaviest {
            let kept = figures.indices.filter { figures[$0].interval.lower <= x && x <= figures[$0].interval.upper }
            let keptSet = Set(kept)
            let blamed = figures.indices.filter { !keptSet.contains($0) }
            guard !blamed.isEmpty else { continue }
            diagnoses.append(blamed.sorted { content($0) < content($1) }.map { figures[$0].base })
            // The kept figures that bound the heaviest point from above and from below: a blamed
            // figure below the point cannot meet the first, one above cannot meet the second.
            let rank = { (i: Int) in (-figures[i].weight, figures[i].key, figures[i].base) }
            let highestLower = kept.min { a, b in
                let (la, lb) = (figures[a].interval.lower, figures[b].interval.lower)
                return la != lb ? la > lb : rank(a) < rank(b)
            }
            let lowestUpper = kept.min { a, b in
                let (ua, ub) = (figures[a].interval.upper, figures[b].interval.upper)
                return ua != ub ? ua < ub : rank(a) < rank(b)
            }
            for b in blamed where !listed {
                guard let partner = figures[b].interval.upper < x ? highestLower : lowestUpper else { continue }
                let pair = [b, partner].sorted { content($0) < content($1) }
                found.insert(pair.map { figures[$0].base })
            }
        }
        diagnoses.sort { $0.lexicographicallyPrecedes($1, by: precedes) }
        if !listed { conflicts = found.sorted { $0.lexicographicallyPrecedes($1, by: precedes) } }
    }

    /// Every pair of figures that do not meet, or nil when there are more than `limit`: for each
    /// figure, those whose lower bound lies above its upper bound.
    private static func disjointPairs(_ figures: [Figure], byLower: [Int], byUpper: [Int],
                                      atMost limit: Int) -> [(Int, Int)]? {
        var pairs: [(Int, Int)] = []
        var first = 0
        // Figures by upper bound, ascending: the figures above each start later in byLower.
        for i in byUpper {
            let upper = figures[i].interval.upper
            while first < byLower.count, figures[byLower[first]].interval.lower <= upper { first += 1 }
            guard pairs.count + (byLower.count - first) <= limit else { return nil }
            for j in byLower[first...] { pairs.append((i, j)) }
        }
        return pairs
    }
}
