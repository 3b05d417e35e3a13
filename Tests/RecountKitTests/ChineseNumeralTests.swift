import RecountKit
@testable import RecountCore
@testable import RecountEngine
@testable import RecountExtract
@testable import RecountFigures
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// Numbers written in Chinese numerals (`一千零五十億港元`, `百分之四十`): read as the digits they
/// stand for, in the claims language, in quotes and by `recount extract`.
@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("一", "1"), ("十", "10"), ("十五", "15"), ("四十", "40"), ("五十七", "57"), ("六百", "600"),
        ("一千零五十", "1050"), ("一千零五", "1005"), ("三千五百", "3500"), ("二千五", "2500"), ("兩", "2"),
        ("五十七點一", "57.1"), ("三点二五", "3.25"), ("一百零八", "108"), ("九千九百九十九", "9999"),
    ])
    func aNumeralIsReadAsItsDigits(numeral: String, digits: String) {
        #expect(ChineseNumeral.digits(of: numeral) == digits)
    }

    @Test(arguments: ["零", "百十", "一二三", "萬", "點一", "十百"])
    func whatIsNoWholeNumeralIsRefused(text: String) {
        #expect(ChineseNumeral.digits(of: text) == nil)
    }

    /// A numeral has its digits' precision: `一千零五十` is `1050`, rounded at the tens.
    @Test func aNumeralHasTheIntervalOfItsDigits() throws {
        let numeral = try #require(PrintedNumber("一千零五十"))
        let digits = try #require(PrintedNumber("1050"))
        #expect(numeral.interval == digits.interval)
        #expect(numeral.written == "一千零五十")
        #expect(!numeral.isPlainDigits)
        #expect(try #require(PrintedNumber("五十七點一")).interval == (try #require(PrintedNumber("57.1"))).interval)
    }

    /// In a text, a numeral is a figure only with a scale, a currency, `%` or `百分之`: the
    /// numerals of ordinary words (`三宗`, `一些`) are not figures.
    @Test(arguments: [
        ("集資一千零五十億港元", ["一千零五十億港元"]),
        ("按年增長百分之四十。", ["百分之四十"]),
        ("佔總額百分之五十七點一", ["百分之五十七點一"]),
        ("三宗大型招股合共集資六百億港元", ["六百億港元"]),
        ("增長四十%", ["四十%"]),
        ("增長百分之40", ["百分之40"]),
        ("一些公司和三宗交易", []),
        ("第一季", []),
    ])
    func numeralsAreFiguresOnlyWithTheirUnits(text: String, figures: [String]) {
        #expect(QuoteNumbers.find(in: text).map(\.text) == figures)
    }

    @Test func aPercentagePerHundredIsAPercentage() throws {
        let found = try #require(QuoteNumbers.find(in: "增長百分之四十").first)
        #expect(found.percent)
        #expect(found.value == 40)
    }

    /// Claims state the numerals as printed, and check against a ledger in digits.
    @Test func claimsInNumeralsCheckAgainstALedgerInDigits() throws {
        let audit = try ReportFixtures.audit([
            "Evidence/hk.ledger": """
                source hkex "Exchange data"
                  grade primary
                entity hk "Hong Kong listings"
                fact hk.raised @ 2026H1 = HK$105 billion
                  source hkex
                fact hk.raised @ 2025H1 = HK$75 billion
                  source hkex

                """,
            "Claims/hk.claims": """
                article zh "Summary"
                claim total
                  quote "集資一千零五十億港元"
                  states hk.raised @ 2026H1 = 一千零五十億港元
                claim growth
                  quote "按年增長百分之四十"
                  states hk.raised.yoy @ 2026H1 = 百分之四十
                claim wrong
                  quote "按年增長百分之四十五"
                  states hk.raised.yoy @ 2026H1 = 百分之四十五

                """,
        ])
        let verdicts = Dictionary(uniqueKeysWithValues: audit.results.map { ($0.claim.id, $0.verdict) })
        #expect(verdicts["total"] == .consistent)
        #expect(verdicts["growth"] == .consistent)
        #expect(verdicts["wrong"] == .inconsistent)
        #expect(audit.diagnostics.map(\.code) == [])
    }

    /// `recount extract` drafts numerals as printed, with their values.
    @Test func extractDraftsNumeralsAsPrinted() {
        let x = Extraction.run(text: "港股上半年集資一千零五十億港元，按年增長百分之四十。", suggest: false)
        let stated = x.claims.map(\.expression.statedValue)
        #expect(stated == ["一千零五十億港元", "百分之四十"])
    }
}

/// Currency names after the number (`5.4 billion euros`, `3.6725 dirhams`), and what an article's
/// ambiguous signs and names mean from the currencies it writes unambiguously.
@Suite struct CurrencyNameTests {
    @Test(arguments: [
        ("It will spend 5.4 billion euros.", "5.4 billion euros", "EUR"),
        ("A share cost 22.6 yuan.", "22.6 yuan", "CNY"),
        ("Sales were 312 billion yen.", "312 billion yen", "JPY"),
        ("The deal is worth 2.1 billion rand.", "2.1 billion rand", "ZAR"),
    ])
    func aNameAfterTheNumberIsItsCurrency(sentence: String, stated: String, code: String) throws {
        let e = try #require(NumericScanner.scan(sentence).first)
        #expect(e.statedValue == stated)
        #expect(e.unit.currency == code)
        // The claims language reads the name as printed.
        let (project, diagnostics) = resolveText("article a \"A\"\nentity x \"X\"\nclaim c\n  states x.m = \(stated)\n")
        #expect(diagnostics.map(\.message) == [])
        #expect(project.claims.first?.stated?.unit.currency == code)
    }

    @Test func aNameSeveralCurrenciesShareIsRefusedUntilADefaultSaysWhich() {
        let (_, refused) = resolveText("article a \"A\"\nentity x \"X\"\nclaim c\n  states x.m = 3.6725 dirhams\n")
        #expect(refused.map(\.code) == ["R217"])
        let (project, accepted) = resolveText("article a \"A\"\nentity x \"X\"\ndefaults\n  currency AED\nclaim c\n  states x.m = 3.6725 dirhams\n")
        #expect(accepted.map(\.message) == [])
        #expect(project.claims.first?.stated?.unit.currency == "AED")
    }

    @Test func anArticlesOwnCurrenciesSayWhatItsSignsMean() {
        #expect(ArticleSigns.read("Sales were ¥1.2 trillion, or 8 billion yen a day.").region == "JP")
        #expect(ArticleSigns.read("营收¥500亿，约合70亿人民币。").region == "CN")
        // Both or neither: the sign stays unread.
        #expect(ArticleSigns.read("¥5 is 0.04 yuan or 5 yen.").region == nil)
        #expect(ArticleSigns.read("A price of ¥500.").region == nil)
        #expect(ArticleSigns.read("Profit was Dh2.4 billion at 3.6725 dirhams per dollar.").names["dirhams"] == "AED")
        #expect(ArticleSigns.read("It paid 3.6725 dirhams.").names["dirhams"] == nil)
    }

    /// A draft of an article that means the yen by `¥` states it as printed under `region JP`,
    /// and a dirham name as the code the article means; the draft loads with no error.
    @Test func theDraftSaysWhatTheSignsMean() throws {
        let x = Extraction.run(text: "Sales reached ¥1.23 trillion, or 8.2 billion yen a day.\n\nThe peg is 3.6725 dirhams per dollar; profit was Dh2.4 billion.\n", suggest: false)
        #expect(x.claims.map(\.expression.statedValue) == ["¥1.23 trillion", "8.2 billion yen/day", "3.6725 AED", "Dh2.4 billion"])
        #expect(x.claims.first?.expression.unit.currency == "JPY")
        let text = ClaimsWriter(articleID: "a", title: "A", textPath: nil, sourceName: "a.txt").render(x, suggested: false)
        #expect(text.contains("defaults\n  region JP\n"))
        let (_, diagnostics) = resolveText(text)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.message) == [])
    }
}
