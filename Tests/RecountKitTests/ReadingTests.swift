import RecountCore
import RecountEngine
import RecountModel
import RecountReport
import RecountResolver
import RecountSyntax
import Testing

// A claim that can fairly be read more than one way carries a `reading` for each. Every
// reading is checked on its own and reported; the claim takes the most favourable verdict,
// since an article is not faulted for a sentence that has a true reading.

/// A power price of $12 million per megawatt per year, and a data-centre capacity of 30 GW.
private let powerLedger = """
    entity x "X"
    source s "X's annual report"
      grade primary

    fact x.price @ 2025 = $12M/MW/yr
      source s
    fact x.capacity @ 2025 = 30 GW
      source s

    """

private func load(_ claims: String, ledger: String = powerLedger) -> (Project, [Diagnostic]) {
    var documents: [Syntax.Document] = []
    var diagnostics: [Diagnostic] = []
    for (path, text) in [("Evidence/x.ledger", ledger), ("Claims/t.claims", "article t \"Test\"\n" + claims)] {
        let (document, found) = Parser.parse(SourceFile(path: path, text: text))
        documents.append(document)
        diagnostics += found
    }
    let (project, found) = Resolver.resolve(documents)
    return (project, diagnostics + found)
}

private func analyze(_ claims: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Engine.Analysis {
    let (project, diagnostics) = load(claims)
    try #require(diagnostics.isEmpty, "\(diagnostics.map { "\($0.code) \($0.message)" })",
                 sourceLocation: sourceLocation)
    return Engine.analyze(project)
}

private func result(_ id: String, in analysis: Engine.Analysis,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ClaimResult {
    try #require(analysis.results.first { $0.claim.id == id }, "no claim '\(id)'", sourceLocation: sourceLocation)
}

/// The seed's "$12 per megawatt": read literally it is dollars per megawatt, which a price per
/// megawatt per year cannot be compared with; read as "$12 million per MW per year" it matches.
private let perMegawatt = """
    claim per-mw
      quote "$12 per megawatt"
      reading literal
        states $12/MW
        because x.price @ 2025
        note "as printed: dollars per megawatt"
      reading annual
        states $12M/MW/yr
        because x.price @ 2025
        note "$12 million per MW per year"
    """

/// Readings that come out each way, to combine.
private let readingBodies: [Verdict: String] = [
    .consistent: "states $12M/MW/yr\n    because x.price @ 2025",
    .approximate: "states about $12.8M/MW/yr\n    because x.price @ 2025",
    .sourced: "states x.other @ 2025 = $5B",
    .undetermined: "states $12/MW\n    because x.price @ 2025",
    .inconsistent: "states $20M/MW/yr\n    because x.price @ 2025",
]

@Suite struct ReadingTests {
    @Test func eachReadingIsCheckedAndReported() throws {
        let analysis = try analyze(perMegawatt)
        let r = try result("per-mw", in: analysis)
        #expect(r.readings.map(\.id) == ["literal", "annual"])
        #expect(r.readings.map(\.verdict) == [.undetermined, .consistent])
        // The claim has no proposition of its own: only its readings are checked.
        #expect(r.checks.isEmpty)

        let literal = try #require(r.readings.first?.checks.first)
        #expect(literal.basis == .formula)
        #expect(literal.verdict == .undetermined)
        let problem = try #require(literal.problem)
        #expect(problem.code == "R421")
        #expect(problem.message.contains("USD/power") && problem.message.contains("USD/(power·time)"), "\(problem.message)")
        // The problem points at the reading's figure, and is reported with the run's diagnostics.
        #expect(problem.range?.start.line == 5)
        #expect(analysis.diagnostics.map(\.code) == ["R421"])

        let annual = try #require(r.readings.last?.checks.first)
        #expect(annual.verdict == .consistent)
        #expect(annual.derivation?.label == "x.price @ 2025")
    }

    @Test func theClaimTakesItsMostFavourableReadingsVerdict() throws {
        let analysis = try analyze(perMegawatt)
        #expect(try result("per-mw", in: analysis).verdict == .consistent)
    }

    /// The order of preference among readings that could be checked: consistent, approximate,
    /// inconsistent; a reading nobody can check clears nothing, so sourced and undetermined
    /// count only when no reading could be checked.
    @Test(arguments: [
        ([Verdict.inconsistent, .consistent], Verdict.consistent),
        ([.inconsistent, .approximate], .approximate),
        ([.undetermined, .approximate], .approximate),
        ([.inconsistent, .sourced], .inconsistent),
        ([.undetermined, .sourced], .sourced),
        ([.inconsistent, .undetermined], .inconsistent),
        ([.inconsistent, .inconsistent], .inconsistent),
        ([.undetermined, .inconsistent, .approximate], .approximate),
    ])
    func theVerdictIsTheBestCheckedReadingInTheOrderConsistentApproximateInconsistentSourcedUndetermined(
        _ readings: [Verdict], _ expected: Verdict
    ) throws {
        var claim = "claim ambiguous\n"
        for (i, verdict) in readings.enumerated() {
            claim += "  reading r\(i)\n    \(try #require(readingBodies[verdict]))\n"
        }
        let r = try result("ambiguous", in: try analyze(claim))
        #expect(r.readings.map(\.verdict) == readings)
        #expect(r.verdict == expected)
    }

    @Test func theClaimsOwnPropositionCountsAsOneMoreReading() throws {
        let analysis = try analyze("""
            claim wrong-but-fair
              states $20M/MW/yr
              because x.price @ 2025
              reading per-year
                states $12M/MW/yr
                because x.price @ 2025
            claim right-with-odd-reading
              states $12M/MW/yr
              because x.price @ 2025
              reading literal
                states $12/MW
                because x.price @ 2025
            claim all-wrong
              states $20M/MW/yr
              because x.price @ 2025
              reading literal
                states $15M/MW/yr
                because x.price @ 2025
            """)
        let fair = try result("wrong-but-fair", in: analysis)
        #expect(fair.checks.map(\.verdict) == [.inconsistent])
        #expect(fair.readings.map(\.id) == ["per-year"])
        #expect(fair.verdict == .consistent)
        #expect(try result("right-with-odd-reading", in: analysis).verdict == .consistent)
        #expect(try result("all-wrong", in: analysis).verdict == .inconsistent)
    }

    @Test func aReadingMayStateAQuantityOrHoldAComparison() throws {
        let analysis = try analyze("""
            claim revenue
              reading per-gigawatt
                holds x.price @ 2025 * x.capacity @ 2025 = $360B/yr
              reading named
                states x.price @ 2025 = $12/W/yr
            """)
        let r = try result("revenue", in: analysis)
        #expect(r.readings.map(\.verdict) == [.consistent, .consistent])
        #expect(r.readings.first?.checks.first?.basis == .comparison(.equal))
        #expect(r.readings.last?.checks.first?.basis == .evidence(source: "s", grade: .primary))
        #expect(r.verdict == .consistent)
    }

    // MARK: Parsing and resolving

    @Test func aReadingBlockIsParsedWithItsAttributes() throws {
        let (document, diagnostics) = Parser.parse(SourceFile(path: "Claims/t.claims", text: perMegawatt))
        #expect(diagnostics.isEmpty)
        guard case .claim(let claim)? = document.declarations.first else {
            Issue.record("no claim in \(document.declarations)")
            return
        }
        #expect(claim.proposition == nil)
        #expect(claim.quote?.value == "$12 per megawatt")
        #expect(claim.readings.map(\.id.name) == ["literal", "annual"])
        let literal = try #require(claim.readings.first)
        guard case .states(nil, let value)? = literal.proposition else {
            Issue.record("literal reading: \(String(describing: literal.proposition))")
            return
        }
        #expect(value.figure.text == "$12/MW")
        guard case .quantity(let q)? = literal.because else {
            Issue.record("literal because: \(String(describing: literal.because))")
            return
        }
        #expect(q.name.name == "x.price")
        #expect(q.period?.name == "2025")
        #expect(literal.notes.map(\.value) == ["as printed: dollars per megawatt"])
        #expect(literal.range.start.line == 3)
        #expect(claim.readings.last?.notes.map(\.value) == ["$12 million per MW per year"])
    }

    @Test func aResolvedReadingKeepsItsFigureFormulaAndNotes() throws {
        let (project, diagnostics) = load(perMegawatt)
        #expect(diagnostics.isEmpty)
        let claim = try #require(project.claim("per-mw"))
        #expect(claim.proposition == nil)
        #expect(claim.readings.map(\.id) == ["literal", "annual"])
        let annual = try #require(claim.readings.last)
        guard case .states(nil, let stated) = annual.proposition else {
            Issue.record("annual reading: \(annual.proposition)")
            return
        }
        #expect(stated.text == "$12M/MW/yr")
        #expect(stated.asserted.dimension == .currency("USD") / .power / .time)
        #expect(annual.because != nil)
        #expect(annual.notes == ["$12 million per MW per year"])
    }

    @Test func aDuplicateReadingIdIsReported() throws {
        let (project, diagnostics) = load("""
            claim twice
              reading a
                states $12M/MW/yr
                because x.price @ 2025
              reading a
                states $12/MW
                because x.price @ 2025
            """)
        #expect(diagnostics.map(\.code) == ["R204"])
        let duplicate = try #require(diagnostics.first)
        #expect(duplicate.severity == .error)
        #expect(duplicate.message.contains("reading 'a'"), "\(duplicate.message)")
        #expect(duplicate.range?.start.line == 6)
        // The first reading is kept.
        #expect(project.claim("twice")?.readings.count == 1)
    }

    @Test func aReadingWithoutAPropositionIsReported() {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "Claims/t.claims", text: """
            claim empty
              reading a
                note "nothing to check"
            """))
        #expect(diagnostics.map(\.code) == ["R103"])
        #expect(diagnostics.first?.message.contains("reading 'a'") == true)
    }
}
