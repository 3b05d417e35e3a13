@testable import RecountExtract
import RecountModel
import Testing

/// The article's own date, which says which quarter a story means when it names one without its
/// year and has named no period in full before (`ArticleDate`).
@Suite struct ArticleDateTests {
    static func period(of figure: String, in text: String) -> String? {
        Extraction.run(text: text, suggest: false).claims.first { $0.expression.figure == figure }?.expression.period
    }

    @Test func datesAreReadInTheirUsualForms() {
        #expect(ArticleDate.first(in: "MARLOW SPRINGS, Colo., Nov. 4, 2026 (Wire) -- Results") == CalendarDate(year: 2026, month: 11, day: 4))
        #expect(ArticleDate.first(in: "LONDON, 3 March 2026 - Results") == CalendarDate(year: 2026, month: 3, day: 3))
        #expect(ArticleDate.first(in: "Published 2026-06-10 by the desk") == CalendarDate(year: 2026, month: 6, day: 10))
        #expect(ArticleDate.first(in: "Revenue rose 4% to $2 billion in 2025.") == nil)
        #expect(ArticleDate.first(in: "February 30, 2026") == nil)
    }

    @Test func aQuarterWithoutItsYearIsTheLatestToHaveEndedOrForAForecastBegun() {
        let november = "Ridgeline Results\n\nDENVER, Nov. 4, 2026 -- Ridgeline reported third-quarter revenue of $1.28 billion. "
            + "For the fourth quarter it forecast revenue of $1.32 billion."
        #expect(Self.period(of: "$1.28 billion", in: november) == "2026Q3")
        #expect(Self.period(of: "$1.32 billion", in: november) == "2026Q4")
        let february = "Harbor Results\n\nBOSTON, February 12, 2026 -- Harbor said fourth-quarter profit was $310 million."
        #expect(Self.period(of: "$310 million", in: february) == "2025Q4")
        let march = CalendarDate(year: 2026, month: 3, day: 14)!
        #expect(ArticleDate.part("Q", 1, before: march, forecast: false) == 2025)
        #expect(ArticleDate.part("Q", 1, before: march, forecast: true) == 2026)
        #expect(ArticleDate.part("H", 2, before: march, forecast: true) == 2025)
        #expect(ArticleDate.part("Q", 5, before: march, forecast: false) == nil)
    }

    @Test func aPeriodTheArticleNamedComesBeforeItsDate() {
        let text = "Gulf Results\n\nABU DHABI, March 14, 2026 -- Net profit for 2025 rose to Dh2.4 billion. "
            + "Net profit was Dh560 million in the first quarter."
        #expect(Self.period(of: "Dh560 million", in: text) == "2025Q1")
    }

    @Test func withoutADateAQuarterWithoutItsYearNamesNone() {
        #expect(Self.period(of: "$1.28 billion", in: "Ridgeline reported third-quarter revenue of $1.28 billion.") == nil)
    }

    @Test func theDayOfAnAbbreviatedMonthIsNoFigure() {
        let claims = Extraction.run(text: "DENVER, Nov. 4, 2026 -- Ridgeline paid 31 cents on Jan. 15.", suggest: false).claims
        #expect(!claims.contains { ["4", "15"].contains($0.expression.figure) }, "\(claims.map(\.expression.figure))")
    }
}
