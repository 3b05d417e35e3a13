import Foundation
@testable import RecountCore
@testable import RecountEngine
@testable import RecountExtract
@testable import RecountFigures
@testable import RecountKit
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// Per-unit and physical quantities, stocks by default, exchange rates and `in USD at RATE`,
/// ISO 4217 codes and the ambiguous `¥` and `元`: each form's interval and dimension, and a claim
/// that uses it checked through the pipeline.
@Suite struct PerUnitTests {
    /// The stated value of `states x.m = VALUE`, and the load's diagnostics.
    static func stated(_ value: String) -> (StatedValue?, [Diagnostic]) {
        let text = "entity x \"X\"\nclaim c\n  states x.m = \(value)\n"
        let (project, diagnostics) = resolveText(text)
        return (project.claims.first?.stated, diagnostics)
    }

    /// Whether `i` is `[lower, upper]` to a relative 1e-12.
    static func isNear(_ i: Interval, _ lower: Double, _ upper: Double) -> Bool {
        abs(i.lower - lower) <= 1e-12 * abs(lower) && abs(i.upper - upper) <= 1e-12 * abs(upper)
    }

    static let usd = Dimension.currency("USD")

    // MARK: Intervals and dimensions

    @Test func dollarsPerBarrel() throws {
        let (v, diagnostics) = Self.stated("$80/bbl")
        #expect(diagnostics.isEmpty)
        let value = try #require(v)
        #expect(value.asserted.dimension == Self.usd / .counted(.barrel))
        #expect(value.asserted.dimension.description == "USD/barrel")
        // A whole number is rounded at its last non-zero digit: $80 is [$75, $85].
        #expect(Self.isNear(value.asserted.interval, 75, 85))
    }

    @Test func aBarrelOfOilEquivalentIsNotABarrel() throws {
        let boe = try #require(Self.stated("$12/boe").0)
        let bbl = try #require(Self.stated("$12/bbl").0)
        #expect(boe.asserted.dimension == Self.usd / .counted(.barrelOfOilEquivalent))
        #expect(boe.asserted.dimension != bbl.asserted.dimension)
    }

    @Test func energyIsPowerTimesTime() throws {
        let v = try #require(Self.stated("USD 44/MWh").0)
        #expect(v.asserted.dimension == Self.usd / (.power * .time))
        // One MWh is 10⁶ W for 1/8,760 year, so USD 44/MWh is 44 × 8,760 / 10⁶ dollars per watt-year.
        #expect(Self.isNear(v.asserted.interval, 43.5 * 8760 / 1e6, 44.5 * 8760 / 1e6))
        let twh = try #require(Self.stated("12 TWh").0)
        #expect(twh.asserted.dimension == .power * .time)
        #expect(Self.isNear(twh.asserted.interval, 11.5e12 / 8760, 12.5e12 / 8760))
    }

    @Test(arguments: [("$3,000/person", CountedThing.person), ("$45,000/capita", .person), ("$2.10/share", .share),
                      ("$60/t", .tonne)])
    func perCountedThing(_ text: String, _ thing: CountedThing) throws {
        let (v, diagnostics) = Self.stated(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(v?.asserted.dimension == Self.usd / .counted(thing))
    }

    @Test func countsOfThings() throws {
        #expect(Self.stated("3.2M tonnes").0?.asserted.dimension == .counted(.tonne))
        #expect(Self.stated("1.2B shares").0?.asserted.dimension == .counted(.share))
        #expect(Self.stated("5 people").0?.asserted.dimension == .counted(.person))
    }

    @Test func anExchangeRateIsOneCurrencyPerAnother() throws {
        let v = try #require(Self.stated("exactly AED 3.6725/USD").0)
        #expect(v.asserted.dimension == Dimension.currency("AED") / Self.usd)
        // A peg is exact: the one double nearest 3.6725, held outward.
        #expect(v.asserted.interval.contains(3.6725) && v.asserted.interval.width <= 3.6725.ulp)
        // A currency per itself is no rate.
        #expect(Self.stated("USD 1/USD").1.map(\.code) == ["R205"])
    }

    @Test func everyISOCurrencyIsRead() throws {
        for code in ["TRY", "PHP", "NGN", "VND", "XOF", "ZWG"] {
            #expect(Self.stated("\(code) 5B").0?.asserted.dimension == .currency(code), "\(code)")
        }
        // Gold is no currency: `XAU 5` is a word before a number, which does not parse.
        #expect(Self.stated("XAU 5").1.map(\.code) == ["R101"])
        #expect(Self.stated("CN¥5B").0?.unit.currency == "CNY")
        #expect(Self.stated("JP¥5B").0?.unit.currency == "JPY")
    }

    @Test(arguments: [("¥500", ["JPY", "CNY"]), ("500元", ["CNY", "TWD"]), ("￥500", ["JPY", "CNY"])])
    func ambiguousCurrenciesAreRefusedByName(_ text: String, _ meanings: [String]) {
        let diagnostics = Self.stated(text).1
        #expect(diagnostics.map(\.code) == ["R217"])
        #expect(diagnostics.first?.kind == .ambiguousCurrency(text.contains("元") ? "元" : String(text.prefix(1)),
                                                              meanings: meanings))
    }

    // MARK: Prose: the quote check and extract

    @Test func codesThatAreWordsNeedAScaleInProse() {
        #expect(QuoteNumbers.find(in: "the TOP 10 firms").map(\.currency) == [nil])
        #expect(QuoteNumbers.find(in: "ALL 5 members voted").map(\.text) == ["5"])
        #expect(QuoteNumbers.find(in: "revenue of TRY 5 billion").map(\.currency) == ["TRY"])
        #expect(QuoteNumbers.find(in: "sales of NGN 40").map(\.currency) == ["NGN"])
        #expect(QuoteNumbers.find(in: "a price of ¥500").map(\.text) == ["500"])
        #expect(QuoteNumbers.find(in: "a price of ¥500").map(\.currency) == [nil])
    }

    @Test func extractDraftsPerUnitFigures() {
        let x = Extraction.run(text: """
            Brent averaged $80/bbl and power sold at USD 44/MWh. Spending was $3,000 per person. \
            Earnings were $2.10 per share. GDP was $45,000 per capita. Output was 12 TWh. \
            Emissions were 3.2 million tonnes. Costs were $12/boe.
            """, suggest: false)
        let stated = x.claims.map(\.expression.statedValue)
        for value in ["$80/bbl", "USD 44/MWh", "$3000/person", "$2.10/share", "$45000/capita", "12 TWh",
                      "3.2 million tonnes", "$12/boe"] {
            #expect(stated.contains(value), "\(value) not in \(stated)")
        }
        // A rate word nearby does not make a price a flow.
        let price = Extraction.run(text: "The annual average was $80/bbl, and annualized revenue $37 billion.",
                                   suggest: false).claims.map(\.expression.statedValue)
        #expect(price == ["$80/bbl", "$37 billion/yr"])
        // Every drafted figure reads back in the claims language with its unit.
        for value in stated { #expect(Self.stated(value).1.isEmpty, "\(value)") }
    }

    // MARK: Claims checked through the pipeline

    static let ledger = """
        entity acme "Acme"
        entity cbuae "Central Bank of the UAE"
        entity oil "Oil"
        source s "Sources"
          grade primary
        fact acme.revenue @ 2025 = AED 16.2B
          source s
        fact acme.costs @ 2025 = $1B
          source s
        fact cbuae.aed_per_usd @ 2025 = exactly AED 3.6725/USD
          source s
        fact cbuae.usd_per_aed @ 2025 = $0.2723/AED
          source s
        fact oil.brent @ 2025Q1 = $81/bbl
          source s
        fact oil.brent @ 2025Q2 = $72/bbl
          source s
        metric oil.output
          kind flow
        fact oil.output @ 2025Q1 = 5M bbl
          source s
        """

    static let claims = """
        claim aed-in-usd
          quote "revenue of $4.41 billion"
          states $4.41B/yr
          because acme.revenue @ 2025 in USD/yr at cbuae.aed_per_usd @ 2025
          expect consistent
        claim aed-in-usd-inverse-rate
          states $4.41B/yr
          because acme.revenue @ 2025 in $/yr at cbuae.usd_per_aed @ 2025
          expect consistent
        claim aed-in-usd-wrong
          states $4.5B/yr
          because acme.revenue @ 2025 in $/yr at cbuae.aed_per_usd @ 2025
          expect inconsistent
        claim mixed-sum
          states $17B/yr
          because acme.revenue @ 2025 + acme.costs @ 2025
          expect undetermined
        claim not-a-rate
          states $4.41B/yr
          because acme.revenue @ 2025 in $/yr at oil.brent @ 2025Q1
          expect undetermined
        claim two-prices
          states $153/bbl
          because oil.brent @ 2025Q1 + oil.brent @ 2025Q2
          expect consistent
        claim price-of-a-quarter
          states oil.brent @ 2025Q1 = $81/bbl
          expect consistent
        claim two-prices-wrong
          states $143/bbl
          because oil.brent @ 2025Q1 + oil.brent @ 2025Q2
          expect inconsistent
        claim output-per-year
          states oil.output @ 2025Q1 = 20M bbl/yr
          expect consistent
        claim power-bill
          quote "12 TWh sold at USD 44/MWh brought in USD 528 million"
          states USD 528M
          because USD 44/MWh * 12 TWh
          expect consistent
        claim capacity-revenue
          states $12K/yr
          because $12/MW/yr * 1 GW
          expect consistent
        claim per-person
          quote "spending of $3,000 per person"
          states $3,000/person
          because $3B / 1M people
          expect consistent
        claim per-share
          quote "earnings of $2.10 per share"
          states $2.10/share
          because $2.52B / 1.2B shares
          expect consistent
        claim barrel-plus-person
          holds $80/bbl < $3,000/person
          expect undetermined
        claim rate-as-quoted
          quote "the dirham is pegged at AED 3.6725/USD"
          states cbuae.aed_per_usd @ 2025 = AED 3.6725/USD
          expect consistent
        """

    static func check() throws -> (results: [ClaimResult], diagnostics: [Diagnostic]) {
        Engine.check(try loadInline(ledger, claims))
    }

    @Test func everyClaimGetsItsExpectedVerdict() throws {
        let (results, _) = try Self.check()
        for r in results {
            #expect(r.verdict == r.claim.expect, "\(r.claim.id): \(r.verdict)")
        }
        #expect(results.count == 15)
    }

    @Test func aPriceOverAQuarterIsNoRatePerYear() throws {
        // Were $81/bbl for a quarter a flow, it would be held as $324/bbl per year.
        let perYear = Engine.check(try loadInline(Self.ledger, """
            claim price-per-year
              states oil.brent @ 2025Q1 = $324/bbl/yr
            """))
        #expect(perYear.results.first?.verdict == .undetermined)
        #expect(perYear.results.first?.checks.first?.problem?.kind
            == .dimensionMismatch(operation: "compare", left: "USD/(time·barrel)", right: "USD/barrel"))
        // Declared a flow, the same price is held per year.
        let flow = Engine.check(try loadInline(Self.ledger + "\nmetric oil.brent\n  kind flow\n", """
            claim price-per-year
              states oil.brent @ 2025Q1 = $324/bbl/yr
            """))
        #expect(flow.results.first?.verdict == .consistent)
    }

    @Test func findingsNameTheRateForm() throws {
        let (results, diagnostics) = try Self.check()
        let codes = Dictionary(grouping: diagnostics, by: \.code).mapValues(\.count)
        #expect(codes["R412"] == 1)
        // No quote of these forms raises R407.
        #expect(codes["R407"] == nil)
        let mixed = try #require(results.first { $0.claim.id == "mixed-sum" })
        #expect(mixed.checks.first?.problem?.kind == .dimensionMismatch(operation: "add", left: "AED/time", right: "USD/time"))
        #expect(mixed.checks.first?.problem?.kind.hint?.contains("in USD at RATE") == true)
        let person = try #require(results.first { $0.claim.id == "barrel-plus-person" })
        #expect(person.checks.first?.problem?.kind
            == .dimensionMismatch(operation: "compare", left: "USD/barrel", right: "USD/person"))
    }

    @Test func theConversionShowsInTheDerivation() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write(Self.ledger, to: "Evidence/x.ledger", in: project)
        try EndToEndTests.write("article t \"T\"\nuse \"../Evidence/x.ledger\"\n" + Self.claims, to: "Claims/x.claims",
                                in: project)
        let run = try EndToEndTests.run(["test"], in: project)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // The article's own rate comes first; the check shows the division by it.
        let check = try EndToEndTests.run(["check"], in: project)
        // A sum of two quarters' prices is a price, not a price per year.
        #expect(check.stdout.contains("= $81/bbl + $72/bbl\n              = $153/bbl"), "\(check.stdout)")
        #expect(check.stdout.contains("= AED 16.2B/yr / AED 3.6725/USD in $/yr"), "\(check.stdout)")
        #expect(check.stdout.contains("input     cbuae.aed_per_usd @ 2025 = AED 3.6725/USD  article, claim rate-as-quoted"))
    }
}

/// `¥` and a bare `元` mean the currency a `defaults` block names, when it is one of theirs.
@Suite struct AmbiguousCurrencySignTests {
    @Test func aDefaultsCurrencySaysWhichTheSignMeans() throws {
        let a = try analyzeInline("", """
            entity toyota "Toyota"
            defaults
              currency JPY
            claim profit
              quote "operating profit of ¥4.8 trillion"
              states toyota.op @ 2025 = ¥4.8 trillion
            entity tsmc "TSMC"
            defaults
              currency TWD
            claim revenue
              quote "營收500億元"
              states tsmc.revenue @ 2025 = 500億元
            """)
        let profit = try #require(try a.result("profit").claim.stated)
        #expect(profit.asserted.dimension == .currency("JPY"))
        let revenue = try #require(try a.result("revenue").claim.stated)
        #expect(revenue.asserted.dimension == .currency("TWD"))
    }

    @Test(arguments: ["", "defaults\n  currency USD\n"])
    func withoutADefaultThatIsOneOfItsMeaningsTheSignIsRefused(_ defaults: String) {
        let text = "article a \"A\"\n\(defaults)claim c\n  states ¥500\n"
        let (_, diagnostics) = resolveText(text)
        #expect(diagnostics.map(\.code).contains("R217"))
    }
}
