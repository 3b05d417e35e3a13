import RecountModel
import Testing

/// Periods and metrics as readers write them, for the prose of published reports.
@Suite struct ReaderLabelTests {
    let microsoft = FiscalCalendar(yearEndMonth: 6)

    func reading(_ text: String, _ calendar: FiscalCalendar? = nil) throws -> String {
        guard case .success(let period) = Period.parse(text) else {
            Issue.record("'\(text)' is not a period")
            return ""
        }
        return PeriodReading.text(period.span(in: calendar ?? .calendarYear), calendar: calendar)
    }

    @Test func fiscalPeriodsAreNamedByTheMonthTheyEndIn() throws {
        #expect(try reading("FY2025Q3", microsoft) == "the quarter to March 2025")
        #expect(try reading("FY2026Q1", microsoft) == "the quarter to September 2025")
        #expect(try reading("FY2026H1", microsoft) == "the half-year to December 2025")
        #expect(try reading("FY2026", microsoft) == "fiscal 2026")
    }

    @Test func aFiscalYearOfWeeksKeepsItsName() throws {
        let nvidia = try #require(FiscalCalendar(text: "last Sunday of January"))
        #expect(try reading("FY2025", nvidia) == "fiscal 2025")
    }

    @Test func calendarPeriodsUseTheirOrdinaryNames() throws {
        #expect(try reading("2025") == "2025")
        #expect(try reading("2025Q1") == "the first quarter of 2025")
        #expect(try reading("Q4 2025") == "the fourth quarter of 2025")
        #expect(try reading("H2 2025") == "the second half of 2025")
        #expect(try reading("2025-03") == "March 2025")
        #expect(try reading("2026-05-31") == "31 May 2026")
        #expect(try reading("2025..2026") == "2025–2026")
        #expect(try reading("2025-02..2025-04") == "February 2025 to April 2025")
        #expect(try reading("2025-02-03..2025-02-10") == "3 February 2025 to 10 February 2025")
    }

    @Test func aCalendarPeriodOfAnEntityWithAFiscalYearReadsAsItsFiscalPart() throws {
        // April–June 2025 is Microsoft's FY2025Q4, so it is named by the month it ends in.
        #expect(try reading("2025Q2", microsoft) == "the quarter to June 2025")
        #expect(try reading("2025", microsoft) == "2025")
    }

    @Test func chartsGetAShortForm() throws {
        func short(_ text: String, _ calendar: FiscalCalendar? = nil) throws -> String {
            guard case .success(let period) = Period.parse(text) else { return "" }
            return PeriodReading.short(period.span(in: calendar ?? .calendarYear), calendar: calendar)
        }
        #expect(try short("FY2025Q3", microsoft) == "Jan–Mar 2025")
        #expect(try short("FY2026H1", microsoft) == "Jul–Dec 2025")
        #expect(try short("FY2026", microsoft) == "fiscal 2026")
        #expect(try short("2025-11..2026-01") == "Nov 2025–Jan 2026")
        #expect(try short("2025-03") == "Mar 2025")
        #expect(try short("2025") == "2025")
        #expect(try short("2025..2026") == "2025–2026")
        #expect(try short("2026-05-31") == "31 May 2026")
    }

    @Test func aSentenceGetsThePrepositionItNeeds() throws {
        let day = Period.date(try #require(CalendarDate(iso: "2026-05-31"))).span(in: .calendarYear)
        #expect(PeriodReading.phrase(day, calendar: nil) == "on 31 May 2026")
        #expect(PeriodReading.phrase(Period.fiscalYear(2026).span(in: microsoft), calendar: microsoft) == "in fiscal 2026")
    }

    @Test func metricsReadByTitleOrByARuleOnTheirName() {
        let titles = ["ai_run_rate": "AI revenue run rate", "capex": "capital expenditure",
                      "blackwell_sales": "Blackwell sales"]
        func label(_ metric: String) -> String { MetricReading.text(metric) { titles[$0] } }
        #expect(label("ai_run_rate") == "AI revenue run rate")
        #expect(label("capex") == "capital expenditure")
        #expect(label("blackwell_sales") == "Blackwell sales", "a title is used as written")
        #expect(label("lease_commitments") == "lease commitments")
        #expect(label("fcf_trailing") == "FCF trailing")
        #expect(label("rpo") == "RPO")
        #expect(label("ai_run_rate.yoy") == "year-on-year growth of AI revenue run rate")
        #expect(label("revenue.qoq_change") == "quarter-on-quarter change in revenue")
        #expect(MetricReading.text("GitHub_seats") { _ in nil } == "GitHub seats")
    }
}
