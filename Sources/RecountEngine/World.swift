import RecountCore
import RecountModel

/// The state of one check run: the constraint network, its solutions, the conflicts, and the
/// checks of claims.
struct World {
    let project: Project
    let network: Network
    /// For each component: the fixpoint of every fact and claim, and of the ledger's facts alone.
    let full: [Network.Solution]
    let ledger: [Network.Solution]
    let conflicts: [Conflict]
    let linkCount: Int
    /// How many narrowings the two solutions hold.
    let valueCount: Int
    /// Components whose propagation or conflict search hit a documented bound, and which.
    let unexplored: [Int: String]
    /// Which conflicts each base takes part in.
    private let conflictsByBase: [Base: [Int]]
    /// The lightest diagnoses of each component with conflicts.
    let diagnoses: [Int: MinimumDiagnosis]
    /// The lightest diagnoses of the ledger's facts alone, for each component whose facts
    /// conflict among themselves: they decide which facts are the ledger's word.
    private let ledgerDiagnoses: [Int: MinimumDiagnosis]
    /// The ledger's facts about each quantity, by index: best source first, then by content.
    private let factsOn: [Quantity: [Int]]
    /// The article's own figures, for formulas.
    private let articleFigures: ArticleFigures

    init(_ project: Project) {
        self.project = project
        let metrics = project.metrics
        let calendars = project.entities.mapValues(\.fiscalCalendar)
        var units: [Quantity: Unit] = [:]
        var statements: [(Quantity, Network.Statement)] = []
        func flowPeriod(_ q: Quantity, _ m: Measure) -> FlowPeriod? {
            // Canonical values are rates; the period's length turns one back into an amount.
            guard let span = q.span, RunRateRelation.isFlowRate(q, canonical: m.dimension, metrics: metrics) else {
                return nil
            }
            return FlowPeriod(span: span, calendar: calendars[q.entity] ?? nil)
        }
        func statement(_ ref: QuantityReference, _ value: StatedValue, _ origin: Origin, _ base: Base,
                       key: String) -> (Quantity, Network.Statement) {
            let canonical = RunRateRelation.canonical(value.asserted, for: ref.quantity, metrics: metrics)
            let derivation = Derivation(step: .input(label: ref.text, stated: value.text, origin: origin),
                                        value: canonical, unit: value.unit,
                                        flowPeriod: flowPeriod(ref.quantity, canonical))
            return (ref.quantity, Network.Statement(variable: 0, value: canonical, derivation: derivation, base: base,
                                                    key: key))
        }
        for (i, fact) in project.facts.enumerated() {
            let grade = fact.source.flatMap { project.sources[$0]?.grade }
            if units[fact.quantity.quantity] == nil { units[fact.quantity.quantity] = fact.value.unit }
            let key = "fact \(fact.quantity.text) = \(fact.value.text) from \(fact.source ?? "")"
            statements.append(statement(fact.quantity, fact.value,
                                        .fact(source: fact.source, grade: grade, range: fact.range), .fact(i), key: key))
        }
        for claim in project.claims {
            guard let q = claim.statedQuantity, let stated = claim.stated else { continue }
            if units[q.quantity] == nil { units[q.quantity] = stated.unit }
            statements.append(statement(q, stated, .claim(id: claim.id, range: claim.range), .claim(claim.id),
                                        key: "claim \(claim.id)"))
        }
        // Each quantity's dimension is that of its statement first by content, whatever the order.
        var first: [Quantity: Network.Statement] = [:]
        for (q, s) in statements where first[q].map({ s.key < $0.key }) ?? true { first[q] = s }
        let known = first.mapValues(\.value.dimension)
        var referenced = Set<Quantity>()
        for claim in project.claims {
            var formulas = [claim.because].compactMap { $0 }
            if case .holds(let cs)? = claim.proposition { formulas += cs.flatMap { [$0.left, $0.right] } }
            for reading in claim.readings {
                formulas += [reading.because].compactMap { $0 }
                if case .holds(let cs) = reading.proposition { formulas += cs.flatMap { [$0.left, $0.right] } }
            }
            for f in formulas { referenced.formUnion(f.quantities.map(\.quantity)) }
        }
        let links = BuiltInRelation.allLinks(RelationContext(project: project, known: known, referenced: referenced))
        let network = Network(statements: statements, links: links,
                              label: { $0.label(calendar: calendars[$0.entity] ?? nil) },
                              displayUnit: { units[$0] }, flowPeriod: flowPeriod)
        self.network = network
        self.linkCount = links.count
        // The facts on each quantity, best source first, then by content, so that the check a
        // claim's verdict is shown by does not depend on the order of the ledger.
        var factsOn: [Quantity: [Int]] = [:]
        for (i, fact) in project.facts.enumerated() { factsOn[fact.quantity.quantity, default: []].append(i) }
        let weight = { (base: Base) in MinimumDiagnosis.weight(base, in: project) }
        self.factsOn = factsOn.mapValues { facts in
            facts.sorted { a, b in
                let (x, y) = (Base.fact(a), Base.fact(b))
                return weight(x) != weight(y) ? weight(x) > weight(y) : network.precedes(x, y)
            }
        }
        self.articleFigures = ArticleFigures(network: network, project: project)
        let components = 0..<network.componentCount
        let full = components.map { network.solve(component: $0) { _ in true } }
        var ledger = components.map { c in
            network.solve(component: c) { if case .fact = $0 { true } else { false } }
        }
        self.full = full
        var unexplored: [Int: String] = [:]
        for c in components where full[c].exhausted || ledger[c].exhausted {
            unexplored[c] = World.revisionsBound
        }

        // Conflicts: the minimal sets of each component whose domains could not all be met.
        var found: [(support: [Base], component: Int)] = []
        var diagnoses: [Int: MinimumDiagnosis] = [:]
        for c in components where full[c].wipeout != nil {
            let (conflicts, diagnosis, bound) = World.diagnose(network, c, among: { _ in true }, weight: weight)
            diagnoses[c] = diagnosis
            if let bound, unexplored[c] == nil { unexplored[c] = bound }
            found += conflicts.map { ($0, c) }
        }
        self.unexplored = unexplored
        self.diagnoses = diagnoses
        // A ledger that contradicts itself is evidence only once the facts that every lightest
        // diagnosis of the ledger alone blames are set aside: two filings outweigh the press
        // report they contradict. The article's claims take no part in deciding which facts
        // count as evidence.
        let isFact = { (base: Base) in if case .fact = base { true } else { false } }
        var ledgerDiagnoses: [Int: MinimumDiagnosis] = [:]
        for c in components where ledger[c].wipeout != nil {
            let diagnosis = World.diagnose(network, c, among: isFact, weight: weight).diagnosis
            ledgerDiagnoses[c] = diagnosis
            ledger[c] = network.solve(component: c) { base in isFact(base) && !diagnosis.isInEvery(base) }
        }
        self.ledger = ledger
        self.ledgerDiagnoses = ledgerDiagnoses
        self.valueCount = full.reduce(0) { $0 + $1.narrowings.count } + ledger.reduce(0) { $0 + $1.narrowings.count }
        self.conflicts = World.conflicts(found, network, project, ledger: Domains(network: network, solutions: ledger),
                                         everything: Domains(network: network, solutions: full))
        var byBase: [Base: [Int]] = [:]
        for (i, c) in conflicts.enumerated() {
            for b in c.support { byBase[b, default: []].append(i) }
        }
        self.conflictsByBase = byBase
    }

    static let revisionsBound = "propagation stopped after \(Network.revisionsPerConstraint) revisions per constraint"
    static let tiesBound = "more than \(MinimumDiagnosis.maximumDiagnoses) lightest diagnoses tie, and only that many are kept"

    /// The minimal conflicts among a component's bases that `among` accepts, their lightest
    /// diagnoses, and the bound that stopped the search, if one did: by a sweep when figures are
    /// stated for one quantity only, else by the hitting-set tree.
    private static func diagnose(_ network: Network, _ c: Int, among: (Base) -> Bool,
                                 weight: @escaping (Base) -> Int) -> (conflicts: [[Base]], diagnosis: MinimumDiagnosis, bound: String?) {
        if let sweep = OneQuantityDiagnosis(network: network, component: c, among: among, weight: weight) {
            let diagnosis = MinimumDiagnosis(lightest: sweep.diagnoses, tiesCut: sweep.tiesCut, precedes: network.precedes)
            return (sweep.conflicts, diagnosis, diagnosis.tiesCut ? World.tiesBound : nil)
        }
        var search = ConflictSearch(network: network, component: c, among: among, weight: weight)
        search.run()
        var bound: String?
        if search.propagationStopped { bound = World.revisionsBound }
        if search.exhausted { bound = "the conflict search stopped at \(ConflictSearch.maximumNodes) nodes" }
        let diagnosis = MinimumDiagnosis(conflicts: search.conflicts, weight: weight, precedes: network.precedes)
        if diagnosis.exhausted, bound == nil {
            bound = "the search for the lightest diagnoses stopped at \(MinimumDiagnosis.maximumBranches) branches "
                + "or \(MinimumDiagnosis.maximumSteps) steps"
        }
        if diagnosis.tiesCut, bound == nil { bound = World.tiesBound }
        return (search.conflicts, diagnosis, bound)
    }

    /// The claims whose part of the network was not fully explored, with the bound that stopped
    /// it, in load order.
    var boundedClaims: [(Claim, String)] {
        project.claims.compactMap { claim in
            guard let c = network.component(of: .claim(claim.id)), let bound = unexplored[c] else { return nil }
            return (claim, bound)
        }
    }

    /// What the ledger alone implies for each quantity, and what every fact and claim does.
    var evidence: Domains { Domains(network: network, solutions: ledger) }
    var everything: Domains { Domains(network: network, solutions: full) }

    // MARK: Conflicts

    /// One conflict per distinct set of figures, in order of size and content, each with both
    /// sides' derivations and each member explained.
    private static func conflicts(_ found: [(support: [Base], component: Int)], _ network: Network,
                                  _ project: Project, ledger: Domains, everything: Domains) -> [Conflict] {
        let ordered = found.map { (support: $0.support.sorted(by: network.precedes), component: $0.component) }.sorted { a, b in
            a.support.count != b.support.count ? a.support.count < b.support.count
                : a.support.map(network.key).lexicographicallyPrecedes(b.support.map(network.key))
        }
        var signatures = Set<[String]>()
        var conflicts: [Conflict] = []
        for (support, component) in ordered {
            // Two sources that print the same figure make the same conflict; report it once.
            guard signatures.insert(signature(support, project)).inserted else { continue }
            let solution = network.solve(component: component, only: support)
            guard let wipeout = solution.wipeout else { continue }
            let explainer = ConflictExplainer(network: network, project: project, component: component,
                                              ledger: ledger, everything: everything)
            var q = network.quantities[wipeout.variable]
            var left = network.derivation(wipeout.lower, in: solution)
            var right = network.derivation(wipeout.upper, in: solution)
            var conflict = Conflict(quantity: q, label: left.label ?? q.name, left: left, right: right,
                                    support: support, explanations: explainer.explain(support))
            // Where the domain became empty depends on how propagation went; a reader is better
            // shown the blamed figure against what the others imply for it.
            if let cause = conflict.cause, let explanation = conflict.explanations.first(where: { $0.member == cause.member }),
               let (quantity, _) = statement(of: cause.member, project),
               let s = network.statementsOf[cause.member]?.first {
                q = quantity
                left = network.statements[s].derivation
                right = explanation.implied
                conflict.quantity = q
                conflict.label = left.label ?? q.name
                conflict.left = left
                conflict.right = right
            }
            conflicts.append(conflict)
        }
        return conflicts
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
        let evaluator = Evaluator(lookup: { q in lookup(q, for: claim) }, claimValue: claimValue, claim: claim)
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
        case .holds(let comparisons):
            // Each comparison is one check, so the worst of them is the claim's verdict.
            let about = (project.article(claim.article)?.policy ?? .standard).fraction(for: .about)
            return comparisons.map { c in
                Engine.compare(evaluator.evaluate(c.left), c.relation, evaluator.evaluate(c.right), tolerance: about,
                               at: claim.range)
            }
        }
    }

    /// The ledger's facts about the quantity, each on its own so that the report can name every
    /// source, but for those the ledger's lightest diagnoses all blame; and the tightest value
    /// the ledger implies, when no fact alone is as tight (a press report's "over $10B" does not
    /// clear a claim that two 10-Q quarters contradict).
    private func evidenceChecks(_ q: Quantity, stated: StatedValue, asserted: Measure, accepted: Interval) -> [Check] {
        var checks: [Check] = []
        var direct: Interval?
        // A fact that every lightest diagnosis of the ledger blames (a press report that two
        // filings contradict) is not evidence against the claim.
        let doubted = network.variable(q).flatMap { ledgerDiagnoses[network.componentOf[$0]] }
        for i in factsOn[q] ?? [] {
            let fact = project.facts[i]
            if doubted?.isInEvery(.fact(i)) == true { continue }
            let canonical = RunRateRelation.canonical(fact.value.asserted, for: q, metrics: project.metrics)
            let grade = fact.source.flatMap { project.sources[$0]?.grade }
            let derivation = Derivation(
                step: .input(label: fact.quantity.text, stated: fact.value.text,
                             origin: .fact(source: fact.source, grade: grade, range: fact.range)),
                value: canonical, unit: fact.value.unit, flowPeriod: network.flowPeriod(q, canonical))
            direct = direct.map { $0.intersection(canonical.interval) ?? $0 } ?? canonical.interval
            checks.append(check(.evidence(source: fact.source, grade: grade), derivation, stated, asserted, accepted))
        }
        if let tightest = evidence.derivation(of: q), tightest.value.dimension == asserted.dimension,
           direct.map({ $0.contains(tightest.value.interval) && $0 != tightest.value.interval }) ?? true {
            let relation: String
            if case .derived(_, let r) = tightest.step { relation = r } else { relation = "" }
            checks.append(check(.derived(relation: relation), tightest, stated, asserted, accepted))
        }
        return checks
    }

    /// The check of a stated figure against one value, with its slips when it fails.
    private func check(_ basis: Check.Basis, _ derivation: Derivation, _ stated: StatedValue, _ asserted: Measure,
                       _ accepted: Interval) -> Check {
        var check = Engine.compare(asserted, accepted: accepted, with: .success(derivation), basis: basis,
                                   at: stated.range)
        if check.verdict == .inconsistent {
            check.slips = SlipFinder.slips(stated: stated, implied: derivation.value(in: stated.asserted.dimension))
        }
        return check
    }

    /// Checks from conflicts that blame this claim's figure.
    ///
    /// A conflict blames the members of the lightest diagnoses of its component. When one member
    /// of the conflict is explained by exactly one slip and is in some lightest diagnosis, the
    /// slip breaks the tie: that member alone is blamed by this conflict.
    private func conflictChecks(_ claim: Claim) -> [Check] {
        let member = Base.claim(claim.id)
        let diagnosis = network.component(of: member).flatMap { diagnoses[$0] }
        return (conflictsByBase[member] ?? []).compactMap { index in
            let conflict = conflicts[index]
            let explanation = conflict.explanations.first { $0.member == member }
            let slips: [Slip]
            if let cause = conflict.cause, diagnosis?.isInSome(cause.member) ?? true {
                guard cause.member == member else { return nil }
                slips = [cause.slip]
            } else {
                guard diagnosis?.isInSome(member) ?? !vouched(claim) else { return nil }
                slips = explanation?.slips ?? []
            }
            // Within the hedge's tolerance of what the others imply, the figure is approximate,
            // unless the others cannot hold with the figure anywhere in that tolerance: what
            // propagation implies over a cycle of links can be wider than what the figures allow.
            var verdict: Verdict = explanation.map { within(claim, $0.implied) } == true ? .approximate : .inconsistent
            if verdict == .approximate, let accepted = acceptedValue(claim), let c = network.component(of: member),
               network.cannotHold(component: c, only: conflict.support.filter { $0 != member }, holding: member,
                                  to: accepted) {
                verdict = .inconsistent
            }
            return Check(basis: .conflict(index), verdict: verdict, derivation: explanation?.implied,
                         slips: verdict == .inconsistent ? slips : [])
        }
    }

    /// The figures that a lightest diagnosis blames instead of this claim, when the claim is in
    /// some lightest diagnoses but not in all: one of them is wrong, and the figures do not say
    /// which.
    func alternatives(to claim: Claim) -> [Base] {
        let member = Base.claim(claim.id)
        guard let c = network.component(of: member), let diagnosis = diagnoses[c],
              diagnosis.isInSome(member), !diagnosis.isInEvery(member) else { return [] }
        return diagnosis.alternatives(to: member)
    }

    /// Whether a value meets the claim's figure as widened by its hedge's tolerance.
    private func within(_ claim: Claim, _ implied: Derivation) -> Bool {
        guard let accepted = acceptedValue(claim) else { return false }
        return accepted.dimension == implied.value.dimension && accepted.interval.meets(implied.value.interval)
    }

    /// A claim's figure widened by its hedge's tolerance, in canonical form.
    private func acceptedValue(_ claim: Claim) -> Measure? {
        guard let q = claim.statedQuantity, let stated = claim.stated else { return nil }
        let wide = Measure(interval: stated.accepted, nominal: stated.asserted.nominal, dimension: stated.asserted.dimension)
        return RunRateRelation.canonical(wide, for: q.quantity, metrics: project.metrics)
    }

    /// Whether the ledger's value of the claim's quantity meets its figure.
    private func vouched(_ claim: Claim) -> Bool {
        World.backed(.claim(claim.id), ledger: evidence, project)
    }

    /// Whether a claim's figure, within its hedge's tolerance, meets the tightest value the
    /// ledger implies for its quantity.
    static func backed(_ base: Base, ledger: Domains, _ project: Project) -> Bool {
        guard case .claim(let id) = base, let claim = project.claim(id), let q = claim.statedQuantity,
              let stated = claim.stated, let value = ledger.measure(of: q.quantity) else { return false }
        let wide = Measure(interval: stated.accepted, nominal: stated.asserted.nominal, dimension: stated.asserted.dimension)
        let accepted = RunRateRelation.canonical(wide, for: q.quantity, metrics: project.metrics)
        return value.dimension == accepted.dimension && value.interval.meets(accepted.interval)
    }

    // MARK: Lookups for formulas

    /// The value a formula of `claim` uses for `q`: the article's own figure (from the same
    /// paragraph if it has one there, else its most precise), else the tightest value the
    /// ledger implies, else what every other fact and claim implies.
    private func lookup(_ q: Quantity, for claim: Claim) -> Derivation? {
        // When the article states the quantity more than once, the figure its reasoning here
        // rests on is the one in the same paragraph, else its most precise one ("$31.9
        // billion" rather than "$30 billion or more").
        if let own = articleFigures.statement(of: q, for: claim) { return network.statements[own].derivation }
        if let ledger = evidence.derivation(of: q) { return ledger }
        if let fact = directFact(q) { return fact }
        return leaveOneOut(q, without: .claim(claim.id))
    }

    /// The ledger's own figure for `q` when its part of the network contradicts itself even
    /// with the facts that every lightest diagnosis blames set aside (two filings disagree and
    /// nothing says which is right): the narrowest fact on `q`, provided the facts on `q` agree
    /// with one another. A contradiction elsewhere in the ledger does not hide what it states here.
    private func directFact(_ q: Quantity) -> Derivation? {
        guard let v = network.variable(q), ledger[network.componentOf[v]].wipeout != nil else { return nil }
        let stated = (factsOn[q] ?? []).compactMap { network.statementsOf[.fact($0)]?.first }.map { network.statements[$0] }
        guard let lowest = stated.map(\.value.interval.upper).min(),
              let highest = stated.map(\.value.interval.lower).max(), highest <= lowest,
              Set(stated.map(\.value.dimension)).count == 1 else { return nil }
        return stated.min { a, b in
            let width = (World.relativeWidth(a.value), World.relativeWidth(b.value))
            return width.0 != width.1 ? width.0 < width.1 : a.key < b.key
        }?.derivation
    }

    /// What every fact and claim but `base` implies for `q`. The whole solution serves when the
    /// base takes no part in the quantity's domain; only otherwise is the component solved again.
    private func leaveOneOut(_ q: Quantity, without base: Base) -> Derivation? {
        if let support = everything.support(of: q), !support.contains(base) { return everything.derivation(of: q) }
        guard let v = network.variable(q) else { return nil }
        let solution = network.solve(component: network.componentOf[v]) { $0 != base }
        guard solution.wipeout == nil else { return nil }
        return network.derivation(of: v, in: solution)
    }

    /// How wide an interval is for its size: the precision a figure is printed to.
    static func relativeWidth(_ m: Measure) -> Double {
        let size = abs(m.nominal)
        return size > 0 ? m.interval.width / size : m.interval.width
    }

    /// Another claim's stated figure as an input, named by the claim's id: the figure as the
    /// claim states it, in its unit, with its period's length when it is a flow over a period,
    /// so that it compares with a rate as well as with an amount.
    private func claimValue(_ id: String) -> Derivation? {
        guard let c = project.claim(id), let stated = c.stated else { return nil }
        let period = c.statedQuantity.flatMap { ref -> FlowPeriod? in
            guard let span = ref.quantity.span,
                  RunRateRelation.flowYears(ref.quantity, stated.asserted, metrics: project.metrics) != nil else { return nil }
            return FlowPeriod(span: span, calendar: project.entities[ref.quantity.entity]?.fiscalCalendar)
        }
        return Derivation(step: .input(label: id, stated: stated.text, origin: .claim(id: id, range: c.range)),
                          value: stated.asserted, unit: stated.unit, flowPeriod: period)
    }
}
