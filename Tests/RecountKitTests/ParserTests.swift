@testable import RecountCore
@testable import RecountKit
@testable import RecountModel
@testable import RecountSyntax
import Testing

private func parse(_ text: String, path: String = "test.claims") -> (Syntax.Document, [Diagnostic]) {
    Parser.parse(SourceFile(path: path, text: text))
}

/// `path:line:col code` for each diagnostic.
private func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.range?.description ?? "-") \($0.code)" }
}

/// The only claim of a document that must parse without diagnostics.
private func onlyClaim(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Syntax.Claim {
    let (document, diagnostics) = parse(text)
    #expect(diagnostics.isEmpty, "\(summary(diagnostics)) \(diagnostics.map(\.message))", sourceLocation: sourceLocation)
    guard document.declarations.count == 1, case .claim(let claim) = document.declarations[0] else {
        Issue.record("expected one claim, got \(document.declarations)", sourceLocation: sourceLocation)
        throw ParseFailure()
    }
    return claim
}

private struct ParseFailure: Error {}

/// The expression after `because` in a one-claim file.
private func because(_ expression: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let claim = try onlyClaim("claim c\n  states 1%\n  because \(expression)\n", sourceLocation: sourceLocation)
    let formula = try #require(claim.because, sourceLocation: sourceLocation)
    return sexp(formula)
}

/// A Lisp-like spelling of an expression that shows its structure: `(+ 1 (* 2 3))`; brackets
/// mark parentheses as written.
private func sexp(_ e: Syntax.Expression) -> String {
    switch e {
    case .figure(let f, _): f.text
    case .quantity(let q): q.name.name + (q.period.map { "@" + $0.name } ?? "")
    case .claim(let id): "#" + id.name
    case .negate(let x, _): "(neg \(sexp(x)))"
    case .binary(let op, let a, let b, _): "(\(op.rawValue) \(sexp(a)) \(sexp(b)))"
    case .convert(let x, let unit, nil, _): "(in \(sexp(x)) \(unit.name))"
    case .convert(let x, let unit, let rate?, _):
        "(in \(sexp(x)) \(unit.name) at \(rate.name.name + (rate.period.map { "@" + $0.name } ?? "")))"
    case .parenthesized(let x, _): "[\(sexp(x))]"
    case .range(let v): "(range \(v.signedText))"
    }
}

private extension SourceRange {
    /// `line:col-line:col`.
    var span: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }
}

private typealias SourceLocation = Testing.SourceLocation

@Suite struct ParserTests {
    // MARK: Declarations

    @Test func entity() throws {
        let (document, diagnostics) = parse("entity msft \"Microsoft\"\n  fiscal-year-end 06-30\n")
        #expect(diagnostics.isEmpty)
        guard case .entity(let e) = try #require(document.declarations.first) else {
            Issue.record("not an entity")
            return
        }
        #expect(document.declarations.count == 1)
        #expect(e.id.name == "msft")
        #expect(e.id.range.span == "1:8-1:12")
        #expect(e.name.value == "Microsoft")
        #expect(e.fiscalYearEnd?.name == "06-30")
        #expect(e.fiscalYearEnd?.range.span == "2:19-2:24")
        #expect(e.range.span == "1:1-1:24")
    }

    @Test func entityWithoutBlock() throws {
        let (document, diagnostics) = parse("entity acme \"Acme\"")
        #expect(diagnostics.isEmpty)
        guard case .entity(let e) = try #require(document.declarations.first) else {
            Issue.record("not an entity")
            return
        }
        #expect(e.fiscalYearEnd == nil)
    }

    @Test func source() throws {
        let text = """
            source msft-8k "Microsoft 8-K"
              url "https://example.com/8k"
              grade primary
              date 2026-04-29
              note "first"
              note "second"
            """
        let (document, diagnostics) = parse(text, path: "e.ledger")
        #expect(diagnostics.isEmpty)
        guard case .source(let s) = try #require(document.declarations.first) else {
            Issue.record("not a source")
            return
        }
        #expect(s.id.name == "msft-8k")
        #expect(s.title.value == "Microsoft 8-K")
        #expect(s.url?.value == "https://example.com/8k")
        #expect(s.grade?.name == "primary")
        #expect(s.date?.name == "2026-04-29")
        #expect(s.notes.map(\.value) == ["first", "second"])
        #expect(s.id.range.path == "e.ledger")
    }

    @Test func fact() throws {
        let text = """
            fact msft.ai_run_rate @ FY2026Q3 = over $37B/yr
              source msft-8k
              quote "surpassed $37B"
              note "run rate"
            """
        let (document, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        guard case .fact(let f) = try #require(document.declarations.first) else {
            Issue.record("not a fact")
            return
        }
        #expect(f.quantity.name.name == "msft.ai_run_rate")
        #expect(f.quantity.period?.name == "FY2026Q3")
        #expect(f.quantity.range.span == "1:6-1:33")
        #expect(f.value.hedge?.words == "over")
        #expect(f.value.negative == false)
        #expect(f.value.figure.text == "$37B/yr")
        #expect(f.value.figureRange.span == "1:41-1:48")
        #expect(f.value.range.span == "1:36-1:48")
        #expect(f.source?.name == "msft-8k")
        #expect(f.quote?.value == "surpassed $37B")
        #expect(f.notes.map(\.value) == ["run rate"])
    }

    @Test func article() throws {
        let text = """
            article ai-black-hole "AI's black hole"
              author "Ed Zitron"
              published 2026-07-02
              url "https://example.com/a"
              text "article.txt"
              tolerance about 10%
              tolerance plain 1%
              tolerance at least 2%
            """
        let (document, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        guard case .article(let a) = try #require(document.declarations.first) else {
            Issue.record("not an article")
            return
        }
        #expect(a.id.name == "ai-black-hole")
        #expect(a.title.value == "AI's black hole")
        #expect(a.author?.value == "Ed Zitron")
        #expect(a.published?.name == "2026-07-02")
        #expect(a.url?.value == "https://example.com/a")
        #expect(a.text?.value == "article.txt")
        #expect(a.tolerances.map(\.hedge.name) == ["about", "plain", "at least"])
        #expect(a.tolerances.map(\.percent.text) == ["10%", "1%", "2%"])
    }

    @Test func use() throws {
        let (document, diagnostics) = parse("use \"../Evidence/microsoft.ledger\"\nuse \"b.ledger\"\n")
        #expect(diagnostics.isEmpty)
        let paths = document.declarations.compactMap { d -> String? in
            if case .use(let u) = d { return u.path.value }
            return nil
        }
        #expect(paths == ["../Evidence/microsoft.ledger", "b.ledger"])
    }

    @Test func claimWithEveryAttribute() throws {
        let claim = try onlyClaim("""
            claim msft-prior-year
              quote "implying $16.59 billion"
              at paragraph 12
              states msft.ai_run_rate @ FY2025Q3 = $16.59B/yr
              because msft.ai_run_rate @ FY2026Q3 / (1 + msft.ai_run_rate.yoy @ FY2026Q3)
              expect inconsistent
              source msft-8k
              note "one"
              note "two"
            """)
        #expect(claim.id.name == "msft-prior-year")
        #expect(claim.quote?.value == "implying $16.59 billion")
        #expect(claim.location?.unit.name == "paragraph")
        #expect(claim.location?.number == 12)
        guard case .states(let quantity?, let value) = claim.proposition else {
            Issue.record("expected a stated quantity, got \(String(describing: claim.proposition))")
            return
        }
        #expect(quantity.name.name == "msft.ai_run_rate")
        #expect(quantity.period?.name == "FY2025Q3")
        #expect(value.figure.text == "$16.59B/yr")
        #expect(value.hedge == nil)
        let formula = try #require(claim.because)
        #expect(sexp(formula) == "(/ msft.ai_run_rate@FY2026Q3 [(+ 1 msft.ai_run_rate.yoy@FY2026Q3)])")
        #expect(claim.expect?.name == "inconsistent")
        #expect(claim.source?.name == "msft-8k")
        #expect(claim.notes.map(\.value) == ["one", "two"])
        #expect(claim.range.span == "1:1-1:22")
    }

    @Test func claimStatingAValueWithoutAQuantity() throws {
        let claim = try onlyClaim("claim m\n  states about $3.08B/month\n  because msft.x @ FY2026Q3 / 12\n")
        guard case .states(nil, let value) = claim.proposition else {
            Issue.record("expected a bare stated value")
            return
        }
        #expect(value.hedge?.words == "about")
        #expect(value.figure.text == "$3.08B/month")
    }

    @Test func claimLocations() throws {
        #expect(try onlyClaim("claim c\n  at bullet 6\n  states 1%\n").location?.unit.name == "bullet")
        #expect(try onlyClaim("claim c\n  at line 40\n  states 1%\n").location?.number == 40)
        let (_, diagnostics) = parse("claim c\n  at chapter 3\n  states 1%\n")
        #expect(summary(diagnostics) == ["test.claims:2:6 R101"])
        #expect(diagnostics.first?.message == "expected 'paragraph', 'bullet' or 'line', found 'chapter'")
    }

    @Test func holdsComparison() throws {
        let claim = try onlyClaim("""
            claim msft-tenth
              holds msft.ai_run_rate @ FY2026Q3 in $/month < msft.capex @ FY2026Q3 / 10
            """)
        guard case .holds(let comparisons) = claim.proposition, comparisons.count == 1, let comparison = comparisons.first else {
            Issue.record("expected holds with one comparison")
            return
        }
        #expect(sexp(comparison.left) == "(in msft.ai_run_rate@FY2026Q3 $/month)")
        #expect(comparison.relation == .less)
        #expect(sexp(comparison.right) == "(/ msft.capex@FY2026Q3 10)")
        #expect(comparison.range.span == "2:9-2:76")
    }

    @Test(arguments: [
        ("<", ComparisonOperator.less), ("<=", .lessEqual), ("≤", .lessEqual), (">", .greater),
        (">=", .greaterEqual), ("≥", .greaterEqual), ("=", .equal),
    ])
    func relations(_ spelling: String, _ relation: ComparisonOperator) throws {
        let claim = try onlyClaim("claim c\n  holds a.b \(spelling) 5%\n")
        guard case .holds(let comparisons) = claim.proposition, let comparison = comparisons.first else {
            Issue.record("expected holds")
            return
        }
        #expect(comparison.relation == relation)
    }

    @Test func holdsComparisonsJoinedByAnd() throws {
        let claim = try onlyClaim("claim c\n  holds a.b > 10 and a.b < 12 and a.c != two and a half times\n")
        guard case .holds(let comparisons) = claim.proposition else {
            Issue.record("expected holds")
            return
        }
        #expect(comparisons.map(\.relation) == [.greater, .less, .notEqual])
        #expect(comparisons.map { sexp($0.right) } == ["10", "12", "two and a half times"])
    }

    // MARK: Hedges

    static let hedges: [(spelling: String, words: String, meaning: Hedge)] = [
        ("about", "about", .about), ("approximately", "approximately", .about), ("roughly", "roughly", .about),
        ("~", "~", .about), ("≈", "~", .about), ("over", "over", .over), ("more than", "more than", .over),
        ("at least", "at least", .over), ("under", "under", .under), ("less than", "less than", .under),
        ("nearly", "nearly", .nearly), ("almost", "almost", .nearly), ("up to", "up to", .under),
        ("exactly", "exactly", .exactly),
    ]

    @Test(arguments: hedges)
    func hedge(_ c: (spelling: String, words: String, meaning: Hedge)) throws {
        let claim = try onlyClaim("claim c\n  states \(c.spelling) $5B\n  because 5\n")
        guard case .states(nil, let value) = claim.proposition else {
            Issue.record("expected a stated value")
            return
        }
        #expect(value.hedge?.words == c.words)
        #expect(value.figure.text == "$5B")
        #expect(value.negative == false)
        #expect(Hedge(words: c.words) == c.meaning)
        // The value's range starts at the hedge; the figure's range at the figure.
        #expect(value.range.start.column == 10)
        #expect(value.figureRange.end.column == 10 + c.spelling.unicodeScalars.count + 1 + 3)
    }

    @Test func negativeFigures() throws {
        let claim = try onlyClaim("claim c\n  states a.b = about -$23.7B\n")
        guard case .states(_, let value) = claim.proposition else {
            Issue.record("expected a stated value")
            return
        }
        #expect(value.hedge?.words == "about")
        #expect(value.negative)
        #expect(value.figure.text == "$23.7B")
    }

    @Test func aHalfHedgeIsAnError() {
        // `more` without `than` is not a hedge, so a figure is expected there.
        let (_, diagnostics) = parse("claim c\n  states more 5%\n")
        #expect(summary(diagnostics).first == "test.claims:2:10 R101")
    }

    // MARK: Expressions

    @Test func multiplicationBindsTighterThanAddition() throws {
        #expect(try because("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(try because("1 * 2 + 3") == "(+ (* 1 2) 3)")
        #expect(try because("1 - 2 / 3") == "(- 1 (/ 2 3))")
    }

    @Test func operatorsAssociateToTheLeft() throws {
        #expect(try because("a.b - c.d - e.f") == "(- (- a.b c.d) e.f)")
        #expect(try because("a.b / c.d / 12") == "(/ (/ a.b c.d) 12)")
        #expect(try because("a.b / c.d * 12") == "(* (/ a.b c.d) 12)")
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try because("(1 + 2) * 3") == "(* [(+ 1 2)] 3)")
        #expect(try because("1 / (2 - (3 + 4))") == "(/ 1 [(- 2 [(+ 3 4)])])")
    }

    @Test func unaryMinus() throws {
        #expect(try because("-a.b * 2") == "(* (neg a.b) 2)")
        #expect(try because("- -1") == "(neg (neg 1))")
        #expect(try because("1 - -2") == "(- 1 (neg 2))")
    }

    @Test func unicodeOperators() throws {
        #expect(try because("1 × 2 ÷ 3 − 4") == "(- (/ (* 1 2) 3) 4)")
    }

    @Test func inAppliesToTheWholeSum() throws {
        #expect(try because("a.b + c.d in $/month") == "(in (+ a.b c.d) $/month)")
        #expect(try because("(a.b @ FY2026Q3 in $/yr) / 12") == "(/ [(in a.b@FY2026Q3 $/yr)] 12)")
        #expect(try because("a.b @ H1 2025 * 2") == "(* a.b@H1 2025 2)")
    }

    @Test func aConversionNamesItsRateAfterAt() throws {
        #expect(try because("a.b @ 2025 + c.d in USD/yr at x.aed_per_usd @ 2025")
            == "(in (+ a.b@2025 c.d) USD/yr at x.aed_per_usd@2025)")
        #expect(try because("(a.b in $ at x.r) * 2") == "(* [(in a.b $ at x.r)] 2)")
    }

    @Test func claimIdsInFormulas() throws {
        #expect(try because("msft-monthly * 12") == "(* #msft-monthly 12)")
    }

    @Test func expressionRanges() throws {
        let claim = try onlyClaim("claim c\n  states 1%\n  because (1 + 2) * 3\n")
        let formula = try #require(claim.because)
        #expect(formula.range.span == "3:11-3:22")
        guard case .binary(_, let left, let right, _) = formula else {
            Issue.record("expected a product")
            return
        }
        #expect(left.range.span == "3:11-3:18")
        #expect(right.range.span == "3:21-3:22")
    }

    // MARK: Errors

    @Test func parseErrorHasExactLocationAndMessage() {
        let (document, diagnostics) = parse("fact msft.revenue 5%\n")
        #expect(summary(diagnostics) == ["test.claims:1:19 R101"])
        #expect(diagnostics.first?.message == "expected '=', found figure '5%'")
        #expect(diagnostics.first?.severity == .error)
        #expect(document.declarations.isEmpty)
    }

    @Test func unknownDeclaration() {
        let (_, diagnostics) = parse("claim a\n  states 1%\nclam b\n  states 2%\n")
        #expect(summary(diagnostics) == ["test.claims:3:1 R101"])
        #expect(diagnostics.first?.message
            == "expected a declaration (entity, source, fact, article, use, metric, claim or defaults), found 'clam'")
    }

    @Test func unknownAttribute() {
        let (document, diagnostics) = parse("claim a\n  states 1%\n  colour \"red\"\n")
        #expect(summary(diagnostics) == ["test.claims:3:3 R102"])
        #expect(diagnostics.first?.message == "'colour' is not an attribute of claim")
        #expect(document.declarations.count == 1, "the claim is kept")
    }

    @Test func attributeOfAnotherBlock() {
        let (_, diagnostics) = parse("entity a \"A\"\n  grade primary\n")
        #expect(summary(diagnostics) == ["test.claims:2:3 R102"])
        #expect(diagnostics.first?.message == "'grade' is not an attribute of entity")
    }

    @Test func missingStatesOrHolds() {
        let (_, diagnostics) = parse("claim lonely\n  quote \"x\"\n")
        #expect(summary(diagnostics) == ["test.claims:1:7 R103"])
        #expect(diagnostics.first?.message == "claim 'lonely' needs 'states' or 'holds'")
    }

    @Test func malformedStatesIsNotAlsoReportedMissing() {
        let (_, diagnostics) = parse("claim a\n  states a.b @ 2025 5%\nclaim b\n  holds 1 <\n")
        #expect(summary(diagnostics) == ["test.claims:2:21 R101", "test.claims:4:12 R101"])
    }

    @Test func duplicateAttribute() {
        let (_, diagnostics) = parse("claim a\n  states 1%\n  expect consistent\n  expect inconsistent\n")
        #expect(summary(diagnostics) == ["test.claims:4:3 R105"])
        #expect(diagnostics.first?.message == "'expect' is given twice")
    }

    @Test func duplicateStates() {
        let (_, diagnostics) = parse("claim a\n  states 1%\n  states 2%\n")
        #expect(summary(diagnostics) == ["test.claims:3:3 R105"])
    }

    @Test func statesAndHoldsConflict() {
        let (_, diagnostics) = parse("claim a\n  states 1%\n  holds 1 < 2\n")
        #expect(summary(diagnostics) == ["test.claims:3:3 R107"])
        #expect(diagnostics.first?.message == "'states' and 'holds' cannot both be given")
    }

    @Test func unexpectedIndent() {
        let (_, diagnostics) = parse("use \"a.ledger\"\n  note \"x\"\n")
        #expect(summary(diagnostics) == ["test.claims:2:1 R106"])
    }

    @Test func extraTokensAtTheEndOfALine() {
        let (_, diagnostics) = parse("entity a \"A\" \"B\"\n")
        #expect(summary(diagnostics) == ["test.claims:1:14 R101"])
        #expect(diagnostics.first?.message == "expected end of line, found a string")
    }

    @Test func nestingTooDeep() {
        let depth = 100
        let expression = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let (_, diagnostics) = parse("claim deep\n  states 1%\n  because \(expression)\n")
        #expect(diagnostics.map(\.code) == ["R104"], "reported once, without a cascade")
        #expect(diagnostics.first?.message == "expression nested deeper than 64 levels")
        // Reported at the parenthesis that opens the 65th level: the top level counts as one.
        #expect(diagnostics.first?.range?.description == "test.claims:3:\(10 + Parser.maximumNesting + 1)")
    }

    @Test func nestingLimitIsCountedInParenthesesAndNegations() throws {
        let limit = Parser.maximumNesting
        func nested(_ n: Int) -> String {
            String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        }
        // The whole expression is the first level, so `limit - 1` parentheses still fit.
        #expect(try because(nested(limit - 1)).hasPrefix("[[[["))
        #expect(parse("claim c\n  states 1%\n  because \(nested(limit))\n").1.map(\.code) == ["R104"])
        #expect(try because(String(repeating: "-", count: limit - 1) + "1").hasPrefix("(neg (neg"))
        #expect(parse("claim c\n  states 1%\n  because \(String(repeating: "-", count: limit))1\n").1.map(\.code)
            == ["R104"])
    }

    @Test func severalErrorsInOneFile() {
        let text = """
            entity msft "Microsoft"
              fiscal-year-end 06-30
              colour "blue"
            fact msft.revenue 5%
              source s
            claim ok-one
              states 1%
            claim broken
              states = 5%
              expect consistent
              expect consistent
            claim
              states 1%
            claim ok-two
              quote "still parsed"
              states 2%
            """
        let (document, diagnostics) = parse(text)
        #expect(summary(diagnostics) == [
            "test.claims:3:3 R102",
            "test.claims:4:19 R101",
            "test.claims:9:10 R101",
            "test.claims:11:3 R105",
            "test.claims:12:6 R101",
        ])
        let ids = document.declarations.compactMap { d -> String? in
            switch d {
            case .claim(let c): "claim \(c.id.name)"
            case .entity(let e): "entity \(e.id.name)"
            case .fact(let f): "fact \(f.quantity.name.name)"
            default: nil
            }
        }
        #expect(ids == ["entity msft", "claim ok-one", "claim broken", "claim ok-two"])
    }
}
