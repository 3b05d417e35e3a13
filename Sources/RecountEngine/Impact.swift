import RecountCore
import RecountModel

/// `recount impact QUANTITY`: the claims that depend on a quantity, and how far the quantity can
/// move before their verdicts do.
///
/// **Dependency** is read from the baseline audit: a claim depends on the quantity when it states
/// it, when a check of it reads one of the quantity's stated values (a leaf of a derivation
/// tree, directly or through built-in relations), or when it takes part in a conflict whose
/// minimal set holds one of them.
///
/// **Margins** are found by bisection, not by the engine's interval reasoning: the verdicts of
/// a run hang on comparisons, slips and conflict sets, which no single interval describes. Each
/// probe is a `what-if` override that puts one exact value (`exactly X`, in the unit of the
/// reference figure) in place of every stated value of the quantity, and runs the engine on the
/// whole project. From the reference figure's value `x0` (the first ledger fact about the
/// quantity, else the first claim or reading stating it) the probes step outward on each side by
/// `x0 · 10⁻⁴ · 4ᵏ`, k = 0…10, so up to about 105 × |x0| away; a claim's first flip on a side
/// is then narrowed by bisection to within `10⁻⁴ · |x0|`. A claim's margin is the interval of
/// probed values around `x0` where its verdict is the baseline's; the overall margin is where
/// every verdict is. A verdict that flips and flips back between two steps is not seen. The
/// number of engine runs is bounded (`maximumRuns`); a margin cut short is marked approximate.
///
/// When the quantity's stated values disagree (the article's 12% against the ledger's 123%),
/// putting one value in place of all of them moves some verdicts even at `x0`: those claims are
/// reported as moving at the stated value itself, and are left out of the overall margin.
public struct Impact: Sendable {
    public static let maximumRuns = 400
    /// Relative precision of the bisection, as a fraction of |x0|.
    public static let precision = 1e-4
    /// The first step on each side, as a fraction of |x0|, and the growth of each next step.
    static let firstStep = 1e-4
    static let stepGrowth = 4.0
    static let steps = 11

    public var quantity: QuantityReference
    /// The figure margins are measured from and printed in the unit of.
    public var reference: StatedValue
    /// The reference figure's value in its unit, with sign.
    public var center: Double
    /// Every stated value of the quantity, which each probe replaces.
    public var stated: [WhatIf.Replacement]
    /// Dependent claims, and any other claim whose verdict a probe moved, in load order.
    public var claims: [Dependent]
    /// Where every verdict (except those that move at `x0`) is unchanged.
    public var margin: Margin
    /// How many times the engine ran.
    public var runs: Int

    /// A claim and how it depends on the quantity.
    public struct Dependent: Sendable {
        public var claim: Claim
        /// Its baseline verdict.
        public var verdict: Verdict
        /// How it reads the quantity; empty when it only moved under a probe (through a conflict
        /// that the baseline does not have).
        public var ways: [Way]
        public var margin: Margin
    }

    public enum Way: Sendable, Hashable {
        /// It states a figure for the quantity.
        case states
        /// A check reads a stated value of the quantity, through these relations (none: directly).
        case reads(through: [String])
        /// It takes part in this conflict (index in the baseline audit), whose set holds a
        /// stated value of the quantity.
        case conflict(Int)
    }

    /// The values of the quantity, in the reference figure's unit, where verdicts stay put.
    public struct Margin: Sendable, Hashable {
        public var lower: Bound
        public var upper: Bound
        /// The verdict at `x0` when it already differs from the baseline.
        public var movesAtCenter: Verdict?
        /// Whether the run budget cut the bisection short.
        public var approximate = false
    }

    public enum Bound: Sendable, Hashable {
        /// The last probed value with the verdict unchanged, and the verdict just past it.
        case flips(at: Double, to: Verdict)
        /// No flip found out to this value.
        case beyondSearch(Double)

        public var value: Double? {
            if case .flips(let x, _) = self { return x }
            return nil
        }
    }

    // MARK: Running

    /// The impact of the quantity named by `reference` on the baseline audit's claims; nil when
    /// nothing states the quantity, so there is no value to move.
    public static func run(_ reference: QuantityReference, on baseline: Audit) -> Impact? {
        let q = reference.quantity
        let project = baseline.project
        // Ledger facts come first, then claims and readings, in load order.
        guard let figure = WhatIf.statedValues(of: q, in: project).first else { return nil }
        let center = (figure.negative ? -1 : 1) * figure.number.value
        let scale = center == 0 ? 1 : abs(center)

        var probe = Probe(quantity: reference, unit: figure.unit, range: figure.range, baseline: baseline)
        let base = Dictionary(baseline.results.map { ($0.claim.id, $0.verdict) }, uniquingKeysWith: { a, _ in a })
        guard let atCenter = probe.verdicts(at: center) else { return nil }
        let movedAtCenter = atCenter.filter { base[$0.key] != nil && base[$0.key] != $0.value }

        var lower: [String: Bound] = [:]
        var upper: [String: Bound] = [:]
        var approximate = false
        for side in [1.0, -1.0] {
            var lastUnchanged: [String: Double] = [:]
            var firstChanged: [String: (Double, Verdict)] = [:]
            var step = firstStep
            var searched = 0.0
            for _ in 0..<steps {
                guard let verdicts = probe.verdicts(at: center + side * step * scale) else { break }
                searched = step
                for (id, verdict) in verdicts where movedAtCenter[id] == nil && firstChanged[id] == nil {
                    if verdict != base[id] { firstChanged[id] = (step, verdict) } else { lastUnchanged[id] = step }
                }
                step *= stepGrowth
            }
            var bounds: [String: Bound] = [:]
            // In load order, so that a run budget spent part way cuts the same margins short.
            for id in baseline.results.map(\.claim.id) where movedAtCenter[id] == nil {
                guard let (changed, verdict) = firstChanged[id] else {
                    bounds[id] = .beyondSearch(center + side * searched * scale)
                    continue
                }
                var low = lastUnchanged[id] ?? 0
                var high = changed
                var past = verdict
                while high - low > precision {
                    let mid = (low + high) / 2
                    guard let verdicts = probe.verdicts(at: center + side * mid * scale) else {
                        approximate = true
                        break
                    }
                    if verdicts[id] == base[id] {
                        low = mid
                    } else {
                        high = mid
                        past = verdicts[id] ?? past
                    }
                }
                bounds[id] = .flips(at: center + side * low * scale, to: past)
            }
            if side > 0 { upper = bounds } else { lower = bounds }
        }

        let ways = dependencies(of: q, in: baseline)
        var claims: [Dependent] = []
        var overall = Margin(lower: .beyondSearch(-Double.infinity), upper: .beyondSearch(Double.infinity),
                             approximate: approximate)
        for result in baseline.results {
            let id = result.claim.id
            let margin = Margin(lower: lower[id] ?? .beyondSearch(center), upper: upper[id] ?? .beyondSearch(center),
                                movesAtCenter: movedAtCenter[id], approximate: approximate)
            let moved = margin.movesAtCenter != nil || margin.lower.value != nil || margin.upper.value != nil
            guard moved || ways[id] != nil else { continue }
            claims.append(Dependent(claim: result.claim, verdict: result.verdict, ways: ways[id] ?? [], margin: margin))
            guard margin.movesAtCenter == nil else { continue }
            overall.lower = tighter(overall.lower, margin.lower, side: -1)
            overall.upper = tighter(overall.upper, margin.upper, side: 1)
        }
        return Impact(quantity: reference, reference: figure, center: center, stated: probe.stated, claims: claims,
                      margin: overall, runs: probe.runs)
    }

    /// The bound nearer to the centre on one side.
    private static func tighter(_ a: Bound, _ b: Bound, side: Double) -> Bound {
        switch (a, b) {
        case (.flips(let x, _), .flips(let y, _)): return side * x <= side * y ? a : b
        case (.flips, .beyondSearch): return a
        case (.beyondSearch, .flips): return b
        case (.beyondSearch(let x), .beyondSearch(let y)): return side * x <= side * y ? a : b
        }
    }

    /// Runs the engine with the quantity at exact values, each value once.
    private struct Probe {
        let quantity: QuantityReference
        let unit: Unit
        let range: SourceRange
        let baseline: Audit
        var cache: [Double: [String: Verdict]] = [:]
        var runs = 0
        var stated: [WhatIf.Replacement] = []

        init(quantity: QuantityReference, unit: Unit, range: SourceRange, baseline: Audit) {
            self.quantity = quantity
            self.unit = unit
            self.range = range
            self.baseline = baseline
        }

        /// The verdict of every claim with the quantity at exactly `x`; nil when the budget of
        /// runs is spent or `x` cannot be written as a figure.
        mutating func verdicts(at x: Double) -> [String: Verdict]? {
            if let known = cache[x] { return known }
            guard runs < Impact.maximumRuns, let value = StatedValue.exactly(x, in: unit, range: range) else { return nil }
            runs += 1
            let override = Override(quantity: quantity, value: value, text: value.text, scope: .everywhere)
            let (project, replaced) = WhatIf.apply([override], to: baseline.project)
            if stated.isEmpty { stated = replaced.first ?? [] }
            let verdicts = Dictionary(Engine.analyze(project).results.map { ($0.claim.id, $0.verdict) },
                                      uniquingKeysWith: { a, _ in a })
            cache[x] = verdicts
            return verdicts
        }
    }

    // MARK: Dependency

    /// For each claim that depends on `q` in the baseline, how.
    static func dependencies(of q: Quantity, in audit: Audit) -> [String: [Way]] {
        let project = audit.project
        var bases = Set<Base>()
        var factByRange: [SourceRange: Int] = [:]
        for (i, fact) in project.facts.enumerated() {
            factByRange[fact.range] = i
            if fact.quantity.quantity == q { bases.insert(.fact(i)) }
        }
        for claim in project.claims where claim.statedQuantity?.quantity == q { bases.insert(.claim(claim.id)) }

        var ways: [String: [Way]] = [:]
        func add(_ id: String, _ way: Way) {
            if !(ways[id] ?? []).contains(way) { ways[id, default: []].append(way) }
        }
        for result in audit.results {
            let claim = result.claim
            let states = claim.statedQuantity?.quantity == q || claim.readings.contains { reading in
                if case .states(let ref?, _) = reading.proposition { return ref.quantity == q }
                return false
            }
            if states { add(claim.id, .states) }
            for check in result.checks + result.readings.flatMap(\.checks) {
                if case .conflict = check.basis { continue }
                for derivation in [check.derivation, check.other].compactMap({ $0 }) {
                    for path in reads(derivation, bases: bases, factByRange: factByRange, through: []) {
                        add(claim.id, .reads(through: path))
                    }
                }
            }
        }
        for (index, conflict) in audit.conflicts.enumerated() where conflict.support.contains(where: bases.contains) {
            for member in conflict.support {
                if case .claim(let id) = member { add(id, .conflict(index)) }
            }
        }
        return ways
    }

    /// The relations through which a derivation reaches one of `bases`, once per distinct path.
    private static func reads(_ d: Derivation, bases: Set<Base>, factByRange: [SourceRange: Int],
                              through path: [String]) -> [[String]] {
        switch d.step {
        case .input(_, _, let origin):
            let base: Base?
            switch origin {
            case .claim(let id, _): base = .claim(id)
            case .fact(_, _, let range): base = factByRange[range].map(Base.fact)
            case .constant: base = nil
            }
            return base.map(bases.contains) == true ? [path] : []
        case .derived(_, let relation):
            let deeper = path.last == relation ? path : path + [relation]
            return d.children.flatMap { reads($0, bases: bases, factByRange: factByRange, through: deeper) }.uniqued()
        default:
            return d.children.flatMap { reads($0, bases: bases, factByRange: factByRange, through: path) }.uniqued()
        }
    }
}
