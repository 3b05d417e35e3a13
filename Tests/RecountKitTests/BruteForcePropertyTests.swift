import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// The engine against a brute-force oracle on a few hundred small random projects.
///
/// Each project (see `RandomProject`) is a network of 2 to 5 quantities with sums, products,
/// ratios, sums of periods and growth links, and random facts and claims. `BruteForceOracle`
/// decides, independently of the engine and with a proof either way, whether a set of figures can
/// all hold. From that the test derives what the engine must say:
///
/// 1. **Conflict or none.** A project with an exact witness has no conflict; a project proved
///    infeasible has one. Every set the engine reports must be proved infeasible, and the exact
///    minimal conflicts must be the engine's sets.
/// 2. **Verdicts,** by the engine's documented rules with exact values in place of propagated
///    ones: each ledger fact about the claim's quantity (unless every lightest diagnosis blames
///    it) meets the figure or not; the value derived from the ledger meets it exactly when the
///    ledger and the claim can hold together; a conflict blames the claim when it names the claim
///    as its cause, or has no cause (or one no lightest diagnosis holds) and the claim is in some
///    lightest diagnosis, where diagnoses weigh a claim 1 and a fact 1, 10 or 100 by its grade.
///    The worst check decides; none makes the claim `sourced`.
///
/// Only the slips that name a conflict's cause come from the engine: they are about printed
/// digits, not about what the figures imply, and are tested elsewhere.
///
/// **What the rules allow to differ.** Propagation does not follow a narrowing smaller than 0.1%
/// of a domain's width, so a conflict whose sides miss each other by less may not be found
/// (LanguageReference, "How values are derived"). Such cases are recognised by widening every
/// figure by 1% of its width: when the widened figures can hold together, the case is within the
/// documented limit and is counted, not judged. Whether the ledger derives a value for a quantity
/// at all, and how far a conflict's "value the others imply" is from the exact one, are left to
/// propagation: a check the engine does not make is not asked for.
///
/// Cases the oracle cannot decide within its budget are skipped and counted. The counts are
/// printed at the end.
@Suite struct BruteForcePropertyTests {
    static let seed: UInt64 = 0xB007_F0C5_2026_0702
    static let projects = 300
    /// How much every figure is widened to tell a conflict within the documented limit of
    /// propagation from one beyond it: 10 times the ratio below which a narrowing is not followed.
    static let limitMargin = (try? Rational(1, 100)) ?? .one

    @Test func theEngineAgreesWithABruteForceOracleOnSmallRandomNetworks() throws {
        var rng = SplitMix64(seed: Self.seed)
        var tally = Tally()
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<Self.projects {
            let project = try RandomProject.generate(&rng)
            let analyzed = try Self.analyze(project)
            Comparison(project: project, analyzed: analyzed).run(&tally)
        }
        let elapsed = clock.now - start
        print(tally.summary(elapsed: elapsed))
        for (kind, cases) in tally.findings.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(kind): \(cases.count) case(s); the first:\n\(cases[0])")
        }
    }

    /// Loads the project's two files, requiring only that they load: a warning such as two
    /// facts that do not meet (R212) is part of what is tested.
    static func analyze(_ project: RandomProject) throws -> Analyzed {
        var documents: [Syntax.Document] = []
        var problems: [Diagnostic] = []
        for (path, text) in [("Evidence/t.ledger", project.ledger),
                             ("Claims/t.claims", "article t \"Test\"\n\n" + project.claims)] {
            let (document, diagnostics) = Parser.parse(SourceFile(path: path, text: text))
            documents.append(document)
            problems += diagnostics
        }
        let (resolved, diagnostics) = Resolver.resolve(documents)
        problems += diagnostics
        try #require(!problems.hasErrors, "\(problems.map { "\($0.code) \($0.message)" })\n\(project.ledger)\n\(project.claims)")
        let facts = project.bases.filter { if case .fact = $0 { true } else { false } }.count
        try #require(resolved.facts.count == facts)
        return Analyzed(project: resolved, analysis: Engine.analyze(resolved))
    }
}

/// What the brute-force test counted, and the disagreements it found, by kind.
struct Tally {
    var projects = 0
    var bounded = 0
    var feasible = 0
    var infeasible = 0
    var undecided = 0
    var withinLimit = 0
    var conflictSetsCompared = 0
    var conflictSetsSkipped = 0
    var minimalWithinLimit = 0
    var claims = 0
    var verdictsChecked = 0
    var verdictsSkipped = 0
    var findings: [String: [String]] = [:]

    mutating func record(_ kind: String, _ detail: String) { findings[kind, default: []].append(detail) }

    func summary(elapsed: Duration) -> String {
        """
        brute force: \(projects) projects in \(elapsed): \(feasible) feasible, \(infeasible) infeasible, \
        \(undecided) undecided, \(bounded) at a search bound; \(withinLimit) conflicts within the documented \
        0.1% limit; conflict sets compared in \(conflictSetsCompared), skipped in \(conflictSetsSkipped) \
        (\(minimalWithinLimit) minimal sets within the limit); \(claims) claims, \(verdictsChecked) verdicts \
        checked, \(verdictsSkipped) skipped; \(findings.values.reduce(0) { $0 + $1.count }) disagreements \
        (\(findings.mapValues(\.count).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")))
        """
    }
}

/// One project's comparison between the engine and the oracle.
private struct Comparison {
    let project: RandomProject
    let analyzed: Analyzed
    var oracle: BruteForceOracle { project.oracle }
    var statements: [Int] { Array(oracle.statements.indices) }

    /// The oracle's statement for an engine base.
    func index(_ base: Base) -> Int? { project.bases.firstIndex(of: base) }

    /// The project written out, with what each side said, to reproduce a finding.
    func report(_ engine: String, _ oracleSays: String) -> String {
        """
        shape: \(project.shape)
        engine: \(engine)
        oracle: \(oracleSays)
        --- ledger
        \(project.ledger)--- claims
        \(project.claims)
        """
    }

    func names(_ members: [Int]) -> String { members.map { project.lines[$0] }.joined(separator: "; ") }

    func engineConflicts() -> String {
        analyzed.analysis.conflicts.map { c in "{" + names(c.support.compactMap(index)) + "}" }.joined(separator: ", ")
    }

    func run(_ tally: inout Tally) {
        tally.projects += 1
        let conflicts = analyzed.analysis.conflicts
        // A search stopped at a documented bound (R411) says so; nothing after it is judged.
        if analyzed.analysis.diagnostics.contains(where: { $0.code == "R411" }) {
            tally.bounded += 1
            return
        }
        let all = oracle.decide(statements)
        switch all {
        case .feasible(let point):
            tally.feasible += 1
            if !conflicts.isEmpty {
                tally.record("a conflict in a project whose figures can all hold",
                             report(engineConflicts(), "feasible, e.g. \(point)"))
            }
        case .infeasible:
            tally.infeasible += 1
            let robust = oracle.decide(statements, widenedBy: BruteForcePropertyTests.limitMargin)
            if robust.isFeasible { tally.withinLimit += 1 }
            if conflicts.isEmpty, robust.isInfeasible {
                tally.record("no conflict in a project whose figures cannot all hold",
                             report("no conflict", "infeasible, also with every figure widened by 1% of its width"))
            }
        case .unknown:
            tally.undecided += 1
        }

        // Every set the engine reports must be one that cannot hold.
        for conflict in conflicts {
            let members = conflict.support.compactMap(index)
            if case .feasible(let point) = oracle.decide(members) {
                tally.record("a reported conflict whose figures can all hold",
                             report("conflict {\(names(members))}", "feasible, e.g. \(point)"))
            }
        }

        guard let exact = exactConflicts(all, &tally) else {
            tally.conflictSetsSkipped += 1
            tally.claims += oracle.statements.filter(\.isClaim).count
            tally.verdictsSkipped += oracle.statements.filter(\.isClaim).count
            return
        }
        tally.conflictSetsCompared += 1
        checkVerdicts(exact, &tally)
    }

    /// The exact minimal conflicts, when they can be compared with the engine's: every set
    /// decided, and each one the engine misses within the documented limit. Records the
    /// disagreements in the sets themselves.
    func exactConflicts(_ all: BruteForceOracle.Feasibility, _ tally: inout Tally) -> [[Int]]? {
        if all.isFeasible { return [] }
        guard all.isInfeasible, oracle.statements.count <= 8 else { return nil }
        let (exact, complete) = oracle.minimalConflicts()
        guard complete else { return nil }
        func signature(_ members: [Int]) -> Set<String> { Set(members.map { project.signatures[$0] }) }
        let reported = Set(analyzed.analysis.conflicts.map { signature($0.support.compactMap(index)) })
        let expected = Set(exact.map(signature))
        var comparable = true
        for set in exact where !reported.contains(signature(set)) {
            if oracle.decide(set, widenedBy: BruteForcePropertyTests.limitMargin).isFeasible {
                tally.minimalWithinLimit += 1
                comparable = false
                continue
            }
            tally.record("a minimal conflict the engine does not report",
                         report("conflicts \(engineConflicts())", "also {\(names(set))}"))
            comparable = false
        }
        for conflict in analyzed.analysis.conflicts where !expected.contains(signature(conflict.support.compactMap(index))) {
            let members = conflict.support.compactMap(index)
            // A feasible set is recorded above; an infeasible one that is not minimal means a
            // smaller set conflicts that propagation could not show.
            if oracle.decide(members).isInfeasible, !exact.contains(where: { Set($0).isSubset(of: members) && oracle.decide($0, widenedBy: BruteForcePropertyTests.limitMargin).isFeasible }) {
                tally.record("a reported conflict that is not minimal",
                             report("conflict {\(names(members))}",
                                    "minimal conflicts \(exact.map { "{" + names($0) + "}" }.joined(separator: ", "))"))
            }
            comparable = false
        }
        return comparable ? exact : nil
    }

    // MARK: Verdicts

    func checkVerdicts(_ exact: [[Int]], _ tally: inout Tally) {
        let diagnoses = oracle.lightestDiagnoses(exact)
        guard diagnoses.count <= 32 else {
            let claims = oracle.statements.filter(\.isClaim).count
            tally.claims += claims
            tally.verdictsSkipped += claims
            return
        }
        func inEvery(_ i: Int) -> Bool { !diagnoses.isEmpty && diagnoses.allSatisfy { $0.contains(i) } }
        func inSome(_ i: Int) -> Bool { diagnoses.contains { $0.contains(i) } }
        let facts = statements.filter { !oracle.statements[$0].isClaim }
        // A ledger that contradicts itself is evidence only without the facts every lightest
        // diagnosis blames.
        let ledgerConflicts = exact.contains { $0.allSatisfy { !oracle.statements[$0].isClaim } }
        let ledger = ledgerConflicts ? facts.filter { !inEvery($0) } : facts

        for (i, statement) in oracle.statements.enumerated() where statement.isClaim {
            tally.claims += 1
            guard case .claim(let id) = project.bases[i],
                  let result = analyzed.analysis.results.first(where: { $0.claim.id == id }) else {
                tally.record("a claim the engine gives no result", report("no result for \(project.lines[i])", ""))
                continue
            }
            var checks: [Set<Verdict>] = []
            var why: [String] = []
            for f in facts where oracle.statements[f].quantity == statement.quantity && !inEvery(f) {
                let meets = oracle.statements[f].bounds.meets(statement.bounds)
                checks.append([meets ? .consistent : .inconsistent])
                why.append("\(project.lines[f]) \(meets ? "meets" : "does not meet") it")
            }
            if result.checks.contains(where: { if case .derived = $0.basis { true } else { false } }) {
                switch oracle.decide(ledger + [i]) {
                case .feasible:
                    checks.append([.consistent])
                    why.append("the ledger's figures and this one can all hold")
                case .infeasible where oracle.decide(ledger).isFeasible
                    && oracle.decide(ledger + [i], widenedBy: BruteForcePropertyTests.limitMargin).isInfeasible:
                    checks.append([.inconsistent])
                    why.append("the ledger's figures, which can hold together, cannot hold with this one")
                default:
                    checks.append([.consistent, .approximate, .inconsistent, .undetermined])
                }
            }
            for conflict in analyzed.analysis.conflicts where conflict.support.contains(.claim(id)) {
                let blamed: Bool
                if let cause = conflict.cause, let c = index(cause.member), inSome(c) {
                    blamed = c == i
                } else {
                    blamed = inSome(i)
                }
                if blamed {
                    checks.append([.inconsistent])
                    why.append("conflict {\(names(conflict.support.compactMap(index)))} blames it")
                }
            }
            var possible: Set<Verdict?> = [nil]
            for check in checks {
                possible = Set(possible.flatMap { sofar in check.map { v in sofar.map { max($0, v) } ?? v } })
            }
            let allowed = Set(possible.map { $0 ?? .sourced })
            guard !(allowed.contains(.consistent) && allowed.contains(.inconsistent)) else {
                tally.verdictsSkipped += 1
                continue
            }
            tally.verdictsChecked += 1
            if !allowed.contains(result.verdict) {
                let expected = allowed.map(\.rawValue).sorted().joined(separator: " or ")
                tally.record("a verdict the documented rules do not give",
                             report("\(id) is \(result.verdict.rawValue); conflicts \(engineConflicts())",
                                    "\(id) should be \(expected): " + (why.isEmpty ? "nothing checks it" : why.joined(separator: "; "))))
            }
        }
    }
}
