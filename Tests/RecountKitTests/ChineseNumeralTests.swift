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
