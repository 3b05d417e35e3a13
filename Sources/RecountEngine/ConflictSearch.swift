/// The minimal conflicts of one component of the network, and its diagnoses.
///
/// A conflict is a set of bases (facts and claims) whose constraints empty some domain; it is
/// minimal when every proper subset propagates without emptying one. QuickXplain (Junker 2004)
/// finds one minimal conflict in O(k log(n/k)) propagations. Reiter's hitting-set tree (1987)
/// finds the others: each node removes one member of a conflict and asks for a conflict among
/// the rest, and a node whose bases are consistent is a diagnosis, a set of bases whose removal
/// leaves the rest consistent. Breadth first, the first diagnoses are those of fewest bases.
///
/// The search is bounded by `maximumNodes` nodes of the tree; a search cut short says so, and
/// the claims in its component are marked as not fully explored.
struct ConflictSearch {
    /// The most nodes of the hitting-set tree explored per component.
    static let maximumNodes = 256

    let network: Network
    let component: Int
    /// The component's bases, in content order. The search works on their positions here, so
    /// that a set of bases is a sorted list of small integers and sorting it is content order.
    let bases: [Base]

    /// The minimal conflicts found, each in content order, in the order found.
    var conflicts: [[Base]] { found.map { $0.map { bases[$0] } } }
    /// The minimal diagnoses found, each in content order, fewest bases first.
    var diagnoses: [[Base]] { cuts.map { $0.map { bases[$0] } } }
    /// Whether the bound on the tree stopped the search, or a propagation ran out of budget.
    private(set) var exhausted = false

    private var found: [[Int]] = []
    private var cuts: [[Int]] = []

    init(network: Network, component: Int) {
        self.network = network
        self.component = component
        self.bases = network.bases(in: component)
    }

    /// Whether the bases at these positions propagate without emptying a domain.
    private mutating func consistent(_ set: [Int]) -> Bool {
        var mask = [Bool](repeating: false, count: bases.count)
        for i in set { mask[i] = true }
        let solution = network.solve(component: component, mask: mask)
        if solution.exhausted { exhausted = true }
        return solution.wipeout == nil
    }

    /// Runs the search.
    mutating func run() {
        var queue: [[Int]] = [[]]
        var seen = Set<[Int]>()
        var head = 0
        var nodes = 0
        while head < queue.count {
            let path = queue[head].sorted()
            head += 1
            guard seen.insert(path).inserted else { continue }
            let removed = Set(path)
            // A path that contains a diagnosis found earlier is not minimal.
            if cuts.contains(where: { $0.allSatisfy(removed.contains) }) { continue }
            nodes += 1
            if nodes > ConflictSearch.maximumNodes {
                exhausted = true
                break
            }
            let label: [Int]
            if let known = found.first(where: { !$0.contains(where: removed.contains) }) {
                label = known
            } else {
                let rest = bases.indices.filter { !removed.contains($0) }
                guard let conflict = quickXplain(rest) else {
                    cuts.append(path)
                    continue
                }
                found.append(conflict)
                label = conflict
            }
            for member in label { queue.append(path + [member]) }
        }
    }

    /// A minimal conflict among `candidates`, or nil when they are consistent.
    private mutating func quickXplain(_ candidates: [Int]) -> [Int]? {
        guard !candidates.isEmpty, !consistent(candidates) else { return nil }
        return explain(background: [], delta: false, candidates).sorted()
    }

    /// QuickXplain's recursion: the members of `candidates` that, with `background`, conflict.
    private mutating func explain(background: [Int], delta: Bool, _ candidates: [Int]) -> [Int] {
        if delta, !consistent(background) { return [] }
        if candidates.count <= 1 { return candidates }
        let half = candidates.count / 2
        let first = Array(candidates[..<half])
        let second = Array(candidates[half...])
        let fromSecond = explain(background: background + first, delta: !first.isEmpty, second)
        let fromFirst = explain(background: background + fromSecond, delta: !fromSecond.isEmpty, first)
        return fromFirst + fromSecond
    }
}
