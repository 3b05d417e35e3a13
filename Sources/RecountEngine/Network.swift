import RecountModel

/// The constraint network of a project: one variable per quantity, one unary constraint per
/// stated value, and the links of the built-in and declared relations.
///
/// Propagation narrows each variable's domain with HC4-revise: every link is evaluated forward
/// and projected backward onto each variable that occurs in it once, and the result is
/// intersected with the variable's domain, until nothing narrows. Intersection is monotone, so
/// the fixpoint does not depend on the order in which constraints run; the order is still fixed
/// (statements and links in a canonical order that does not depend on the order of the input),
/// so that even the reasons recorded for equal bounds are the same on every run.
///
/// Every narrowing records its reason: the statement, or the link and the domains of the other
/// variables it used. Any domain can therefore be explained as a derivation tree.
struct Network {
    /// A stated value as a constraint: a ledger fact or a claim's figure for a named quantity.
    struct Statement {
        var variable: Int
        /// In canonical form: flows as rates per year.
        var value: Measure
        var derivation: Derivation
        var base: Base
        /// The base described by its content (the fact's quantity, figure and source, or the
        /// claim's id), so that the order of statements does not depend on the order of files.
        var key: String
    }

    /// How many revisions of links one propagation may make, per link and statement of the
    /// component, before it stops and says so. Networks from articles reach their fixpoint in a
    /// few revisions per link; the budget only stops cycles of links that would otherwise keep
    /// narrowing by rounding-sized steps.
    static let revisionsPerConstraint = 64

    /// A narrowing that removes less than this fraction of a domain's width is applied but not
    /// propagated further. Cycles of links (growth between quarters, quarters summing to years)
    /// narrow each other by ever smaller steps; following every step would approach the
    /// fixpoint without end. This is the ratio of HC4 implementations such as ibex; what it can
    /// miss is a conflict whose two sides overlap by less than this fraction of their width.
    static let negligible = 1e-3

    let links: [Link]
    let statements: [Statement]
    let quantities: [Quantity]
    private let variableOf: [Quantity: Int]
    /// Each link's variables as variable ids.
    private let linkVariables: [[Int]]
    /// For each link and position, whether the link can be solved for the variable there.
    private let solvable: [[Bool]]
    /// The links each variable occurs in, in link order.
    private let linksOf: [[Int]]
    /// Each variable's component: variables joined by links, numbered from 0 in variable order.
    let componentOf: [Int]
    let componentCount: Int
    /// The statements and the links of each component, in order.
    let statementsIn: [[Int]]
    let linksIn: [[Int]]
    /// The statements of each base, and the links a claim's formula adds.
    let statementsOf: [Base: [Int]]
    let claimLinks: [String: [Int]]
    /// Each base's content key, for orders that do not depend on the input's order.
    let keys: [Base: String]

    let label: (Quantity) -> String
    let displayUnit: (Quantity) -> Unit?
    let flowYears: (Quantity, Measure) -> Interval?

    init(statements unordered: [(Quantity, Statement)], links unorderedLinks: [Link],
         label: @escaping (Quantity) -> String, displayUnit: @escaping (Quantity) -> Unit?,
         flowYears: @escaping (Quantity, Measure) -> Interval?) {
        self.label = label
        self.displayUnit = displayUnit
        self.flowYears = flowYears
        // Variables in quantity order, links and statements in an order of their content: none
        // of it depends on the order of the files, facts or claims.
        var all = Set(unordered.map(\.0))
        for link in unorderedLinks { all.formUnion(link.variables) }
        let quantities = all.sorted()
        var variableOf: [Quantity: Int] = [:]
        for (i, q) in quantities.enumerated() { variableOf[q] = i }
        self.quantities = quantities
        self.variableOf = variableOf

        let links = unorderedLinks.sorted { a, b in
            if a.variables != b.variables { return a.variables.lexicographicallyPrecedes(b.variables) }
            return (a.relation, a.claim ?? "") < (b.relation, b.claim ?? "")
        }
        self.links = links
        var linkVariables: [[Int]] = []
        var solvable: [[Bool]] = []
        var linksOf = [[Int]](repeating: [], count: quantities.count)
        var claimLinks: [String: [Int]] = [:]
        var parent = Array(quantities.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for (i, link) in links.enumerated() {
            let ids = link.variables.compactMap { variableOf[$0] }
            linkVariables.append(ids)
            solvable.append(link.variables.indices.map { $0 == 0 || link.expression.occurrences(of: $0) == 1 })
            for v in Set(ids) { linksOf[v].append(i) }
            if let claim = link.claim { claimLinks[claim, default: []].append(i) }
            for v in ids.dropFirst() {
                let (a, b) = (root(ids[0]), root(v))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        self.linkVariables = linkVariables
        self.solvable = solvable
        self.linksOf = linksOf
        self.claimLinks = claimLinks
        var componentNumber: [Int: Int] = [:]
        var componentOf: [Int] = []
        for v in quantities.indices {
            let r = root(v)
            if componentNumber[r] == nil { componentNumber[r] = componentNumber.count }
            componentOf.append(componentNumber[r] ?? 0)
        }
        self.componentOf = componentOf
        let componentCount = componentNumber.count
        self.componentCount = componentCount

        var statements = unordered.map { q, s in
            var s = s
            s.variable = variableOf[q] ?? 0
            return s
        }
        statements.sort { a, b in
            (a.variable, a.value.interval.lower, a.value.interval.upper, a.key)
                < (b.variable, b.value.interval.lower, b.value.interval.upper, b.key)
        }
        self.statements = statements
        var statementsOf: [Base: [Int]] = [:]
        var keys: [Base: String] = [:]
        for (i, s) in statements.enumerated() {
            statementsOf[s.base, default: []].append(i)
            keys[s.base] = s.key
        }
        for claim in claimLinks.keys where keys[.claim(claim)] == nil { keys[.claim(claim)] = "claim \(claim)" }
        self.statementsOf = statementsOf
        self.keys = keys
        var statementsIn = [[Int]](repeating: [], count: componentCount)
        for (i, s) in statements.enumerated() { statementsIn[componentOf[s.variable]].append(i) }
        var linksIn = [[Int]](repeating: [], count: componentCount)
        for (l, ids) in linkVariables.enumerated() {
            if let v = ids.first { linksIn[componentOf[v]].append(l) }
        }
        self.statementsIn = statementsIn
        self.linksIn = linksIn
    }

    /// The variable of a quantity, if the network has one.
    func variable(_ q: Quantity) -> Int? { variableOf[q] }

    /// The statements about a quantity, in content order.
    func statements(of q: Quantity) -> [Statement] {
        guard let v = variableOf[q] else { return [] }
        return statementsIn[componentOf[v]].lazy.map { statements[$0] }.filter { $0.variable == v }
    }

    /// The component a base's constraints are in (its statement's, else its formula's).
    func component(of base: Base) -> Int? {
        if let s = statementsOf[base]?.first { return componentOf[statements[s].variable] }
        if case .claim(let id) = base, let l = claimLinks[id]?.first, let v = linkVariables[l].first {
            return componentOf[v]
        }
        return nil
    }

    /// Every base with a constraint in the component, in content order.
    func bases(in component: Int) -> [Base] {
        guard component >= 0, component < componentCount else { return [] }
        var found = Set<Base>()
        for i in statementsIn[component] { found.insert(statements[i].base) }
        for l in linksIn[component] { if let claim = links[l].claim { found.insert(.claim(claim)) } }
        return found.sorted { key($0) < key($1) }
    }

    /// A base's content key.
    func key(_ base: Base) -> String {
        if let k = keys[base] { return k }
        switch base {
        case .fact(let i): return "fact #\(i)"
        case .claim(let id): return "claim \(id)"
        }
    }


    // MARK: Propagation

    /// One narrowing of a variable's domain, and why.
    struct Narrowing {
        enum Reason {
            case stated(Int)
            /// A link's projection, from the domains of its other variables: each as the
            /// narrowings that set its lower and upper bound.
            case link(Int, inputs: [(lower: Int, upper: Int)])
        }

        var variable: Int
        /// What the statement or the projection gave, before intersecting with the domain.
        var value: Measure
        var reason: Reason
        /// The bases it rests on, in base order.
        var support: [Base]
    }

    /// A variable's domain: its bounds, and the narrowings that set each.
    struct Domain {
        var value: Measure
        var lower: Int
        var upper: Int
    }

    /// Two narrowings of one variable that do not meet: the domain became empty.
    struct Wipeout {
        var variable: Int
        var lower: Int
        var upper: Int
    }

    /// The fixpoint of one propagation.
    struct Solution {
        var domains: [Int: Domain] = [:]
        var narrowings: [Narrowing] = []
        var wipeout: Wipeout?
        /// Whether the revision budget stopped propagation before the fixpoint.
        var exhausted = false

        /// The bases a domain rests on.
        func support(_ d: Domain) -> [Base] {
            d.lower == d.upper ? narrowings[d.lower].support
                : Network.union(narrowings[d.lower].support, narrowings[d.upper].support)
        }
    }

    /// Propagates the constraints of the bases `active` says are in, within one component, to a
    /// fixpoint or to the first empty domain. The work is proportional to the component's
    /// constraints times the revisions each needs, never to the whole network.
    func solve(component: Int, active: (Base) -> Bool) -> Solution {
        var solution = Solution()
        guard component >= 0, component < componentCount else { return solution }
        let componentLinks = linksIn[component]
        var local: [Int: Int] = [:]
        local.reserveCapacity(componentLinks.count)
        var linkActive = [Bool](repeating: true, count: componentLinks.count)
        for (k, l) in componentLinks.enumerated() {
            local[l] = k
            if let claim = links[l].claim, !active(.claim(claim)) { linkActive[k] = false }
        }
        var queued = [Bool](repeating: false, count: componentLinks.count)
        var queue: [Int] = []
        var head = 0
        func enqueue(_ v: Int) {
            for l in linksOf[v] {
                guard let k = local[l], linkActive[k], !queued[k] else { continue }
                queued[k] = true
                queue.append(k)
            }
        }
        var constraints = linkActive.filter { $0 }.count
        for i in statementsIn[component] where active(statements[i].base) {
            constraints += 1
            let s = statements[i]
            let event = Narrowing(variable: s.variable, value: s.value, reason: .stated(i), support: [s.base])
            if narrow(&solution, event) { enqueue(s.variable) }
            if solution.wipeout != nil { return solution }
        }
        let budget = Network.revisionsPerConstraint * max(constraints, 1)
        var revisions = 0
        while head < queue.count {
            let k = queue[head]
            head += 1
            queued[k] = false
            revisions += 1
            if revisions > budget {
                solution.exhausted = true
                return solution
            }
            for v in revise(componentLinks[k], &solution) { enqueue(v) }
            if solution.wipeout != nil { return solution }
            // Keep the queue's storage from growing without bound on long runs.
            if head > 4096, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        return solution
    }

    /// HC4-revise of one link: projects it onto each of its variables from the domains of the
    /// others, and narrows. Returns the variables that narrowed.
    private func revise(_ l: Int, _ solution: inout Solution) -> [Int] {
        let link = links[l]
        let ids = linkVariables[l]
        guard ids.count == link.variables.count else { return [] }
        var narrowed: [Int] = []
        for target in ids.indices where solvable[l][target] {
            var values: [Measure] = []
            values.reserveCapacity(ids.count)
            var inputs: [(lower: Int, upper: Int)] = []
            var complete = true
            for (position, v) in ids.enumerated() {
                if position == target {
                    values.append(Measure(exactly: 0))
                    continue
                }
                guard let d = solution.domains[v] else {
                    complete = false
                    break
                }
                values.append(d.value)
                inputs.append((d.lower, d.upper))
            }
            guard complete, let projection = link.solve(for: target, values: values),
                  !projection.interval.lower.isNaN, !projection.interval.upper.isNaN else { continue }
            var support = link.claim.map { [Base.claim($0)] } ?? []
            for input in inputs {
                support = Network.union(support, solution.narrowings[input.lower].support)
                if input.upper != input.lower {
                    support = Network.union(support, solution.narrowings[input.upper].support)
                }
            }
            let event = Narrowing(variable: ids[target], value: projection, reason: .link(l, inputs: inputs),
                                  support: support)
            if narrow(&solution, event) { narrowed.append(ids[target]) }
            if solution.wipeout != nil { return narrowed }
        }
        return narrowed
    }

    /// Intersects a variable's domain with a narrowing's value. Returns whether a bound moved by
    /// more than rounding; records a wipeout when the domain becomes empty.
    private func narrow(_ solution: inout Solution, _ event: Narrowing) -> Bool {
        let v = event.variable
        guard let d = solution.domains[v] else {
            let index = solution.narrowings.count
            solution.narrowings.append(event)
            solution.domains[v] = Domain(value: event.value, lower: index, upper: index)
            return true
        }
        // A value in another dimension is about something else (a flow read as a stock); it is
        // compared by the checks, not merged.
        guard d.value.dimension == event.value.dimension else { return false }
        let old = d.value.interval
        let new = event.value.interval
        let lowerMoves = new.lower > old.lower
        let upperMoves = new.upper < old.upper
        guard lowerMoves || upperMoves else { return false }
        let index = solution.narrowings.count
        solution.narrowings.append(event)
        let lower = lowerMoves ? index : d.lower
        let upper = upperMoves ? index : d.upper
        let lo = lowerMoves ? new.lower : old.lower
        let hi = upperMoves ? new.upper : old.upper
        if lo > hi {
            solution.wipeout = Wipeout(variable: v, lower: lower, upper: upper)
            return false
        }
        let nominal = min(max(lowerMoves && upperMoves ? event.value.nominal : d.value.nominal, lo), hi)
        solution.domains[v] = Domain(value: Measure(interval: Interval(lo, hi), nominal: nominal,
                                                    dimension: d.value.dimension),
                                     lower: lower, upper: upper)
        guard old.isBounded else { return true }
        let moved = (lowerMoves ? new.lower - old.lower : 0) + (upperMoves ? old.upper - new.upper : 0)
        return !moved.isFinite || moved > old.width * Network.negligible
    }

    // MARK: Derivations

    /// How deep a derivation tree is shown. The narrowings of a cyclic network form a graph that,
    /// written out as a tree, grows exponentially; below this depth a derived value is shown
    /// with its relation but without its inputs.
    static let maximumTreeDepth = 8

    /// The derivation of a narrowing: the stated figure, or the link applied to its inputs.
    func derivation(_ index: Int, in solution: Solution, depth: Int = 0) -> Derivation {
        let event = solution.narrowings[index]
        let q = quantities[event.variable]
        switch event.reason {
        case .stated(let s):
            return statements[s].derivation
        case .link(let l, let inputs):
            var children: [Derivation] = []
            if depth < Network.maximumTreeDepth {
                let others = linkVariables[l].filter { $0 != event.variable }
                children = zip(others, inputs).map { v, bounds in
                    domainDerivation(v, bounds, in: solution, depth: depth + 1)
                }
            }
            return Derivation(step: .derived(label: label(q), relation: links[l].relation), value: event.value,
                              unit: displayUnit(q), children: children, flowYears: flowYears(q, event.value))
        }
    }

    /// The derivation of a domain set by two narrowings: one, when the same narrowing set both
    /// bounds; else the two, under the intersection that bounds the value from both sides.
    func domainDerivation(_ v: Int, _ bounds: (lower: Int, upper: Int), in solution: Solution,
                          depth: Int = 0) -> Derivation {
        if bounds.lower == bounds.upper { return derivation(bounds.lower, in: solution, depth: depth) }
        let q = quantities[v]
        let low = solution.narrowings[bounds.lower].value.interval
        let high = solution.narrowings[bounds.upper].value.interval
        let interval = Interval(low.lower, min(high.upper, max(low.lower, high.upper)))
        let nominal = min(max(solution.narrowings[bounds.upper].value.nominal, interval.lower), interval.upper)
        let value = Measure(interval: interval, nominal: nominal,
                            dimension: solution.narrowings[bounds.lower].value.dimension)
        let children = depth < Network.maximumTreeDepth
            ? [derivation(bounds.lower, in: solution, depth: depth + 1),
               derivation(bounds.upper, in: solution, depth: depth + 1)] : []
        return Derivation(step: .derived(label: label(q), relation: "intersection"), value: value,
                          unit: displayUnit(q), children: children, flowYears: flowYears(q, value))
    }

    /// The derivation of a variable's domain in a solution.
    func derivation(of v: Int, in solution: Solution) -> Derivation? {
        guard let d = solution.domains[v] else { return nil }
        return domainDerivation(v, (d.lower, d.upper), in: solution)
    }

    // MARK: Sorted lists

    /// Sorted union of two sorted lists.
    static func union(_ a: [Base], _ b: [Base]) -> [Base] {
        var result: [Base] = []
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
