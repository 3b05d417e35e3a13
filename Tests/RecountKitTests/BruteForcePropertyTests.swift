import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Foundation
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
///    ones: each ledger fact about the claim's quantity (unless every lightest diagnosis of the
///    ledger's facts alone blames it) meets the figure or not; the value derived from the ledger meets it exactly when the
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
/// at all is left to propagation: a check the engine does not make is not asked for. But the
/// rule that a blamed claim is `approximate` when "the value the other figures imply" is within
/// its tolerance is taken at its word, with the exact value: the reference documents no looseness
/// there, so a blamed plain figure (tolerance 0%) the others rule out is `inconsistent`.
///
/// Cases the oracle cannot decide within its budget are skipped and counted. The counts are
/// printed at the end. To look further, `RECOUNT_BRUTE_FORCE_PROJECTS` and
/// `RECOUNT_BRUTE_FORCE_SEED` change how many projects are drawn and from which seed, and
/// `RECOUNT_BRUTE_FORCE_VERBOSE` prints every disagreement, not only the first of each kind.
@Suite struct BruteForcePropertyTests {
    static let seed: UInt64 = 0xB007_F0C5_2026_0702
    static let projects = 600
    /// How much every figure is widened to tell a conflict within the documented limit of
    /// propagation from one beyond it: 10 times the ratio below which a narrowing is not followed.
    static let limitMargin = (try? Rational(1, 100)) ?? .one

    @Test func theEngineAgreesWithABruteForceOracleOnSmallRandomNetworks() throws {
        let environment = ProcessInfo.processInfo.environment
        var rng = SplitMix64(seed: environment["RECOUNT_BRUTE_FORCE_SEED"].flatMap { UInt64($0) } ?? Self.seed)
        let count = environment["RECOUNT_BRUTE_FORCE_PROJECTS"].flatMap { Int($0) } ?? Self.projects
        var tally = BruteForceTally()
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<count {
            let project = try RandomProject.generate(&rng)
            let analyzed = try Self.analyze(project)
            Comparison(project: project, analyzed: analyzed).run(&tally)
        }
        let elapsed = clock.now - start
        print(tally.summary(elapsed: elapsed))
        for (kind, cases) in tally.findings.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(kind): \(cases.count) case(s); the first:\n\(cases[0])")
            if environment["RECOUNT_BRUTE_FORCE_VERBOSE"] != nil {
                for c in cases { print("\(kind):\n\(c)") }
            }
        }
    }

    /// The oracle itself on networks worked out by hand, so that its agreement with the engine
    /// means something: each answer here is what the arithmetic says, including where the
    /// engine's propagation cannot tell.
    @Test func theOracleDecidesHandWorkedNetworks() throws {
        func bounds(_ lower: String?, _ upper: String?) throws -> BruteForceOracle.Bounds {
            try .init(lower: lower.map { try #require(Rational(decimal: $0)) },
                      upper: upper.map { try #require(Rational(decimal: $0)) })
        }
        func model(_ count: Int, _ equations: [(OracleExpression, OracleExpression)],
                   _ parametrizations: [[(quantity: Int, expression: OracleExpression)]],
                   _ stated: [(Int, String?, String?)]) throws -> BruteForceOracle {
            BruteForceOracle(quantityCount: count, equations: equations.map { .init(left: $0, right: $1) },
                             parametrizations: parametrizations, nonzero: [],
                             statements: try stated.map { .init(quantity: $0, bounds: try bounds($1, $2), weight: 1, isClaim: true) },
                             truth: Array(repeating: .zero, count: count))
        }
        let half: [(OracleExpression, OracleExpression)] = [(.quantity(0), .add(.quantity(1), .quantity(2)))]
        let halfFromQuarters: [[(quantity: Int, expression: OracleExpression)]] = [[(0, .add(.quantity(1), .quantity(2)))]]

        // H1 = $19.60B against two quarters of $10.40B: [20.79, 20.81] misses [19.595, 19.605].
        let precise = try model(3, half, halfFromQuarters,
                                [(0, "19.595", "19.605"), (1, "10.395", "10.405"), (2, "10.395", "10.405")])
        #expect(precise.decide([0, 1, 2]).isInfeasible)
        #expect(precise.minimalConflicts().conflicts == [[0, 1, 2]])
        #expect(precise.lightestDiagnoses([[0, 1, 2]]) == [[0], [1], [2]])

        // Quarters of $10.2B reach H1 = $21B only where all three touch: 10.25 + 10.25 = 20.5.
        let touching = try model(3, half, halfFromQuarters,
                                 [(0, "20.5", "21.5"), (1, "10.15", "10.25"), (2, "10.15", "10.25")])
        guard case .feasible(let point) = touching.decide([0, 1, 2]) else {
            Issue.record("no witness where the figures touch")
            return
        }
        #expect(point == [try #require(Rational(decimal: "20.5")), try #require(Rational(decimal: "10.25")),
                          try #require(Rational(decimal: "10.25"))])

        // $37B and $16.59B a year earlier are growth of 123%, not 12%.
        let growth = try model(3, [(.quantity(0), .multiply(.quantity(1), .add(.constant(.one), .quantity(2))))],
                               [[(0, .multiply(.quantity(1), .add(.constant(.one), .quantity(2))))]],
                               [(0, "36.5", "37.5"), (1, "16.585", "16.595"), (2, "0.115", "0.125")])
        #expect(growth.decide([0, 1, 2]).isInfeasible)
        #expect(growth.decide([0, 1]).isFeasible && growth.decide([0, 2]).isFeasible && growth.decide([1, 2]).isFeasible)

        // p = r − c and p = m × r: a cost of $26.4B at a margin of 67% makes r = c / (1 − m) at
        // least $78.66B and p at least $52.3B, so p cannot be at most $51B. Neither interval
        // reasoning shows it: p and r stay unbounded below, and each round only pushes their
        // upper ends further down. The engine stops there with R411 (see the reductions below);
        // the oracle, splitting only bounded domains, says it does not know, and such projects
        // are counted as undecided. Bounded from below, the same figures are decided.
        let margin: [(OracleExpression, OracleExpression)] = [
            (.quantity(2), .subtract(.quantity(0), .quantity(1))), (.quantity(2), .multiply(.quantity(3), .quantity(0))),
        ]
        let fromCostAndMargin: [[(quantity: Int, expression: OracleExpression)]] = [[
            (0, .divide(.quantity(1), .subtract(.constant(.one), .quantity(3)))), (2, .subtract(.quantity(0), .quantity(1))),
        ]]
        let cycle = try model(4, margin, fromCostAndMargin,
                              [(1, "26.35", "26.45"), (3, "0.665", "0.675"), (2, nil, "51"), (2, "40", "51")])
        #expect(!cycle.decide([0, 1, 2]).isFeasible && !cycle.decide([0, 1, 2]).isInfeasible)
        #expect(cycle.decide([0, 1, 3]).isInfeasible)
        #expect(cycle.decide([0, 1]).isFeasible && cycle.decide([0, 2]).isFeasible && cycle.decide([1, 2]).isFeasible)
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
private struct BruteForceTally {
    var projects = 0
    var bounded = 0
    var feasible = 0
    var infeasible = 0
    var undecided = 0
    var withinLimitFound = 0
    var withinLimitMissed = 0
    var conflictSetsCompared = 0
    /// Why the sets of a project were not compared: the project or one of its subsets undecided,
    /// a minimal set the engine misses within the documented limit, or a disagreement.
    var setsUndecided = 0
    var setsWithinLimit = 0
    var setsDisagreeing = 0
    var claims = 0
    var verdictsChecked = 0
    var verdictsSkipped = 0
    var findings: [String: [String]] = [:]
    /// Per network: projects, and how many of them could not all hold.
    var shapes: [String: (projects: Int, infeasible: Int)] = [:]

    mutating func record(_ kind: String, _ detail: String) { findings[kind, default: []].append(detail) }

    func summary(elapsed: Duration) -> String {
        let kinds = findings.mapValues(\.count).sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        let byShape = shapes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.projects) (\($0.value.infeasible) infeasible)" }
        return """
            brute force: \(projects) projects in \(elapsed)
              projects: \(feasible) feasible (witness), \(infeasible) infeasible (proved), \(undecided) undecided, \
            \(bounded) skipped at a documented search bound (R411)
              within the documented 0.1% limit: \(withinLimitFound + withinLimitMissed) infeasible projects, \
            conflict found in \(withinLimitFound), missed in \(withinLimitMissed)
              conflict sets compared in \(conflictSetsCompared) projects; not compared: \(setsUndecided) undecided, \
            \(setsWithinLimit) within the limit, \(setsDisagreeing) disagreeing
              verdicts: \(claims) claims, \(verdictsChecked) checked, \(verdictsSkipped) skipped
              disagreements: \(kinds.isEmpty ? "none" : kinds.joined(separator: "; "))
              networks: \(byShape.joined(separator: "; "))
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

    func run(_ tally: inout BruteForceTally) {
        tally.projects += 1
        tally.shapes[project.shape, default: (0, 0)].projects += 1
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
            tally.shapes[project.shape, default: (0, 0)].infeasible += 1
            let robust = oracle.decide(statements, widenedBy: BruteForcePropertyTests.limitMargin)
            if robust.isFeasible {
                if conflicts.isEmpty { tally.withinLimitMissed += 1 } else { tally.withinLimitFound += 1 }
            }
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
    func exactConflicts(_ all: BruteForceOracle.Feasibility, _ tally: inout BruteForceTally) -> [[Int]]? {
        if all.isFeasible { return [] }
        guard all.isInfeasible, oracle.statements.count <= 8 else {
            tally.setsUndecided += 1
            return nil
        }
        let (exact, complete) = oracle.minimalConflicts()
        guard complete else {
            tally.setsUndecided += 1
            return nil
        }
        func signature(_ members: [Int]) -> Set<String> { Set(members.map { project.signatures[$0] }) }
        let reported = Set(analyzed.analysis.conflicts.map { signature($0.support.compactMap(index)) })
        let expected = Set(exact.map(signature))
        var withinLimit = false
        var disagreeing = false
        for set in exact where !reported.contains(signature(set)) {
            if oracle.decide(set, widenedBy: BruteForcePropertyTests.limitMargin).isFeasible {
                withinLimit = true
                continue
            }
            tally.record("a minimal conflict the engine does not report",
                         report("conflicts \(engineConflicts())", "also {\(names(set))}"))
            disagreeing = true
        }
        for conflict in analyzed.analysis.conflicts where !expected.contains(signature(conflict.support.compactMap(index))) {
            let members = conflict.support.compactMap(index)
            // A feasible set is recorded above; an infeasible one that is not minimal means a
            // smaller set conflicts that propagation could not show, which is only allowed
            // within the documented limit.
            let smallerWithinLimit = exact.contains { smaller in
                Set(smaller).isSubset(of: members)
                    && oracle.decide(smaller, widenedBy: BruteForcePropertyTests.limitMargin).isFeasible
            }
            if oracle.decide(members).isInfeasible, !smallerWithinLimit {
                tally.record("a reported conflict that is not minimal",
                             report("conflict {\(names(members))}",
                                    "minimal conflicts \(exact.map { "{" + names($0) + "}" }.joined(separator: ", "))"))
            }
            disagreeing = true
        }
        if disagreeing { tally.setsDisagreeing += 1 } else if withinLimit { tally.setsWithinLimit += 1 }
        return disagreeing || withinLimit ? nil : exact
    }

    // MARK: Verdicts

    func checkVerdicts(_ exact: [[Int]], _ tally: inout BruteForceTally) {
        let diagnoses = oracle.lightestDiagnoses(exact)
        guard diagnoses.count <= 32 else {
            let claims = oracle.statements.filter(\.isClaim).count
            tally.claims += claims
            tally.verdictsSkipped += claims
            return
        }
        func inSome(_ i: Int) -> Bool { diagnoses.contains { $0.contains(i) } }
        let facts = statements.filter { !oracle.statements[$0].isClaim }
        // A ledger that contradicts itself is evidence only without the facts that every
        // lightest diagnosis of the ledger alone blames: the minimal conflicts made of facts only.
        let factConflicts = exact.filter { $0.allSatisfy { !oracle.statements[$0].isClaim } }
        let ledgerDiagnoses = factConflicts.isEmpty ? [] : oracle.lightestDiagnoses(factConflicts)
        func doubted(_ i: Int) -> Bool { !ledgerDiagnoses.isEmpty && ledgerDiagnoses.allSatisfy { $0.contains(i) } }
        let ledger = facts.filter { !doubted($0) }

        for (i, statement) in oracle.statements.enumerated() where statement.isClaim {
            tally.claims += 1
            guard case .claim(let id) = project.bases[i],
                  let result = analyzed.analysis.results.first(where: { $0.claim.id == id }) else {
                tally.record("a claim the engine gives no result", report("no result for \(project.lines[i])", ""))
                continue
            }
            var checks: [Set<Verdict>] = []
            var why: [String] = []
            for f in facts where oracle.statements[f].quantity == statement.quantity && !doubted(f) {
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
                // What the others imply, as the engine's own conflict check computed it, tells the
                // two known causes apart.
                let implied = result.checks.filter { check in
                    if case .conflict = check.basis { check.verdict == result.verdict } else { false }
                }.compactMap { $0.derivation?.value.interval }
                let cause = implied.isEmpty ? ""
                    : implied.contains { !$0.lower.isFinite && !$0.upper.isFinite }
                    ? " (what the others imply came out unbounded both ways)"
                    : " (what the others imply came out wider than exact)"
                tally.record("verdict \(result.verdict.rawValue) where the documented rules give \(expected)" + cause,
                             report("\(id) is \(result.verdict.rawValue); conflicts \(engineConflicts())",
                                    "\(id) should be \(expected): " + (why.isEmpty ? "nothing checks it" : why.joined(separator: "; "))))
            }
        }
    }
}

/// The disagreements the brute-force test found, each reduced to a minimal project and asserted
/// the way the language reference says it should come out.
@Suite struct BruteForceReductionTests {
    static let ledger = """
        entity e "E"
        source p "A filing"
          grade primary

        """

    /// `1 / [a, ∞)` is `[0, 1/a]`; widened outward its 0 becomes −5e-324, and then `(−∞, x]`
    /// times it has +∞ as its upper end. So a quotient of a value known only from above by one
    /// known only from below is unbounded both ways, though the true quotient is at most
    /// $20B / $77.4B = 25.84%.
    @Test func aQuotientOfFiguresUnboundedOnOneSideKeepsItsFiniteBound() throws {
        let a = try analyzeInline(Self.ledger + """
            fact e.c @ 2025 = under $20B
              source p

            fact e.r @ 2025 = over $77.4B
              source p

            """, """
            claim share
              states 31%
              because e.c @ 2025 / e.r @ 2025

            """)
        #expect(try a.result("share").verdict == .inconsistent)
    }

    /// The same, where a conflict blames a claim: `e.s` is what the others imply, `c / r`, at
    /// most 25.84%, and the claim says 26.2%. With no tolerance, that is `inconsistent`; the
    /// unbounded quotient made it `approximate`.
    @Test func aClaimBlamedThroughAQuotientOfHalfBoundedFiguresIsInconsistent() throws {
        let a = try analyzeInline(Self.ledger + """
            metric e.c
              equals e.r * e.s

            fact e.r @ 2025H1 = over $77.4B
              source p

            """, """
            claim cost
              states e.c @ 2025H1 = under $20B

            claim share
              states e.s @ 2025H1 = 26.2%

            """)
        try #require(a.analysis.conflicts.count == 1)
        #expect(try a.result("share").verdict == .inconsistent)
        #expect(try a.result("cost").verdict == .inconsistent)
    }

    /// Three claims that cannot all hold, and any two can: one of them is wrong and nothing says
    /// which, so each is `inconsistent`. What the other two imply for the cost is exactly
    /// p × (1/m − 1), [$1.42B, $2.05B], and for the margin p / (p + c), [95.52%, 95.61%]; neither
    /// meets the printed figure. Propagation reads p through both `p = r − c` and `m = p / r`,
    /// as if it were two values, and gets [$0.42B, $3.05B] and [93.9%, 97.25%], which do: so the
    /// engine calls the cost and the margin `approximate` while naming them as the alternatives
    /// to the profit.
    @Test func everyFigureOfATieIsInconsistentWhenTheOthersRuleItOutExactly() throws {
        let a = try analyzeInline(Self.ledger + """
            metric e.p
              equals e.r - e.c

            metric e.m
              equals e.p / e.r
              relation margin

            """, """
            claim cost
              states e.c @ 2025 = $2.60B

            claim profit
              states e.p @ 2025 = $56B

            claim margin
              states e.m @ 2025 = 97%

            """)
        try #require(a.analysis.conflicts.count == 1)
        for id in ["cost", "profit", "margin"] {
            #expect(try a.result(id).verdict == .inconsistent, "\(id)")
        }
    }

    /// With the cost and the margin, profit under $51B for the half cannot hold: r = c / (1 − m)
    /// is at least $78.66B, so p = m × r is at least $52.3B. Propagation cannot show it: p and r are
    /// unbounded below, and each round lowers their upper ends by half as much again, so the
    /// propagation of that subset runs out of revisions inside the conflict search. R411 is then
    /// the documented outcome, but it must name the bound that stopped it: the revisions, not
    /// the 256 nodes of a search that had only 16 sets of figures to try.
    @Test func aConflictSearchStoppedByThePropagationBudgetNamesThatBound() throws {
        let a = try analyzeInline(Self.ledger + """
            source s "A press report"
              grade secondary

            metric e.p
              equals e.r - e.c

            metric e.m
              equals e.p / e.r
              relation margin

            fact e.r @ 2025H1 = $78.9B
              source p

            fact e.c @ 2025H1 = $26.4B
              source p

            fact e.m @ 2025H1 = 67%
              source s

            """, """
            claim profit
              states e.p @ 2025H1 = under $102B/yr

            """)
        let bounded = a.analysis.diagnostics.filter { $0.code == "R411" }
        try #require(bounded.count == 1)
        #expect(bounded[0].message.contains("revisions"), "\(bounded[0].message)")
    }
}
