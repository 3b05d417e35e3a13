import RecountCore
import RecountEngine
import RecountModel
import RecountReport
import Testing

/// Nothing passes silently: each name that names nothing, near one that does, is reported with
/// the one meant, and a flow stated with no period is a warning on its claim. Each rule has a
/// case that stays silent, a figure that is really new.
@Suite struct DidYouMeanTests {
    static let ledger = """
        entity riv "Riverton"
          fiscal-year-end 06-30
        source riv-budget "Adopted budget"
          grade primary
        fact riv.public_safety @ FY2026 = $412 million
          source riv-budget
        fact riv.public_safety @ FY2026Q1 = $103 million
          source riv-budget
        """

    /// Resolves the ledger above and a claims file, returning each diagnostic as `code message`.
    private func diagnostics(_ claims: String, ledger: String = ledger) -> [String] {
        resolveInline(ledger, claims).diagnostics.map { "\($0.code) \($0.message)" }
    }

    // MARK: Periods (R414)

    @Test func aCalendarPeriodWhereTheLedgerHasTheFiscalOneIsWarned() {
        #expect(diagnostics("""
            claim year
              states riv.public_safety @ 2026 = $412 million
            claim quarter
              states riv.public_safety @ 2026Q1 = $103 million
            """) == [
            "R414 'riv.public_safety @ 2026' is named nowhere else at that period; did you mean 'riv.public_safety @ FY2026'?",
            "R414 'riv.public_safety @ 2026Q1' is named nowhere else at that period; did you mean 'riv.public_safety @ FY2026Q1'?",
        ])
    }

    @Test func aFiscalPeriodWhereTheLedgerHasTheCalendarOneIsWarned() {
        let ledger = Self.ledger.replacingAll("@ FY2026 ", with: "@ 2026 ")
        #expect(diagnostics("""
            claim year
              states riv.public_safety @ FY2026 = $412 million
            """, ledger: ledger) == [
            "R414 'riv.public_safety @ FY2026' is named nowhere else at that period; did you mean 'riv.public_safety @ 2026'?",
        ])
    }

    @Test func anotherYearOrAPeriodTheLedgerUsesIsSilent() {
        // FY2025 is another year, not a slip; FY2026 is the ledger's own period; 2025Q3 has
        // no fiscal twin in the ledger.
        #expect(diagnostics("""
            claim earlier
              states riv.public_safety @ FY2025 = $400 million
            claim same
              states riv.public_safety @ FY2026 = $412 million
            claim new
              states riv.public_safety @ 2025Q3 = $100 million
            """) == [])
    }

    // MARK: Entities, sources and claim ids

    @Test func anUnknownEntitySourceOrClaimNearADeclaredOneIsSuggested() {
        #expect(diagnostics("""
            claim a
              states rv.public_safety @ FY2026 = $412 million
            claim b
              states riv.public_safety @ FY2026 = $412 million
              source riv-budgt
            claim c
              states riv.total @ FY2026 = $412 million
              because riv.public_safety @ FY2026 + 0 * bb
            """) == [
            "R201 unknown entity 'rv'; did you mean 'riv'?",
            "R202 unknown source 'riv-budgt'; did you mean 'riv-budget'?",
            "R203 unknown claim 'bb'; did you mean 'b'?",
        ])
    }

    @Test func aFactsSourceNearADeclaredOneIsSuggested() {
        let ledger = Self.ledger + "\nfact riv.parks @ FY2026 = $50 million\n  source riv_budget\n"
        #expect(diagnostics("", ledger: ledger) == ["R202 unknown source 'riv_budget'; did you mean 'riv-budget'?"])
    }

    @Test func aClaimIdInAMetricDefinitionMustNameAClaim() {
        let ledger = Self.ledger + "\nmetric riv.total\n  equals riv.public_safety + safty\n"
        #expect(diagnostics("""
            claim safety
              states riv.public_safety @ FY2026 = $412 million
            """, ledger: ledger) == ["R203 unknown claim 'safty'; did you mean 'safety'?"])
    }

    @Test func aNameFarFromEveryDeclaredOneHasNoSuggestion() {
        #expect(diagnostics("""
            claim a
              states acme.revenue @ 2026 = $5
              source press
            """) == ["R201 unknown entity 'acme'", "R202 unknown source 'press'"])
    }

    // MARK: Declared metrics (R415)

    static let declaring = """
        entity riv "Riverton"
          metrics declared
        metric riv.parks "Parks and recreation"
        metric riv.public_safety "Police and fire"
        """

    @Test func anUndeclaredMetricIsAnErrorWithTheNearestDeclaredOne() {
        #expect(diagnostics("""
            claim typo
              states riv.publc_safety @ 2026 = $412 million
            claim growth
              states riv.parkz.yoy @ 2026 = 5%
            claim unknown
              states riv.libraries @ 2026 = $3 million
            """, ledger: Self.declaring) == [
            "R415 'riv.publc_safety' is not a declared metric of 'riv'; did you mean 'riv.public_safety'?",
            "R415 'riv.parkz.yoy' is not a declared metric of 'riv'; did you mean 'riv.parks.yoy'?",
            "R415 'riv.libraries' is not a declared metric of 'riv'",
        ])
    }

    @Test func declaredMetricsAndTheirComparisonsAreAccepted() {
        #expect(diagnostics("""
            claim parks
              states riv.parks @ 2026 = $50 million
            claim growth
              states riv.parks.yoy @ 2026 = 5%
            claim safety
              states riv.public_safety @ 2026 = $412 million
              because riv.parks @ 2026 * 8.24
            """, ledger: Self.declaring) == [])
    }

    @Test func metricsDeclaredTakesOnlyTheWordDeclared() {
        #expect(diagnostics("", ledger: "entity riv \"Riverton\"\n  metrics all\n")
                == ["R101 expected 'declared', found 'all'"])
    }

    @Test func anEntityThatDoesNotDeclareItsMetricsAcceptsAnyName() {
        #expect(diagnostics("""
            claim new
              states riv.libraries @ FY2026 = $3 million
            """) == [])
    }

    // MARK: A flow needs a period (R410)

    @Test func aFlowByNameStatedWithNoPeriodIsAWarningOnItsClaim() throws {
        let a = try analyzeInline("entity dc \"Data centres\"\n", """
            claim per-mw
              states dc.revenue_per_mw = $12/MW
            claim capex
              states dc.ai_capex = $5B
            claim cash
              states dc.free_cash_flow = $1B
            """)
        for (id, quantity) in [("per-mw", "dc.revenue_per_mw"), ("capex", "dc.ai_capex"), ("cash", "dc.free_cash_flow")] {
            let warnings = try a.result(id).warnings.map { "\($0.code) \($0.message)" }
            #expect(warnings == ["R410 '\(quantity)' is a flow, but the figure gives it no period: "
                                 + "neither the quantity nor the unit says over how long"])
        }
        #expect(a.analysis.diagnostics.filter { $0.code == "R410" }.count == 3)
        // The terminal shows the warning under its claim, though the claim is only sourced.
        let audit = Audit(files: [:], project: a.project, results: a.analysis.results, conflicts: a.analysis.conflicts,
                          diagnostics: a.analysis.diagnostics)
        let text = CheckRenderer(style: TerminalStyle(enabled: false)).render(try a.result("per-mw"), in: audit)
        #expect(text.contains("    warning   'dc.revenue_per_mw' is a flow, but the figure gives it no period"))
    }

    @Test func aFlowWithAPeriodARatioOrADeclaredStockIsSilent() throws {
        let a = try analyzeInline("entity dc \"Data centres\"\nmetric dc.cost_base\n  kind stock\n", """
            claim dated
              states dc.revenue @ 2026 = $5B
            claim yearly
              states dc.revenue_per_mw = $12M/MW/yr
            claim share
              states dc.revenue_share = 30%
            claim stock
              states dc.cost_base = $2B
            claim capacity
              states dc.capacity = 30 GW
            """)
        for id in ["dated", "yearly", "share", "stock", "capacity"] {
            #expect(try a.result(id).warnings.isEmpty, "\(id)")
            #expect(try a.result(id).verdict == .sourced)
        }
        #expect(a.analysis.diagnostics.isEmpty)
    }

    @Test func theFlowWordsAreWholeWordsOfTheName() {
        #expect(FlowWords.namesFlow("revenue_per_mw"))
        #expect(FlowWords.namesFlow("operating_income"))
        #expect(FlowWords.namesFlow("cash_flow"))
        #expect(FlowWords.namesFlow("sales.yoy_change"))
        #expect(!FlowWords.namesFlow("cash"))
        #expect(!FlowWords.namesFlow("flow_rate"))
        #expect(!FlowWords.namesFlow("salesforce_seats"))
        #expect(!FlowWords.namesFlow("costco_stores"))
    }
}
