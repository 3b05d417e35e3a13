@testable import RecountCore
@testable import RecountEngine
@testable import RecountFormat
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

// `defaults`: a block's or a file's currency, scale and exactness for the figures that print
// none, as annual reports' tables do.

private func resolve(_ files: [(String, String)]) -> (Project, [Diagnostic]) {
    var documents: [Syntax.Document] = []
    var problems: [Diagnostic] = []
    for (path, text) in files {
        let (document, diagnostics) = Parser.parse(SourceFile(path: path, text: text))
        documents.append(document)
        problems += diagnostics
    }
    let (project, diagnostics) = Resolver.resolve(documents)
    return (project, problems + diagnostics)
}

private func resolve(_ text: String) -> (Project, [Diagnostic]) { resolve([("t.ledger", text)]) }

/// `path:line:col code` for each diagnostic.
private func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.range?.description ?? "-") \($0.code)" }
}

private let header = """
    entity acme "Acme"
    source k "Acme 10-K (in thousands)"
      grade primary

    """

/// The fact about `quantity` (as written): its text and asserted interval.
private func fact(_ project: Project, _ quantity: String) throws -> StatedValue {
    try #require(project.facts.first { $0.quantity.text == quantity }?.value, "no fact \(quantity)")
}

@Suite struct DefaultsTests {
    @Test func bareAndDollarRowsTakeTheCurrencyAndScale() throws {
        let (project, diagnostics) = resolve(header + """
            defaults
              currency $
              scale thousand
            fact acme.revenue @ 2025 = $1,234
              source k
            fact acme.cost @ 2025 = 987
              source k
            fact acme.loss @ 2025 = (12)
              source k
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let revenue = try fact(project, "acme.revenue @ 2025")
        #expect(revenue.asserted.dimension == .currency("USD"))
        #expect(revenue.asserted.interval == Interval(1_233_500, 1_234_500))
        #expect(revenue.text == "$1,234 thousand")
        #expect(revenue.printedScale == 0)
        let cost = try fact(project, "acme.cost @ 2025")
        #expect(cost.asserted.dimension == .currency("USD"))
        #expect(cost.asserted.interval == Interval(986_500, 987_500))
        #expect(cost.text == "$987 thousand")
        let loss = try fact(project, "acme.loss @ 2025")
        #expect(loss.asserted.interval == Interval(-12_500, -11_500))
        #expect(loss.text == "($12 thousand)")
    }

    @Test func whatAFigureWritesItselfWins() throws {
        let (project, diagnostics) = resolve(header + """
            defaults
              currency USD
              scale thousands
              exact
            fact acme.margin @ 2025 = 19.9%
              source k
            fact acme.capacity @ 2025 = 30 GW
              source k
            fact acme.debt @ 2025 = $1.2 billion
              source k
            fact acme.staff @ 2025 = about 5
              source k
            fact acme.rows @ 2025 = 5
              source k
            fact acme.other @ 2025 = €5
              source k
            """)
        #expect(summary(diagnostics) == ["t.ledger:18:26 R221"])
        #expect(diagnostics.first?.message == "'€5' is in EUR, not the default USD; its own currency is used")
        #expect(try fact(project, "acme.margin @ 2025").asserted.dimension.isDimensionless)
        #expect(try fact(project, "acme.margin @ 2025").hedge == .exactly)
        #expect(try fact(project, "acme.capacity @ 2025").asserted.dimension == .power)
        #expect(try fact(project, "acme.debt @ 2025").asserted.interval == Interval(point: 1.2e9))
        let staff = try fact(project, "acme.staff @ 2025")
        #expect(staff.hedge == .about, "a hedge of its own is not made exact")
        #expect(staff.asserted.dimension == .currency("USD"))
        // Exact: 5 thousand dollars, no rounding.
        #expect(try fact(project, "acme.rows @ 2025").asserted.interval == Interval(point: 5000))
        #expect(try fact(project, "acme.other @ 2025").asserted.dimension == .currency("EUR"))
    }

    @Test func defaultsHoldUntilTheNextDefaultsInTheirOwnFile() throws {
        let (project, diagnostics) = resolve([
            ("a.ledger", header + """
                fact acme.before @ 2025 = 7
                  source k
                defaults
                  scale K
                fact acme.during @ 2025 = 7
                  source k
                defaults
                  currency €
                fact acme.replaced @ 2025 = 7
                  source k
                defaults
                fact acme.after @ 2025 = 7
                  source k
                defaults
                  scale million
                """),
            ("b.ledger", "fact acme.elsewhere @ 2025 = 7\n  source k\n"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(try fact(project, "acme.before @ 2025").asserted.interval == Interval(6.5, 7.5))
        #expect(try fact(project, "acme.during @ 2025").asserted.interval == Interval(6500, 7500))
        let replaced = try fact(project, "acme.replaced @ 2025")
        #expect(replaced.asserted.interval == Interval(6.5, 7.5), "a new defaults replaces the scale too")
        #expect(replaced.asserted.dimension == .currency("EUR"))
        #expect(try fact(project, "acme.after @ 2025").asserted.dimension.isDimensionless)
        #expect(try fact(project, "acme.elsewhere @ 2025").asserted.interval == Interval(6.5, 7.5))
    }

    @Test func claimsAndReadingsTakeThemButFormulasDoNot() throws {
        let (project, diagnostics) = resolve([("t.claims", header + """
            defaults
              currency $
              scale thousand
            claim c
              quote "Total revenue $ 1,234,567"
              states acme.revenue @ 2025 = 1,234,567
              because acme.revenue @ 2024 * (1 + 12%)
              reading r
                states acme.revenue @ 2025 = 1,234
            """)])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let claim = try #require(project.claims.first)
        #expect(claim.stated?.asserted.interval == Interval(1_234_566_500, 1_234_567_500))
        guard case .states(_, let reading)? = claim.readings.first?.proposition else {
            Issue.record("no reading")
            return
        }
        #expect(reading.asserted.interval == Interval(1_233_500, 1_234_500))
        // The formula's 1 and 12% stay plain numbers.
        guard case .binary(_, _, let growth, _)? = claim.because else {
            Issue.record("unexpected formula \(String(describing: claim.because))")
            return
        }
        guard case .binary(_, .constant(let one, _, _), _, _) = growth else {
            Issue.record("unexpected formula \(growth)")
            return
        }
        #expect(one.dimension.isDimensionless && one.interval == Interval(point: 1))
        // The quote prints the row without its scale, and that is the stated figure.
        #expect(QuoteCheck.check(claim) == nil)
    }

    @Test func aQuoteOfAnotherRowIsStillCaught() throws {
        let (project, _) = resolve([("t.claims", header + """
            defaults
              scale thousand
            claim c
              quote "Total revenue $ 1,234,568"
              states acme.revenue @ 2025 = 1,234,567
            """)])
        let claim = try #require(project.claims.first)
        #expect(QuoteCheck.check(claim)?.code == "R407")
    }

    @Test func invalidDefaults() {
        let (_, diagnostics) = resolve(header + """
            defaults
              currency XYZ
              scale lakh
            defaults
              scale Ms
              exact
              exact
            """)
        #expect(summary(diagnostics) == ["t.ledger:10:3 R105", "t.ledger:5:12 R220", "t.ledger:6:9 R220", "t.ledger:8:9 R220"])
        #expect(diagnostics.map(\.message).contains("invalid default currency 'XYZ'"))
    }

    @Test func currencyAndScaleAreBareOnlyAtTheStartOfALine() throws {
        let (project, diagnostics) = resolve([("t.claims", header + """
            defaults
              currency 美元
              scale 千
            claim scale
              states 5
            claim currency
              states 10
              because scale + currency + 1
            """)])
        // Only that the first claim has nothing to check it by.
        #expect(summary(diagnostics) == ["t.claims:7:7 R405"], "\(diagnostics.map(\.message))")
        #expect(project.claims.first?.stated?.asserted.interval == Interval(4500, 5500))
        #expect(project.claims.first?.stated?.asserted.dimension == .currency("USD"), "美元 is the US dollar")
    }

    @Test func defaultsAreFormatted() {
        let text = "defaults\n    exact\n    scale   thousand  # in thousands\n    currency $\n"
        guard case .formatted(let result) = Formatter.format(SourceFile(path: "t.ledger", text: text)) else {
            Issue.record("not formatted")
            return
        }
        #expect(result == "defaults\n  currency $\n  scale thousand  # in thousands\n  exact\n")
    }

    @Test func aTableCheckedEndToEnd() throws {
        let a = try analyzeInline(header + """
            defaults
              currency $
              scale thousand
            fact acme.revenue @ 2025 = $1,234,567
              source k
            fact acme.cost @ 2025 = 987,654
              source k
            fact acme.revenue @ 2024 = 1,100,204
              source k
            defaults
            """, """
            claim gross
              quote "gross profit of $246.9 million"
              states $246.9 million
              because acme.revenue @ 2025 * 1 year - acme.cost @ 2025 * 1 year
            claim growth
              states acme.revenue.yoy @ 2025 = 12%
            claim wrong
              states $246.9 thousand
              because acme.revenue @ 2025 * 1 year - acme.cost @ 2025 * 1 year
            """)
        #expect(try a.result("gross").verdict == .consistent)
        #expect(try a.result("growth").verdict == .consistent)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }
}
