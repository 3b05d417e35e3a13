import RecountCore
import RecountModel

/// The state of one check run: the propagated values, the conflicts, and the checks of claims.
struct World {
    let project: Project
    let propagation: Propagation
    let conflicts: [Conflict]
    let linkCount: Int
    /// Which conflicts each base takes part in.
    private let conflictsByBase: [Base: [Int]]

    static let maximumConflicts = 1000

    init(_ project: Project) {
        self.project = project
        let metrics = project.metrics
        let calendars = project.entities.mapValues(\.fiscalCalendar)
        var units: [Quantity: Unit] = [:]
        var bases: [Node] = []
        func flowYears(_ q: Quantity, _ m: Measure) -> Interval? {
            // Canonical values are rates; the period's length turns one back into an amount.
            guard let span = q.span, !span.isInstant, metrics[q.name]?.kind != .stock,
                  m.dimension.exponent(of: .time) == -1 else { return nil }
            return RunRateRelation.years(span)
        }
        func base(_ ref: QuantityReference, _ value: StatedValue, _ origin: Origin, _ support: Base) -> Node {
            let canonical = RunRateRelation.canonical(value.asserted, for: ref.quantity, metrics: metrics)
            if units[ref.quantity] == nil { units[ref.quantity] = value.unit }
            let derivation = Derivation(step: .input(label: ref.text, stated: value.text, origin: origin),
                                        value: canonical, unit: value.unit,
                                        flowYears: flowYears(ref.quantity, canonical))
            return Node(quantity: ref.quantity, value: canonical, support: [support], used: [], depth: 0,
                        stated: derivation)
        }
        for (i, fact) in project.facts.enumerated() {
            let grade = fact.source.flatMap { project.sources[$0]?.grade }
            bases.append(base(fact.quantity, fact.value, .fact(source: fact.source, grade: grade, range: fact.range),
                              .fact(i)))
        }
        for claim in project.claims {
            guard let q = claim.statedQuantity, let stated = claim.stated else { continue }
            bases.append(base(q, stated, .claim(id: claim.id, range: claim.range), .claim(claim.id)))
        }
        var known: [Quantity: Dimension] = [:]
        for b in bases where known[b.quantity] == nil { known[b.quantity] = b.value.dimension }
        var referenced = Set<Quantity>()
        for claim in project.claims {
            var formulas = [claim.because].compactMap { $0 }
            if case .holds(let l, _, let r)? = claim.proposition { formulas += [l, r] }
            for reading in claim.readings {
                formulas += [reading.because].compactMap { $0 }
                if case .holds(let l, _, let r) = reading.proposition { formulas += [l, r] }
            }
            for f in formulas { referenced.formUnion(f.quantities.map(\.quantity)) }
        }
        let links = BuiltInRelation.allLinks(RelationContext(project: project, known: known, referenced: referenced))
        var propagation = Propagation(
            links: links, label: { $0.label(calendar: calendars[$0.entity] ?? nil) },
            displayUnit: { units[$0] }, flowYears: flowYears)
        propagation.run(bases: bases)
        self.propagation = propagation
        self.linkCount = links.count
        let conflicts = World.minimalConflicts(propagation, project: project)
        self.conflicts = conflicts
        var byBase: [Base: [Int]] = [:]
        for (i, c) in conflicts.enumerated() {
            for b in c.support { byBase[b, default: []].append(i) }
        }
        self.conflictsByBase = byBase
    }

    // MARK: Conflicts

    /// One conflict per distinct support, keeping only supports with no smaller conflicting
    /// subset among those found, each explained member by member.
    private static func minimalConflicts(_ p: Propagation, project: Project) -> [Conflict] {
        var bySupport: [[Base]: (Int, Int)] = [:]
        for (i, j) in p.clashes {
            let support = Propagation.union(p.nodes[i].support, p.nodes[j].support)
            let depth = p.nodes[i].depth + p.nodes[j].depth
            if let (a, b) = bySupport[support], p.nodes[a].depth + p.nodes[b].depth <= depth { continue }
            bySupport[support] = (i, j)
        }
        let supports = bySupport.keys.sorted { a, b in
            a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
        }
        var minimal: [[Base]] = []
        var kept: [[Base]] = []
        var signatures = Set<[String]>()
        for s in supports where !kept.contains(where: { Propagation.isSubset($0, of: s) }) {
            kept.append(s)
            // Two sources that print the same figure make the same conflict; report it once.
            guard signatures.insert(signature(s, project)).inserted else { continue }
            minimal.append(s)
            if minimal.count >= maximumConflicts { break }
        }
        return minimal.compactMap { support in
            guard let (i, j) = bySupport[support] else { return nil }
            let q = p.nodes[i].quantity
            let left = p.derivation(p.nodes[i])
            return Conflict(quantity: q, label: left.label ?? q.name, left: left,
                            right: p.derivation(p.nodes[j]), support: support,
                            explanations: explain(support, p, project))
        }
    }

    /// A support with each fact replaced by what it states, so that equal facts from
    /// different sources compare equal.
    private static func signature(_ support: [Base], _ project: Project) -> [String] {
        support.map { base in
            switch base {
            case .claim(let id): "claim \(id)"
            case .fact(let i): i < project.facts.count
                ? "fact \(project.facts[i].quantity.text) = \(project.facts[i].value.text)" : "fact \(i)"
            }
        }.sorted()
    }

    /// For each member: what the rest of the set implies for its quantity, and which slips
    /// reproduce its printed figure from that.
    ///
    /// When the article's claims take part, only they are suspects, and of them only those
    /// the ledger does not back: the ledger is the evidence they are checked against. A
    /// conflict within the ledger suspects its facts.
    private static func explain(_ support: [Base], _ p: Propagation, _ project: Project) -> [Conflict.Explanation] {
        let claims = support.filter { if case .claim = $0 { true } else { false } }
        let unbacked = claims.filter { !backed($0, p, project) }
        let suspects = claims.isEmpty ? support : unbacked
        return suspects.compactMap { member -> Conflict.Explanation? in
            guard let (quantity, stated) = statement(of: member, project) else { return nil }
            let rest = support.filter { $0 != member }
            let implied = p.values(of: quantity).map { p.nodes[$0] }
                .filter { Propagation.isSubset($0.support, of: rest) }
                .max { $0.support.count < $1.support.count }
            guard let implied else { return nil }
            let impliedDerivation = p.derivation(implied)
            var slips = SlipFinder.slips(stated: stated, implied: impliedDerivation.value(in: stated.asserted.dimension))
            if case .claim(let id) = member, let q = project.claim(id)?.statedQuantity {
                slips = (slips + ContextSlips(project: project, propagation: p).slips(quantity: q, stated: stated))
                    .uniqued()
            }
            return Conflict.Explanation(member: member, implied: impliedDerivation, slips: slips)
        }
    }

    /// The quantity and printed figure of a fact or claim.
    static func statement(of base: Base, _ project: Project) -> (Quantity, StatedValue)? {
        switch base {
        case .fact(let i):
            guard i < project.facts.count else { return nil }
            return (project.facts[i].quantity.quantity, project.facts[i].value)
        case .claim(let id):
            guard let c = project.claim(id), let q = c.statedQuantity, let s = c.stated else { return nil }
            return (q.quantity, s)
        }
    }

    // MARK: Claims

    func check(_ claim: Claim) -> ClaimResult {
        var main: [Check] = []
        var mainVerdict: Verdict?
        let readings = claim.readings.map { r in
            let c = checks(claim, r.proposition, because: r.because)
            return ReadingResult(id: r.id, verdict: verdict(c, claim: claim, proposition: r.proposition), checks: c)
        }
        if let proposition = claim.proposition {
            main = checks(claim, proposition, because: claim.because)
            main += conflictChecks(claim)
            main = withReadingSlips(main, readings: readings)
            mainVerdict = verdict(main, claim: claim, proposition: proposition)
        }
        let candidates = [mainVerdict].compactMap { $0 } + readings.map(\.verdict)
        // The most favourable reading that could be checked: a claim that can fairly be read
        // as true is not faulted, but one is not cleared by a reading nobody can check.
        let best = candidates.min { World.favour($0) < World.favour($1) } ?? .undetermined
        return ClaimResult(claim: claim, verdict: best, checks: main, readings: readings)
    }

    /// The order in which readings are preferred: checked ones first, best first.
    private static func favour(_ v: Verdict) -> Int {
        switch v {
        case .consistent: 0
        case .approximate: 1
        case .inconsistent: 2
        case .sourced: 3
        case .undetermined: 4
        }
    }

    private func verdict(_ checks: [Check], claim: Claim, proposition: Claim.Proposition) -> Verdict {
        if let worst = checks.map(\.verdict).max() { return worst }
        if case .states(let q, _) = proposition, q != nil || claim.source != nil { return .sourced }
        return .undetermined
    }

    private func checks(_ claim: Claim, _ proposition: Claim.Proposition, because: Formula?) -> [Check] {
        let evaluator = Evaluator(lookup: { q in lookup(q, for: claim).map(propagation.derivation) },
                                  claimValue: claimValue, claim: claim)
        switch proposition {
        case .states(let quantity, let stated):
            var asserted = stated.asserted
            var accepted = stated.accepted
            if let q = quantity?.quantity {
                asserted = RunRateRelation.canonical(stated.asserted, for: q, metrics: project.metrics)
                let wide = Measure(interval: stated.accepted, nominal: stated.asserted.nominal,
                                   dimension: stated.asserted.dimension)
                accepted = RunRateRelation.canonical(wide, for: q, metrics: project.metrics).interval
            }
            var result: [Check] = []
            if let because {
                var check = Engine.compare(asserted, accepted: accepted, with: evaluator.evaluate(because),
                                           basis: .formula, at: stated.range)
                if check.verdict == .inconsistent, let d = check.derivation {
                    check.slips = SlipFinder.slips(stated: stated, implied: d.value(in: stated.asserted.dimension))
                }
                result.append(check)
            }
            if let q = quantity?.quantity {
                result += evidenceChecks(q, stated: stated, asserted: asserted, accepted: accepted)
            }
            return withContextSlips(result, quantity: quantity, stated: stated)
        case .holds(let left, let relation, let right):
            return [Engine.compare(evaluator.evaluate(left), relation, evaluator.evaluate(right), at: claim.range)]
        }
    }

    /// The ledger's facts about the quantity; failing those, one value derived from facts alone.
    private func evidenceChecks(_ q: Quantity, stated: StatedValue, asserted: Measure, accepted: Interval) -> [Check] {
        let ledger = propagation.values(of: q).map { propagation.nodes[$0] }.filter(\.isLedgerOnly)
        let direct = ledger.filter(\.isBase)
        let chosen = direct.isEmpty ? Array(ledger.sorted { $0.depth < $1.depth }.prefix(1)) : direct
        return chosen.map { node in
            let derivation = propagation.derivation(node)
            let basis: Check.Basis
            switch derivation.step {
            case .input(_, _, .fact(let source, let grade, _)): basis = .evidence(source: source, grade: grade)
            case .derived(_, let relation): basis = .derived(relation: relation)
            default: basis = .derived(relation: "")
            }
            var check = Engine.compare(asserted, accepted: accepted, with: .success(derivation), basis: basis,
                                       at: stated.range)
            if check.verdict == .inconsistent {
                check.slips = SlipFinder.slips(stated: stated, implied: derivation.value(in: stated.asserted.dimension))
            }
            return check
        }
    }

    /// Checks from conflicts that blame this claim's figure.
    private func conflictChecks(_ claim: Claim) -> [Check] {
        let member = Base.claim(claim.id)
        return (conflictsByBase[member] ?? []).compactMap { index in
            let conflict = conflicts[index]
            let explanation = conflict.explanations.first { $0.member == member }
            let slips: [Slip]
            if let cause = conflict.cause {
                guard cause.member == member else { return nil }
                slips = [cause.slip]
            } else {
                guard !vouched(claim) else { return nil }
                slips = explanation?.slips ?? []
            }
            // Within the hedge's tolerance of what the others imply, the figure is approximate.
            let verdict: Verdict = explanation.map { within(claim, $0.implied) } == true ? .approximate : .inconsistent
            return Check(basis: .conflict(index), verdict: verdict, derivation: explanation?.implied,
                         slips: verdict == .inconsistent ? slips : [])
        }
    }

    /// Whether a value meets the claim's figure as widened by its hedge's tolerance.
    private func within(_ claim: Claim, _ implied: Derivation) -> Bool {
        guard let q = claim.statedQuantity, let stated = claim.stated else { return false }
        let wide = Measure(interval: stated.accepted, nominal: stated.asserted.nominal, dimension: stated.asserted.dimension)
        let accepted = RunRateRelation.canonical(wide, for: q.quantity, metrics: project.metrics)
        return accepted.dimension == implied.value.dimension && accepted.interval.meets(implied.value.interval)
    }

    /// Whether a ledger-only value of the claim's quantity meets its figure.
    private func vouched(_ claim: Claim) -> Bool {
        World.backed(.claim(claim.id), propagation, project)
    }

    /// Whether a claim's figure, within its hedge's tolerance, is met by a value of its quantity
    /// that rests on the ledger alone.
    static func backed(_ base: Base, _ p: Propagation, _ project: Project) -> Bool {
        guard case .claim(let id) = base, let claim = project.claim(id), let q = claim.statedQuantity,
              let stated = claim.stated else { return false }
        let wide = Measure(interval: stated.accepted, nominal: stated.asserted.nominal, dimension: stated.asserted.dimension)
        let accepted = RunRateRelation.canonical(wide, for: q.quantity, metrics: project.metrics)
        return p.values(of: q.quantity).contains { i in
            let n = p.nodes[i]
            return n.isLedgerOnly && n.value.dimension == accepted.dimension && n.value.interval.meets(accepted.interval)
        }
    }

    // MARK: Lookups for formulas

    /// The value a formula of `claim` uses for `q`: the article's own figure (from the same
    /// paragraph if it has one there, else its most precise), else a ledger fact, else a derived
    /// value that does not rest on the claim itself.
    private func lookup(_ q: Quantity, for claim: Claim) -> Node? {
        let nodes = propagation.values(of: q).map { propagation.nodes[$0] }
        // When the article states the quantity more than once, the figure its reasoning here
        // rests on is the one in the same paragraph, else its most precise one ("$31.9
        // billion" rather than "$30 billion or more").
        let own = nodes.compactMap { node -> (Node, Claim)? in
            guard node.isBase, case .claim(let id) = node.support.first, id != claim.id,
                  let other = project.claim(id), other.article == claim.article else { return nil }
            return (node, other)
        }.min { a, b in
            let near = (a.1.location == claim.location ? 0 : 1, b.1.location == claim.location ? 0 : 1)
            return near.0 != near.1 ? near.0 < near.1 : World.relativeWidth(a.0.value) < World.relativeWidth(b.0.value)
        }?.0
        if let own { return own }
        if let fact = nodes.first(where: { $0.isBase && $0.isLedgerOnly }) { return fact }
        return nodes.filter { !$0.isBase && !$0.support.contains(.claim(claim.id)) }
            .min { ($0.isLedgerOnly ? 0 : 1, $0.depth, $0.support.count) < ($1.isLedgerOnly ? 0 : 1, $1.depth, $1.support.count) }
    }

    /// How wide an interval is for its size: the precision a figure is printed to.
    static func relativeWidth(_ m: Measure) -> Double {
        let size = abs(m.nominal)
        return size > 0 ? m.interval.width / size : m.interval.width
    }

    /// Another claim's stated figure as an input, named by the claim's id: for a named quantity
    /// its canonical value (a flow as a rate, with its period to show it as stated).
    private func claimValue(_ id: String) -> Derivation? {
        guard let c = project.claim(id), let stated = c.stated else { return nil }
        let origin = Origin.claim(id: id, range: c.range)
        guard let q = c.statedQuantity,
              let node = propagation.values(of: q.quantity).map({ propagation.nodes[$0] })
                .first(where: { $0.isBase && $0.support == [.claim(id)] }) else {
            return Derivation(step: .input(label: id, stated: stated.text, origin: origin), value: stated.asserted,
                              unit: stated.unit)
        }
        var derivation = propagation.derivation(node)
        derivation.step = .input(label: id, stated: stated.text, origin: origin)
        return derivation
    }
}
