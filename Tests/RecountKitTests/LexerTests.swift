@testable import RecountCore
@testable import RecountSyntax
import Testing

/// Lexes `text` as the file `test.claims`.
private func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic], lexer: Lexer) {
    var lexer = Lexer(file: SourceFile(path: "test.claims", text: text))
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics, lexer)
}

/// A compact spelling of a token, for comparing whole token streams.
private func describe(_ kind: Token.Kind) -> String {
    switch kind {
    case .word(let w): "word(\(w))"
    case .string(let s): "string(\(s))"
    case .figure(let f): "figure(\(f.text))"
    case .bare(let b): "bare(\(b))"
    case .symbol(let s): "symbol(\(s.rawValue))"
    case .newline: "newline"
    case .indent: "indent"
    case .dedent: "dedent"
    case .endOfFile: "eof"
    }
}

private func kinds(_ text: String) -> [String] {
    lex(text).tokens.map { describe($0.kind) }
}

/// `path:line:col code` for each diagnostic.
private func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.range?.description ?? "-") \($0.code)" }
}

@Suite struct LexerTests {
    struct FigureCase: Sendable, CustomTestStringConvertible {
        var input: String
        var prefix: String?
        var number: String
        var suffix: String
        var testDescription: String { input }
    }

    static let figures: [FigureCase] = [
        .init(input: "$16.59B", prefix: "$", number: "16.59", suffix: "B"),
        .init(input: "12%", prefix: nil, number: "12", suffix: "%"),
        .init(input: "16.59 billion", prefix: nil, number: "16.59", suffix: " billion"),
        .init(input: "US$ 4.2bn", prefix: "US$", number: "4.2", suffix: "bn"),
        .init(input: "370億美元", prefix: nil, number: "370", suffix: "億美元"),
        .init(input: "130.4萬億", prefix: nil, number: "130.4", suffix: "萬億"),
        .init(input: "DKK 1,369m", prefix: "DKK", number: "1,369", suffix: "m"),
        .init(input: "0.5 pp", prefix: nil, number: "0.5", suffix: " pp"),
        .init(input: "$37B/yr", prefix: "$", number: "37", suffix: "B/yr"),
        .init(input: "$12/MW/yr", prefix: "$", number: "12", suffix: "/MW/yr"),
        .init(input: "30 GW", prefix: nil, number: "30", suffix: " GW"),
        .init(input: "4.2bn USD", prefix: nil, number: "4.2", suffix: "bn USD"),
        .init(input: "€3", prefix: "€", number: "3", suffix: ""),
        .init(input: "１２％", prefix: nil, number: "１２", suffix: "％"),
    ]

    @Test("figures lex as one token with prefix, number and suffix", arguments: figures)
    func figure(_ c: FigureCase) throws {
        let (tokens, diagnostics, _) = lex(c.input)
        #expect(diagnostics.isEmpty)
        #expect(tokens.count == 3, "figure, newline, end of file")
        guard case .figure(let f) = try #require(tokens.first).kind else {
            Issue.record("expected a figure, got \(tokens.map { describe($0.kind) })")
            return
        }
        #expect(f.text == c.input)
        #expect(f.currencyPrefix == c.prefix)
        #expect(f.number == c.number)
        #expect(f.suffix == c.suffix)
        #expect(tokens[0].span == 0..<c.input.unicodeScalars.count)
    }

    @Test func spacedDivisionIsNotAPerUnit() {
        #expect(kinds("$37B / 12") == ["figure($37B)", "symbol(/)", "figure(12)", "newline", "eof"])
        #expect(kinds("$37B/12") == ["figure($37B)", "symbol(/)", "figure(12)", "newline", "eof"])
        #expect(kinds("$37B/yr") == ["figure($37B/yr)", "newline", "eof"])
    }

    @Test func wordsAfterASpaceOnlyJoinWhenTheyAreUnits() {
        // `in` is not a unit word, so the figure stops before it.
        #expect(kinds("30 GW in $/yr") == ["figure(30 GW)", "word(in)", "bare($/yr)", "newline", "eof"])
        #expect(kinds("5 apples") == ["figure(5)", "word(apples)", "newline", "eof"])
        // A currency code not followed by a number is a word.
        #expect(kinds("USD") == ["word(USD)", "newline", "eof"])
    }

    @Test func dottedAndHyphenatedNamesAreOneWord() {
        #expect(kinds("msft.ai_run_rate.yoy") == ["word(msft.ai_run_rate.yoy)", "newline", "eof"])
        #expect(kinds("fiscal-year-end") == ["word(fiscal-year-end)", "newline", "eof"])
        #expect(kinds("ai-black-hole") == ["word(ai-black-hole)", "newline", "eof"])
        // A trailing dot is not part of the name.
        let (tokens, diagnostics, _) = lex("a.b.")
        #expect(tokens.map { describe($0.kind) } == ["word(a.b)", "newline", "eof"])
        #expect(summary(diagnostics) == ["test.claims:1:4 R002"])
        #expect(kinds("msft.capex / 10") == ["word(msft.capex)", "symbol(/)", "figure(10)", "newline", "eof"])
    }

    @Test func bareTokensAfterAt() {
        #expect(kinds("x.y @ FY2026Q3") == ["word(x.y)", "symbol(@)", "bare(FY2026Q3)", "newline", "eof"])
        #expect(kinds("x.y @ H1 2025") == ["word(x.y)", "symbol(@)", "bare(H1 2025)", "newline", "eof"])
        #expect(kinds("x.y @ Q3 2025 # note") == ["word(x.y)", "symbol(@)", "bare(Q3 2025)", "newline", "eof"])
        #expect(kinds("x.y @ Q3 FY2025") == ["word(x.y)", "symbol(@)", "bare(Q3 FY2025)", "newline", "eof"])
        #expect(kinds("(x.y @ Q1 2025)") == [
            "symbol(()", "word(x.y)", "symbol(@)", "bare(Q1 2025)", "symbol())", "newline", "eof",
        ])
        #expect(kinds("x.y @ 2025..2026") == ["word(x.y)", "symbol(@)", "bare(2025..2026)", "newline", "eof"])
        #expect(kinds("(x.y @ FY2026Q3)") == [
            "symbol(()", "word(x.y)", "symbol(@)", "bare(FY2026Q3)", "symbol())", "newline", "eof",
        ])
        // A half followed by something that is not a four-digit year stays on its own.
        #expect(kinds("x.y @ H1 25") == ["word(x.y)", "symbol(@)", "bare(H1)", "figure(25)", "newline", "eof"])
    }

    @Test func bareTokensAfterKeywords() {
        #expect(kinds("fiscal-year-end 06-30") == ["word(fiscal-year-end)", "bare(06-30)", "newline", "eof"])
        #expect(kinds("published 2026-07-02") == ["word(published)", "bare(2026-07-02)", "newline", "eof"])
        #expect(kinds("x in $/month") == ["word(x)", "word(in)", "bare($/month)", "newline", "eof"])
    }

    @Test func bareTokenSpansStopAtTheParenthesis() throws {
        let (tokens, _, _) = lex("(a.b @ FY2026Q3)")
        let bare = try #require(tokens.first { if case .bare = $0.kind { true } else { false } })
        #expect(bare.span == 7..<15)
    }

    @Test func indentationTokens() {
        let text = """
            claim a
              quote "x"
              expect consistent

            claim b
              note "y"
            """
        #expect(kinds(text) == [
            "word(claim)", "word(a)", "newline",
            "indent", "word(quote)", "string(x)", "newline",
            "word(expect)", "word(consistent)", "newline",
            "dedent", "word(claim)", "word(b)", "newline",
            "indent", "word(note)", "string(y)", "newline",
            "dedent", "eof",
        ])
        #expect(lex(text).diagnostics.isEmpty)
    }

    @Test func nestedIndentationClosesEveryBlockAtTheEnd() {
        let tokens = kinds("a\n  b\n    c\n")
        #expect(tokens == [
            "word(a)", "newline", "indent", "word(b)", "newline", "indent", "word(c)", "newline",
            "dedent", "dedent", "eof",
        ])
    }

    @Test func inconsistentIndentationIsReported() {
        let (_, diagnostics, _) = lex("a\n    b\n  c\n")
        #expect(summary(diagnostics) == ["test.claims:3:1 R005"])
    }

    @Test func commentsAreKeptAsideAndProduceNoTokens() {
        let text = "# heading\nfact a.b = 5%  # trailing note\n   # indented comment\nuse \"x\""
        let (tokens, diagnostics, lexer) = lex(text)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map { describe($0.kind) } == [
            "word(fact)", "word(a.b)", "symbol(=)", "figure(5%)", "newline",
            "word(use)", "string(x)", "newline", "eof",
        ])
        #expect(lexer.comments.map(\.text) == [" heading", " trailing note", " indented comment"])
        #expect(lexer.comments.first?.span == 0..<9)
        // A comment-only line, even indented, opens no block.
        #expect(!tokens.contains { if case .indent = $0.kind { true } else { false } })
    }

    @Test func stringsDecodeEscapes() {
        let text = #""say \"hi\"\\ \n\t\u{4E2D}""#
        let (tokens, diagnostics, _) = lex(text)
        #expect(diagnostics.isEmpty)
        #expect(tokens.first?.kind == .string("say \"hi\"\\ \n\t中"))
        #expect(tokens.first?.span == 0..<text.unicodeScalars.count)
    }

    @Test func stringsHoldChineseText() {
        let (tokens, diagnostics, _) = lex(#"quote "微軟的AI業務年化收入達370億美元""#)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map { describe($0.kind) } == [
            "word(quote)", "string(微軟的AI業務年化收入達370億美元)", "newline", "eof",
        ])
    }

    @Test func invalidEscapeIsReported() {
        let (tokens, diagnostics, _) = lex(#"quote "a\qb""#)
        #expect(summary(diagnostics) == ["test.claims:1:9 R003"])
        #expect(diagnostics.first?.message == #"invalid escape sequence '\q' in string"#)
        #expect(tokens[1].kind == .string("ab"))
    }

    @Test func unterminatedStringReportsWhereItOpens() {
        let (tokens, diagnostics, _) = lex("claim a\n  quote \"oops\n  expect consistent\n")
        #expect(summary(diagnostics) == ["test.claims:2:9 R001"])
        #expect(diagnostics.first?.message == "unterminated string")
        // The string runs to the end of its line only; the next line still lexes.
        #expect(tokens.map { describe($0.kind) }.contains("word(expect)"))
        #expect(tokens.contains { $0.kind == .string("oops") })
    }

    @Test func unexpectedCharacterIsReportedAndSkipped() {
        let (tokens, diagnostics, _) = lex("fact a.b = 5% & 6%")
        #expect(summary(diagnostics) == ["test.claims:1:15 R002"])
        #expect(diagnostics.first?.message == "unexpected character '&'")
        #expect(tokens.map { describe($0.kind) } == [
            "word(fact)", "word(a.b)", "symbol(=)", "figure(5%)", "figure(6%)", "newline", "eof",
        ])
    }

    @Test func tabIndentationIsReported() {
        let (tokens, diagnostics, _) = lex("claim a\n\tquote \"x\"\n")
        #expect(summary(diagnostics) == ["test.claims:2:1 R004"])
        #expect(diagnostics.first?.message == "tab used for indentation")
        // The line is still lexed as an indented attribute.
        #expect(tokens.map { describe($0.kind) }.prefix(5) == ["word(claim)", "word(a)", "newline", "indent", "word(quote)"])
    }

    @Test func unicodeOperatorsMapToASCIISymbols() {
        #expect(kinds("a × b ÷ c − d ≤ e ≥ f ≈ 1") == [
            "word(a)", "symbol(*)", "word(b)", "symbol(/)", "word(c)", "symbol(-)", "word(d)",
            "symbol(<=)", "word(e)", "symbol(>=)", "word(f)", "symbol(~)", "figure(1)", "newline", "eof",
        ])
    }

    @Test func crlfLineEndingsAreAccepted() {
        #expect(kinds("claim a\r\n  expect consistent\r\n") == [
            "word(claim)", "word(a)", "newline", "indent", "word(expect)", "word(consistent)", "newline",
            "dedent", "eof",
        ])
    }
}
