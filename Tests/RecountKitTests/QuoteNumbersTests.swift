import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

@Suite struct QuoteNumbersTests {
    func values(_ text: String) -> [String] {
        QuoteNumbers.find(in: text).map { f in
            var s = "\(f.text)=\(f.value)"
            if let c = f.currency { s += " \(c)" }
            if f.percent { s += " %" }
            if f.percentagePoints { s += " pp" }
            return s
        }
    }

    @Test func englishFigures() {
        #expect(values("implying its annualized AI revenue in Q3 FY2025 was $16.59 billion")
            == ["$16.59 billion=16590000000.0 USD"])
        #expect(values("up 12% year-over-year") == ["12%=12.0 %"])
        #expect(values("a rise of 0.5 percentage points") == ["0.5 percentage points=0.5 pp"])
        #expect(values("DKK 1,369m in sales") == ["DKK 1,369m=1369000000.0 DKK"])
        #expect(values("US$4.2bn") == ["US$4.2bn=4200000000.0 USD"])
        #expect(values("18 percent") == ["18 percent=18.0 %"])
    }

    @Test func chineseAndFullWidthFigures() {
        #expect(values("OpenAI 2025年收入130.4億美元") == ["2025=2025.0", "130.4億美元=13040000000.0 USD"])
        #expect(values("超過1萬億美元") == ["1萬億美元=1000000000000.0 USD"])
        #expect(values("增長１２％") == ["１２％=12.0 %"])
        #expect(values("僅為其季度資本支出的十分之一") == ["十分之一=0.1"])
        // Single Chinese numerals count only where a quote is checked for its figure.
        #expect(values("五大超大規模雲端公司") == [])
        #expect(QuoteNumbers.find(in: "五大超大規模雲端公司", chineseCounts: true).map(\.value) == [5])
    }

    @Test func numberWords() {
        #expect(values("The five largest hyperscalers") == ["five=5.0"])
        #expect(values("less than a tenth of") == ["a tenth=0.1"])
        #expect(values("about three quarters of seats") == ["three quarters=0.75"])
        #expect(values("two-fifths of revenue") == ["two-fifths=0.4"])
        #expect(values("revenue more than doubled") == ["doubled=2.0"])
        #expect(values("two and a half times as large") == ["two and a half times=2.5"])
        #expect(values("Half of it") == ["Half=0.5"])
        // "three quarters" is one number, not three and a quarter.
        #expect(values("three quarters in a row") == ["three quarters=0.75"])
        // Words inside other words are not numbers.
        #expect(values("someone tenths") == [])
    }

    @Test func lettersAttachedToWordsAreNotScales() {
        // "12 Months" must not read as 12 million: scales after a space are whole words only.
        #expect(values("12 Months") == ["12=12.0"])
        #expect(values("B2B sales") == [])
    }

    func claimDiagnostics(_ claim: String) -> [String] {
        let text = "entity x \"X\"\nclaim c\n" + claim
        let (document, parseErrors) = Parser.parse(SourceFile(path: "q.claims", text: text))
        let (project, resolveErrors) = Resolver.resolve([document])
        let (_, findings) = Engine.check(project)
        return (parseErrors + resolveErrors + findings).map(\.code)
    }

    @Test func statedFigureMustBeInItsQuote() {
        #expect(claimDiagnostics("  quote \"about $3.08 billion per month\"\n  states about $3.08 billion/month\n  because 37 * 1\n")
            .contains("R407") == false)
        #expect(claimDiagnostics("  quote \"about $3.08 billion per month\"\n  states about $3.18 billion/month\n  because 37 * 1\n")
            .contains("R407"))
        // Percent and plain numbers are different figures.
        #expect(claimDiagnostics("  quote \"up 12 times\"\n  states x.y = 12%\n").contains("R407"))
        #expect(claimDiagnostics("  quote \"收入(370億美元)\"\n  states x.y = 370億美元/yr\n").contains("R407") == false)
    }
}
