@testable import RecountExtract
import Testing

/// The rules that keep `extract --suggest` from offering coincidences, each shown on a short
/// article of its own: once where the rule holds a suggestion back, and once where the same
/// arithmetic, with the words or figures that make it the writer's, is offered.
@Suite struct DiscoveryPrecisionTests {
    /// The arithmetic of every suggestion for `text`.
    static func offered(_ text: String) -> [String] {
        Extraction.run(text: text, suggest: true).suggestions.map(\.arithmetic)
    }

    @Test func aGrowthRateIsReadOnlyFromTheSentenceOfTheFigureItDerives() {
        let elsewhere = Self.offered("Revenue rose 10% to $5.5 billion. Its frozen division grew 14% to $1.2 billion. "
            + "Profit was $1.1 billion, against $1.0 billion a year before.")
        #expect(!elsewhere.contains { $0.contains("(1 + 14%)") || $0.contains("(1 + 10%)") }, "\(elsewhere)")
        #expect(Self.offered("Profit rose 10% to $1.1 billion from $1.0 billion.")
            .contains("$1.1 billion ÷ (1 + 10%) = $1 billion"))
    }

    @Test func aNearMissYieldsToAReproductionOfTheSameFigure() {
        let both = Self.offered("Three deals raised $60 billion, of which Jinhai raised $32 billion and Lanting "
            + "$18.5 billion, or 57.1% of the $105 billion total.")
        #expect(both.contains("$60 billion ÷ $105 billion = 57.14%"))
        #expect(!both.contains("$18.5 billion ÷ $32 billion = 57.81%"))
        #expect(Self.offered("Lanting raised $18.5 billion against Jinhai's $32 billion, or 57.1% of it.")
            .contains("$18.5 billion ÷ $32 billion = 57.81%"))
    }

    @Test func aPartIsNotTheSumOfItsSiblings() {
        let parts = Self.offered("The council's three departments do not add up: parks at $20 million, roads at "
            + "$30 million and libraries at $50 million come to less than the $110 million total.")
        #expect(parts == ["$20 million + $30 million + $50 million = $100 million"])
    }

    @Test func aQuarterTimesFourIsNotOfferedForTheSumOfTheQuarters() {
        let quarters = Self.offered("Kestrel Air reported net income of $300 million in the first quarter, $310 million "
            + "in the second, $290 million in the third and $300 million in the fourth, a total of $1.2 billion for the year.")
        #expect(quarters == ["$300 million + $310 million + $290 million + $300 million = $1.2 billion"])
    }

    @Test func aNamedQuarterIsAQuartersAmountForARunRate() {
        #expect(Self.offered("In the fourth quarter alone the line took $51 million, implying an annual run rate of $240 million.")
            == ["$51 million × 4 = $204 million/yr"])
    }

    @Test func partsLieWithinTheTotalsPeriod() {
        let table = Extraction.run(article: ArticleMarkup.read("""
            **Spending by line ($ millions)**

            | Line | FY2026 | FY2027 |
            |---|---:|---:|
            | Schools | 830.0 | 867.4 |
            | Roads | 45.0 | 44.6 |
            | **Total** | **875.0** | **912.0** |
            """, path: "budget.md"), suggest: true).suggestions.map(\.arithmetic).sorted()
        #expect(table == ["830.0 + 45.0 = 875.0", "867.4 + 44.6 = 912.0"])
    }

    @Test func anAnnouncedMissTakesAnOperandFromItsOwnSentence() {
        let miss = "SAR 3.1 billion ÷ SAR 3.5 billion = 88.57%"
        #expect(!Self.offered("Revenue was SAR 3.5 billion, against SAR 3.1 billion. Users reached 14.6 million, "
            + "meaning 28.1% of the base.").contains(miss))
        #expect(Self.offered("Revenue was SAR 3.5 billion, against SAR 3.1 billion. That means the unit's share reached 28.1%.")
            .contains(miss))
    }

    @Test func aRoundFigureIsReproducedOnlyWithinItsLastDigit() {
        #expect(Self.offered("Kitahama took in $296 million and made $41.8 million, or 10% of its sales.").isEmpty)
        #expect(Self.offered("Kitahama took in $418 million and made $41.8 million, or 10% of its sales.")
            == ["$41.8 million ÷ $418 million = 10%"])
    }

    @Test func aTenthNeedsTheWord() {
        let text = "Harbor Bank earned $418 million in revenue from its branches. Its card unit earned $41.8 million in fees"
        #expect(Self.offered(text + " from merchants.").isEmpty)
        #expect(Self.offered(text + ", about a tenth of the branches' revenue.") == ["$418 million ÷ 10 = $41.8 million"])
    }

    @Test func aShareOfANamedTotalIsNotOnePartOverAnother() {
        let ratio = "$296 million ÷ $400 million = 74%"
        #expect(!Self.offered("The three chains booked $400 million, $296 million and $181 million; together they took "
            + "$877 million, or 74.0% of the regional total.").contains(ratio))
        #expect(Self.offered("Kitahama booked $296 million and Naniwa $400 million, so Kitahama's sales were 74.0% of Naniwa's.")
            .contains(ratio))
    }

    @Test func oneSentencePrintingAFigureTwiceListsTwoItems() {
        let listed = Extraction.run(text: "Net income was $300 million in the first quarter and $300 million in the fourth.",
                                    suggest: true).suggestions
        #expect(!listed.contains { $0.operation == .restatement })
        let apart = Extraction.run(text: "Net income was $300 million in the quarter. Analysts had expected $300 million.",
                                   suggest: true).suggestions
        #expect(apart.contains { $0.operation == .restatement })
    }

    @Test func madeUpIsAShareNotAGrowth() throws {
        func growth(_ text: String) throws -> Bool {
            try #require(Extraction.run(text: text, suggest: false).claims.first { $0.expression.unit.word == .percent })
                .expression.isGrowth
        }
        #expect(try !growth("Exports made up 25.4% of sales."))
        #expect(try growth("Exports rose 25.4% to $140 million."))
    }
}

extension DiscoveryPrecisionTests {
    @Test func growthRatesAreNotAddedButSharesAre() {
        #expect(!Self.offered("Aerospace sales rose 23.6%, while medical sales grew 15.2%, a gap of 8.4%.")
            .contains("23.6% − 15.2% = 8.4%"))
        #expect(Self.offered("Aerospace took 23.6% of sales and medical 15.2%; together the two took 38.8% of sales.")
            .contains("23.6% + 15.2% = 38.8%"))
    }
}
