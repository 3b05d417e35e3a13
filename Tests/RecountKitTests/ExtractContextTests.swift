import Foundation
@testable import RecountExtract
import Testing

/// What `recount extract` reads from a figure's context: the quantity it proposes
/// (`entity.metric @ period`), periods named relative to the sentence's own, and tables.
@Suite struct ExtractContextTests {
    static func proposal(_ x: Extraction, _ figure: String) -> String? {
        x.claims.first { $0.expression.text == figure }?.proposal?.quantity
    }

    static func period(_ sentence: String, _ figure: String) -> String? {
        NumericScanner.scan(sentence).first { $0.text == figure }?.period
    }

    // MARK: Quantities proposed

    @Test func theEntityNearestTheFigureAndItsNounAreProposed() {
        let x = Extraction.run(text: """
            Kestrel Foods lifts quarterly sales

            Kestrel Foods said revenue rose to $3.1 billion in the second quarter of 2025 from $2.8 billion a quarter earlier.

            Hollin Bank's net profit was Dh2.1 billion in H1 2026, while Marra Capital posted a net profit of Dh640 million.

            The council of Port Ellery approved a budget of $640 million for fiscal 2026. Property taxes bring in $212 million, 33.1% of revenue.
            """, suggest: false)
        #expect(Self.proposal(x, "$3.1 billion") == "kestrel_foods.revenue @ 2025Q2")
        #expect(Self.proposal(x, "$2.8 billion") == "kestrel_foods.revenue @ 2025Q1")
        #expect(Self.proposal(x, "Dh2.1 billion") == "hollin_bank.net_profit @ H1 2026")
        // Names in the figure's own clause come first: Marra's profit is Marra's.
        #expect(Self.proposal(x, "Dh640 million") == "marra_capital.net_profit")
        #expect(Self.proposal(x, "$640 million") == "port_ellery.budget @ FY2026")
        // A sentence that names no one is about the paragraph's name.
        #expect(Self.proposal(x, "$212 million") == "port_ellery.property_taxes")
        #expect(Self.proposal(x, "33.1%") == "port_ellery.share_of_revenue")
    }

    @Test func aMultipleIsOfTheNounAfterIt() {
        let x = Extraction.run(text: "Tejo Energia's net debt was €9.1bn, or 4.0 times EBITDA, and its backlog 3.0 times sales.",
                               suggest: false)
        #expect(Self.proposal(x, "4.0 times") == "tejo_energia.multiple_of_ebitda")
        #expect(Self.proposal(x, "3.0 times") == "tejo_energia.multiple_of_sales")
    }

    @Test func aSentenceThatNamesNoOneFallsBackToTheArticlesFirstName() {
        let x = Extraction.run(text: """
            Ostrava Steel reports a loss

            Net income was $45 million. Software revenue grew 28% from $640 million. Capital spending reached $120 million over the year.
            """, suggest: false)
        #expect(Self.proposal(x, "$45 million") == "ostrava_steel.net_income")
        // "Software" opens a sentence and is no name the article uses: it narrows the noun.
        #expect(Self.proposal(x, "28%") == "ostrava_steel.software_revenue_growth")
        #expect(Self.proposal(x, "$640 million") == "ostrava_steel.software_revenue")
        #expect(Self.proposal(x, "$120 million") == "ostrava_steel.capital_spending")
    }

    @Test func aChangeSaysOverWhatAndAPeriodWithoutItsYearTakesTheArticles() {
        let x = Extraction.run(text: """
            Brightwater Utilities said revenue rose 9% year-over-year to $1.2 billion in 2025. Its profit rose 4% sequentially to $300 million in the first half, from $280 million a year earlier.
            """, suggest: false)
        #expect(Self.proposal(x, "9%") == "brightwater_utilities.revenue.yoy @ 2025")
        #expect(Self.proposal(x, "4%")?.hasPrefix("brightwater_utilities.profit.") == true)
        // "the first half" and "a year earlier" take the year the first sentence dates its figures by.
        #expect(Self.proposal(x, "$300 million") == "brightwater_utilities.profit @ H1 2025")
        #expect(Self.proposal(x, "$280 million") == "brightwater_utilities.profit @ H1 2024")
        // With no year in the article, the two figures must not share a quantity.
        let alone = Extraction.run(text: """
            Brightwater Utilities said its profit rose 4% sequentially to $300 million in the first half, from $280 million a year earlier.
            """, suggest: false)
        #expect(Self.proposal(alone, "$300 million") == "brightwater_utilities.profit @ PERIOD")
        #expect(Self.proposal(alone, "$280 million") == "brightwater_utilities.profit @ PERIOD")
    }

    @Test func draftsAboutOneEntityMetricAndPeriodShareAQuantity() {
        let x = Extraction.run(text: """
            Tamsin Air carried more passengers.

            Tamsin Air said revenue was $2.4 billion in 2025. Analysts said revenue of $2.4 billion in 2025 beat forecasts.
            """, suggest: false)
        let names = x.claims.filter { $0.expression.text == "$2.4 billion" }.compactMap(\.proposal?.quantity)
        #expect(names == ["tamsin_air.revenue @ 2025", "tamsin_air.revenue @ 2025"])
    }

    @Test func functionWordsWeekdaysAndCurrencyCodesAreNoNames() {
        let t = SentenceTokens("On Tuesday the Bank of Eldmoor said HK$5 billion and SEK 4 billion came from Orrin & Vale.")
        let names = EntityNames(sentences: []).mentions(in: t).map(\.name)
        #expect(names == ["Bank of Eldmoor", "Orrin & Vale"])
    }

    @Test func theProposalIsACommentSoTheDraftStillLoadsAndFormats() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write("""
            Vantor Mining posts results

            Vantor Mining said net profit rose 15% to A$410 million in fiscal 2025, from A$356 million the previous year.
            """, to: "a.txt", in: project)
        let extract = try EndToEndTests.run(["extract", "a.txt", "-o", "a.claims", "--root", "."], in: project)
        #expect(extract.status == 0, "\(extract.stderr)")
        let draft = try String(contentsOf: project.appendingPathComponent("a.claims"), encoding: .utf8)
        #expect(draft.contains("# entity vantor_mining \"Vantor Mining\"\n"), "\(draft)")
        #expect(draft.contains("  # proposed, review: states vantor_mining.net_profit @ FY2025 = A$410 million\n"), "\(draft)")
        #expect(draft.contains("  # proposed, review: states vantor_mining.net_profit @ FY2024 = A$356 million\n"), "\(draft)")
        let check = try EndToEndTests.run(["check", "a.claims", "--root", "."], in: project)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("R201"), "\(check.stderr)")
        let fmt = try EndToEndTests.run(["fmt", "--check", "a.claims"], in: project)
        #expect(fmt.status == 0, "\(fmt.stdout)\(fmt.stderr)")
    }

    // MARK: Periods from context

    @Test func relativePeriodsMoveFromTheSentencesOwn() {
        #expect(Self.period("Revenue rose to $3.1 billion in the second quarter of 2025 from $2.8 billion a quarter earlier.", "$2.8 billion") == "2025Q1")
        #expect(Self.period("Sales were $4 billion in Q1 2025, against $4.2 billion the previous quarter.", "$4.2 billion") == "2024Q4")
        #expect(Self.period("For H1 2026, net income was $1.9 billion, compared with $1.7 billion for the previous half.", "$1.7 billion") == "H2 2025")
        #expect(Self.period("Revenue was $5.2 billion in H1 2026, up from $4.9 billion the previous year.", "$4.9 billion") == "H1 2025")
        #expect(Self.period("In fiscal 2025 the miner earned A$410 million in the fourth quarter.", "A$410 million") == "FY2025Q4")
        #expect(Self.period("In Q1 FY2026, profit of $90 million compares with $85 million in the prior quarter.", "$85 million") == "FY2025Q4")
    }

    @Test func aSentenceWithoutItsOwnPeriodNamesNone() {
        #expect(Self.period("Revenue was $2.31 billion in the second quarter.", "$2.31 billion") == nil)
        #expect(Self.period("Profit was $80 million, against $70 million a quarter earlier.", "$70 million") == nil)
        // A year after `from` is another period than the sentence's own: Q3 keeps no year.
        let q3 = PeriodWords.all(in: SentenceTokens("Q3 revenue rose 4% from 2024 levels.")).first
        #expect(q3?.words == "Q3" && q3?.period == nil)
    }

    @Test func periodsAreShiftedAcrossTheirYear() {
        #expect(RelativePeriod.apply(.back(.quarter), to: "2025Q1") == "2024Q4")
        #expect(RelativePeriod.apply(.back(.half), to: "FY2026H1") == "FY2025H2")
        #expect(RelativePeriod.apply(.back(.half), to: "H2 2025") == "H1 2025")
        #expect(RelativePeriod.apply(.back(.quarter), to: "2025") == nil)
        #expect(RelativePeriod.apply(.same(.half), to: "H1 2026") == "H1 2026")
        #expect(RelativePeriod.apply(.same(.quarter), to: "H1 2026") == nil)
        #expect(RelativePeriod.part("Q", 3, yearOf: "FY2025") == "FY2025Q3")
        #expect(RelativePeriod.part("H", 2, yearOf: "2025") == "H2 2025")
    }

    // MARK: Tables

    static let markdownTable = """
        # Norrland Paper lifts first-half profit

        Norrland Paper said net profit for H1 2026 rose to SEK 2.4 billion.

        Sales by segment (SEK millions):

        | Segment | H1 2026 | H1 2025 |
        |---|---:|---:|
        | Packaging | 5,120 | 4,870 |
        | Pulp | 2,310 | 2,450 |

        Packaging sales rose 5% from a year earlier.
        """

    @Test func aMarkdownTableIsATableBlockWithItsCaptionsDefaults() throws {
        let x = Extraction.run(article: ArticleMarkup.read(Self.markdownTable, as: .markdown), suggest: false)
        let table = try #require(x.tables.first)
        #expect(table.header == ["Segment", "H1 2026", "H1 2025"])
        #expect(table.currency == "SEK" && table.scale == "million")
        let cells = x.claims.filter { $0.table == 1 }
        #expect(cells.map(\.expression.text) == ["5,120", "4,870", "2,310", "2,450"])
        #expect(cells.first?.quote == "Packaging; 5,120; 4,870")
        #expect(cells.map { $0.proposal?.quantity ?? "-" } == [
            "norrland_paper.packaging @ H1 2026", "norrland_paper.packaging @ H1 2025",
            "norrland_paper.pulp @ H1 2026", "norrland_paper.pulp @ H1 2025",
        ])
        let draft = ClaimsWriter(articleID: "a", title: "t", textPath: "a.md", sourceName: "a.md").render(x, suggested: false)
        #expect(draft.contains("# Table 1: Segment | H1 2026 | H1 2025\n\ndefaults\n  currency SEK\n  scale million\n"), "\(draft)")
        // The defaults end after the table's last cell, before the prose after it.
        let end = try #require(draft.range(of: "\ndefaults\n\n# Paragraph"))
        let after = try #require(draft.range(of: "Packaging sales rose 5%"))
        #expect(end.upperBound < after.lowerBound)
    }

    @Test func anHTMLTableAndAPlainTextPipeTableAreTablesToo() throws {
        let html = Extraction.run(article: ArticleMarkup.read("""
            <html><body><h1>Velmar Transit budget</h1>
            <p>The Velmar Transit Authority set out its capital plan.</p>
            <table><caption>Capital spending (in thousands of dollars)</caption>
            <tr><th>Program</th><th>2026</th><th>2027</th></tr>
            <tr><td>Rail</td><td>48,200</td><td>51,000</td></tr>
            </table></body></html>
            """, as: .html), suggest: false)
        let table = try #require(html.tables.first)
        #expect(table.currency == "$" && table.scale == "thousand")
        #expect(html.claims.map { $0.proposal?.quantity ?? "-" } == ["velmar_transit_authority.rail @ 2026", "velmar_transit_authority.rail @ 2027"])

        let text = Extraction.run(text: """
            Division results, in millions:

            | Division | Revenue | Margin |
            |---|---|---|
            | Sensors | 3,400 | 14.2% |
            """, suggest: false)
        #expect(text.paragraphs.count == 3, "the caption, the header and one row")
        #expect(text.tables.first?.scale == "million")
        #expect(text.claims.map(\.quote) == ["Sensors | 3,400 | 14.2%", "Sensors | 3,400 | 14.2%"])
    }

    @Test func aCaptionSaysItsScaleInParenthesesOrAfterIn() {
        #expect(ArticleTable.defaults(in: "Revenue ($ millions)") == ("$", "million"))
        #expect(ArticleTable.defaults(in: "Listings (HK$ bn)") == ("HK$", "billion"))
        #expect(ArticleTable.defaults(in: "All figures in thousands of euros") == ("€", "thousand"))
        #expect(ArticleTable.defaults(in: "Spending ($m)") == ("$", "million"))
        // A figure in the caption is no scale of the table.
        #expect(ArticleTable.defaults(in: "The three lines add up to $2 billion") == (nil, nil))
    }

    @Test func aTableDraftChecksWithoutQuoteWarnings() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write(Self.markdownTable, to: "a.md", in: project)
        let extract = try EndToEndTests.run(["extract", "a.md", "-o", "a.claims", "--root", "."], in: project)
        #expect(extract.status == 0, "\(extract.stderr)")
        let check = try EndToEndTests.run(["check", "a.claims", "--root", "."], in: project)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("R407") && !check.stderr.contains("R220"), "\(check.stderr)")
        #expect(check.stdout.contains("SEK 5120 million") || check.stdout.contains("5120 million"), "\(check.stdout)")
        let fmt = try EndToEndTests.run(["fmt", "--check", "a.claims"], in: project)
        #expect(fmt.status == 0, "\(fmt.stdout)\(fmt.stderr)")
    }
}
