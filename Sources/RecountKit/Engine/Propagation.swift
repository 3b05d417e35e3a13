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
    public var derivation: Derivation
    /// The facts and claims it rests on, sorted.
    public var support: [Base]
    /// Quantities in its derivation, so that nothing is derived from itself.
    var used: Set<Quantity>
    var depth: Int

    /// Whether it rests on ledger facts alone.
    public var isLedgerOnly: Bool { support.allSatisfy { if case .fact = $0 { true } else { false } } }
    public var isBase: Bool { depth == 0 }
}

/// Derives every implied value of every quantity along every path, by forward chaining over
/// links to a fixpoint, and records each pair of values for one quantity that do not meet.
///
/// Each derived value keeps its own derivation and support instead of being merged into one
/// narrowed interval, so that a conflict can name both sides and the facts behind each. The
/// search is bounded: a few values per quantity, a maximum derivation depth and a cap on the
/// combinations tried per link, so cyclic relations always terminate.
struct Propagation {
    static let valuesPerQuantity = 6
    static let maximumDepth = 8
    static let combinationsPerStep = 64

    private(set) var nodes: [Node] = []
    private(set) var byQuantity: [Quantity: [Int]] = [:]
    /// Pairs of node indices whose values for one quantity do not meet.
    private(set) var clashes: [(Int, Int)] = []
    private let links: [Link]
    private var linksByQuantity: [Quantity: [Int]] = [:]
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
            for q in Set(link.variables) { linksByQuantity[q, default: []].append(i) }
        }
    }

    /// Adds the stated values, then derives until nothing new can be derived.
    mutating func run(bases: [Node]) {
        var queue: [Int] = []
        for base in bases {
            if let i = add(base) { queue.append(i) }
        }
        var head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            for linkIndex in linksByQuantity[nodes[n].quantity] ?? [] {
                queue += derive(from: n, through: linkIndex)
            }
        }
    }

    /// Derives through one link every variable but `n`'s, with `n` fixed in its place.
    private mutating func derive(from n: Int, through linkIndex: Int) -> [Int] {
        let link = links[linkIndex]
        guard let position = link.variables.firstIndex(of: nodes[n].quantity) else { return [] }
        var added: [Int] = []
        for target in link.variables.indices where target != position && link.variables[target] != nodes[n].quantity {
            let targetQuantity = link.variables[target]
            // Candidate nodes for every other variable; `n` alone in its own place.
            var choices: [[Int]] = []
            for v in link.variables.indices where v != target {
                if v == position { choices.append([n]); continue }
                let candidates = (byQuantity[link.variables[v]] ?? []).filter { !nodes[$0].used.contains(targetQuantity) }
                if candidates.isEmpty { break }
                choices.append(candidates)
            }
            guard choices.count == link.variables.count - 1 else { continue }
            for combination in Propagation.combinations(choices, limit: Propagation.combinationsPerStep) {
                if let i = derive(link, target: target, inputs: combination) { added.append(i) }
            }
        }
        return added
    }

    private mutating func derive(_ link: Link, target: Int, inputs: [Int]) -> Int? {
        let targetQuantity = link.variables[target]
        var values: [Measure] = []
        var k = 0
        for v in link.variables.indices {
            if v == target {
                values.append(Measure(exactly: 0))
            } else {
                values.append(nodes[inputs[k]].value)
                k += 1
            }
        }
        let depth = 1 + (inputs.map { nodes[$0].depth }.max() ?? 0)
        guard depth <= Propagation.maximumDepth, let value = link.solve(for: target, values: values) else { return nil }
        var support = Set(inputs.flatMap { nodes[$0].support })
        if let claim = link.claim { support.insert(.claim(claim)) }
        var used: Set<Quantity> = [targetQuantity]
        for i in inputs { used.formUnion(nodes[i].used) }
        let derivation = Derivation(
            step: .derived(label: label(targetQuantity), relation: link.relation), value: value,
            unit: displayUnit(targetQuantity), children: inputs.map { nodes[$0].derivation },
            flowYears: flowYears(targetQuantity, value))
        return add(Node(quantity: targetQuantity, value: value, derivation: derivation, support: support.sorted(),
                        used: used, depth: depth))
    }

    /// Adds a node unless an existing one makes it redundant; records clashes with the others.
    private mutating func add(_ node: Node) -> Int? {
        let existing = byQuantity[node.quantity] ?? []
        let support = Set(node.support)
        for i in existing {
            let other = nodes[i]
            // Redundant: an existing value rests on no more and says at least as much.
            if Set(other.support).isSubset(of: support), node.value.interval.contains(other.value.interval),
               node.value.dimension == other.value.dimension, !node.isBase {
                return nil
            }
        }
        if !node.isBase && existing.count >= Propagation.valuesPerQuantity { return nil }
        let index = nodes.count
        nodes.append(node)
        byQuantity[node.quantity, default: []].append(index)
        for i in existing where nodes[i].value.dimension == node.value.dimension
            && !nodes[i].value.interval.meets(node.value.interval) {
            clashes.append((i, index))
        }
        return index
    }

    /// The cartesian product of the choices, at most `limit` combinations, in a stable order.
    static func combinations(_ choices: [[Int]], limit: Int) -> [[Int]] {
        var result: [[Int]] = [[]]
        for options in choices {
            var next: [[Int]] = []
            for prefix in result {
                for option in options {
                    next.append(prefix + [option])
                    if next.count >= limit { break }
                }
                if next.count >= limit { break }
            }
            result = next
        }
        return result
    }
}
