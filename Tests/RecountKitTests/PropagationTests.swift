import Foundation
import RecountEngine
import RecountKit
import RecountModel
import RecountReport
import Testing

// Propagation finds every implied value along every path, and reports two values of one
// quantity that cannot both be true as a conflict: with the smallest set of figures that
// produce it, a derivation tree for each side, and the one figure to blame when a usual slip
// alone explains it.

private let entities = """
    entity x "X"
    entity y "Y"
    source s "X's annual report"
      grade primary
    source t "A newspaper"
      grade secondary
    source x-8k "X's results (8-K)"
      grade primary

    """

/// A ledger of the entities, with `source s` added to every `fact` line that names none.
private func ledger(_ body: String) -> String {
    entities + body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasPrefix("fact ") && !line.contains(" from ") ? "\(line)\n  source s" : String(line)
    }.map { line in
        // `fact … from SOURCE`: the fact's source, for tests that need more than one.
        guard let from = line.range(of: " from ") else { return line }
        return "\(line[..<from.lowerBound])\n  source \(line[from.upperBound...])"
    }.joined(separator: "\n") + "\n"
}


/// The project with only the given facts and claims.
private func restricted(_ project: Project, to members: Set<Base>) -> Project {
    var p = project
    p.facts = project.facts.indices.filter { members.contains(.fact($0)) }.map { project.facts[$0] }
    p.claims = project.claims.filter { members.contains(.claim($0.id)) }
    return p
}

/// The figures at the leaves of a derivation tree.
private func leaves(_ d: Derivation) -> [Derivation] {
    d.children.isEmpty ? [d] : d.children.flatMap(leaves)
}

/// The relations a derivation tree goes through.
private func relations(_ d: Derivation) -> Set<String> {
    var found = Set(d.children.flatMap(relations))
    if case .derived(_, let relation) = d.step { found.insert(relation) }
    return found
}

/// The fact or claim a leaf of a derivation tree stands for.
private func base(of leaf: Derivation, in project: Project) -> Base? {
    guard case .input(_, _, let origin) = leaf.step else { return nil }
    switch origin {
    case .claim(let id, _): return .claim(id)
    case .fact(_, _, let range): return project.facts.firstIndex { $0.range == range }.map(Base.fact)
    case .constant: return nil
    }
}

/// Four quarters of $25B make $100B for 2025, but 2024's $80B grown by 50% makes $120B. No
/// claim or fact names 2025 itself: the contradiction is reachable only through the sum of
/// quarters and the growth relation together.
private let quartersAgainstGrowth = """
    fact x.rev @ 2025Q1 = $25B
    fact x.rev @ 2025Q2 = $25B
    fact x.rev @ 2025Q3 = $25B
    fact x.rev @ 2025Q4 = $25B
    fact x.rev @ 2024 = $80B
    fact x.rev.yoy @ 2025 = 50%
    """

/// Every quantity on the cycle of `quartersAgainstGrowth`, where its conflict may show.
private let quartersAgainstGrowthCycle: Set<String> = [
    "x.rev @ 2025", "x.rev.yoy @ 2025", "x.rev @ 2024",
    "x.rev @ 2025Q1", "x.rev @ 2025Q2", "x.rev @ 2025Q3", "x.rev @ 2025Q4",
]

@Suite struct PropagationTests {
    // MARK: Conflicts through relations

    @Test func aConflictReachableOnlyThroughTwoRelationsIsFound() throws {
        let a = try analyzeInline(ledger(quartersAgainstGrowth))
        #expect(a.analysis.results.isEmpty)
        try #require(a.analysis.conflicts.count == 1, "\(a.analysis.conflicts.map { a.names($0.support) })")
        let conflict = a.analysis.conflicts[0]
        #expect(quartersAgainstGrowthCycle.contains(conflict.label), "\(conflict.label)")
        #expect(conflict.label == conflict.left.label && conflict.label == conflict.right.label)
        // All six facts are needed, and nothing else.
        #expect(Set(conflict.support) == Set((0..<6).map(Base.fact)))
        #expect(!conflict.isArticleOnly)
        // The two sides cannot both be true, and between them they use both relations.
        #expect(conflict.left.value.dimension == conflict.right.value.dimension)
        #expect(!conflict.left.value.interval.meets(conflict.right.value.interval))
        #expect(relations(conflict.left).union(relations(conflict.right)) == ["sum of quarters", "growth (yoy)"])
        // A ledger-only conflict suspects its facts; no one slip explains any of them.
        #expect(conflict.cause == nil)
    }

    @Test func theSupportLeavesOutUnrelatedAndRepeatedFacts() throws {
        let a = try analyzeInline(ledger(quartersAgainstGrowth + """

            fact y.rev @ 2025 = $3B
            fact x.cost @ 2025 = $3B
            fact x.rev @ 2023Q1 = $1B
            fact x.rev.yoy @ 2023 = 7%
            fact x.rev @ 2025Q1 = $25B from t
            """))
        try #require(a.analysis.conflicts.count == 1, "\(a.analysis.conflicts.map { a.names($0.support) })")
        let support = Set(a.analysis.conflicts[0].support)
        for unrelated in ["y.rev @ 2025", "x.cost @ 2025", "x.rev @ 2023Q1", "x.rev.yoy @ 2023"] {
            #expect(!support.contains(try #require(a.fact(unrelated))), "\(unrelated)")
        }
        // The newspaper repeats the report's Q1 figure: one of the two is needed, not both,
        // and the same contradiction is reported once.
        let q1 = try #require(a.fact("x.rev @ 2025Q1"))
        let q1Again = try #require(a.fact("x.rev @ 2025Q1", source: "t"))
        #expect(support.contains(q1) != support.contains(q1Again))
        #expect(support.count == 6)
    }

    /// Minimal: every member is needed. Without any one of them the rest are consistent.
    @Test func everyConflictsSupportIsMinimal() throws {
        // A first half of $50B agrees with the quarters, and gives the year a second path:
        // H1 + Q3 + Q4 is $100B too, without Q1 or Q2.
        let a = try analyzeInline(ledger(quartersAgainstGrowth + """

            fact x.rev @ H1 2025 = $50B
            """))
        #expect(!a.analysis.conflicts.isEmpty)
        for conflict in a.analysis.conflicts {
            let support = Set(conflict.support)
            // The members alone reproduce a conflict.
            #expect(!Engine.analyze(restricted(a.project, to: support)).conflicts.isEmpty)
            for member in support {
                let rest = Engine.analyze(restricted(a.project, to: support.subtracting([member])))
                #expect(rest.conflicts.isEmpty,
                        "\(a.names(conflict.support)) still conflicts without \(a.names([member]))")
            }
        }
    }

    @Test func noReportedSupportContainsAnother() throws {
        let a = try analyzeInline(ledger(quartersAgainstGrowth + """

            fact x.rev @ H1 2025 = $50B
            fact x.rev @ 2025Q1 = $25B from t
            fact x.rev.yoy_multiple @ 2025 = 1.5
            """), """
            claim half
              states x.rev @ H2 2025 = $60B
            """)
        let supports = a.analysis.conflicts.map { Set($0.support) }
        #expect(supports.count >= 2)
        for (i, s) in supports.enumerated() {
            for (j, other) in supports.enumerated() where i != j {
                #expect(!s.isSubset(of: other), "\(a.names(Array(s).sorted())) ⊆ \(a.names(Array(other).sorted()))")
            }
        }
    }

    @Test func theMinimalSetThroughTheHalvesIsFound() throws {
        let a = try analyzeInline(ledger(quartersAgainstGrowth + """

            fact x.rev @ H1 2025 = $50B
            """))
        let supports = Set(a.analysis.conflicts.map { a.names($0.support).sorted() })
        let throughQuarters = ["fact x.rev @ 2024 (s)", "fact x.rev @ 2025Q1 (s)", "fact x.rev @ 2025Q2 (s)",
                               "fact x.rev @ 2025Q3 (s)", "fact x.rev @ 2025Q4 (s)", "fact x.rev.yoy @ 2025 (s)"]
        let throughHalves = ["fact x.rev @ 2024 (s)", "fact x.rev @ 2025Q3 (s)", "fact x.rev @ 2025Q4 (s)",
                             "fact x.rev @ H1 2025 (s)", "fact x.rev.yoy @ 2025 (s)"]
        #expect(supports == [throughQuarters, throughHalves])
    }

    // MARK: Derivation trees

    @Test func eachConflictHasTwoDerivationTreesWithOriginsAtTheLeaves() throws {
        let a = try analyzeInline(ledger(quartersAgainstGrowth + """

            fact x.cost @ 2025 = $40.0B
            fact x.cost @ 2024 = $30.0B
            """), """
            claim cost-growth
              states x.cost.yoy @ 2025 = 50%
            """)
        #expect(a.analysis.conflicts.count == 2)
        for conflict in a.analysis.conflicts {
            var found = Set<Base>()
            for tree in [conflict.left, conflict.right] {
                #expect(tree.label == conflict.label)
                for leaf in leaves(tree) {
                    guard case .input(_, _, let origin) = leaf.step else {
                        Issue.record("a leaf that is not a stated figure: \(leaf.step)")
                        continue
                    }
                    switch origin {
                    case .fact(let source, let grade, _):
                        #expect(source == "s" && grade == .primary)
                    case .claim(let id, _):
                        #expect(id == "cost-growth")
                    case .constant:
                        Issue.record("a constant at a leaf of \(conflict.label)")
                    }
                    if let b = base(of: leaf, in: a.project) { found.insert(b) }
                }
            }
            // The leaves are exactly the conflict's support.
            #expect(found == Set(conflict.support), "\(a.names(Array(found).sorted())) vs \(a.names(conflict.support))")
        }
        let claimConflict = try #require(a.analysis.conflicts.first { $0.support.contains(.claim("cost-growth")) })
        #expect(!claimConflict.isArticleOnly)
        let cost2025 = try #require(a.fact("x.cost @ 2025"))
        let cost2024 = try #require(a.fact("x.cost @ 2024"))
        #expect(Set(claimConflict.support) == [.claim("cost-growth"), cost2025, cost2024])
    }

    // MARK: Termination

    /// Revenue quarter by quarter with growth from each quarter to the next and from each year
    /// to the next, margins defined from income and revenue, and years made of halves and
    /// quarters: every quantity lies on many cycles.
    private static func cyclicLedger(years: Int) -> String {
        var body = """
            metric x.margin
              equals x.income / x.rev
              relation margin

            """
        for year in 2018..<(2018 + years) {
            for quarter in 1...4 {
                let n = (year - 2018) * 4 + quarter
                body += """
                    fact x.rev @ \(year)Q\(quarter) = $\(10 + n)B
                    fact x.rev.qoq @ \(year)Q\(quarter) = 5%
                    fact x.margin @ \(year)Q\(quarter) = 20%

                    """
            }
            body += """
                fact x.rev.yoy @ \(year) = 10%
                fact x.income @ \(year) = $10B
                fact x.income @ H1 \(year) = $5B

                """
        }
        return ledger(body)
    }

    @Test func cyclicRelationsTerminateWithBoundedValues() throws {
        // How long it takes is measured by the benchmarks; here, that it ends and how much it keeps.
        var counts: [Int] = []
        for years in [2, 4] {
            let project = try loadInline(Self.cyclicLedger(years: years), "")
            let analysis = Engine.analyze(project)
            // A link relates at most five quantities (a year and its four quarters), and each
            // quantity keeps a few values besides the figures stated for it.
            let quantityBound = 5 * analysis.linkCount + project.facts.count
            #expect(analysis.valueCount <= 8 * quantityBound, "\(analysis.valueCount) values, \(analysis.linkCount) links")
            #expect(analysis.valueCount >= project.facts.count)
            counts.append(analysis.valueCount)
        }
        // Twice the ledger, about twice the values: no blow-up along the cycles.
        #expect(counts[1] <= 3 * counts[0], "\(counts)")
    }

    // MARK: Whom to blame

    @Test func aLedgerFactAgainstAClaimNamesTheSourceAndTheSlip() throws {
        let a = try analyzeInline(ledger("""
            fact x.ai_run_rate.yoy @ 2026Q1 = 123% from x-8k
            """), """
            claim growth
              quote "up 12% year-over-year"
              states x.ai_run_rate.yoy @ 2026Q1 = 12%
            """)
        try #require(a.analysis.conflicts.count == 1)
        let conflict = a.analysis.conflicts[0]
        #expect(Set(conflict.support) == [.fact(0), .claim("growth")])
        #expect(a.project.facts[0].source == "x-8k")
        // One side is the 8-K's figure, with its source and grade.
        let origins = [conflict.left, conflict.right].flatMap(leaves).map(\.step)
        #expect(origins.contains { step in
            if case .input(_, "123%", .fact(source: "x-8k", grade: .primary, _)) = step { true } else { false }
        })
        #expect(conflict.cause?.member == .claim("growth"))
        #expect(conflict.cause?.slip == .droppedDigit(implied: "123%", printed: "12%"))
        let r = try a.result("growth")
        #expect(r.verdict == .inconsistent)
        #expect(r.checks.contains { $0.basis == .evidence(source: "x-8k", grade: .primary) && $0.verdict == .inconsistent })
        #expect(r.checks.contains { $0.basis == .conflict(0) && $0.verdict == .inconsistent })
        #expect(r.cause == .droppedDigit(implied: "123%", printed: "12%"))
    }

    @Test func aLedgerContradictionThroughGrowthBlamesTheClaimWithTheSlip() throws {
        // $37B against $16.59B a year earlier is growth of 123%; the claim prints 12%.
        let a = try analyzeInline(ledger("""
            fact x.ai_run_rate @ 2026Q1 = $37B/yr from x-8k
            fact x.ai_run_rate @ 2025Q1 = $16.59B/yr from x-8k
            """), """
            claim growth
              states x.ai_run_rate.yoy @ 2026Q1 = 12%
            """)
        try #require(a.analysis.conflicts.count == 1)
        let conflict = a.analysis.conflicts[0]
        #expect(Set(conflict.support) == [.fact(0), .fact(1), .claim("growth")])
        #expect(relations(conflict.left).union(relations(conflict.right)) == ["growth (yoy)"])
        #expect(conflict.cause?.member == .claim("growth"))
        #expect(conflict.cause?.slip == .droppedDigit(implied: "123%", printed: "12%"))
        let r = try a.result("growth")
        #expect(r.verdict == .inconsistent)
        #expect(r.checks.contains { $0.basis == .derived(relation: "growth (yoy)") && $0.verdict == .inconsistent })
        #expect(r.cause == .droppedDigit(implied: "123%", printed: "12%"))
    }

    /// The seed's contradiction among the article's own figures, for a made-up company: $37B,
    /// "up 12%", and $16.59B a year earlier. Only the 12% is blamed: 123% with a digit dropped.
    @Test func anArticleOnlyConflictBlamesTheOneFigureASlipExplains() throws {
        let a = try analyzeInline(ledger(""), """
            claim run-rate
              states x.ai_run_rate @ 2026Q1 = $37B/yr
            claim growth
              states x.ai_run_rate.yoy @ 2026Q1 = 12%
            claim prior-year
              states x.ai_run_rate @ 2025Q1 = $16.59B/yr
            """)
        try #require(a.analysis.conflicts.count == 1)
        let conflict = a.analysis.conflicts[0]
        #expect(conflict.isArticleOnly)
        #expect(Set(conflict.support) == [.claim("run-rate"), .claim("growth"), .claim("prior-year")])
        #expect(conflict.cause?.member == .claim("growth"))
        #expect(conflict.cause?.slip == .droppedDigit(implied: "123%", printed: "12%"))
        // Each member is explained from the other two; only the growth has a slip.
        let explained = conflict.explanations.filter { !$0.slips.isEmpty }.map(\.member)
        #expect(explained == [.claim("growth")])

        let growth = try a.result("growth")
        #expect(growth.verdict == .inconsistent)
        #expect(growth.cause == .droppedDigit(implied: "123%", printed: "12%"))
        #expect(growth.restsOnArticleOnly)
        for id in ["run-rate", "prior-year"] {
            let r = try a.result(id)
            // Not blamed: nothing else checks these figures, so they stay as the article sourced them.
            #expect(r.verdict == .sourced, "\(id)")
            #expect(r.checks.isEmpty, "\(id)")
        }
    }

    @Test func theOthersInAnArticleOnlyConflictStayConsistent() throws {
        // The article's $37B and $16.59B agree with each other (2.23 times); its 12% does not.
        // Formulas over other claims' figures check without adding a relation.
        let a = try analyzeInline(ledger(""), """
            claim run-rate
              states x.ai_run_rate @ 2026Q1 = $37B/yr
              because prior-year * 2.23
            claim growth
              states x.ai_run_rate.yoy @ 2026Q1 = 12%
            claim prior-year
              states x.ai_run_rate @ 2025Q1 = $16.59B/yr
              because run-rate / 2.23
            """)
        try #require(a.analysis.conflicts.count == 1)
        #expect(a.analysis.conflicts[0].cause?.member == .claim("growth"))
        #expect(try a.result("growth").verdict == .inconsistent)
        #expect(try a.result("run-rate").verdict == .consistent)
        #expect(try a.result("prior-year").verdict == .consistent)
    }

    @Test func withNoSingleCauseTheLedgerDecidesWhichClaimIsWrong() throws {
        // $30B a quarter is $10B a month, not $15B; no usual slip turns one into the other.
        let claims = """
            claim quarter
              states x.rev @ 2025Q1 = $30B
            claim monthly
              states x.rev @ 2025Q1 = $15B/month
            """
        let articleOnly = try analyzeInline(ledger(""), claims)
        #expect(articleOnly.analysis.conflicts.count == 1)
        #expect(articleOnly.analysis.conflicts.first?.cause == nil)
        // Nothing tells which is wrong: both are.
        #expect(try articleOnly.result("quarter").verdict == .inconsistent)
        #expect(try articleOnly.result("monthly").verdict == .inconsistent)

        let vouched = try analyzeInline(ledger("""
            fact x.rev @ 2025Q1 = $30B
            """), claims)
        // The ledger vouches for the quarter, so only the monthly figure is wrong.
        #expect(try vouched.result("quarter").verdict == .consistent)
        #expect(try vouched.result("monthly").verdict == .inconsistent)
        for conflict in vouched.analysis.conflicts {
            #expect(conflict.support.contains(.claim("monthly")))
        }
    }
}

