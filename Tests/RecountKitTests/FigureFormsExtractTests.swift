@testable import RecountCore
@testable import RecountEngine
@testable import RecountExtract
@testable import RecountFigures
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// `recount extract` on the figure forms of articles it was not built on: local currencies
/// written against the number, the numbers that are not figures (dates, tallies, ordinals, names,
/// identifiers) and the periods read from the words around a figure.
@Suite struct FigureFormsExtractTests {
    /// The sentence's first figure states `stated` with `period`, and the claim loads and passes
    /// its quote check.
    static func expectStated(_ sentence: String, _ stated: String, _ period: String?,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = NumericScanner.scan(sentence)
        let e = try #require(found.first, "nothing found in \(sentence)", sourceLocation: sourceLocation)
        #expect(e.statedValue == stated, sourceLocation: sourceLocation)
        #expect(e.period == period, sourceLocation: sourceLocation)
        let claims = "article t \"T\"\nclaim c\n  quote \"\(sentence)\"\n  states \(e.statedValue)\n"
        let (document, parse) = Parser.parse(SourceFile(path: "Claims/t.claims", text: claims))
        let (project, resolve) = Resolver.resolve([document])
        #expect((parse + resolve).filter { $0.code != "R405" }.map(\.message) == [], sourceLocation: sourceLocation)
        let claim = try #require(project.claims.first, sourceLocation: sourceLocation)
        #expect(QuoteCheck.check(claim) == nil, sourceLocation: sourceLocation)
    }

    // MARK: Local currencies against the number

    @Test(arguments: [
        ("Emirates NBD's profit reached Dh16.2 billion.", "Dh16.2 billion", "AED"),
        ("QNB earned QR8.67 billion, it said on Sunday.", "QR8.67 billion", "QAR"),
        ("Al Rajhi's net income was SR5.1bn", "SR5.1bn", "SAR"),
        ("KFH made KD0.41 billion in net profit", "KD0.41 billion", "KWD"),
        ("Ahli United earned BD112 million", "BD112 million", "BHD"),
        ("Bank Muscat's profit of RO210.5 million", "RO210.5 million", "OMR"),
        ("CIB earned E£55.1 billion", "E£55.1 billion", "EGP"),
        ("Maybank's profit rose to RM9.3 billion", "RM9.3 billion", "MYR"),
        ("DBS reported S$11.4 billion", "S$11.4 billion", "SGD"),
        ("HSBC's Asian arm made HK$82 billion", "HK$82 billion", "HKD"),
        ("TSMC's revenue was NT$2.89 trillion", "NT$2.89 trillion", "TWD"),
        ("Itaú earned R$41.4 billion", "R$41.4 billion", "BRL"),
        ("First Abu Dhabi Bank earned AED16.2 billion", "AED 16.2 billion", "AED"),
        ("QNB's assets were QAR 1.3 trillion", "QAR 1.3 trillion", "QAR"),
    ] as [(String, String, String)])
    func aLocalCurrencyAgainstTheNumberIsTheWholeAmount(_ sentence: String, _ stated: String, _ currency: String) throws {
        try Self.expectStated(sentence, stated, nil)
        #expect(NumericScanner.scan(sentence).first?.unit.currency == currency)
    }

    /// `Rs` is the rupee of four countries, so it is read as `¥` is: the amount without a
    /// currency, for the fact checker to name which.
    @Test func rupeesAreReadWithoutTheAmbiguousSign() throws {
        try Self.expectStated("HDFC Bank earned Rs45,000 million", "45000 million", nil)
        #expect(NumericScanner.scan("HDFC Bank earned Rs45,000 million").first?.unit.currency == nil)
        // A word that merely ends in the letters of the sign is no sign: `Mrs2` is not a figure.
        #expect(NumericScanner.scan("Mrs2 won").isEmpty)
        // In a claims file `Rs` is refused until its meaning is said (R217), and `defaults` says it.
        #expect(resolveText("article a \"A\"\nclaim c\n  states Rs500\n").diagnostics.map(\.code).contains("R217"))
        let said = resolveText("article a \"A\"\ndefaults\n  currency INR\nclaim c\n  states Rs500\n").diagnostics
        #expect(!said.map(\.code).contains("R217"))
    }

    /// A symbol of letters does not run on into a code: `RMB` is the yuan, not `RM` and `B`.
    @Test func aLetterSymbolDoesNotRunOnIntoACode() throws {
        try Self.expectStated("the fund holds RMB 500mn", "RMB 500mn", nil)
        #expect(NumericScanner.scan("the fund holds RMB 500mn").first?.unit.currency == "CNY")
    }

    // MARK: Numbers that are not figures

    @Test(arguments: [
        "The deal closed in 2025 after talks.", "The board met on March 3, 2026.", "It was signed on 3 March 2026.",
        "The filing is dated 2025-03-03.", "The filing is dated 03/03/2026 in London.", "Plans for FY2026 were set.",
        "In Q3 2025 demand held.", "The vote was 7 to 2.", "The committee voted 5-4 to approve it.",
        "The team won 3-1 at home.", "They lost 1-3 after extra time.", "It finished 3rd in the league.",
        "它排名第三。", "COVID-19 slowed trade.", "A Boeing 737 landed.", "An A320neo took off.",
        "See https://example.com/2024/05/report for details.", "The ISIN US0378331005 was listed.",
        "The CAD3 format is old.", "Apple's iPhone 16 went on sale.", "On page 12, the fund said so.",
        "The firm filed for Chapter 11 protection.", "Arsenal beat Chelsea 2-0 on May 4.",
        "The shareholders voted 1,203 to 87 in favour.", "The Fed met on Wednesday, 17 September 2025.",
    ])
    func notFigures(_ sentence: String) {
        #expect(NumericScanner.scan(sentence).map(\.text) == [], "\(sentence)")
    }

    /// A tally is neither a range nor two figures, but a range of bare numbers still is one,
    /// and a figure in a sentence with a tally is still drafted.
    @Test func aTallyIsDroppedWholeAndARangeIsNot() {
        #expect(NumericScanner.scan("Lending grew 5-10 times faster.").map(\.role) == [.range])
        let mixed = NumericScanner.scan("The board voted 7 to 2 to pay Dh1.5 billion.")
        #expect(mixed.map(\.statedValue) == ["Dh1.5 billion"])
        #expect(NumericScanner.scan("Rates were 5% to 3% lower.").count == 2)
    }

    // MARK: Periods from context

    @Test(arguments: [
        ("Profit rose to Dh5.2 billion in the second quarter of 2025.", "Dh5.2 billion", "2025Q2"),
        ("For the first half of fiscal 2026, revenue was $9 billion.", "$9 billion", "FY2026H1"),
        ("Revenue was $9 billion in fiscal 2025.", "$9 billion", "FY2025"),
        ("It earned QR8.67 billion in 2025.", "QR8.67 billion", "2025"),
        ("QNB earned QR8.67 billion for the half.", "QR8.67 billion", nil),
        ("Sales were $3 billion last year.", "$3 billion", nil),
    ] as [(String, String, String?)])
    func aFigureTakesItsPeriodFromTheWordsAroundIt(_ sentence: String, _ stated: String, _ period: String?) throws {
        try Self.expectStated(sentence, stated, period)
    }

    /// "A year earlier" is the year before the sentence's own period, and never a rate.
    @Test(arguments: [
        ("Net profit rose to $500m in the second quarter of 2025 from $431m a year earlier.", "$431m", "2024Q2"),
        ("In Q3 FY2026 it made Dh3.1 billion, against Dh2.8 billion a year ago.", "Dh2.8 billion", "FY2025Q3"),
        ("Revenue for fiscal 2026 was $9 billion, compared with $8 billion the previous year.", "$8 billion", "FY2025"),
        ("H1 2025 profit of RM4.2 billion compared with RM3.9 billion in the same period last year.", "RM3.9 billion", "H1 2024"),
        ("Profit was $431m a year earlier.", "$431m", nil),
        ("2025年第三季度營收為370億美元，去年同期為300億美元。", "300億美元", "2024Q3"),
        ("Annual revenue was $5.2 billion in 2025, up from $431m a year earlier.", "$431m", "2024"),
    ] as [(String, String, String?)])
    func aYearEarlierIsTheYearBeforeAndNoRate(_ sentence: String, _ stated: String, _ period: String?) throws {
        let e = try #require(NumericScanner.scan(sentence).last)
        #expect(e.statedValue == stated)
        #expect(e.period == period)
        #expect(e.unit.per.isEmpty)
    }

    @Test func yearEarlierShiftsEveryYearOfAPeriod() {
        #expect(PeriodWords.yearEarlier("2025Q2") == "2024Q2")
        #expect(PeriodWords.yearEarlier("FY2026H1") == "FY2025H1")
        #expect(PeriodWords.yearEarlier("2025..2026") == "2024..2025")
        #expect(PeriodWords.yearEarlier("2025-03") == "2024-03")
        #expect(PeriodWords.yearEarlier("Q3") == nil)
    }

    // MARK: The draft loads

    static let gulfArticle = """
        Gulf lenders' results

        Emirates NBD posted net profit of Dh16.2 billion in the second quarter of 2025, up from Dh14.1 billion a year earlier. QNB earned QR8.67 billion for the half, and KFH made KD0.4 billion.

        The board met on March 3, 2026, and the vote was 7 to 2. Bank Muscat (ISIN OM0000001234) earned RO0.2 billion; CIB made E£12.5 billion in fiscal 2025. See https://example.com/2025/07/results.
        """

    @Test func aGulfDraftLoadsWithOnlyWarningsAndDraftsEveryAmount() {
        let x = Extraction.run(text: Self.gulfArticle, suggest: true)
        #expect(x.claims.map(\.expression.statedValue) == [
            "Dh16.2 billion", "Dh14.1 billion", "QR8.67 billion", "KD0.4 billion", "RO0.2 billion", "E£12.5 billion",
        ])
        #expect(x.claims.map(\.expression.period) == ["2025Q2", "2024Q2", nil, nil, nil, "FY2025"])
        let rendered = ClaimsWriter(articleID: "t", title: "Gulf", textPath: nil, sourceName: "t.txt").render(x, suggested: true)
        let (document, parse) = Parser.parse(SourceFile(path: "Claims/t.claims", text: rendered))
        let (project, resolve) = Resolver.resolve([document])
        #expect((parse + resolve).allSatisfy { $0.code == "R405" }, "\((parse + resolve).map(\.message))")
        #expect(project.claims.allSatisfy { QuoteCheck.check($0) == nil })
    }
}
