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
    /// Each link's right-hand side as nodes, for revising it in one pass.
    private let trees: [LinkTree]
    /// Whether a link names one variable at two positions, so that narrowing one position
    /// changes the other too.
    private let repeatsVariable: [Bool]
    /// The links each variable occurs in, in link order.
    private let linksOf: [[Int]]
    /// Each variable's component: variables joined by links, numbered from 0 in variable order.
    let componentOf: [Int]
    let componentCount: Int
    /// Each variable's position among the variables of its component, and each link's among
    /// its component's links: a solution keeps its domains in arrays by these positions.
    private let slotOf: [Int]
    private let linkSlot: [Int]
    /// How many variables each component has.
    private let variableCount: [Int]
    /// The statements and the links of each component, in order.
    let statementsIn: [[Int]]
    let linksIn: [[Int]]
    /// The statements of each base, and the links a claim's formula adds.
    let statementsOf: [Base: [Int]]
    let claimLinks: [String: [Int]]
    /// Each base's content key, for orders that do not depend on the input's order.
    let keys: [Base: String]
    /// Each component's bases in content order; each statement's and claim link's base as its
    /// position there (-1 for a link that no claim adds). A set of bases is a mask over these.
    let basesIn: [[Base]]
    private let positionOf: [Base: Int]
    private let statementBase: [Int]
    private let linkBase: [Int]

    let label: (Quantity) -> String
    let displayUnit: (Quantity) -> Unit?
    let flowPeriod: (Quantity, Measure) -> FlowPeriod?

    init(statements unordered: [(Quantity, Statement)], links unorderedLinks: [Link],
         label: @escaping (Quantity) -> String, displayUnit: @escaping (Quantity) -> Unit?,
         flowPeriod: @escaping (Quantity, Measure) -> FlowPeriod?) {
        self.label = label
        self.displayUnit = displayUnit
        self.flowPeriod = flowPeriod
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
        var trees: [LinkTree] = []
        var repeatsVariable: [Bool] = []
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
            let tree = LinkTree(link.expression, positions: link.variables.count)
            linkVariables.append(ids)
            trees.append(tree)
            solvable.append(link.variables.indices.map { $0 == 0 || tree.leaves[$0].count == 1 })
            let distinct = Set(ids)
            repeatsVariable.append(distinct.count != ids.count)
            for v in distinct.sorted() { linksOf[v].append(i) }
            if let claim = link.claim { claimLinks[claim, default: []].append(i) }
            for v in ids.dropFirst() {
                let (a, b) = (root(ids[0]), root(v))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        self.linkVariables = linkVariables
        self.solvable = solvable
        self.trees = trees
        self.repeatsVariable = repeatsVariable
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
        var variableCount = [Int](repeating: 0, count: componentCount)
        var slotOf: [Int] = []
        slotOf.reserveCapacity(quantities.count)
        for v in quantities.indices {
            slotOf.append(variableCount[componentOf[v]])
            variableCount[componentOf[v]] += 1
        }
        self.slotOf = slotOf
        self.variableCount = variableCount

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
        var linkSlot = [Int](repeating: -1, count: links.count)
        for (l, ids) in linkVariables.enumerated() {
            if let v = ids.first {
                linkSlot[l] = linksIn[componentOf[v]].count
                linksIn[componentOf[v]].append(l)
            }
        }
        self.statementsIn = statementsIn
        self.linksIn = linksIn
        self.linkSlot = linkSlot

        func key(_ base: Base) -> String { Network.key(base, keys) }
        var basesIn: [[Base]] = []
        var positionOf: [Base: Int] = [:]
        var statementBase = [Int](repeating: -1, count: statements.count)
        var linkBase = [Int](repeating: -1, count: links.count)
        for c in 0..<componentCount {
            var found = Set<Base>()
            for i in statementsIn[c] { found.insert(statements[i].base) }
            for l in linksIn[c] { if let claim = links[l].claim { found.insert(.claim(claim)) } }
            let bases = found.sorted { (key($0), $0) < (key($1), $1) }
            var position: [Base: Int] = [:]
            for (k, b) in bases.enumerated() {
                position[b] = k
                positionOf[b] = k
            }
            for i in statementsIn[c] { statementBase[i] = position[statements[i].base] ?? -1 }
            for l in linksIn[c] { if let claim = links[l].claim { linkBase[l] = position[.claim(claim)] ?? -1 } }
            basesIn.append(bases)
        }
        self.basesIn = basesIn
        self.positionOf = positionOf
        self.statementBase = statementBase
        self.linkBase = linkBase
    }

    /// The variable of a quantity, if the network has one.
    func variable(_ q: Quantity) -> Int? { variableOf[q] }

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
        return basesIn[component]
    }

    /// A base's content key.
    func key(_ base: Base) -> String { Network.key(base, keys) }

    /// The content order of bases: by key, and for two facts that say the same from the same
    /// source, by index.
    func precedes(_ a: Base, _ b: Base) -> Bool { (key(a), a) < (key(b), b) }

    private static func key(_ base: Base, _ keys: [Base: String]) -> String {
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
            /// A link's projection onto the variable at `position`, from the domains the other
            /// positions had: revision `revision`'s snapshot with its first `applied` changes.
            case link(Int, position: Int, revision: Int, applied: Int)
        }

        var variable: Int
        /// What the statement or the projection gave, before intersecting with the domain.
        var value: Measure
        var reason: Reason
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

    /// The inputs of one revision of a link: the narrowings that bounded each position when it
    /// began, and the changes its own narrowings made, in order. One record serves every
    /// projection of the revision, so that a sum of n lines keeps n inputs, not n × n.
    struct Revision {
        var snapshot: Int
        var changes: Int
    }

    /// The fixpoint of one propagation.
    struct Solution {
        /// Domains by the variable's position in its component.
        var domains: [Domain?] = []
        var narrowings: [Narrowing] = []
        var wipeout: Wipeout?
        /// Whether the revision budget stopped propagation before the fixpoint.
        var exhausted = false
        /// Whether the narrowings, revisions and their logs are kept. A propagation asked only
        /// whether its constraints meet (each test of the conflict search) keeps none: it makes
        /// the same narrowings in the same order and reaches the same domains and verdict, but
        /// no derivation or support can be read from it.
        var records = true
        /// How many narrowings a propagation that keeps none has made: their indices still tell
        /// a revision whether a domain changed.
        var unrecorded = 0
        /// Whether every narrowing that moved a bound was followed to the links it feeds, and no
        /// projection was dropped (in another dimension, not a number, or failed): then the
        /// domains are the greatest common fixpoint of the constraints, which any other order
        /// of revisions would reach too (see `IncrementalPropagation`).
        var followed = true
        var revisions: [Revision] = []
        /// The bounds of each position at the start of each revision, as (lower, upper) pairs.
        var snapshots: [Int] = []
        /// Changes within revisions: (position, lower, upper).
        var changes: [Int] = []
    }

    /// A variable's domain in a solution of its component.
    func domain(_ v: Int, in solution: Solution) -> Domain? {
        guard v >= 0, v < slotOf.count, slotOf[v] < solution.domains.count else { return nil }
        return solution.domains[slotOf[v]]
    }

    /// The bases a domain rests on, in base order: the statements its narrowings come from,
    /// and the claims whose formulas they pass through.
    func support(_ d: Domain, in solution: Solution) -> [Base] {
        var found = Set<Base>()
        var seen = Set<Int>()
        var stack = [d.lower, d.upper]
        while let n = stack.popLast() {
            guard seen.insert(n).inserted else { continue }
            switch solution.narrowings[n].reason {
            case .stated(let s):
                found.insert(statements[s].base)
            case .link(let l, _, _, _):
                if let claim = links[l].claim { found.insert(.claim(claim)) }
                for input in inputs(of: n, in: solution) {
                    stack.append(input.lower)
                    stack.append(input.upper)
                }
            }
        }
        return found.sorted()
    }

    /// The domains a link's projection used: one per other position, in position order.
    func inputs(of n: Int, in solution: Solution) -> [(lower: Int, upper: Int)] {
        guard case .link(let l, let position, let revision, let applied) = solution.narrowings[n].reason else {
            return []
        }
        let record = solution.revisions[revision]
        let count = linkVariables[l].count
        var bounds = (0..<count).map {
            (lower: solution.snapshots[record.snapshot + 2 * $0], upper: solution.snapshots[record.snapshot + 2 * $0 + 1])
        }
        for k in 0..<applied {
            let c = record.changes + 3 * k
            bounds[solution.changes[c]] = (solution.changes[c + 1], solution.changes[c + 2])
        }
        return bounds.enumerated().filter { $0.offset != position }.map(\.element)
    }

    /// Propagates the constraints of the bases `active` says are in, within one component, to a
    /// fixpoint or to the first empty domain.
    func solve(component: Int, active: (Base) -> Bool) -> Solution {
        guard component >= 0, component < componentCount else { return Solution() }
        return solve(component: component, mask: basesIn[component].map(active))
    }

    /// Propagates the constraints of the bases whose positions in `bases(in:)` the mask sets.
    /// The work is proportional to the component's constraints times the revisions each needs,
    /// never to the whole network.
    /// Without `recording`, only the domains and the verdict are kept (see `Solution.records`).
    func solve(component: Int, mask: [Bool], recording: Bool = true) -> Solution {
        guard component >= 0, component < componentCount else { return Solution() }
        return propagate(component, statementsIn[component], recording: recording) { $0 < 0 || ($0 < mask.count && mask[$0]) }
    }

    /// Propagates the bases the mask sets from `start`, a fixpoint of the bases `startMask` sets
    /// (a subset of them, propagated without recording): only the statements and links of the
    /// bases that `startMask` lacks are added, and only the links their narrowings reach are
    /// revised. The result keeps no derivations. Whether it is the fixpoint a propagation from
    /// nothing would reach is what `Solution.followed` of both says (see
    /// `IncrementalPropagation`).
    func extend(_ start: Solution, from startMask: [Bool], to mask: [Bool], component: Int) -> Solution {
        guard component >= 0, component < componentCount, !start.records,
              start.domains.count == variableCount[component] else { return Solution() }
        return propagate(component, statementsIn[component], recording: false, from: start,
                         wasActive: { $0 < 0 || ($0 < startMask.count && startMask[$0]) }) {
            $0 < 0 || ($0 < mask.count && mask[$0])
        }
    }

    /// Propagates the constraints of a few bases of a component (the members of a conflict):
    /// the work does not grow with the figures of the component that are not among them.
    func solve(component: Int, only bases: [Base]) -> Solution {
        guard component >= 0, component < componentCount else { return Solution() }
        let (stated, active) = members(bases, in: component)
        return propagate(component, stated) { $0 < 0 || active.contains($0) }
    }

    /// The statements of some bases within a component, in order, and the bases' positions.
    private func members(_ bases: [Base], in component: Int) -> (stated: [Int], active: Set<Int>) {
        let stated = Set(bases.flatMap { statementsOf[$0] ?? [] }).filter { componentOf[statements[$0].variable] == component }
        return (stated.sorted(), Set(bases.compactMap { positionOf[$0] }))
    }

    /// How many times `cannotHold` may halve a figure, one level at a time: at most 2^6 = 64
    /// propagations of the set.
    static let maximumSplits = 6

    /// Whether a few bases of a component cannot all hold with the statements of `base` held to
    /// `value` instead of their own: by propagation, and where propagation cannot tell, by
    /// propagating each half of the widest stated figure in turn, up to `maximumSplits` levels.
    ///
    /// Propagation treats each occurrence of a quantity in a cycle of links as a separate
    /// variable (profit in `p = r − c` and in `m = p / r`), so what it implies can be wider
    /// than what the figures allow. On halves of the figures the excess shrinks with the halves;
    /// a set that no piece can satisfy cannot hold. Without links propagation is exact, and
    /// nothing is split.
    func cannotHold(component: Int, only bases: [Base], holding base: Base, to value: Measure) -> Bool {
        guard component >= 0, component < componentCount else { return false }
        let (stated, active) = members(bases + [base], in: component)
        var values: [Int: Measure] = [:]
        for i in statementsOf[base] ?? [] { values[i] = value }
        return cannotHold(component, stated, active, values, splits: linksIn[component].isEmpty ? 0 : Network.maximumSplits)
    }

    private func cannotHold(_ component: Int, _ stated: [Int], _ active: Set<Int>, _ values: [Int: Measure],
                            splits: Int) -> Bool {
        let solution = propagate(component, stated, { $0 < 0 || active.contains($0) }, value: { values[$0] })
        if solution.wipeout != nil { return true }
        guard splits > 0, !solution.exhausted else { return false }
        let widest = stated.compactMap { i -> (Int, Measure, Double)? in
            let m = values[i] ?? statements[i].value
            guard m.interval.isBounded, m.interval.width > 0 else { return nil }
            let size = max(abs(m.interval.lower), abs(m.interval.upper))
            return (i, m, size > 0 ? m.interval.width / size : m.interval.width)
        }.max { $0.2 < $1.2 }
        guard let (i, m, _) = widest else { return false }
        let middle = m.interval.lower + m.interval.width / 2
        guard middle > m.interval.lower, middle < m.interval.upper else { return false }
        for half in [Interval(m.interval.lower, middle), Interval(middle, m.interval.upper)] {
            var next = values
            next[i] = Measure(interval: half, nominal: min(max(m.nominal, half.lower), half.upper), dimension: m.dimension)
            if !cannotHold(component, stated, active, next, splits: splits - 1) { return false }
        }
        return true
    }

    /// Propagation of the given statements, in order, each with its own value unless `value`
    /// gives another, and of the links whose base is active. From a `start`, the statements and
    /// links of the bases `wasActive` accepts are already in its domains: the others are added
    /// and every link they add is revised, but the budget counts them all.
    private func propagate(_ component: Int, _ stated: [Int], recording: Bool = true, from start: Solution? = nil,
                           wasActive: (Int) -> Bool = { _ in false }, _ isActive: (Int) -> Bool,
                           value: (Int) -> Measure? = { _ in nil }) -> Solution {
        var solution = start ?? Solution()
        solution.records = recording
        var scratch = Scratch()
        if start == nil { solution.domains = [Domain?](repeating: nil, count: variableCount[component]) }
        let componentLinks = linksIn[component]
        let linkActive = componentLinks.map { isActive(linkBase[$0]) }
        var queued = [Bool](repeating: false, count: componentLinks.count)
        var queue: [Int] = []
        var head = 0
        func enqueue(_ v: Int) {
            for l in linksOf[v] {
                let k = linkSlot[l]
                guard linkActive[k], !queued[k] else { continue }
                queued[k] = true
                queue.append(k)
            }
        }
        var constraints = linkActive.filter { $0 }.count
        for i in stated where isActive(statementBase[i]) {
            constraints += 1
            if start != nil, wasActive(statementBase[i]) { continue }
            let v = statements[i].variable
            let event = Narrowing(variable: v, value: value(i) ?? statements[i].value, reason: .stated(i))
            if narrow(&solution, event) { enqueue(v) }
            if solution.wipeout != nil { return solution }
        }
        if start != nil {
            for (k, l) in componentLinks.enumerated() where linkActive[k] && !queued[k] && !wasActive(linkBase[l]) {
                queued[k] = true
                queue.append(k)
            }
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
            revise(componentLinks[k], &solution, &scratch)
            for v in scratch.narrowed { enqueue(v) }
            if solution.wipeout != nil { return solution }
            // Keep the queue's storage from growing without bound on long runs.
            if head > 4096, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        return solution
    }

    /// The buffers one propagation's revisions reuse, so that revising a link allocates nothing.
    private struct Scratch {
        var domains: [Domain?] = []
        var values: [Measure?] = []
        var forward: [Measure?] = []
        var path: [Int] = []
        /// The variables the last revision narrowed.
        var narrowed: [Int] = []
    }

    /// HC4-revise of one link: projects it onto each of its variables from the domains of the
    /// others, in position order, each projection seeing the narrowings of those before it.
    /// Leaves the variables that narrowed in `scratch.narrowed`.
    private func revise(_ l: Int, _ solution: inout Solution, _ scratch: inout Scratch) {
        // The buffers as locals for the revision, so that passing one never overlaps an access
        // to another; swapped back, storage and all, when it ends.
        var domains: [Domain?] = []
        var values: [Measure?] = []
        var forward: [Measure?] = []
        var path: [Int] = []
        var narrowed: [Int] = []
        swap(&domains, &scratch.domains)
        swap(&values, &scratch.values)
        swap(&forward, &scratch.forward)
        swap(&path, &scratch.path)
        swap(&narrowed, &scratch.narrowed)
        defer {
            swap(&domains, &scratch.domains)
            swap(&values, &scratch.values)
            swap(&forward, &scratch.forward)
            swap(&path, &scratch.path)
            swap(&narrowed, &scratch.narrowed)
        }
        narrowed.removeAll(keepingCapacity: true)
        let ids = linkVariables[l]
        guard ids.count == links[l].variables.count else { return }
        let tree = trees[l]
        // Grown, never emptied, and overwritten in place: emptying an array of optional
        // measures destroys its elements one by one through the generic path, which costs more
        // than the allocations these buffers save. Only the first `ids.count` are this link's.
        if domains.count < ids.count {
            domains += [Domain?](repeating: nil, count: ids.count - domains.count)
            values += [Measure?](repeating: nil, count: ids.count - values.count)
        }
        var missing = 0
        for (p, v) in ids.enumerated() {
            let d = domain(v, in: solution)
            domains[p] = d
            values[p] = d?.value
            if d == nil { missing += 1 }
        }
        tree.evaluate(values, into: &forward)
        let repeats = repeatsVariable[l]
        var revision: Int?
        var applied = 0
        for target in ids.indices where solvable[l][target] {
            guard missing - (values[target] == nil ? 1 : 0) == 0 else { continue }
            let projection: Measure?
            if target == 0 {
                projection = tree.root(forward)
            } else if let needed = values[0], let leaf = tree.leaves[target].first {
                projection = tree.project(needed: needed, onto: leaf, forward, path: &path)
            } else {
                projection = nil
            }
            guard let projection, !projection.interval.lower.isNaN, !projection.interval.upper.isNaN else {
                solution.followed = false
                continue
            }
            if solution.records, revision == nil {
                revision = solution.revisions.count
                solution.revisions.append(Revision(snapshot: solution.snapshots.count, changes: solution.changes.count))
                for d in domains[..<ids.count] {
                    solution.snapshots.append(d?.lower ?? -1)
                    solution.snapshots.append(d?.upper ?? -1)
                }
            }
            let v = ids[target]
            let event = Narrowing(variable: v, value: projection,
                                  reason: .link(l, position: target, revision: revision ?? 0, applied: applied))
            if narrow(&solution, event) { narrowed.append(v) }
            if solution.wipeout != nil { return }
            // A narrowing too small to propagate still changes the domain the next projection reads.
            guard let now = domain(v, in: solution), now.lower != domains[target]?.lower || now.upper != domains[target]?.upper
            else { continue }
            for p in ids.indices where repeats ? ids[p] == v : p == target {
                if values[p] == nil { missing -= 1 }
                domains[p] = now
                values[p] = now.value
                for leaf in tree.leaves[p] { tree.update(&forward, leaf: leaf, values: values) }
                if solution.records {
                    solution.changes.append(p)
                    solution.changes.append(now.lower)
                    solution.changes.append(now.upper)
                }
                applied += 1
            }
        }
    }

    /// Intersects a variable's domain with a narrowing's value. Returns whether a bound moved by
    /// more than rounding; records a wipeout when the domain becomes empty.
    private func narrow(_ solution: inout Solution, _ event: Narrowing) -> Bool {
        let v = event.variable
        let slot = slotOf[v]
        let index = solution.records ? solution.narrowings.count : solution.unrecorded
        guard let d = solution.domains[slot] else {
            record(event, in: &solution)
            solution.domains[slot] = Domain(value: event.value, lower: index, upper: index)
            return true
        }
        // A value in another dimension is about something else (a flow read as a stock); it is
        // compared by the checks, not merged.
        guard d.value.dimension == event.value.dimension else {
            solution.followed = false
            return false
        }
        let old = d.value.interval
        let new = event.value.interval
        let lowerMoves = new.lower > old.lower
        let upperMoves = new.upper < old.upper
        guard lowerMoves || upperMoves else { return false }
        record(event, in: &solution)
        let lower = lowerMoves ? index : d.lower
        let upper = upperMoves ? index : d.upper
        let lo = lowerMoves ? new.lower : old.lower
        let hi = upperMoves ? new.upper : old.upper
        if lo > hi {
            solution.wipeout = Wipeout(variable: v, lower: lower, upper: upper)
            return false
        }
        let nominal = min(max(lowerMoves && upperMoves ? event.value.nominal : d.value.nominal, lo), hi)
        solution.domains[slot] = Domain(value: Measure(interval: Interval(lo, hi), nominal: nominal,
                                                       dimension: d.value.dimension),
                                        lower: lower, upper: upper)
        guard old.isBounded else { return true }
        let moved = (lowerMoves ? new.lower - old.lower : 0) + (upperMoves ? old.upper - new.upper : 0)
        guard !moved.isFinite || moved > old.width * Network.negligible else {
            solution.followed = false
            return false
        }
        return true
    }

    private func record(_ event: Narrowing, in solution: inout Solution) {
        if solution.records {
            solution.narrowings.append(event)
        } else {
            solution.unrecorded += 1
        }
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
        case .link(let l, _, _, _):
            var children: [Derivation] = []
            if depth < Network.maximumTreeDepth {
                let others = linkVariables[l].filter { $0 != event.variable }
                children = zip(others, inputs(of: index, in: solution)).map { v, bounds in
                    domainDerivation(v, bounds, in: solution, depth: depth + 1)
                }
            }
            return Derivation(step: .derived(label: label(q), relation: links[l].relation), value: event.value,
                              unit: displayUnit(q), children: children, flowPeriod: flowPeriod(q, event.value))
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
                          unit: displayUnit(q), children: children, flowPeriod: flowPeriod(q, value))
    }

    /// The derivation of a variable's domain in a solution.
    func derivation(of v: Int, in solution: Solution) -> Derivation? {
        guard let d = domain(v, in: solution) else { return nil }
        return domainDerivation(v, (d.lower, d.upper), in: solution)
    }
}
