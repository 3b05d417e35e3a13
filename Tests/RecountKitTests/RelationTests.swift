import RecountCore
import RecountEngine
import RecountModel
import RecountReport
import Testing

// Each built-in and declared relation, solved for each of its variables in turn. A ledger
// gives all but one quantity of a relation; a claim states the remaining one with no formula,
// so the only way to check it is the value the relation derives from the ledger. The test reads
// that value off the claim's `.derived` check and compares it with the exact arithmetic.
// Round figures are printed to a tenth (`$30.0B`, `50.0%`): a whole `$30B` is rounded at its
// last non-zero digit, [$25B, $35B], too wide for the exact bounds these tests compare.

/// Entities with a June (Microsoft), a May (Oracle) and a calendar fiscal year, and one source.
private let entities = """
    entity msft "Microsoft"
      fiscal-year-end 06-30
    entity orcl "Oracle"
      fiscal-year-end 05-31
    entity x "X"
    entity a "A"
    entity b "B"
    entity all "A and B"
    source s "Test source"
      grade primary

    """

/// A ledger of the entities, declarations written as given, and every `fact` line followed by
/// `source s`.
private func ledger(_ body: String) -> String {
    entities + body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasPrefix("fact ") ? "\(line)\n  source s" : String(line)
    }.joined(separator: "\n") + "\n"
}

/// Whether `value` is within a relative `tolerance` of `expected`.
private func isNear(_ value: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance * max(abs(expected), 1e-12)
}

/// Whether a derived value is `nominal` and spans exactly `[lower, upper]` (up to rounding):
/// the relation is solved soundly and no wider than the printed figures make it.
private func hasValue(_ check: Check, _ nominal: Double, _ lower: Double, _ upper: Double,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    guard let value = check.derivation?.value else {
        Issue.record("no derivation", sourceLocation: sourceLocation)
        return false
    }
    let ok = isNear(value.nominal, nominal) && isNear(value.interval.lower, lower, tolerance: 1e-6)
        && isNear(value.interval.upper, upper, tolerance: 1e-6)
        && value.interval.lower <= lower * (1 + 1e-12) && value.interval.upper >= upper * (1 - 1e-12)
    if !ok {
        Issue.record("derived \(value.nominal) in [\(value.interval.lower), \(value.interval.upper)], expected \(nominal) in [\(lower), \(upper)]",
                     sourceLocation: sourceLocation)
    }
    return ok
}

/// A billion dollars a quarter, as the canonical rate per year in dollars.
private func perQuarter(_ billions: Double) -> Double { billions * 1e9 * 4 }

@Suite struct RelationTests {
    // MARK: Growth

    @Test func growthYearOverYearIsDerivedFromBothYears() throws {
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2026Q3 = $30.0B
            fact msft.rev @ FY2025Q3 = $20.0B
            """), """
            claim growth
              states msft.rev.yoy @ FY2026Q3 = 50.0%
            claim wrong
              states msft.rev.yoy @ FY2026Q3 = 40.0%
            """)
        let (relation, check) = try a.derived("growth")
        #expect(relation == "growth (yoy)")
        #expect(check.verdict == .consistent)
        // [29.95, 30.05] / [19.95, 20.05] − 1
        #expect(hasValue(check, 0.5, 29.95 / 20.05 - 1, 30.05 / 19.95 - 1))
        #expect(check.derivation?.label == "msft.rev.yoy @ FY2026Q3")
        #expect(try a.result("growth").verdict == .consistent)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func growthGivesTheCurrentYearFromThePriorYear() throws {
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2025Q3 = $20.0B
            fact msft.rev.yoy @ FY2026Q3 = 50.0%
            """), """
            claim current
              states msft.rev @ FY2026Q3 = $30.0B
            claim wrong
              states msft.rev @ FY2026Q3 = $25B
            """)
        let (relation, check) = try a.derived("current")
        #expect(relation == "growth (yoy)")
        #expect(check.verdict == .consistent)
        // A quarter's flow is held as a rate per year: [19.95, 20.05] × [1.4995, 1.5005] × 4.
        #expect(hasValue(check, perQuarter(30), perQuarter(19.95 * 1.4995), perQuarter(20.05 * 1.5005)))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func growthGivesThePriorYearFromTheCurrentYear() throws {
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2026Q3 = $30.0B
            fact msft.rev.yoy @ FY2026Q3 = 50.0%
            """), """
            claim prior
              states msft.rev @ FY2025Q3 = $20.0B
            claim wrong
              states msft.rev @ FY2025Q3 = $25B
            """)
        let (relation, check) = try a.derived("prior")
        #expect(relation == "growth (yoy)")
        #expect(check.verdict == .consistent)
        #expect(hasValue(check, perQuarter(20), perQuarter(29.95 / 1.5005), perQuarter(30.05 / 1.4995)))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    /// Microsoft's fiscal year ends in June, so its FY2026Q3 is January–March 2026 and the year
    /// before is FY2025Q3, January–March 2025: the same quarters as the calendar's 2026Q1 and 2025Q1.
    @Test func growthYearOverYearFindsTheFiscalQuarterAYearEarlier() throws {
        let a = try analyzeInline(ledger("""
            fact msft.rev @ 2026Q1 = $30.0B
            fact msft.rev @ 2025Q1 = $20.0B
            """), """
            claim growth
              states msft.rev.yoy @ FY2026Q3 = 50.0%
            """)
        let (relation, check) = try a.derived("growth")
        #expect(relation == "growth (yoy)")
        #expect(hasValue(check, 0.5, 29.95 / 20.05 - 1, 30.05 / 19.95 - 1))
        #expect(check.derivation?.label == "msft.rev.yoy @ FY2026Q3")
    }

    @Test func growthQuarterOverQuarterDerivesTheNextFiscalQuarter() throws {
        // msft FY2025Q3 is calendar 2025Q1; the quarter after it, FY2025Q4, is calendar 2025Q2.
        let a = try analyzeInline(ledger("""
            fact msft.rev @ 2025Q1 = $20.0B
            fact msft.rev.qoq @ FY2025Q4 = 10.0%
            """), """
            claim calendar
              states msft.rev @ 2025Q2 = $22B
            claim fiscal
              states msft.rev @ FY2025Q4 = $22B
            claim same-quarter
              states msft.rev @ FY2025Q3 = $20.0B
            claim wrong
              states msft.rev @ FY2025Q4 = $24B
            """)
        for id in ["calendar", "fiscal"] {
            let (relation, check) = try a.derived(id)
            #expect(relation == "growth (qoq)")
            #expect(check.verdict == .consistent)
            #expect(hasValue(check, perQuarter(22), perQuarter(19.95 * 1.0995), perQuarter(20.05 * 1.1005)))
            // Shown in Microsoft's own calendar whichever way the claim wrote it.
            #expect(check.derivation?.label == "msft.rev @ FY2025Q4")
        }
        // A fact written in the calendar's terms is evidence for the same fiscal quarter.
        let same = try a.result("same-quarter")
        #expect(same.verdict == .consistent)
        #expect(same.checks.map(\.basis) == [.evidence(source: "s", grade: .primary)])
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func growthQuarterOverQuarterIsDerivedFromTwoQuartersAndGivesTheEarlierOne() throws {
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2025Q3 = $20.0B
            fact msft.rev @ 2025Q2 = $22B
            fact msft.cost @ FY2025Q4 = $22B
            fact msft.cost.qoq @ 2025Q2 = 10.0%
            """), """
            claim growth
              states msft.rev.qoq @ FY2025Q4 = 10.0%
            claim earlier
              states msft.cost @ 2025Q1 = $20.0B
            """)
        let (growthRelation, growth) = try a.derived("growth")
        #expect(growthRelation == "growth (qoq)")
        #expect(hasValue(growth, 0.1, 21.5 / 20.05 - 1, 22.5 / 19.95 - 1))
        let (earlierRelation, earlier) = try a.derived("earlier")
        #expect(earlierRelation == "growth (qoq)")
        #expect(hasValue(earlier, perQuarter(20), perQuarter(21.5 / 1.1005), perQuarter(22.5 / 1.0995)))
        #expect(earlier.derivation?.label == "msft.cost @ FY2025Q3")
    }

    /// Quarter over quarter looks back three months and year over year twelve, whatever else
    /// the ledger holds.
    @Test func growthLooksBackExactlyItsOwnDistance() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2025Q4 = $20.0B
            fact x.rev @ 2025Q1 = $50.0B
            fact x.rev.qoq @ 2026Q1 = 10.0%
            fact x.cost @ 2025Q1 = $20.0B
            fact x.cost @ 2025Q4 = $50.0B
            fact x.cost.yoy @ 2026Q1 = 10.0%
            """), """
            claim quarter
              states x.rev @ 2026Q1 = $22B
            claim year
              states x.cost @ 2026Q1 = $22B
            """)
        let (quarterRelation, quarter) = try a.derived("quarter")
        #expect(quarterRelation == "growth (qoq)")
        #expect(isNear(quarter.derivation?.value.nominal, perQuarter(22)))
        #expect(try a.result("quarter").verdict == .consistent)
        let (yearRelation, year) = try a.derived("year")
        #expect(yearRelation == "growth (yoy)")
        #expect(isNear(year.derivation?.value.nominal, perQuarter(22)))
        #expect(try a.result("year").verdict == .consistent)
    }

    // MARK: Multiple and difference

    @Test func multipleYearOverYearInAllThreeDirections() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2026 = $30.0B
            fact x.rev @ 2025 = $20.0B
            fact x.cost @ 2025 = $20.0B
            fact x.cost.yoy_multiple @ 2026 = 1.5
            fact x.capex @ 2026 = $30.0B
            fact x.capex.yoy_multiple @ 2026 = 1.5
            """), """
            claim multiple
              states x.rev.yoy_multiple @ 2026 = 1.5
            claim current
              states x.cost @ 2026 = $30.0B
            claim prior
              states x.capex @ 2025 = $20.0B
            claim wrong
              states x.capex @ 2025 = $15B
            """)
        let (relation, multiple) = try a.derived("multiple")
        #expect(relation == "multiple (yoy_multiple)")
        #expect(hasValue(multiple, 1.5, 29.95 / 20.05, 30.05 / 19.95))
        let current = try a.derived("current").check
        #expect(hasValue(current, 30e9, 19.95e9 * 1.45, 20.05e9 * 1.55))
        let prior = try a.derived("prior").check
        #expect(hasValue(prior, 20e9, 29.95e9 / 1.55, 30.05e9 / 1.45))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func differenceYearOverYearInAllThreeDirections() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2026 = $30.0B
            fact x.rev @ 2025 = $20.0B
            fact x.cost @ 2025 = $20.0B
            fact x.cost.yoy_change @ 2026 = $10.0B
            fact x.capex @ 2026 = $30.0B
            fact x.capex.yoy_change @ 2026 = $10.0B
            """), """
            claim change
              states x.rev.yoy_change @ 2026 = $10.0B
            claim current
              states x.cost @ 2026 = $30.0B
            claim prior
              states x.capex @ 2025 = $20.0B
            claim wrong
              states x.capex @ 2025 = $25B
            """)
        let (relation, change) = try a.derived("change")
        #expect(relation == "difference (yoy_change)")
        #expect(hasValue(change, 10e9, 9.9e9, 10.1e9))
        #expect(hasValue(try a.derived("current").check, 30e9, 29.9e9, 30.1e9))
        #expect(hasValue(try a.derived("prior").check, 20e9, 19.9e9, 20.1e9))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    /// The change of a quarterly flow is a flow too: $10B more in a quarter is $40B a year more.
    @Test func differenceOfAQuarterlyFlowIsARate() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2026Q1 = $30.0B
            fact x.rev @ 2025Q1 = $20.0B
            """), """
            claim amount
              states x.rev.yoy_change @ 2026Q1 = $10.0B
            claim rate
              states x.rev.yoy_change @ 2026Q1 = $40.0B/yr
            claim wrong
              states x.rev.yoy_change @ 2026Q1 = $10.0B/yr
            """)
        #expect(hasValue(try a.derived("amount").check, perQuarter(10), perQuarter(9.9), perQuarter(10.1)))
        #expect(try a.result("amount").verdict == .consistent)
        #expect(try a.result("rate").verdict == .consistent)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    /// DifferenceRelation documents that for a metric in percent the change is in percentage
    /// points: 25% − 20% is 5 pp, and 20% + 5 pp is 25%.
    @Test func differenceOfAPercentMetricIsInPercentagePoints() throws {
        let a = try analyzeInline(ledger("""
            fact x.margin @ 2026 = 25%
            fact x.margin @ 2025 = 20.0%
            fact x.share @ 2025 = 20.0%
            fact x.share.yoy_change @ 2026 = 5pp
            """), """
            claim points
              states x.margin.yoy_change @ 2026 = 5pp
            claim current
              states x.share @ 2026 = 25%
            """)
        let points = try a.result("points")
        let current = try a.result("current")
        #expect(points.verdict == .consistent)
        #expect(current.verdict == .consistent)
    }

    // MARK: Sums of periods

    @Test func aFiscalYearIsTheSumOfItsQuarters() throws {
        // `calendar-year` is the calendar slip R414 warns of, stated on purpose.
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2026Q1 = $10.0B
            fact msft.rev @ FY2026Q2 = $11B
            fact msft.rev @ FY2026Q3 = $12B
            fact msft.rev @ FY2026Q4 = $13B
            """), """
            claim year
              states msft.rev @ FY2026 = $46B
            claim calendar-year
              states msft.rev @ 2026 = $46B
            claim wrong
              states msft.rev @ FY2026 = $50.0B
            """, allowing: ["R414"])
        let (relation, year) = try a.derived("year")
        #expect(relation == "sum of quarters")
        #expect(year.verdict == .consistent)
        // Three quarters ±$0.5B and one printed to a tenth, ±$0.05B.
        #expect(hasValue(year, 46e9, 44.45e9, 47.55e9))
        #expect(year.derivation?.label == "msft.rev @ FY2026")
        // The calendar year 2026 is not Microsoft's fiscal year: half of it is FY2027.
        #expect(try a.result("calendar-year").verdict == .sourced)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func oneOracleQuarterFromTheYearAndTheOtherThree() throws {
        // Oracle's fiscal year ends 31 May: FY2026 is June 2025–May 2026 and its Q3 is
        // December 2025–February 2026. `calendar-q1` is the calendar slip R414 warns of, stated
        // on purpose.
        let a = try analyzeInline(ledger("""
            fact orcl.rev @ FY2026 = $46B
            fact orcl.rev @ FY2026Q1 = $10.0B
            fact orcl.rev @ FY2026Q2 = $11B
            fact orcl.rev @ FY2026Q4 = $13B
            """), """
            claim months
              states orcl.rev @ 2025-12..2026-02 = $12B
            claim fiscal
              states orcl.rev @ FY2026Q3 = $12B
            claim calendar-q1
              states orcl.rev @ 2026Q1 = $12B
            claim wrong
              states orcl.rev @ FY2026Q3 = $15B
            """, allowing: ["R414"])
        for id in ["months", "fiscal"] {
            let (relation, check) = try a.derived(id)
            #expect(relation == "sum of quarters")
            #expect(check.verdict == .consistent)
            // [45.5, 46.5] − [32.95, 35.05], a quarter each: [10.45, 13.55] a quarter.
            #expect(hasValue(check, perQuarter(12), perQuarter(10.45), perQuarter(13.55)))
            #expect(check.derivation?.label == "orcl.rev @ FY2026Q3")
        }
        // January–March is not an Oracle quarter; nothing is known of it.
        #expect(try a.result("calendar-q1").verdict == .sourced)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func oracleFiscalQuarterSpansDecemberToFebruary() {
        let oracle = FiscalCalendar(yearEndMonth: 5)
        let span = Period.fiscalQuarter(2026, 3).span(in: oracle)
        #expect(span.start.iso == "2025-12-01")
        #expect(span.end.iso == "2026-02-28")
        #expect(PeriodLabel.text(span, calendar: oracle) == "FY2026Q3")
    }

    @Test func halvesSumToTheYearAndAHalfFollowsFromTheYear() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ H1 2025 = $40.0B
            fact x.rev @ H2 2025 = $60.0B
            fact x.cost @ 2025 = $100.0B
            fact x.cost @ H1 2025 = $40.0B
            """), """
            claim year
              states x.rev @ 2025 = $100.0B
            claim second-half
              states x.cost @ 2025H2 = $60.0B
            claim wrong
              states x.cost @ 2025H2 = $50.0B
            """)
        let (yearRelation, year) = try a.derived("year")
        #expect(yearRelation == "sum of halves")
        #expect(hasValue(year, 100e9, 99.9e9, 100.1e9))
        let (halfRelation, half) = try a.derived("second-half")
        #expect(halfRelation == "sum of halves")
        // As rates per year: 2 × [99.95, 100.05] − 2 × [39.95, 40.05].
        #expect(hasValue(half, 120e9, 2 * 99.95e9 - 2 * 40.05e9, 2 * 100.05e9 - 2 * 39.95e9))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    /// The fourth quarter takes two steps: the second half from the year and the first half,
    /// then the quarter from the second half and the third quarter.
    @Test func aQuarterFollowsFromTheYearInTwoSteps() throws {
        let a = try analyzeInline(ledger("""
            fact x.cost @ 2025 = $100.0B
            fact x.cost @ H1 2025 = $40.0B
            fact x.cost @ 2025Q3 = $25B
            """), """
            claim last-quarter
              states x.cost @ 2025Q4 = $35B
            """)
        let (relation, quarter) = try a.derived("last-quarter")
        #expect(relation == "sum of quarters")
        #expect(quarter.verdict == .consistent)
        // 2 × (2 × [99.95, 100.05] − 2 × [39.95, 40.05]) − 4 × [24.5, 25.5], per year.
        #expect(hasValue(quarter, perQuarter(35), 2 * (2 * 99.95e9 - 2 * 40.05e9) - perQuarter(25.5),
                         2 * (2 * 100.05e9 - 2 * 39.95e9) - perQuarter(24.5)))
    }

    /// The article's own figure for the second half, even a right one, must not stop the
    /// ledger's value for it from reaching the fourth quarter.
    @Test func anArticlesFigureDoesNotHideTheLedgersEvidence() throws {
        let a = try analyzeInline(ledger("""
            fact x.cost @ 2025 = $100.0B
            fact x.cost @ H1 2025 = $40.0B
            fact x.cost @ 2025Q3 = $25B
            """), """
            claim second-half
              states x.cost @ 2025H2 = $60.0B
            claim last-quarter
              states x.cost @ 2025Q4 = $35B
            """)
        #expect(try a.result("second-half").verdict == .consistent)
        let quarter = try a.result("last-quarter")
        #expect(quarter.verdict == .consistent)
        #expect(quarter.checks.map(\.basis) == [.derived(relation: "sum of quarters")])
    }

    @Test func calendarHalfOfAFiscalYearIsItsFiscalHalf() throws {
        // Microsoft's FY2026H2 is January–June 2026: the calendar's H1 2026.
        let a = try analyzeInline(ledger("""
            fact msft.rev @ FY2026Q3 = $12B
            fact msft.rev @ FY2026Q4 = $13B
            """), """
            claim half
              states msft.rev @ H1 2026 = $25B
            """)
        let (relation, check) = try a.derived("half")
        #expect(relation == "sum of quarters")
        #expect(hasValue(check, 50e9, 48e9, 52e9))
        #expect(check.derivation?.label == "msft.rev @ FY2026H2")
    }

    @Test func stocksAreNotSummedOverPeriods() throws {
        let a = try analyzeInline(ledger("""
            metric x.debt
              kind stock
            fact x.debt @ 2025Q1 = $10.0B
            fact x.debt @ 2025Q2 = $10.0B
            fact x.debt @ 2025Q3 = $10.0B
            fact x.debt @ 2025Q4 = $10.0B
            fact x.rev @ 2025Q1 = $10.0B
            fact x.rev @ 2025Q2 = $10.0B
            fact x.rev @ 2025Q3 = $10.0B
            fact x.rev @ 2025Q4 = $10.0B
            """), """
            claim debt
              states x.debt @ 2025 = $40.0B
            claim revenue
              states x.rev @ 2025 = $40.0B
            """)
        #expect(try a.result("debt").verdict == .sourced)
        #expect(try a.result("revenue").verdict == .consistent)
    }

    // MARK: Run rates

    @Test func aQuarterlyAmountMeetsTheSameFlowStatedAsARate() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2025Q1 = $30.0B
            """), """
            claim per-year
              states x.rev @ 2025Q1 = $120.0B/yr
            claim per-month
              states x.rev @ 2025Q1 = $10.0B/month
            claim per-quarter
              states x.rev @ 2025Q1 = $30.0B/quarter
            claim a-year-as-if-a-quarter
              states x.rev @ 2025Q1 = $30.0B/yr
            claim monthly-from-formula
              states $10.0B/month
              because x.rev @ 2025Q1
            """)
        for id in ["per-year", "per-month", "per-quarter", "monthly-from-formula"] {
            #expect(try a.result(id).verdict == .consistent, "\(id)")
        }
        let wrong = try a.result("a-year-as-if-a-quarter")
        #expect(wrong.verdict == .inconsistent)
        // The article's rates agree with each other: only the wrong one is in a conflict.
        for conflict in a.analysis.conflicts {
            #expect(conflict.support.contains(.claim("a-year-as-if-a-quarter")))
        }
    }

    /// Against a ledger amount for the quarter, a yearly rate with the same digits is the
    /// quarterly amount printed as a year's: a period slip, ÷4.
    @Test func aQuarterlyAmountPrintedAsAYearlyRateIsAPeriodSlip() throws {
        let a = try analyzeInline(ledger("""
            fact x.rev @ 2025Q1 = $30.0B
            """), """
            claim per-year
              states x.rev @ 2025Q1 = $30.0B/yr
            """)
        let r = try a.result("per-year")
        #expect(r.verdict == .inconsistent)
        let evidence = try #require(r.checks.first { $0.basis == .evidence(source: "s", grade: .primary) })
        #expect(evidence.verdict == .inconsistent)
        guard case .period(_, "$30.0B/yr", "÷4")? = evidence.cause else {
            Issue.record("no period slip: \(evidence.slips)")
            return
        }
    }

    @Test func aMonthlyRateMeetsAQuarterlyAmountAmongTheArticlesOwnFigures() throws {
        let a = try analyzeInline(ledger(""), """
            claim quarter
              states x.rev @ 2025Q1 = $30.0B
            claim monthly
              states x.rev @ 2025Q1 = $10.0B/month
            claim annual
              states x.rev @ 2025Q1 = $120.0B/yr
            """)
        #expect(a.analysis.conflicts.isEmpty)
        for r in a.analysis.results { #expect(r.verdict == .sourced, "\(r.claim.id)") }
    }

    @Test func aStockAtADateIsNeverARate() throws {
        let a = try analyzeInline(ledger("""
            metric x.debt
              kind stock
            fact x.debt @ 2025-03-31 = $120.0B
            fact x.debt @ 2025Q1 = $30.0B
            """), """
            claim as-rate
              states x.debt @ 2025-03-31 = $120.0B/yr
            claim as-amount
              states x.debt @ 2025-03-31 = $120.0B
            claim quarter-as-rate
              states x.debt @ 2025Q1 = $120.0B/yr
            claim quarter-as-amount
              states x.debt @ 2025Q1 = $30.0B
            """)
        for id in ["as-rate", "quarter-as-rate"] {
            let r = try a.result(id)
            // Not equal, and not a contradiction either: the dimensions cannot be compared.
            #expect(r.verdict == .undetermined, "\(id)")
            #expect(r.checks.first?.problem?.code == "R401", "\(id)")
            #expect(r.checks.first?.problem?.message.contains("USD/time") == true, "\(id)")
        }
        #expect(try a.result("as-amount").verdict == .consistent)
        #expect(try a.result("quarter-as-amount").verdict == .consistent)
        #expect(a.analysis.conflicts.isEmpty)
    }

    /// Without `kind stock`, an amount at a single day is not a flow either.
    @Test func anAmountAtADateIsNotConverted() throws {
        let a = try analyzeInline(ledger("""
            fact x.cash @ 2025-03-31 = $30.0B
            """), """
            claim as-rate
              states x.cash @ 2025-03-31 = $30.0B/yr
            """)
        #expect(try a.result("as-rate").verdict == .undetermined)
    }

    // MARK: Declared relations

    @Test func aMarginIsDerivedAndSolvedForEitherPart() throws {
        let a = try analyzeInline(ledger("""
            metric x.margin "Operating margin"
              equals x.income / x.revenue
              relation margin
            fact x.income @ 2025 = $20.0B
            fact x.revenue @ 2025 = $80.0B
            fact x.margin @ 2024 = 20.0%
            fact x.revenue @ 2024 = $50.0B
            fact x.margin @ 2023 = 20.0%
            fact x.income @ 2023 = $8B
            """), """
            claim margin
              states x.margin @ 2025 = 25%
            claim income
              states x.income @ 2024 = $10.0B
            claim revenue
              states x.revenue @ 2023 = $40.0B
            claim wrong
              states x.margin @ 2025 = 20.0%
            """)
        let (relation, margin) = try a.derived("margin")
        #expect(relation == "margin")
        #expect(hasValue(margin, 0.25, 19.95 / 80.05, 20.05 / 79.95))
        let (incomeRelation, income) = try a.derived("income")
        #expect(incomeRelation == "margin")
        #expect(hasValue(income, 10e9, 0.1995 * 49.95e9, 0.2005 * 50.05e9))
        let (revenueRelation, revenue) = try a.derived("revenue")
        #expect(revenueRelation == "margin")
        #expect(hasValue(revenue, 40e9, 7.5e9 / 0.2005, 8.5e9 / 0.1995))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func aShareIsDerivedAndGivesThePart() throws {
        let a = try analyzeInline(ledger("""
            metric x.cloud_share
              equals x.cloud / x.revenue
              relation share
            fact x.cloud @ 2025 = $30.0B
            fact x.revenue @ 2025 = $120.0B
            fact x.cloud_share @ 2024 = 25%
            fact x.revenue @ 2024 = $100.0B
            """), """
            claim share
              states x.cloud_share @ 2025 = 25%
            claim part
              states x.cloud @ 2024 = $25B
            """)
        let (relation, share) = try a.derived("share")
        #expect(relation == "share")
        #expect(hasValue(share, 0.25, 29.95 / 120.05, 30.05 / 119.95))
        let (partRelation, part) = try a.derived("part")
        #expect(partRelation == "share")
        #expect(hasValue(part, 25e9, 0.245 * 99.95e9, 0.255 * 100.05e9))
    }

    @Test func aSumOfMetricsGivesTheWholeAndAPart() throws {
        let a = try analyzeInline(ledger("""
            metric all.capex "A's and B's capital expenditure"
              equals a.capex + b.capex
              relation sum
            fact a.capex @ 2025 = $80.0B
            fact b.capex @ 2025 = $60.0B
            fact all.capex @ 2024 = $100.0B
            fact a.capex @ 2024 = $70.0B
            """), """
            claim whole
              states all.capex @ 2025 = $140.0B
            claim part
              states b.capex @ 2024 = $30.0B
            claim wrong
              states b.capex @ 2024 = $40.0B
            """)
        let (relation, whole) = try a.derived("whole")
        #expect(relation == "sum")
        #expect(hasValue(whole, 140e9, 139.9e9, 140.1e9))
        let (partRelation, part) = try a.derived("part")
        #expect(partRelation == "sum")
        #expect(hasValue(part, 30e9, 29.9e9, 30.1e9))
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func aDefinitionWithoutARelationNameIsNamedAfterItsMetric() throws {
        let a = try analyzeInline(ledger("""
            metric x.per_head
              equals x.revenue / x.staff
            fact x.revenue @ 2025 = $100.0B
            fact x.staff @ 2025 = 1000.0
            """), """
            claim per-head
              states x.per_head @ 2025 = $100.0M
            """)
        let (relation, check) = try a.derived("per-head")
        #expect(relation == "definition of x.per_head")
        #expect(check.verdict == .consistent)
    }

    /// A claim's formula may read a quantity that nothing states, only a relation implies.
    @Test func aFormulaReadsAValueOnlyARelationGives() throws {
        let a = try analyzeInline(ledger("""
            metric x.margin
              equals x.income / x.revenue
              relation margin
            fact x.income @ 2025 = $20.0B
            fact x.revenue @ 2025 = $80.0B
            fact x.rev @ 2025Q1 = $25B
            fact x.rev @ 2025Q2 = $25B
            fact x.rev @ 2025Q3 = $25B
            fact x.rev @ 2025Q4 = $25B
            """), """
            claim quarter-margin
              states $50.0B
              because x.margin @ 2025 * $200.0B
            claim yearly
              states $50.0B/month
              because x.rev @ 2025 * 6
            """)
        let margin = try a.result("quarter-margin")
        #expect(margin.verdict == .consistent)
        let input = try #require(margin.checks.first?.derivation?.inputs.first)
        #expect(input.step == .derived(label: "x.margin @ 2025", relation: "margin"))
        let yearly = try a.result("yearly")
        #expect(yearly.verdict == .consistent)
        #expect(yearly.checks.first?.derivation?.inputs.first?.step
            == .derived(label: "x.rev @ 2025", relation: "sum of quarters"))
    }
}


/// The comparison suffixes that the growth, multiple and difference relations read.
@Suite struct ComparisonSuffixTests {
    @Test func aMetricSplitsIntoTheMetricItComparesAndItsSuffix() {
        #expect(ComparisonSuffix.split("ai_run_rate.yoy")?.base == "ai_run_rate")
        #expect(ComparisonSuffix.split("ai_run_rate.yoy")?.suffix == .yoy)
        #expect(ComparisonSuffix.split("revenue.qoq_change")?.suffix == .qoqChange)
        #expect(ComparisonSuffix.split("revenue.yoy_multiple")?.suffix.kind == .multiple)
        #expect(ComparisonSuffix.split("revenue.qoq")?.suffix.months == 3)
        #expect(ComparisonSuffix.split("revenue") == nil)
        #expect(ComparisonSuffix.split("yoy_change") == nil)
        #expect(ComparisonSuffix.split(".yoy") == nil)
    }
}
