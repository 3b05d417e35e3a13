import RecountEngine
@testable import RecountModel
@testable import RecountReport
import Testing

/// Figures are shown as stated, and recomputed values in the stated figure's form: the unit,
/// scale, currency and period of what the article printed, to a precision a reader can compare.
@Suite struct StatedFormTests {
    /// The stated value of a one-claim file `states FIGURE`.
    private func stated(_ figure: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> StatedValue {
        let (project, diagnostics) = resolveText("article t \"T\"\nclaim c\n  states \(figure)\n")
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return try #require(project.claims.first?.stated, sourceLocation: sourceLocation)
    }

    /// `value` in base units, in the dimension of `s`, written in its form.
    private func shown(_ value: Double, like s: StatedValue) -> String {
        StatedForm.text(Measure(interval: Interval(point: value), nominal: value, dimension: s.asserted.dimension), like: s)
    }

    // MARK: The stated figure's form

    @Test func aRecomputedValueTakesTheStatedScaleWordAndCurrency() throws {
        #expect(shown(30.9e9, like: try stated("$31.9 billion")) == "$30.9 billion")
        #expect(shown(30.9e9, like: try stated("$31.9B")) == "$30.9B")
        #expect(shown(13.07e9, like: try stated("130.4億美元")) == "130.7億美元")
        #expect(shown(912.3456e6, like: try stated("€890 million")) == "€912.3 million")
        #expect(shown(0.710526, like: try stated("~70%")) == "71.1%")
        #expect(shown(4.2e9, like: try stated("DKK 4.5B")) == "DKK 4.2B")
    }

    @Test func theStatedPeriodAndPerUnitsAreKept() throws {
        // Values are in base units: a rate is per year.
        #expect(shown(37e9, like: try stated("$3.08B/month")) == "$3.083B/month")
        #expect(shown(37e9 / 1.12, like: try stated("$16.59 billion/yr")) == "$33.036 billion/yr")
    }

    @Test func precisionIsOneDigitMoreThanTheStatedFigure() throws {
        // 37 / 1.12 next to a whole number of billions: tenths.
        #expect(shown(33.0357e9, like: try stated("$37 billion")) == "$33 billion")
        #expect(shown(33.4357e9, like: try stated("$37 billion")) == "$33.4 billion")
        // Three significant digits at least: a much smaller value does not print as 0.
        #expect(shown(0.0345e12, like: try stated("$2 trillion")) == "$0.0345 trillion")
    }

    @Test func aShortDecimalKeepsItsDigits() throws {
        // A source's $30.92B next to a stated $31 billion is not cut to $30.9 billion.
        #expect(shown(30.92e9, like: try stated("$31 billion")) == "$30.92 billion")
        // 33.0357… is not a short decimal, so the rule's one digit more stands.
        #expect(shown(33.0357142e9, like: try stated("$31 billion")) == "$33 billion")
    }

    @Test func digitsAreAddedUntilTheValueIsOnItsSideOfThePrintedBounds() throws {
        // 12% stands for 11.5% to 12.5%; 12.504% is outside, and 12.5% would read as inside.
        #expect(shown(0.125041234, like: try stated("12%")) == "12.504%")
        #expect(shown(0.124961234, like: try stated("12%")) == "12.5%")
        #expect(shown(0.120412, like: try stated("12%")) == "12%")
    }

    @Test func thousandsAreWrittenOutAndGrouped() {
        let usd = Dimension.currency("USD")
        #expect(ValueText.nominal(Measure(interval: Interval(point: 3899.4), nominal: 3899.4, dimension: usd), in: nil)
                == "$3,899")
        #expect(ValueText.nominal(Measure(interval: Interval(point: 360_000), nominal: 360_000, dimension: usd), in: nil)
                == "$360,000")
        #expect(ValueText.nominal(Measure(interval: Interval(point: 4.2e6), nominal: 4.2e6, dimension: usd), in: nil)
                == "$4.2M")
        // Digits before a scale word stand as an article prints them.
        #expect(ValueText.grouped("4350") == "4,350")
        #expect(ValueText.spell("4350", in: Unit.none) == "4,350")
    }

    @Test func aHedgeIsPrintedAsWritten() throws {
        #expect(try stated("~70%").text == "~70%")
        #expect(try stated("~ 70%").text == "~ 70%")
        #expect(try stated("about 70%").text == "about 70%")
    }

    @Test func aLedgerFigureInTheStatedFormKeepsItsHedge() {
        #expect(ReportSentences.hedgeWords("over $37B/yr") == "over ")
        #expect(ReportSentences.hedgeWords("more than $20B") == "more than ")
        #expect(ReportSentences.hedgeWords("~70%") == "~")
        #expect(ReportSentences.hedgeWords("$30.9B") == "")
        #expect(ReportSentences.hedgeWords("overall 5") == "")
    }

    // MARK: Reports

    private static let quarterly: [String: String] = [
        "Evidence/acme.ledger": """
            entity acme "Acme"
              fiscal-year-end 12-31

            source q1 "Acme first-quarter report"
              grade primary

            fact acme.revenue @ 2025Q1 = $888 million
              source q1

            fact acme.capex @ 2025Q1 = $4.41 billion
              source q1

            fact acme.share @ 2025 = 67%
              source q1

            """,
        "Claims/acme.claims": """
            article acme "Acme's quarter"

            use "../Evidence/acme.ledger"

            claim revenue
              quote "revenue of $898 million in the quarter"
              states acme.revenue @ 2025Q1 = $898 million

            claim capex-dwarfs
              quote "capex was more than ten times revenue"
              holds acme.capex @ 2025Q1 > acme.revenue @ 2025Q1 * 10

            claim capex-tiny
              quote "revenue fifty times capex"
              holds acme.revenue @ 2025Q1 > acme.capex @ 2025Q1 * 50

            claim share
              quote "a 65% share"
              states acme.low @ 2025 = 65%

            claim share-floor
              quote "at least the 67% of the other"
              holds acme.low @ 2025 >= acme.share @ 2025

            """,
    ]

    @Test func aQuarterlyFlowIsShownAsStatedInTheSummaryAndTheDerivation() throws {
        let model = try ReportFixtures.model(Self.quarterly)
        let revenue = try #require(model.claim("revenue"))
        #expect(ReportSentences.recomputed(revenue) == "$888 million")
        #expect(ReportSentences.finding(revenue, in: model).contains("reports $888 million"))
        let markdown = MarkdownReport(model: model).render()
        #expect(markdown.contains("The article gives \\$898 million for Acme's revenue in the first quarter of 2025, "
                                  + "but the primary source “Acme first-quarter report” reports \\$888 million (deviation +1.1%)"))
        // No per-year rate anywhere a reader looks, the period slips of a comparison included,
        // nor in the inputs of the derivations.
        #expect(!markdown.contains("/yr"), "\(markdown)")
        #expect(!markdown.contains("/quarter"))
        #expect(markdown.contains("the inputs give \\$4.41 billion, which ×4 makes \\$17.64 billion"))
        #expect(markdown.contains("- `acme.revenue @ 2025Q1` = \\$888 million"))
    }

    @Test func aComparisonOfOneQuartersFlowsShowsTheQuartersAmounts() throws {
        let model = try ReportFixtures.model(Self.quarterly)
        let claim = try #require(model.claim("capex-dwarfs"))
        #expect(ReportSentences.comparedValues(claim) == "$4.41 billion > $8.98 billion")
        #expect(ReportSentences.stated(claim) == "$4.41 billion is more than $898 million × 10")
        #expect(ReportSentences.recomputed(claim) == "$4.41 billion, but more than $8.98 billion is needed")
        let check = try #require(claim.headline)
        #expect(ComparisonWords.margin(check) == "$8.98 billion is 2 times $4.41 billion")
        let audit = model.audit
        let result = try #require(audit.results.first { $0.claim.id == "capex-dwarfs" })
        let terminal = CheckRenderer(style: .plain).render(result, in: audit)
        #expect(terminal.contains(": $4.41 billion > $898 million * 10"), "\(terminal)")
        #expect(terminal.contains(": $4.41 billion > $8.98 billion"))
        #expect(!terminal.contains("/yr"))
    }

    @Test func aComparisonCellIsWords() throws {
        let model = try ReportFixtures.model(Self.quarterly)
        let claim = try #require(model.claim("share-floor"))
        #expect(ReportSentences.stated(claim) == "65% is at least 67%")
        #expect(ReportSentences.recomputed(claim) == "65%, but at least 67% is needed")
        #expect(ReportSentences.deviation(claim) == "3% short")
        let markdown = MarkdownReport(model: model).render()
        #expect(markdown.contains("65% is not at least 67% (3% short)"))
    }

    @Test func aLargeMarginIsARatioInWords() throws {
        let model = try ReportFixtures.model(Self.quarterly)
        let claim = try #require(model.claim("capex-tiny"))
        #expect(ReportSentences.deviation(claim) == "$220.5 billion is 246 times $898 million")
        let finding = ReportSentences.finding(claim, in: model)
        #expect(finding.contains("$898 million is not more than $220.5 billion ($220.5 billion is 246 times $898 million)"),
                "\(finding)")
        #expect(!finding.contains("margin"))
    }
}
