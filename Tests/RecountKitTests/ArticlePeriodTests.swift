@testable import RecountExtract
import Testing

/// Periods a sentence names only relative to one it does not name ("in the first quarter",
/// "in the second", "for the full year"), completed from the period the article established
/// before it; and periods opened by a quotation or a colon.
@Suite struct ArticlePeriodTests {
    static func periods(_ text: String) -> [String: String] {
        var periods: [String: String] = [:]
        for claim in Extraction.run(text: text, suggest: false).claims {
            periods[claim.expression.text] = claim.expression.period ?? "none"
        }
        return periods
    }

    /// A results piece: the year in the first paragraph, the quarters listed later with their
    /// ordinals only.
    @Test func quartersListedLaterTakeTheYearTheArticleReports() {
        let p = Self.periods("""
            Harlow Water lifts profit

            Harlow Water said net profit for 2025 rose to £240 million. That was up 6% from £226 million a year earlier.

            The company has 2.1 million customers.

            Profit was £50 million in the first quarter, £55 million in the second, £60 million in the third and £75 million in the fourth, against the £240 million reported for the full year.
            """)
        #expect(p["£240 million"] == "2025")
        #expect(p["£50 million"] == "2025Q1")
        #expect(p["£55 million"] == "2025Q2")
        #expect(p["£60 million"] == "2025Q3")
        #expect(p["£75 million"] == "2025Q4")
        // "a year earlier" moves back from the article's year; the change is not dated by its base.
        #expect(p["£226 million"] == "2024")
        #expect(p["6%"] == "none")
        // A figure with no period words takes none from the article.
        #expect(p["2.1 million"] == "none")
    }

    /// The dateline's year is when the article was written, not what it reports: it dates no
    /// figure, and "for the full year" takes the year of the sentence's quarter, which the date
    /// gives as the latest first quarter to have ended by it (`ArticleDate`).
    @Test func aDatelineYearIsNoContext() {
        let p = Self.periods("""
            Abu Dhabi — March 14, 2026

            Profit was Dh560 million in the first quarter and Dh2.4 billion for the full year.
            """)
        #expect(p["Dh560 million"] == "2025Q1")
        #expect(p["Dh2.4 billion"] == "2025")
        #expect(Self.periods("Abu Dhabi — March 14, 2026\n\nProfit was Dh2.4 billion for the full year.")["Dh2.4 billion"] == "none")
    }

    /// A dateline year that is not the reporting year, with the reporting year named later: the
    /// reporting year wins.
    @Test func theReportingYearNotTheDatelineYearDatesTheQuarters() {
        let p = Self.periods("""
            LONDON, January 23, 2026 — Ferris Retail said sales in 2025 reached £3.2 billion.

            Sales in the fourth quarter were £1.1 billion.
            """)
        #expect(p["£3.2 billion"] == "2025")
        #expect(p["£1.1 billion"] == "2025Q4")
    }

    /// The nearest earlier period wins, and a sentence's own period always comes first.
    @Test func theNearestEarlierPeriodWinsAndTheSentencesOwnFirst() {
        let p = Self.periods("""
            In fiscal 2024 the miner earned A$1.6 billion. In fiscal 2025 it earned A$1.9 billion.

            It earned A$600 million in the fourth quarter. In 2023 it had earned A$300 million in the first quarter.
            """)
        #expect(p["A$600 million"] == "FY2025Q4")
        #expect(p["A$300 million"] == "2023Q1")
    }

    /// What dates no figure is no context: a year in a sentence without a figure of it, a year
    /// after `by`, a month, a period completed from another.
    @Test func yearsThatDateNoFigureAreNoContext() {
        let p = Self.periods("""
            The company, founded in 1998, has grown fast. It aims for $9 billion of sales by 2030. It said in January 2026 that sales rose to $4 billion.

            Sales were $1.2 billion in the second quarter.
            """)
        #expect(p["$9 billion"] == "2030")
        #expect(p["$1.2 billion"] == "none")
    }

    @Test func theListsOrdinalsNameItsParts() {
        let mentions = PeriodWords.all(in: SentenceTokens("Sales were $2 billion in the first half of 2025 and $2.4 billion in the second."))
        #expect(mentions.map(\.period) == ["2025H1", "H2 2025"])
        // Without an ordinal part before it, "the second" names nothing; nor with its noun said.
        #expect(PeriodWords.all(in: SentenceTokens("It was the second, after Vale.")).isEmpty)
        #expect(PeriodWords.all(in: SentenceTokens("In the first quarter it was the second largest.")).count == 1)
    }

    @Test func forTheFullYearIsTheYearOfTheQuarterBesideIt() {
        #expect(RelativePeriod.apply(.same(.year), to: "2025Q4") == "2025")
        #expect(RelativePeriod.apply(.same(.year), to: "FY2026H1") == "FY2026")
        #expect(NumericScanner.scan("Q4 2025 profit was $70 million, and $250 million for the full year.")
            .map { $0.period ?? "none" } == ["2025Q4", "2025"])
    }

    /// A Chinese results piece: the year in the first sentence, the quarter in the next.
    @Test func aChineseQuarterWithoutItsYearTakesTheArticles() {
        let p = Self.periods("港灣電訊2025年全年營收達1200億港元。第四季營收為350億港元，第4季度純利為80億港元。")
        #expect(p["1200億港元"] == "2025")
        #expect(p["350億港元"] == "2025Q4")
        #expect(p["80億港元"] == "2025Q4")
        // Named with its year, the quarter is the sentence's own.
        #expect(NumericScanner.scan("2024年第三季度營收為300億港元。").first?.period == "2024Q3")
    }

    /// A quotation or the words after a colon open a statement of their own.
    @Test func aPeriodOpeningAQuotationSpeaksForItsFigures() {
        let scanned = NumericScanner.scan("The release summed up the year: 「2025年の売上高は1兆2300億円、うち免税売上高は3120億円だった。")
        #expect(scanned.map { $0.period ?? "none" } == ["2025", "2025"])
        let english = NumericScanner.scan("The chairman said: “In 2025 we earned $3 billion, and paid $1 billion in dividends.”")
        #expect(english.map { $0.period ?? "none" } == ["2025", "2025"])
        // Not a period written after a figure in another clause.
        #expect(NumericScanner.scan("It said: sales were $5 billion, against 2024's $4 billion.").first?.period == nil)
    }
}
