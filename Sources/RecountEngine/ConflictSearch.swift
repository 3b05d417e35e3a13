/// The minimal conflicts of one component of the network that its lightest diagnoses rest on,
/// and those diagnoses.
///
/// A conflict is a set of bases (facts and claims) whose constraints empty some domain; it is
/// minimal when every proper subset propagates without emptying one. QuickXplain (Junker 2004)
/// finds one minimal conflict in O(k log(n/k)) propagations. Reiter's hitting-set tree (1987)
/// finds the others: each node removes one member of a conflict and asks for a conflict among
/// the rest, and a node whose bases are consistent is a diagnosis, a set of bases whose removal
/// leaves the rest consistent.
///
/// The tree is searched lightest path first, a path weighing what its bases weigh (see
/// `MinimumDiagnosis.weight`), so that every diagnosis of the lightest weight is found before
/// any heavier node is opened. A component whose figures can be recombined many ways (yearly
/// sums and growth over the same quarters) has exponentially many minimal conflicts, but the
/// verdicts rest only on the lightest diagnoses. Past their weight the search goes on only to
/// list more of the conflicts, for the report, until the tree or its bound ends.
///
/// The search is bounded by `maximumNodes` nodes of the tree, of which at most
/// `maximumListingNodes` past the lightest weight. When a bound stops it before
/// the lightest diagnoses are all known, it says so (`exhausted`), and the claims in its
/// component are marked as not fully explored; when it stops it later, only the list of
/// conflicts is shorter.
struct ConflictSearch {
    /// The most nodes of the hitting-set tree explored per component.
    static let maximumNodes = 256
    /// The most nodes opened past the lightest diagnoses' weight, only to list more conflicts.
    static let maximumListingNodes = 64

    let network: Network
    let component: Int
    /// The bases searched, in content order. The search works on their positions here, so that
    /// a set of bases is a sorted list of small integers and sorting it is content order.
    let bases: [Base]
    /// Each searched base's position among all the component's bases, for the masks of `solve`.
    private let positions: [Int]
    private let weights: [Int]
    private let componentBases: Int

    /// The minimal conflicts found, each in content order, in the order found.
    var conflicts: [[Base]] { found.map { $0.map { bases[$0] } } }
    /// Whether the bound on the tree stopped the search before every lightest diagnosis was
    /// known.
    private(set) var exhausted = false
    /// Whether a propagation within the search ran out of its revision budget, so that a set
    /// it called consistent may not be.
    var propagationStopped: Bool { propagation.propagationStopped }
    /// The tests of sets, each propagated from the fixpoint of a subset already tested where
    /// that gives the same verdict.
    private var propagation: IncrementalPropagation

    private var found: [[Int]] = []
    /// The diagnoses met, which no later path may contain. The verdicts rest on the minimal
    /// conflicts alone (see `MinimumDiagnosis`), so which of these are lightest is not kept.
    private var cuts: [[Int]] = []

    /// A search among the component's bases that `among` accepts (the ledger's facts, say).
    /// `incremental: false` propagates every set from nothing, for a test to compare.
    init(network: Network, component: Int, among: (Base) -> Bool = { _ in true }, weight: (Base) -> Int,
         incremental: Bool = true) {
        self.network = network
        self.propagation = IncrementalPropagation(network: network, component: component, incremental: incremental)
        self.component = component
        let all = network.bases(in: component)
        let positions = all.indices.filter { among(all[$0]) }
        self.positions = positions
        self.bases = positions.map { all[$0] }
        self.weights = positions.map { weight(all[$0]) }
        self.componentBases = all.count
    }

    /// Whether the bases at these positions propagate without emptying a domain.
    private mutating func consistent(_ set: [Int]) -> Bool {
        var mask = [Bool](repeating: false, count: componentBases)
        for i in set { mask[positions[i]] = true }
        return propagation.consistent(mask)
    }

    /// Runs the search.
    mutating func run() {
        // Open nodes by weight, then by the order they were made, so that the search is the
        // same on every run.
        var open: [(weight: Int, order: Int, path: [Int])] = [(0, 0, [])]
        var made = 1
        var seen = Set<[Int]>()
        var nodes = 0
        var listing = 0
        var lightest = Int.max
        while let next = open.indices.min(by: { (open[$0].weight, open[$0].order) < (open[$1].weight, open[$1].order) }) {
            let (weight, _, path) = open.remove(at: next)
            guard seen.insert(path).inserted else { continue }
            let removed = Set(path)
            // A path that contains a diagnosis found earlier is not minimal.
            if cuts.contains(where: { $0.allSatisfy(removed.contains) }) { continue }
            nodes += 1
            if weight > lightest { listing += 1 }
            if nodes > ConflictSearch.maximumNodes || listing > ConflictSearch.maximumListingNodes {
                if weight <= lightest { exhausted = true }
                break
            }
            let label: [Int]
            if let known = found.first(where: { !$0.contains(where: removed.contains) }) {
                label = known
            } else {
                let rest = bases.indices.filter { !removed.contains($0) }
                guard let conflict = quickXplain(rest) else {
                    cuts.append(path)
                    lightest = min(lightest, weight)
                    continue
                }
                found.append(conflict)
                label = conflict
            }
            for member in label {
                open.append((weight + weights[member], made, (path + [member]).sorted()))
                made += 1
            }
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
