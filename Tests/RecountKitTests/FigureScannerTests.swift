@testable import RecountCore
@testable import RecountEngine
@testable import RecountExtract
@testable import RecountFigures
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// The lexer, the quote check and the extractor read figures through the one `FigureScanner`:
/// each form below is fed to all three and must come back with the same parts.
@Suite struct FigureScannerTests {
    /// A figure as written, with the parts every reader must split it into.
    struct Form: Sendable, CustomTestStringConvertible {
        var figure: FigureText
        var text: String { figure.text }
        var testDescription: String { text }

        init(_ text: String, _ prefix: String?, _ number: String, _ suffix: String) {
            figure = FigureText(text: text, currencyPrefix: prefix, number: number, suffix: suffix)
        }
    }

    /// Forms of the claims language that articles write the same way.
    static let forms: [Form] = [
        Form("$16.59B", "$", "16.59", "B"),
        Form("$16.59 billion", "$", "16.59", " billion"),
        Form("US$3.5 billion", "US$", "3.5", " billion"),
        Form("HK$4.2bn", "HK$", "4.2", "bn"),
        Form("€2.1bn", "€", "2.1", "bn"),
        Form("£3", "£", "3", ""),
        Form("DKK 1,369m", "DKK", "1,369", "m"),
        Form("RMB 500mn", "RMB", "500", "mn"),
        Form("$1.2T", "$", "1.2", "T"),
        Form("$500K", "$", "500", "K"),
        Form("12%", nil, "12", "%"),
        Form("12 %", nil, "12", " %"),
        Form("0.5 pp", nil, "0.5", " pp"),
        Form("0.5pp", nil, "0.5", "pp"),
        Form("1,369.5", nil, "1,369.5", ""),
        Form("370億美元", nil, "370", "億美元"),
        Form("130.4億", nil, "130.4", "億"),
        Form("1萬億美元", nil, "1", "萬億美元"),
        Form("5万亿", nil, "5", "万亿"),
        Form("350百萬美元", nil, "350", "百萬美元"),
        Form("3.5十億", nil, "3.5", "十億"),
        Form("12千", nil, "12", "千"),
        Form("１２％", nil, "１２", "％"),
        Form("１，３６９．５", nil, "１，３６９．５", ""),
        Form("30 GW", nil, "30", " GW"),
        Form("7.1GW", nil, "7.1", "GW"),
        Form("500 MW", nil, "500", " MW"),
        Form("18 months", nil, "18", " months"),
        Form("3 days", nil, "3", " days"),
        Form("2 quarters", nil, "2", " quarters"),
        Form("2 halves", nil, "2", " halves"),
        Form("$4.4B/half", "$", "4.4", "B/half"),
        Form("$2.5M/quarter", "$", "2.5", "M/quarter"),
        Form("$3.08B/month", "$", "3.08", "B/month"),
        Form("$37B/yr", "$", "37", "B/yr"),
        Form("$2.5M/qtr", "$", "2.5", "M/qtr"),
        Form("$9/day", "$", "9", "/day"),
        Form("€12/MW", "€", "12", "/MW"),
        Form("Dh16.2 billion", "Dh", "16.2", " billion"),
        Form("QR8.67 billion", "QR", "8.67", " billion"),
        Form("QAR 8.67B", "QAR", "8.67", "B"),
        Form("S$3.2bn", "S$", "3.2", "bn"),
        Form("₹500 million", "₹", "500", " million"),
        Form("2.23x", nil, "2.23", "x"),
        Form("2.23×", nil, "2.23", "×"),
        Form("5‰", nil, "5", "‰"),
        Form("5 ‰", nil, "5", " ‰"),
        Form("$80/bbl", "$", "80", "/bbl"),
        Form("$12/boe", "$", "12", "/boe"),
        Form("USD 44/MWh", "USD", "44", "/MWh"),
        Form("$60/t", "$", "60", "/t"),
        Form("$3,000/person", "$", "3,000", "/person"),
        Form("$45,000/capita", "$", "45,000", "/capita"),
        Form("$2.10/share", "$", "2.10", "/share"),
        Form("AED 3.6725/USD", "AED", "3.6725", "/USD"),
        Form("12 TWh", nil, "12", " TWh"),
        Form("500 MWh", nil, "500", " MWh"),
        Form("3.2 tonnes", nil, "3.2", " tonnes"),
        Form("5 bbl", nil, "5", " bbl"),
        Form("TRY 5 billion", "TRY", "5", " billion"),
        Form("NGN 40", "NGN", "40", ""),
        Form("CN¥5bn", "CN¥", "5", "bn"),
    ]

    /// The figure a claims file states, as the lexer reads it, and the claim it is stated in.
    func stated(_ text: String) throws -> (figure: FigureText, claim: Claim, diagnostics: [String]) {
        let line = "  states x.y = \(text)\n"
        var lexer = Lexer(file: SourceFile(path: "f.claims", text: line))
        let figures = lexer.tokenize().compactMap { token -> FigureText? in
            if case .figure(let f) = token.kind { f } else { nil }
        }
        #expect(lexer.diagnostics.isEmpty)
        let figure = try #require(figures.count == 1 ? figures.first : nil, "one figure in \(figures)")
        let claims = "entity x \"X\"\nclaim c\n  quote \"\(sentence(text))\"\n" + line
        let (document, parseErrors) = Parser.parse(SourceFile(path: "f.claims", text: claims))
        let (project, resolveErrors) = Resolver.resolve([document])
        let claim = try #require(project.claims.first)
        return (figure, claim, (parseErrors + resolveErrors + Engine.check(project).1).map(\.code))
    }

    func sentence(_ figure: String) -> String { "It reported \(figure) for the year." }

    /// What a unit means, without how it is spelled: extract writes `7.1GW` as `7.1 GW`.
    func meaning(_ unit: Unit) -> String {
        "\(unit.currency ?? "-") 10^\(unit.scale) \(unit.word.map { "\($0)" } ?? "-") per \(unit.per)"
    }

    @Test("the lexer, the quote check and extract read a figure alike", arguments: forms)
    func everyReaderReadsTheSameParts(_ form: Form) throws {
        let (figure, claim, diagnostics) = try stated(form.text)
        #expect(figure == form.figure)
        // Resolved without errors, and the quote check finds the stated figure in its quote.
        #expect(diagnostics == [])
        let stated = try #require(claim.stated)

        let quoted = QuoteNumbers.find(in: sentence(form.text), chineseCounts: true)
        #expect(quoted.count == 1, "\(quoted.map(\.text))")
        #expect(quoted.first?.figure == form.figure)

        let drafted = NumericScanner.scan(sentence(form.text))
        #expect(drafted.count == 1, "\(drafted.map(\.text))")
        let expression = try #require(drafted.first)
        #expect(SentenceTokens(sentence(form.text)).text(expression.extent) == form.text)
        #expect(expression.number == stated.number)
        #expect(meaning(expression.unit) == meaning(stated.unit))
    }

    /// Forms of the claims language that prose reads otherwise, with the figures the quote
    /// check finds instead: in an article a currency symbol is written against the number, a
    /// letter scale is attached to it, a code after it is another word, and `year` is not a
    /// unit, since `a year` after a figure makes it a rate; nor is `half`, a fraction in words. A
    /// code that is also a word (`TOP`, `ALL`) is a currency in prose only before a scale.
    static let claimsOnly: [(form: String, prose: [String])] = [
        ("US$ 4.2bn", ["4.2bn"]), ("4.2bn USD", ["4.2bn"]), ("5 B", ["5"]), ("1 year", ["1"]), ("1 half", ["1"]),
        ("TOP 10", ["10"]), ("ALL 5", ["5"]), ("PHP 8", ["8"]),
    ]

    @Test func proseIsStricterAboutWhatFollowsANumber() throws {
        for (form, prose) in Self.claimsOnly {
            let (figure, _, _) = try stated(form)
            #expect(figure.text == form)
            #expect(QuoteNumbers.find(in: form).compactMap(\.figure?.text) == prose, "\(form)")
        }
    }

    @Test func proseSpellingsMapOntoTheClaimsLanguage() {
        for spelling in Array(FigureVocabulary.proseUnits.values) + Array(FigureVocabulary.prosePerUnits.values)
            + Array(FigureVocabulary.cjkPerUnits.values) {
            #expect(FigureVocabulary.units[spelling] != nil, "\(spelling)")
        }
        #expect(Set(FigureVocabulary.proseScales.values).isSubset(of: Set(FigureVocabulary.scales.values)))
        for (word, exponent) in FigureVocabulary.proseScales where !word.hasSuffix("s") {
            #expect(FigureVocabulary.scales[word] == exponent)
        }
    }
}
