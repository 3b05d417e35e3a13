import RecountKit
@testable import RecountExtract
@testable import RecountFigures
@testable import RecountModel
import Testing

/// Numbers written as groups with their Chinese scales (`1兆2300億円`), numerals that start with
/// `百` or `千` (`千四百二十万人`), and multiples in words after digits (`4.0 times EBITDA`): read
/// the same way in a claims file, in a quote and by `recount extract`.
@Suite struct ScaleGroupsTests {
    @Test(arguments: [
        ("1兆2300億", "12300e8"), ("3億5000萬", "35000e4"), ("1億2000万", "12000e4"), ("一億二千萬", "12000e4"),
        ("1兆5000万", "100005000e4"), ("3万5000", "35000"), ("1萬5千", "15e3"), ("2兆0500億", "20500e8"),
        ("1兆2300億5000万", "123005000e4"),
    ])
    func groupsAreReadAsOneNumber(text: String, digits: String) {
        #expect(ScaleGroups.digits(of: text) == digits)
    }

    /// One group, a later group too large for its place, scales out of order, a decimal, a
    /// date: no groups.
    @Test(arguments: ["1兆", "2300億", "1億23000萬", "1萬2億", "1.5億2000萬", "5萬2025年", "1萬2.5", "1,200億300萬"])
    func whatIsNotGroupsIsRefused(text: String) {
        #expect(ScaleGroups.digits(of: text) == nil)
    }

    /// Groups are rounded at their last non-zero digit, as a whole number is: `1兆2300億` is
    /// 12300億, [12250億, 12350億].
    @Test func groupsHaveTheIntervalOfTheirDigits() throws {
        let grouped = try #require(PrintedNumber("1兆2300億"))
        let digits = try #require(PrintedNumber("1230000000000"))
        #expect(grouped.value == 1.23e12)
        #expect(grouped.interval == digits.interval)
        #expect(grouped.written == "1兆2300億")
        #expect(!grouped.isPlainDigits)
    }

    @Test(arguments: [
        ("売上高は1兆2300億円、うち", ["1兆2300億円"], [1.23e12]),
        ("外国人客は千四百二十万人に達した", ["千四百二十万"], [1.42e7]),
        ("來客達3万5000人", ["3万5000"], [35000]),
        ("營收一億二千萬元", ["一億二千萬"], [1.2e8]),
        // A currency between them ends the first figure: two figures, not one.
        ("1億円、2300萬円", ["1億円", "2300萬円"], [1e8, 2.3e7]),
    ])
    func aQuoteFindsGroupsAsOneFigure(text: String, figures: [String], values: [Double]) {
        let found = QuoteNumbers.find(in: text)
        #expect(found.map(\.text) == figures)
        #expect(found.map(\.value) == values)
    }

    /// `千` and `百` alone begin words (`千万`, `百货`) and scales (`百萬`): they are one thousand
    /// or one hundred only with more of their group after them.
    @Test func aBareHundredOrThousandNeedsMoreOfItsGroup() {
        #expect(ChineseNumeral.digits(of: "千四百二十") == "1420")
        #expect(ChineseNumeral.digits(of: "千零五") == "1005")
        #expect(ChineseNumeral.digits(of: "百二十") == "120")
        #expect(ChineseNumeral.digits(of: "千") == nil)
        #expect(QuoteNumbers.find(in: "千万不要错过百货公司").isEmpty)
    }

    /// The claims language reads groups as printed, and checks them against a ledger in digits;
    /// in a group `兆` is 10¹², so no region is asked for.
    @Test func claimsInGroupsCheckAgainstALedger() throws {
        let audit = try ReportFixtures.audit([
            "Evidence/k.ledger": """
                source kda "Kansai Department Stores Association"
                  grade primary
                entity kansai "Kansai department stores"
                fact kansai.sales @ 2025 = JPY 1.23 trillion
                  source kda

                """,
            "Claims/k.claims": """
                article ja "Summary"
                claim total
                  quote "売上高は1兆2300億円"
                  states kansai.sales @ 2025 = 1兆2300億円
                claim wrong
                  quote "売上高は1兆2500億円"
                  states kansai.sales @ 2025 = 1兆2500億円

                """,
        ])
        let verdicts = Dictionary(uniqueKeysWithValues: audit.results.map { ($0.claim.id, $0.verdict) })
        #expect(verdicts["total"] == .consistent)
        #expect(verdicts["wrong"] == .inconsistent)
        #expect(audit.diagnostics.map(\.code) == [])
    }

    @Test func extractDraftsGroupsAndNumeralsAsPrinted() {
        let x = Extraction.run(text: "2025年の売上高は1兆2300億円、訪日客は千四百二十万人だった。", suggest: false)
        #expect(x.claims.map(\.expression.statedValue) == ["1兆2300億円", "千四百二十万"])
        #expect(x.claims.first?.expression.unit.currency == "JPY")
        #expect(x.claims.first?.expression.number.value == 1.23e12)
    }

    // MARK: Multiples in words after digits

    @Test(arguments: [
        ("Net debt was €12.8bn, or 4.0 times EBITDA.", "4.0x"),
        ("The shares trade at 12 times earnings.", "12x"),
        ("Demand was 2.5 times the level of 2024.", "2.5x"),
        ("Bookings were 3 times as high.", "3x"),
    ])
    func aNumberTimesSomethingIsAMultiple(sentence: String, stated: String) {
        let e = NumericScanner.scan(sentence).first { $0.text.contains("times") }
        #expect(e?.statedValue == stated)
        #expect(e?.unit.word == .times)
    }

    /// `N times a year`, `N times in 2025`: how often, not a multiple; `2 times 3` multiplies.
    @Test(arguments: [
        "The board met 12 times a year.", "The index fell 5 times in 2025.", "The rate was cut 3 times.",
        "It is 2 times 3 in the model.",
    ])
    func aCountOfOccasionsIsNoMultiple(sentence: String) {
        #expect(!NumericScanner.scan(sentence).contains { $0.unit.word == .times })
    }
}
