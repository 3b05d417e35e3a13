import RecountCore
import RecountEngine
@testable import RecountModel
import RecountResolver
import RecountSyntax
import Testing

// 52/53-week fiscal years: the dates each rule gives, checked against the fiscal years the
// companies themselves report, and what the engine makes of figures over such years.

private func calendar(_ text: String) throws -> FiscalCalendar {
    try #require(FiscalCalendar(text: text), "'\(text)' is not a fiscal-year-end")
}

private func span(_ period: String, _ calendar: FiscalCalendar) throws -> String {
    try Period.parse(period).get().span(in: calendar).description
}

private func days(_ period: String, _ calendar: FiscalCalendar) throws -> Int {
    let s = try Period.parse(period).get().span(in: calendar)
    return s.end.dayNumber - s.start.dayNumber + 1
}

@Suite struct WeekCalendarTests {
    // MARK: Dates

    @Test func weekdaysOfKnownDates() throws {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.weekday == .thursday)
        #expect(CalendarDate(year: 2025, month: 1, day: 26)?.weekday == .sunday)
        #expect(CalendarDate(year: 2024, month: 2, day: 29)?.weekday == .thursday)
        #expect(CalendarDate(year: 1900, month: 1, day: 1)?.weekday == .monday)
        for n in [-800_000, -1, 0, 1, 19_000, 60_000] {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 2024, month: 2, day: 28)?.adding(days: 2).iso == "2024-03-01")
    }

    /// Nvidia's fiscal year ends on the last Sunday of January; its fiscal 2021 had 53 weeks.
    @Test func lastSundayOfJanuaryLikeNvidia() throws {
        let nvda = try calendar("last Sunday of January")
        #expect(nvda.yearEndMonth == 1 && nvda.weekRule == .last(.sunday))
        #expect(try span("FY2020", nvda) == "2019-01-28..2020-01-26")
        #expect(try span("FY2021", nvda) == "2020-01-27..2021-01-31")
        #expect(try span("FY2022", nvda) == "2021-02-01..2022-01-30")
        #expect(try span("FY2025", nvda) == "2024-01-29..2025-01-26")
        #expect(try days("FY2021", nvda) == 371)
        #expect(try days("FY2022", nvda) == 364)
        // 13-week quarters; the fourth takes the 53rd week.
        #expect(try span("FY2021Q1", nvda) == "2020-01-27..2020-04-26")
        #expect(try span("FY2021Q2", nvda) == "2020-04-27..2020-07-26")
        #expect(try span("Q3 FY2021", nvda) == "2020-07-27..2020-10-25")
        #expect(try span("FY2021Q4", nvda) == "2020-10-26..2021-01-31")
        #expect(try days("FY2021Q4", nvda) == 98)
        #expect(try days("FY2022Q4", nvda) == 91)
        #expect(try span("FY2021H1", nvda) == "2020-01-27..2020-07-26")
        #expect(try span("H2 FY2021", nvda) == "2020-07-27..2021-01-31")
        // Calendar periods ignore the fiscal calendar.
        #expect(try span("2021Q1", nvda) == "2021-01-01..2021-03-31")
    }

    /// Apple's ends on the last Saturday of September: fiscal 2023 had 53 weeks.
    @Test func lastSaturdayOfSeptemberLikeApple() throws {
        let aapl = try calendar("last saturday of september")
        #expect(try span("FY2023", aapl) == "2022-09-25..2023-09-30")
        #expect(try span("FY2024", aapl) == "2023-10-01..2024-09-28")
        #expect(try days("FY2023", aapl) == 371)
        #expect(try days("FY2024", aapl) == 364)
    }

    /// Intel's ends on the last Saturday of December, so a year can end on December 31.
    @Test func lastSaturdayOfDecemberLikeIntel() throws {
        let intc = try calendar("last Saturday of December")
        #expect(try span("FY2021", intc) == "2020-12-27..2021-12-25")
        #expect(try span("FY2022", intc) == "2021-12-26..2022-12-31")
        #expect(intc != .calendarYear)
    }

    /// Costco's ends on the Sunday nearest to August 31, which may fall in September.
    @Test func sundayNearestAugust31LikeCostco() throws {
        let cost = try calendar("Sunday nearest 08-31")
        #expect(cost.yearEndMonth == 8 && cost.weekRule == .nearest(.sunday, day: 31))
        #expect(try span("FY2022", cost) == "2021-08-30..2022-08-28")
        #expect(try span("FY2023", cost) == "2022-08-29..2023-09-03")
        #expect(try span("FY2024", cost) == "2023-09-04..2024-09-01")
        #expect(try days("FY2023", cost) == 371)
    }

    /// The Saturday nearest to January 31, 2024 (a Wednesday) is February 3: the year keeps
    /// the name of its month's year.
    @Test func saturdayNearestJanuary31CrossesIntoFebruary() throws {
        let tgt = try calendar("Saturday nearest 01-31")
        #expect(tgt.end(ofFiscalYear: 2024).iso == "2024-02-03")
        #expect(tgt.end(ofFiscalYear: 2023).iso == "2023-01-28")
        #expect(try span("FY2024", tgt) == "2023-01-29..2024-02-03")
        #expect(try span("FY2025", tgt) == "2024-02-04..2025-02-01")
    }

    /// Target and Home Depot name a fiscal year after the year in which it starts: Home Depot's
    /// fiscal 2024, 53 weeks, ended on Sunday 2 February 2025.
    @Test func yearsNamedAfterTheirStartLikeHomeDepot() throws {
        var hd = try calendar("Sunday nearest 01-31")
        hd.namedAfterStart = true
        #expect(try span("FY2024", hd) == "2024-01-29..2025-02-02")
        #expect(try days("FY2024", hd) == 371)
        #expect(try span("FY2024Q4", hd) == "2024-10-28..2025-02-02")
        var tgt = try calendar("Saturday nearest 01-31")
        tgt.namedAfterStart = true
        #expect(try span("FY2024", tgt) == "2024-02-04..2025-02-01")
        let s = Period.fiscalYear(2024).span(in: tgt)
        #expect(PeriodLabel.text(s, calendar: tgt) == "FY2024")
        // A month-end year too; a year that starts in January keeps its name.
        var january = FiscalCalendar(yearEndMonth: 1)
        january.namedAfterStart = true
        #expect(try span("FY2024", january) == "2024-02-01..2025-01-31")
        #expect(try span("FY2024Q1", january) == "2024-02-01..2024-04-30")
        var december = try calendar("last Saturday of December")
        december.namedAfterStart = true
        #expect(try span("FY2022", december) == "2021-12-26..2022-12-31")
    }

    /// Apple's 53-week fiscal 2023 put its extra week in the first quarter, which ended on
    /// 31 December 2022.
    @Test func anExtraWeekInTheFirstQuarterLikeApple() throws {
        var aapl = try calendar("last Saturday of September")
        aapl.extraWeekInFirstQuarter = true
        #expect(try span("FY2023Q1", aapl) == "2022-09-25..2022-12-31")
        #expect(try span("FY2023Q2", aapl) == "2023-01-01..2023-04-01")
        #expect(try span("FY2023Q3", aapl) == "2023-04-02..2023-07-01")
        #expect(try span("FY2023Q4", aapl) == "2023-07-02..2023-09-30")
        #expect(try span("FY2023H1", aapl) == "2022-09-25..2023-04-01")
        #expect(try span("FY2023H2", aapl) == "2023-04-02..2023-09-30")
        #expect(try days("FY2023Q1", aapl) == 98)
        // A 52-week year has four 13-week quarters either way.
        #expect(try span("FY2024Q1", aapl) == "2023-10-01..2023-12-30")
        #expect(try days("FY2024Q4", aapl) == 91)
    }

    @Test func everyYearIs52Or53WholeWeeksEndingOnItsWeekday() throws {
        for text in ["last Sunday of January", "Saturday nearest 01-31", "last Friday of June", "Thursday nearest 08-31"] {
            let c = try calendar(text)
            var long = 0
            for year in 1990...2040 {
                let d = try days("FY\(year)", c)
                #expect(d == 364 || d == 371, "\(text) FY\(year): \(d) days")
                if d == 371 { long += 1 }
                #expect(c.end(ofFiscalYear: year).weekday == Weekday(name: String(text.split(separator: " ")[text.hasPrefix("last") ? 1 : 0])))
            }
            // A 53rd week every five or six years: 8 or 9 in 51 years.
            #expect((8...10).contains(long), "\(text): \(long) long years")
        }
    }

    @Test func fiscalYearEndForms() {
        #expect(FiscalCalendar(text: "06-30") == FiscalCalendar(yearEndMonth: 6))
        #expect(FiscalCalendar(text: "06-15") == nil, "a month-end year ends on the month's last day")
        #expect(FiscalCalendar(text: "last Funday of January") == nil)
        #expect(FiscalCalendar(text: "last Sunday of Janvier") == nil)
        #expect(FiscalCalendar(text: "last Sunday in January") == nil)
        #expect(FiscalCalendar(text: "Sunday nearest 02-30") == nil)
        #expect(FiscalCalendar(text: "Sunday nearest January 31") == nil)
        #expect(FiscalCalendar(text: "Sunday  nearest   09-30") == FiscalCalendar(yearEndMonth: 9, weekRule: .nearest(.sunday, day: 30)))
    }

    // MARK: Names and comparisons

    @Test func spansAreNamedInTheWeekCalendar() throws {
        let nvda = try calendar("last Sunday of January")
        for period in ["FY2021", "FY2021H1", "FY2021H2", "FY2021Q1", "FY2021Q4", "FY2022Q3"] {
            let s = try Period.parse(period).get().span(in: nvda)
            #expect(PeriodLabel.text(s, calendar: nvda) == period)
            #expect(nvda.part(covering: s) != nil)
        }
        let partial = try #require(CalendarDate(iso: "2020-02-01"))
        #expect(PeriodLabel.text(PeriodSpan(start: partial, end: partial.adding(days: 90)), calendar: nvda)
            == "2020-02-01..2020-05-01")
        #expect(PeriodLabel.text(try Period.parse("2021Q1").get().span(in: nvda), calendar: nvda) == "2021Q1")
    }

    @Test func aYearEarlierIsTheSameFiscalPeriod() throws {
        let nvda = try calendar("last Sunday of January")
        let q1 = try Period.parse("FY2022Q1").get().span(in: nvda)
        #expect(nvda.span(q1, monthsEarlier: 12) == Period.fiscalQuarter(2021, 1).span(in: nvda))
        #expect(nvda.span(q1, monthsEarlier: 3) == Period.fiscalQuarter(2021, 4).span(in: nvda))
        let year = Period.fiscalYear(2022).span(in: nvda)
        #expect(nvda.span(year, monthsEarlier: 12).description == "2020-01-27..2021-01-31")
    }

    // MARK: Resolution

    @Test func theNamingIsDeclaredOnTheEntity() throws {
        let (document, parseDiagnostics) = Parser.parse(SourceFile(path: "t.ledger", text: """
            entity hd "Home Depot"
              fiscal-year-end Sunday nearest 01-31
              fiscal-year-named start
            entity bad "Bad"
              fiscal-year-end 06-30
              fiscal-year-named middle
            entity aapl "Apple"
              fiscal-year-end last Saturday of September
              fiscal-extra-week Q1
            entity msft "Microsoft"
              fiscal-year-end 06-30
              fiscal-extra-week Q1
            """))
        let (project, diagnostics) = Resolver.resolve([document])
        #expect(parseDiagnostics.isEmpty)
        #expect(project.entities["hd"]?.fiscalCalendar?.namedAfterStart == true)
        #expect(project.entities["bad"]?.fiscalCalendar?.namedAfterStart == false)
        #expect(project.entities["aapl"]?.fiscalCalendar?.extraWeekInFirstQuarter == true)
        #expect(diagnostics.map { "\($0.range?.description ?? "-") \($0.code) \($0.message)" }
            == ["t.ledger:6:21 R222 invalid fiscal-year-named 'middle'",
                "t.ledger:12:21 R222 invalid fiscal-extra-week 'Q1'"])
    }

    @Test func theRuleIsReadUpToAComment() throws {
        let (document, parseDiagnostics) = Parser.parse(SourceFile(path: "t.ledger", text: """
            entity nvda "Nvidia"
              fiscal-year-end last Sunday of January   # 52 or 53 weeks
            entity bad "Bad"
              fiscal-year-end last Sunday of Smarch
            """))
        let (project, diagnostics) = Resolver.resolve([document])
        #expect(parseDiagnostics.isEmpty)
        #expect(project.entities["nvda"]?.fiscalCalendar == FiscalCalendar(yearEndMonth: 1, weekRule: .last(.sunday)))
        #expect(diagnostics.map { "\($0.range?.description ?? "-") \($0.code) \($0.message)" }
            == ["t.ledger:4:19 R208 invalid date 'last Sunday of Smarch'"])
    }

    // MARK: Flows over 52/53-week years

    private static let ledger = """
        entity nvda "Nvidia"
          fiscal-year-end last Sunday of January
        source s "Nvidia 10-K"
          grade primary
        fact nvda.revenue @ FY2021 = $16.675B
          source s
        fact nvda.revenue @ FY2020 = $10.918B
          source s
        fact nvda.revenue @ FY2021Q1 = $3.08B
          source s
        fact nvda.revenue @ FY2021Q2 = $3.866B
          source s
        fact nvda.revenue @ FY2021Q3 = $4.726B
          source s

        """

    @Test func aFiftyThreeWeekYearIs371DaysOfFlow() throws {
        let a = try analyzeInline(Self.ledger, """
            claim per-year
              states nvda.revenue @ FY2021 = $16.675B/yr
            claim per-year-by-length
              states nvda.revenue @ FY2021 = $16.41B/yr
            """)
        // $16.675B over 371 days is $16.405B per 365 days: not the same as $16.675B a year.
        #expect(try a.result("per-year").verdict == .inconsistent)
        #expect(try a.result("per-year-by-length").verdict == .consistent)
        let span = try #require(a.project.claims.first?.statedQuantity?.quantity.span)
        #expect(RunRateRelation.years(span).contains(371.0 / 365))
    }

    @Test func quartersSumToTheYearByLength() throws {
        let a = try analyzeInline(Self.ledger, """
            claim fourth-quarter
              states nvda.revenue @ FY2021Q4 = $5.003B
            claim fourth-quarter-by-dates
              states nvda.revenue @ 2020-10-26..2021-01-31 = $5.003B
            claim wrong
              states nvda.revenue @ FY2021Q4 = $4.5B
            """)
        let (relation, check) = try a.derived("fourth-quarter")
        #expect(relation == "sum of quarters")
        #expect(check.verdict == .consistent)
        // $16.675B − $3.08B − $3.866B − $4.726B = $5.003B over 98 days, as a rate per year.
        let amount = (check.derivation?.value.nominal ?? 0) * 98 / 365
        #expect(abs(amount - 5.003e9) < 1e6, "\(amount)")
        #expect(try a.result("fourth-quarter-by-dates").verdict == .consistent)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func halvesSumTheirQuartersAndTheYear() throws {
        let a = try analyzeInline(Self.ledger, """
            claim first-half
              states nvda.revenue @ FY2021H1 = $6.946B
            claim second-half
              states nvda.revenue @ H2 FY2021 = $9.729B
            """)
        #expect(try a.result("first-half").verdict == .consistent)
        #expect(try a.result("second-half").verdict == .consistent)
        #expect(try a.derived("first-half").relation == "sum of quarters")
    }

    @Test func growthComparesTheAmountsOfAFiftyThreeAndAFiftyTwoWeekYear() throws {
        let a = try analyzeInline(Self.ledger, """
            claim growth
              states nvda.revenue.yoy @ FY2021 = 53%
            claim growth-of-rates
              states nvda.revenue.yoy @ FY2021 = 49.8%
            """)
        // 16.675 / 10.918 − 1 = 52.7%, as Nvidia reports; the rates per year grew 49.8%.
        let (relation, check) = try a.derived("growth")
        #expect(relation == "growth (yoy)")
        #expect(abs((check.derivation?.value.nominal ?? 0) - (16.675 / 10.918 - 1)) < 1e-9)
        #expect(check.verdict == .consistent)
        #expect(try a.result("growth-of-rates").verdict == .inconsistent)
    }
}
