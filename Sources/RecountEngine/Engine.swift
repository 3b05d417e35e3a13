import RecountCore
import RecountModel

/// Checks every claim of a project and gives each exactly one verdict.
///
/// First every stated value (ledger facts and the article's named figures) is propagated through
/// the built-in and declared relations, which finds every implied value of every quantity and
/// every conflict between two of them. Then each claim is tested every way the input allows:
///
/// - its `because` formula, over the article's own figures first, then the ledger, then values
///   derived from them;
/// - each ledger fact about the quantity it states, and values derived from ledger facts alone;
/// - the comparison it says `holds`;
/// - conflicts: a claim is inconsistent when a conflict names its figure as the one slip that
///   explains it, or when a conflict has no single cause and nothing in the ledger vouches for
///   the claim's figure.
///
/// The worst outcome is the verdict, in the order consistent < approximate < undetermined <
/// inconsistent. A claim with nothing to test it by is `sourced` when it names a quantity or a
/// source, else `undetermined`. A claim with readings takes the best verdict among its own
/// proposition and its readings that could be checked, since each is a fair way to read it:
/// consistent, then approximate, then inconsistent; only when no reading could be checked is
/// it sourced or undetermined.
public enum Engine {
    /// Everything the engine found.
    public struct Analysis: Sendable {
        /// One result per claim, in load order.
        public var results: [ClaimResult]
        /// Conflicts with minimal support, in a stable order.
        public var conflicts: [Conflict]
        /// Problems met while evaluating, such as a missing input.
        public var diagnostics: [Diagnostic]
        /// How many values propagation holds, stated and derived.
        public var valueCount: Int
        public var linkCount: Int
    }

    /// The verdicts of every claim, in load order, and the problems met while evaluating.
    public static func check(_ project: Project) -> (results: [ClaimResult], diagnostics: [Diagnostic]) {
        let analysis = analyze(project)
        return (analysis.results, analysis.diagnostics)
    }

    public static func analyze(_ project: Project) -> Analysis {
        let world = World(project)
        var diagnostics: [Diagnostic] = []
        var results: [ClaimResult] = []
        var memberOf: [String: [Int]] = [:]
        for (index, conflict) in world.conflicts.enumerated() {
            for case .claim(let id) in conflict.support { memberOf[id, default: []].append(index) }
        }
        for claim in project.claims {
            var result = world.check(claim)
            result.decision = Decision.make(result, conflicts: world.conflicts, memberOf: memberOf[claim.id] ?? [],
                                            alternatives: world.alternatives(to: claim))
            result.warnings = FlowPeriodCheck.check(claim, in: project)
            diagnostics += (result.checks + result.readings.flatMap(\.checks)).compactMap(\.problem)
            if let quoteProblem = QuoteCheck.check(claim) { diagnostics.append(quoteProblem) }
            diagnostics += result.warnings
            results.append(result)
        }
        diagnostics += FlowPeriodCheck.facts(project)
        diagnostics += world.boundedClaims.map { claim, bound in
            Diagnostic(.searchBounded(claim: claim.id, bound: bound), at: claim.range)
        }
        return Analysis(results: results, conflicts: world.conflicts, diagnostics: diagnostics.uniqued(),
                        valueCount: world.valueCount, linkCount: world.linkCount)
    }

    /// Compares a stated figure with a recomputed one.
    static func compare(_ stated: Measure, accepted: Interval, with recomputed: Result<Derivation, Evaluator.Problem>,
                        basis: Check.Basis, at range: SourceRange) -> Check {
        var derivation: Derivation
        switch recomputed {
        case .failure(let problem):
            return undetermined(basis, problem)
        case .success(let d):
            derivation = d
        }
        // An amount stated with no quantity meets flows over one period as their amount over it.
        if FlowsOverPeriod.applies(amount: stated.dimension, value: derivation.value.dimension) {
            switch FlowsOverPeriod.amount(derivation) {
            case .success(let amount):
                derivation = amount
            case .failure(let refusal):
                let kind = refusal.kind(amount: stated.dimension, rate: derivation.value.dimension)
                return Check(basis: basis, verdict: .undetermined, derivation: derivation, problem: Diagnostic(kind, at: range))
            }
        }
        // An amount over a known period (another claim's figure, by its id) meets a rate as the
        // rate over that period. A rate is never read as an amount: a flow stated with no period
        // ("$12 per megawatt" of revenue) stays a finding.
        var value = derivation.value
        if value.dimension != stated.dimension, value.dimension == stated.dimension * .time {
            value = derivation.value(in: stated.dimension)
        }
        if let problem = notANumber(value, at: range) ?? notANumber(stated, at: range) {
            return Check(basis: basis, verdict: .undetermined, derivation: derivation, problem: problem)
        }
        guard value.dimension == stated.dimension else {
            let problem = Diagnostic(.dimensionMismatch(operation: "compare", left: stated.dimension.description,
                                                        right: value.dimension.description), at: range)
            return Check(basis: basis, verdict: .undetermined, derivation: derivation, problem: problem)
        }
        // An input the formula reads more than once widens plain interval arithmetic; the
        // verdict uses the value over pieces of such inputs instead (the tree keeps the plain one).
        let converted = value.dimension != derivation.value.dimension
        let decided = (converted ? nil : Subdivision.enclosure(of: derivation, deciding: [stated.interval, accepted]))
            ?? value.interval
        let verdict: Verdict
        if decided.meets(stated.interval) {
            verdict = .consistent
        } else if decided.meets(accepted) {
            verdict = .approximate
        } else {
            verdict = .inconsistent
        }
        return Check(basis: basis, verdict: verdict, derivation: derivation,
                     deviation: relative(stated.nominal - value.nominal, to: value.nominal))
    }

    /// Tests a comparison: `consistent` when it holds for every value the figures may stand for,
    /// `inconsistent` when it holds for none, `approximate` when it holds for some. Equality of
    /// figures known only to printed precision can never hold for every value, so `=` is
    /// `consistent` when the two sides meet and `inconsistent` when they do not.
    static func compare(_ left: Result<Derivation, Evaluator.Problem>, _ relation: ComparisonOperator,
                        _ right: Result<Derivation, Evaluator.Problem>, tolerance: Double = 0,
                        at range: SourceRange) -> Check {
        let basis = Check.Basis.comparison(relation)
        var l: Derivation
        var r: Derivation
        switch (left, right) {
        case (.success(let a), .success(let b)):
            l = a
            r = b
        case (.failure(let p), _), (_, .failure(let p)):
            return undetermined(basis, p)
        }
        // An amount on one side meets flows over one period on the other as their amount over it.
        if let refusal = overPeriod(&r, against: l) ?? overPeriod(&l, against: r) {
            return Check(basis: basis, verdict: .undetermined, derivation: l, other: r, problem: Diagnostic(refusal, at: range))
        }
        if let problem = notANumber(l.value, at: range) ?? notANumber(r.value, at: range) {
            return Check(basis: basis, verdict: .undetermined, derivation: l, other: r, problem: problem)
        }
        guard l.value.dimension == r.value.dimension else {
            let problem = Diagnostic(.dimensionMismatch(operation: "compare", left: l.value.dimension.description,
                                                        right: r.value.dimension.description),
                                     at: range)
            return Check(basis: basis, verdict: .undetermined, derivation: l, other: r, problem: problem)
        }
        // Inputs read more than once, on either side, are split into pieces for the verdict.
        // `~` is `=` once the right side is widened by the `about` tolerance of its size.
        let widening = relation == .approximately ? tolerance : 0
        let (always, never) = Subdivision.holds(l, relation, r, widening: widening)
            ?? holds(l.value.interval, relation, r.value.interval.widened(byFraction: widening))
        let verdict: Verdict = always ? .consistent : never ? .inconsistent : .approximate
        let room: Double
        switch relation {
        case .less, .lessEqual: room = r.value.nominal - l.value.nominal
        case .greater, .greaterEqual: room = l.value.nominal - r.value.nominal
        case .equal, .approximately: room = -abs(l.value.nominal - r.value.nominal)
        case .notEqual: room = abs(l.value.nominal - r.value.nominal)
        }
        var check = Check(basis: basis, verdict: verdict, derivation: l, other: r,
                          margin: relative(room, to: r.value.nominal))
        if verdict == .inconsistent {
            let period = l.value.dimension.exponent(of: .time) == -1 ? Derivation.sharedPeriod([l, r]) : nil
            let units = [l.unit, r.unit].compactMap { $0 } + (l.leaves + r.leaves).compactMap(\.unit)
            check.slips = SlipFinder.comparisonSlips(left: l.value, relation: relation, right: r.value, shownOver: period,
                                                     units: units)
        }
        return check
    }

    /// Turns `side` into its amount over the one period its flows cover when it is a rate and
    /// `other` the amount it is compared with; the problem when there is no such period.
    private static func overPeriod(_ side: inout Derivation, against other: Derivation) -> DiagnosticKind? {
        guard FlowsOverPeriod.applies(amount: other.value.dimension, value: side.value.dimension) else { return nil }
        switch FlowsOverPeriod.amount(side) {
        case .success(let amount):
            side = amount
            return nil
        case .failure(let refusal):
            return refusal.kind(amount: other.value.dimension, rate: side.value.dimension)
        }
    }

    /// Whether `a relation b` holds for every pair of values, and whether it holds for none.
    static func holds(_ a: Interval, _ relation: ComparisonOperator, _ b: Interval) -> (always: Bool, never: Bool) {
        switch relation {
        case .less: (a.upper < b.lower, a.lower >= b.upper)
        case .lessEqual: (a.upper <= b.lower, a.lower > b.upper)
        case .greater: (a.lower > b.upper, a.upper <= b.lower)
        case .greaterEqual: (a.lower >= b.upper, a.upper < b.lower)
        // For `~` the caller has widened `b` by the tolerance.
        case .equal, .approximately: (a.meets(b), !a.meets(b))
        case .notEqual: (!a.meets(b), a.meets(b))
        }
    }

    /// An overflow (R403) for a value that is not a number or is infinite at face value: such
    /// a value meets everything and nothing, so no verdict can rest on it.
    static func notANumber(_ value: Measure, at range: SourceRange) -> Diagnostic? {
        let finite = value.nominal.isFinite && !value.interval.lower.isNaN && !value.interval.upper.isNaN
        return finite ? nil : Diagnostic(.overflow, at: range)
    }

    static func undetermined(_ basis: Check.Basis, _ problem: Evaluator.Problem) -> Check {
        Check(basis: basis, verdict: .undetermined, problem: Diagnostic(problem.kind, at: problem.range))
    }

    static func relative(_ difference: Double, to base: Double) -> Double? {
        guard base != 0, base.isFinite, difference.isFinite else { return nil }
        return difference / abs(base)
    }
}
