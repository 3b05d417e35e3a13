/// Checks every claim of a project and gives each exactly one verdict.
///
/// Each claim is tested every way the input allows: its `because` formula, each ledger fact
/// about the quantity it states, or the comparison it says holds. The worst outcome is the
/// claim's verdict, in the order consistent < approximate < undetermined < inconsistent; a claim
/// with nothing to test it by is `sourced` when it names a quantity or a source, else
/// `undetermined`.
public enum Engine {
    /// The verdicts of every claim, in load order, and the problems met while evaluating.
    public static func check(_ project: Project) -> (results: [ClaimResult], diagnostics: [Diagnostic]) {
        let index = EvidenceIndex(project)
        var diagnostics: [Diagnostic] = []
        var results: [ClaimResult] = []
        for claim in project.claims {
            let result = check(claim, index: index, sources: project.sources)
            diagnostics += result.checks.compactMap(\.problem)
            if let quoteProblem = QuoteCheck.check(claim) { diagnostics.append(quoteProblem) }
            results.append(result)
        }
        return (results, diagnostics)
    }

    static func check(_ claim: Claim, index: EvidenceIndex, sources: [String: Source]) -> ClaimResult {
        let evaluator = Evaluator(index: index, sources: sources, claim: claim)
        var checks: [Check] = []
        switch claim.proposition {
        case .states(let quantity, let stated):
            if let because = claim.because {
                checks.append(compare(stated, with: evaluator.evaluate(because), basis: .formula))
            }
            if let quantity {
                for fact in index.facts(for: quantity.quantity) {
                    let grade = fact.source.flatMap { sources[$0]?.grade }
                    let derivation = Derivation(
                        step: .input(label: quantity.text, stated: fact.value.text,
                                     origin: .fact(source: fact.source, grade: grade, range: fact.range)),
                        value: fact.value.asserted, unit: fact.value.unit)
                    checks.append(compare(stated, with: .success(derivation),
                                          basis: .evidence(source: fact.source, grade: grade)))
                }
            }
        case .holds(let left, let relation, let right):
            checks.append(compare(evaluator.evaluate(left), relation, evaluator.evaluate(right), at: claim.range))
        }
        let verdict: Verdict
        if let worst = checks.map(\.verdict).max() {
            verdict = worst
        } else if claim.statedQuantity != nil || claim.source != nil {
            verdict = .sourced
        } else {
            verdict = .undetermined
        }
        return ClaimResult(claim: claim, verdict: verdict, checks: checks)
    }

    /// Compares a stated figure with a recomputed one.
    static func compare(_ stated: StatedValue, with recomputed: Result<Derivation, Evaluator.Problem>,
                        basis: Check.Basis) -> Check {
        let derivation: Derivation
        switch recomputed {
        case .failure(let problem):
            return undetermined(basis, problem)
        case .success(let d):
            derivation = d
        }
        let value = derivation.value
        guard value.dimension == stated.asserted.dimension else {
            let problem = Evaluator.Problem(
                kind: .dimensionMismatch(operation: "compare", left: stated.asserted.dimension.description,
                                         right: value.dimension.description),
                range: stated.range)
            return Check(basis: basis, verdict: .undetermined, derivation: derivation,
                         problem: Diagnostic(problem.kind, at: problem.range))
        }
        let verdict: Verdict
        if value.interval.meets(stated.asserted.interval) {
            verdict = .consistent
        } else if value.interval.meets(stated.accepted) {
            verdict = .approximate
        } else {
            verdict = .inconsistent
        }
        return Check(basis: basis, verdict: verdict, derivation: derivation,
                     deviation: relative(stated.asserted.nominal - value.nominal, to: value.nominal))
    }

    /// Tests a comparison: `consistent` when it holds for every value the figures may stand for,
    /// `inconsistent` when it holds for none, `approximate` when it holds for some. Equality of
    /// figures known only to printed precision can never hold for every value, so `=` is
    /// `consistent` when the two sides meet and `inconsistent` when they do not.
    static func compare(_ left: Result<Derivation, Evaluator.Problem>, _ relation: Syntax.Relation,
                        _ right: Result<Derivation, Evaluator.Problem>, at range: SourceRange) -> Check {
        let basis = Check.Basis.comparison(relation)
        let l: Derivation
        let r: Derivation
        switch (left, right) {
        case (.success(let a), .success(let b)):
            l = a
            r = b
        case (.failure(let p), _), (_, .failure(let p)):
            return undetermined(basis, p)
        }
        guard l.value.dimension == r.value.dimension else {
            let problem = Diagnostic(.dimensionMismatch(operation: "compare", left: l.value.dimension.description,
                                                        right: r.value.dimension.description),
                                     at: range)
            return Check(basis: basis, verdict: .undetermined, derivation: l, other: r, problem: problem)
        }
        let a = l.value.interval
        let b = r.value.interval
        let always: Bool
        let never: Bool
        switch relation {
        case .less: (always, never) = (a.upper < b.lower, a.lower >= b.upper)
        case .lessEqual: (always, never) = (a.upper <= b.lower, a.lower > b.upper)
        case .greater: (always, never) = (a.lower > b.upper, a.upper <= b.lower)
        case .greaterEqual: (always, never) = (a.lower >= b.upper, a.upper < b.lower)
        case .equal: (always, never) = (a.meets(b), !a.meets(b))
        }
        let verdict: Verdict = always ? .consistent : never ? .inconsistent : .approximate
        let room: Double
        switch relation {
        case .less, .lessEqual: room = r.value.nominal - l.value.nominal
        case .greater, .greaterEqual: room = l.value.nominal - r.value.nominal
        case .equal: room = -abs(l.value.nominal - r.value.nominal)
        }
        return Check(basis: basis, verdict: verdict, derivation: l, other: r,
                     margin: relative(room, to: r.value.nominal))
    }

    private static func undetermined(_ basis: Check.Basis, _ problem: Evaluator.Problem) -> Check {
        Check(basis: basis, verdict: .undetermined, problem: Diagnostic(problem.kind, at: problem.range))
    }

    private static func relative(_ difference: Double, to base: Double) -> Double? {
        guard base != 0, base.isFinite, difference.isFinite else { return nil }
        return difference / abs(base)
    }
}
