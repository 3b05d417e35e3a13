@testable import RecountCore
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

private func span(_ text: String, _ calendar: FiscalCalendar = .calendarYear) throws -> String {
    try Period.parse(text).get().span(in: calendar).description
}

private func resolve(_ text: String, path: String = "t.claims") -> (Project, [Diagnostic]) {
    let (document, parseDiagnostics) = Parser.parse(SourceFile(path: path, text: text))
    let (project, diagnostics) = Resolver.resolve([document])
    return (project, parseDiagnostics + diagnostics)
}

/// `path:line:col code` for each diagnostic.
private func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.range?.description ?? "-") \($0.code)" }
}

@Suite struct PeriodTests {
    // MARK: Parsing

    static let forms: [(String, Period)] = [
        ("2025", .year(2025)),
        ("2025Q1", .quarter(2025, 1)),
        ("Q1 2025", .quarter(2025, 1)),
        ("H1 2025", .half(2025, 1)),
        ("2025H1", .half(2025, 1)),
        ("2025-03", .month(2025, 3)),
        ("FY2025", .fiscalYear(2025)),
        ("FY2025Q3", .fiscalQuarter(2025, 3)),
        ("FY2025H2", .fiscalHalf(2025, 2)),
        ("Q3 FY2025", .fiscalQuarter(2025, 3)),
        ("H2 FY2025", .fiscalHalf(2025, 2)),
        ("2026-05-31", .date(CalendarDate(year: 2026, month: 5, day: 31)!)),
        ("2025..2026", .range(.year(2025), .year(2026))),
        ("FY2025Q1..FY2025Q3", .range(.fiscalQuarter(2025, 1), .fiscalQuarter(2025, 3))),
    ]

    @Test(arguments: forms)
    func parses(_ text: String, _ expected: Period) throws {
        #expect(try Period.parse(text).get() == expected)
    }

    @Test func fiscalness() throws {
        #expect(try Period.parse("FY2025Q3").get().isFiscal)
        #expect(try !Period.parse("2025Q3").get().isFiscal)
        #expect(try Period.parse("2025..FY2026").get().isFiscal)
        #expect(try !Period.parse("2025-05-31").get().isFiscal)
    }

    static let errors: [(String, PeriodError)] = [
        ("2025Q5", .quarterOutOfRange(5)),
        ("Q0 2025", .quarterOutOfRange(0)),
        ("H3 2025", .halfOutOfRange(3)),
        ("FY2025H3", .halfOutOfRange(3)),
        ("2025-02-30", .noSuchDate),
        ("2025-13", .monthOutOfRange(13)),
        ("25Q1", .unrecognised),
        ("2025X1", .unrecognised),
        ("2025Q", .unrecognised),
        ("FYQ3 2025", .unrecognised),
        ("", .unrecognised),
        ("FY", .unrecognised),
        ("2025..2026Q5", .quarterOutOfRange(5)),
    ]

    @Test(arguments: errors)
    func rejects(_ text: String, _ expected: PeriodError) {
        #expect(Period.parse(text) == .failure(expected))
    }

    @Test func errorReasons() {
        #expect(PeriodError.quarterOutOfRange(5).reason == "there is no quarter 5; quarters are Q1 to Q4")
        #expect(PeriodError.halfOutOfRange(3).reason == "there is no half 3; halves are H1 and H2")
        #expect(PeriodError.noSuchDate.reason == "no such date")
    }

    // MARK: Calendar spans

    @Test func calendarSpans() throws {
        #expect(try span("2025") == "2025-01-01..2025-12-31")
        #expect(try span("2025Q1") == "2025-01-01..2025-03-31")
        #expect(try span("2025Q4") == "2025-10-01..2025-12-31")
        #expect(try span("H2 2025") == "2025-07-01..2025-12-31")
        #expect(try span("2025-02") == "2025-02-01..2025-02-28")
        #expect(try span("2024-02") == "2024-02-01..2024-02-29")
        #expect(try span("2026-05-31") == "2026-05-31")
        #expect(try span("2025..2026Q1") == "2025-01-01..2026-03-31")
    }

    @Test func spellingsOfOnePeriodHaveOneSpan() throws {
        #expect(try span("Q3 2025") == span("2025Q3"))
        #expect(try span("H1 2025") == span("2025H1"))
    }

    // MARK: Fiscal calendars

    @Test func juneYearEndLikeMicrosoft() throws {
        let june = FiscalCalendar(yearEndMonth: 6)
        let fiscal = try Period.parse("FY2025Q3").get().span(in: june)
        let calendar = try Period.parse("2025Q1").get().span(in: .calendarYear)
        #expect(fiscal == calendar)
        #expect(fiscal.description == "2025-01-01..2025-03-31")
        #expect(try span("FY2026", june) == "2025-07-01..2026-06-30")
        #expect(try span("FY2026Q1", june) == "2025-07-01..2025-09-30")
        #expect(try span("FY2026Q3", june) == "2026-01-01..2026-03-31")
        #expect(try span("FY2025H2", june) == "2025-01-01..2025-06-30")
        #expect(try span("FY2025..FY2026", june) == "2024-07-01..2026-06-30")
        // Calendar periods ignore the fiscal calendar.
        #expect(try span("2025Q1", june) == "2025-01-01..2025-03-31")
    }

    @Test func mayYearEndLikeOracle() throws {
        let may = FiscalCalendar(yearEndMonth: 5)
        #expect(try span("FY2026Q3", may) == "2025-12-01..2026-02-28")
        #expect(try span("FY2026Q1", may) == "2025-06-01..2025-08-31")
        #expect(try span("FY2026", may) == "2025-06-01..2026-05-31")
        #expect(try span("FY2024Q3", may) == "2023-12-01..2024-02-29")
    }

    @Test func decemberYearEndIsTheCalendarYear() throws {
        let december = FiscalCalendar(yearEndMonth: 12)
        #expect(try Period.parse("FY2025").get().span(in: december) == Period.year(2025).span(in: .calendarYear))
        #expect(try span("FY2025Q3", december) == span("2025Q3"))
        #expect(FiscalCalendar.calendarYear == december)
    }

    @Test func fiscalYearEndFromMonthAndDay() {
        #expect(FiscalCalendar(monthDay: "06-30")?.yearEndMonth == 6)
        #expect(FiscalCalendar(monthDay: "05-31")?.yearEndMonth == 5)
        #expect(FiscalCalendar(monthDay: "12-31")?.yearEndMonth == 12)
        #expect(FiscalCalendar(monthDay: "02-28")?.yearEndMonth == 2)
        #expect(FiscalCalendar(monthDay: "02-29")?.yearEndMonth == 2)
        #expect(FiscalCalendar(monthDay: "06-31") == nil)
        #expect(FiscalCalendar(monthDay: "06-15") == nil, "a fiscal year ends on the last day of a month")
        #expect(FiscalCalendar(monthDay: "6-30") == nil)
        #expect(FiscalCalendar(monthDay: "13-31") == nil)
    }

    // MARK: Resolution

    @Test func fiscalAndCalendarSpellingsAreOneQuantity() throws {
        let (project, diagnostics) = resolve("""
            entity msft "Microsoft"
              fiscal-year-end 06-30
            claim a
              states msft.revenue @ FY2025Q3 = $70B
            claim b
              states msft.revenue @ 2025Q1 = $70B
            """)
        #expect(diagnostics.isEmpty)
        let a = try #require(project.claim("a")?.statedQuantity)
        let b = try #require(project.claim("b")?.statedQuantity)
        #expect(a.quantity == b.quantity)
        #expect(a.quantity.span?.description == "2025-01-01..2025-03-31")
        #expect(a.text == "msft.revenue @ FY2025Q3")
    }

    @Test func fiscalPeriodWithoutFiscalCalendar() {
        let (project, diagnostics) = resolve("""
            entity acme "Acme"
            claim c
              states acme.revenue @ FY2025 = $5B
            """)
        #expect(summary(diagnostics) == ["t.claims:3:25 R207"])
        #expect(diagnostics.first?.message
            == "fiscal period 'FY2025' used for 'acme', which declares no fiscal calendar")
        #expect(diagnostics.first?.hint
            == "add 'fiscal-year-end MM-DD' to entity 'acme', or use a calendar period")
        #expect(project.claims.isEmpty, "a claim with an error is left out")
    }

    @Test func calendarPeriodWithoutFiscalCalendarIsFine() {
        let (project, diagnostics) = resolve("entity acme \"Acme\"\nclaim c\n  states acme.revenue @ H1 2025 = $5B\n")
        #expect(diagnostics.isEmpty)
        #expect(project.claims.first?.statedQuantity?.quantity.span?.description == "2025-01-01..2025-06-30")
    }

    @Test func quarterFiveIsReported() {
        let (_, diagnostics) = resolve("entity acme \"Acme\"\nclaim c\n  states acme.revenue @ 2025Q5 = $5B\n")
        #expect(summary(diagnostics) == ["t.claims:3:25 R206"])
        #expect(diagnostics.first?.message
            == "invalid period '2025Q5': there is no quarter 5; quarters are Q1 to Q4")
    }

    @Test func invalidPeriodInAFormula() {
        let (_, diagnostics) = resolve("""
            entity acme "Acme"
            claim c
              states 1%
              because acme.revenue @ 2025-02-30 / acme.revenue @ 2024
            """)
        #expect(summary(diagnostics) == ["t.claims:4:26 R206"])
        #expect(diagnostics.first?.message == "invalid period '2025-02-30': no such date")
    }

    @Test func aRangeMustNotEndBeforeItStarts() {
        let (_, diagnostics) = resolve("""
            entity acme "Acme"
            claim c
              states acme.revenue @ 2026..2025 = $1B
            """)
        #expect(summary(diagnostics) == ["t.claims:3:25 R206"])
        #expect(diagnostics.first?.message == "invalid period '2026..2025': the range ends before it starts")
    }

    @Test func invalidFiscalYearEnd() {
        let (_, diagnostics) = resolve("entity acme \"Acme\"\n  fiscal-year-end 06-31\n")
        #expect(summary(diagnostics) == ["t.claims:2:19 R208"])
    }

    @Test func unknownEntity() {
        let (project, diagnostics) = resolve("""
            entity msft "Microsoft"
            claim c
              states nvda.revenue @ 2025 = $5B
            """)
        #expect(summary(diagnostics) == ["t.claims:3:10 R201"])
        #expect(diagnostics.first?.message == "unknown entity 'nvda'")
        #expect(project.claims.isEmpty)
    }

    @Test func bothSidesOfAComparisonAreResolved() {
        let (project, diagnostics) = resolve("""
            entity msft "Microsoft"
            claim c
              holds nvda.capex @ 2025 < msft.capex @ 2025Q5 + amzn.capex @ 2025
            """)
        #expect(summary(diagnostics) == ["t.claims:3:9 R201", "t.claims:3:42 R206", "t.claims:3:51 R201"])
        #expect(project.claims.isEmpty)
    }

    @Test func entitiesMayBeDeclaredAfterUse() {
        let (project, diagnostics) = resolve("""
            claim c
              states msft.revenue @ 2025 = $5B
            entity msft "Microsoft"
            """)
        #expect(diagnostics.isEmpty)
        #expect(project.claims.count == 1)
    }

    @Test func duplicateClaimId() {
        let (project, diagnostics) = resolve("""
            entity msft "Microsoft"
            claim c
              states msft.revenue @ 2025 = $5B
            claim c
              states msft.revenue @ 2024 = $4B
            """)
        #expect(summary(diagnostics) == ["t.claims:4:7 R204"])
        #expect(diagnostics.first?.message == "claim 'c' is already defined at t.claims:2:7")
        #expect(project.claims.count == 1, "the first definition is kept")
    }

    @Test func duplicateEntityIdAcrossFiles() {
        let (a, _) = Parser.parse(SourceFile(path: "a.ledger", text: "entity msft \"Microsoft\"\n"))
        let (b, _) = Parser.parse(SourceFile(path: "b.ledger", text: "\nentity msft \"Microsoft Corp\"\n"))
        let (project, diagnostics) = Resolver.resolve([a, b])
        #expect(summary(diagnostics) == ["b.ledger:2:8 R204"])
        #expect(diagnostics.first?.message == "entity 'msft' is already defined at a.ledger:1:8")
        #expect(project.entities["msft"]?.name == "Microsoft")
    }

    @Test func sameIdForDifferentKindsIsAllowed() {
        let (_, diagnostics) = resolve("""
            entity msft "Microsoft"
            claim msft
              states msft.revenue @ 2025 = $5B
            """)
        #expect(diagnostics.isEmpty)
    }
}
