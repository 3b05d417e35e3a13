import RecountModel

/// A figure that checks rest on: a ledger fact (by index) or a claim of the article (by id).
public enum Base: Sendable, Hashable, Comparable {
    case fact(Int)
    case claim(String)

    public static func < (a: Base, b: Base) -> Bool {
        switch (a, b) {
        case let (.fact(x), .fact(y)): x < y
        case let (.claim(x), .claim(y)): x < y
        case (.fact, .claim): true
        case (.claim, .fact): false
        }
    }
}

/// A value of a quantity, stated or derived, and the figures it rests on.
public struct Node: Sendable, Hashable {
    public var quantity: Quantity
    /// In canonical form: flows as rates per year.
    public var value: Measure
    /// The facts and claims it rests on, sorted.
    public var support: [Base]
    /// Ids of the quantities in its derivation, sorted, so that nothing is derived from itself.
    var used: [Int]
    var depth: Int
    /// A stated value's derivation: the figure and its origin.
    var stated: Derivation?
    /// A derived value's link and input nodes; its derivation is built when asked for, since
    /// most derived values are never shown.
    var link: Int = -1
    var inputs: [Int] = []
    var quantityID: Int = -1

    /// Whether it rests on ledger facts alone.
    public var isLedgerOnly: Bool { support.allSatisfy { if case .fact = $0 { true } else { false } } }
    public var isBase: Bool { depth == 0 }
}

/// Derives every implied value of every quantity along every path, by forward chaining over
/// links to a fixpoint, and records each pair of values for one quantity that do not meet.
///
/// Each derived value keeps its own derivation and support instead of being merged into one
/// narrowed interval, so that a conflict can name both sides and the facts behind each. The
/// search is bounded, so cyclic relations always terminate and large files stay fast: a few
/// values per quantity, a maximum derivation depth, and each new value combined with the first
/// value of every other quantity of a link. Every stated value is propagated; a derived one
/// only when it narrows what is known and contradicts nothing.
struct Propagation {
    static let valuesPerQuantity = 8
    static let maximumDepth = 5

    private(set) var nodes: [Node] = []
    /// Node indices by quantity id.
    private var byID: [[Int]] = []
    /// Pairs of node indices whose values for one quantity do not meet.
    private(set) var clashes: [(Int, Int)] = []
    let links: [Link]
    /// Each link's variables as quantity ids, and the links of each quantity id.
    private var linkIDs: [[Int]] = []
    /// For each link and variable, whether the link can be solved for it.
    private var solvable: [[Bool]] = []
    private var linksByID: [[Int]] = []
    private var quantityIDs: [Quantity: Int] = [:]
    private let label: (Quantity) -> String
    private let displayUnit: (Quantity) -> Unit?
    private let flowYears: (Quantity, Measure) -> Interval?

    init(links: [Link], label: @escaping (Quantity) -> String, displayUnit: @escaping (Quantity) -> Unit?,
         flowYears: @escaping (Quantity, Measure) -> Interval?) {
        self.links = links
        self.label = label
        self.displayUnit = displayUnit
        self.flowYears = flowYears
        for (i, link) in links.enumerated() {
            let ids = link.variables.map { id($0) }
            linkIDs.append(ids)
            solvable.append(link.variables.indices.map { $0 == 0 || link.expression.occurrences(of: $0) == 1 })
            for q in Set(ids) { linksByID[q].append(i) }
        }
    }

    /// The indices of the values of a quantity, in the order they were found.
    func values(of q: Quantity) -> [Int] {
        quantityIDs[q].map { byID[$0] } ?? []
    }

    /// A small integer for each quantity, so that derivations compare ids instead of strings.
    mutating func id(_ q: Quantity) -> Int {
        if let i = quantityIDs[q] { return i }
        let i = quantityIDs.count
        quantityIDs[q] = i
        byID.append([])
        linksByID.append([])
        return i
    }

    /// The derivation of a node: the stated figure, or the relation applied to its inputs.
    func derivation(_ node: Node) -> Derivation {
        if let stated = node.stated { return stated }
        guard node.link >= 0, node.link < links.count else {
            return Derivation(step: .derived(label: label(node.quantity), relation: ""), value: node.value, unit: nil)
        }
        return Derivation(
            step: .derived(label: label(node.quantity), relation: links[node.link].relation), value: node.value,
            unit: displayUnit(node.quantity), children: node.inputs.map { derivation(nodes[$0]) },
            flowYears: flowYears(node.quantity, node.value))
    }

    /// Sorted union of two sorted lists.
    static func union<T: Comparable>(_ a: [T], _ b: [T]) -> [T] {
        var result: [T] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        return result
    }

    static func contains(_ sorted: [Int], _ x: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] == x { return true }
            if sorted[mid] < x { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Adds the stated values, then derives until nothing new can be derived.
    mutating func run(bases: [Node]) {
        var queue: [Int] = []
        for var base in bases {
            base.quantityID = id(base.quantity)
            base.used = [base.quantityID]
            if let (i, _) = add(base) { queue.append(i) }
        }
        var head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            for linkIndex in linksByID[nodes[n].quantityID] {
                queue += derive(from: n, through: linkIndex)
            }
        }
    }

    /// Derives through one link every variable but `n`'s, with `n` fixed in its place.
    ///
    /// Each other variable takes its first value that does not rest on the target (stated
    /// values come first). Trying every combination of values would grow as a power of the
    /// link's size; every stated value is propagated in its turn, so each still meets the others.
    private mutating func derive(from n: Int, through linkIndex: Int) -> [Int] {
        let ids = linkIDs[linkIndex]
        let own = nodes[n].quantityID
        guard let position = ids.firstIndex(of: own) else { return [] }
        var added: [Int] = []
        targets: for target in ids.indices where target != position && ids[target] != own {
            let targetID = ids[target]
            var inputs: [Int] = []
            inputs.reserveCapacity(ids.count - 1)
            for v in ids.indices where v != target {
                if v == position {
                    inputs.append(n)
                    continue
                }
                guard let first = byID[ids[v]].first(where: { !Propagation.contains(nodes[$0].used, targetID) }) else {
                    continue targets
                }
                inputs.append(first)
            }
            if let i = derive(linkIndex, target: target, targetID: targetID, inputs: inputs) { added.append(i) }
        }
        return added
    }

    private mutating func derive(_ linkIndex: Int, target: Int, targetID: Int, inputs: [Int]) -> Int? {
        // Cheap refusals first: most attempts end here, before any arithmetic.
        guard byID[targetID].count < Propagation.valuesPerQuantity, solvable[linkIndex][target] else { return nil }
        var depth = 0
        for i in inputs { depth = max(depth, nodes[i].depth) }
        depth += 1
        guard depth <= Propagation.maximumDepth else { return nil }
        let link = links[linkIndex]
        let targetQuantity = link.variables[target]
        var values: [Measure] = []
        values.reserveCapacity(link.variables.count)
        var k = 0
        for v in link.variables.indices {
            if v == target {
                values.append(Measure(exactly: 0))
            } else {
                values.append(nodes[inputs[k]].value)
                k += 1
            }
        }
        guard let value = link.solve(for: target, values: values) else { return nil }
        var support = link.claim.map { [Base.claim($0)] } ?? []
        for i in inputs { support = Propagation.union(support, nodes[i].support) }
        var used = [targetID]
        for i in inputs { used = Propagation.union(used, nodes[i].used) }
        guard let (i, propagates) = add(Node(quantity: targetQuantity, value: value, support: support,
                                             used: used, depth: depth, link: linkIndex, inputs: inputs,
                                             quantityID: targetID)),
              propagates else { return nil }
        return i
    }

    /// Adds a node unless an existing one makes it redundant, and records its clashes with the
    /// others. Returns its index, and whether to derive further from it: a stated value always,
    /// a derived one only when it says something new (no value of the quantity is already as
    /// narrow) and clashes with nothing, so a contradiction is reported once, not spread.
    private mutating func add(_ node: Node) -> (Int, Bool)? {
        let existing = byID[node.quantityID]
        if !node.isBase {
            for i in existing where nodes[i].value.dimension == node.value.dimension
                && Propagation.isSubset(nodes[i].support, of: node.support) {
                // An existing value rests on no more: the new one adds nothing unless it
                // contradicts it, and then the contradiction is all that matters.
                if nodes[i].value.interval.meets(node.value.interval) { return nil }
            }
        }
        if !node.isBase && existing.count >= Propagation.valuesPerQuantity { return nil }
        var news = true
        var clashesWith: [Int] = []
        for i in existing where nodes[i].value.dimension == node.value.dimension {
            if !nodes[i].value.interval.meets(node.value.interval) {
                clashesWith.append(i)
            } else if node.value.interval.contains(nodes[i].value.interval),
                      nodes[i].isLedgerOnly || !node.isLedgerOnly {
                // Nothing new, unless the narrower value rests on the article and this one on
                // the ledger alone: ledger evidence must still reach the other claims.
                news = false
            }
        }
        // A derived value that neither narrows nor contradicts anything is not even kept.
        if !node.isBase && clashesWith.isEmpty && !news { return nil }
        let index = nodes.count
        nodes.append(node)
        byID[node.quantityID].append(index)
        for i in clashesWith { clashes.append((i, index)) }
        return (index, node.isBase || (news && clashesWith.isEmpty))
    }

    /// Whether sorted array `a` is a subset of sorted array `b`, without building sets.
    static func isSubset(_ a: [Base], of b: [Base]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            guard j < b.count, b[j] == x else { return false }
            j += 1
        }
        return true
    }
}
