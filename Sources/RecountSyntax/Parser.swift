// The grammar of claims and ledger files, in EBNF. The language reference documents the same
// grammar; keep the two identical.
//
//   document      = { declaration } EOF ;
//   declaration   = entity | source | fact | article | use | metric | claim | defaults ;
//   entity        = "entity" ID STRING NEWLINE [ INDENT { entity-attr NEWLINE } DEDENT ] ;
//   entity-attr   = "fiscal-year-end" BARE | "fiscal-year-named" ( "start" | "end" )
//                 | "fiscal-extra-week" ( "Q1" | "Q4" ) | "metrics" "declared" ;
//   source        = "source" ID STRING NEWLINE [ INDENT { source-attr NEWLINE } DEDENT ] ;
//   source-attr   = "url" STRING | "grade" ID | "date" BARE | "note" STRING ;
//   fact          = "fact" quantity "=" value NEWLINE [ INDENT { fact-attr NEWLINE } DEDENT ] ;
//   fact-attr     = "source" ID | "quote" STRING | "note" STRING ;
//   article       = "article" ID STRING NEWLINE [ INDENT { article-attr NEWLINE } DEDENT ] ;
//   article-attr  = "author" STRING | "published" BARE | "url" STRING | "text" STRING
//                 | "language" ID | "reviewed-by" STRING | "reviewer-url" STRING
//                 | "reviewed" BARE | "report-url" STRING
//                 | "tolerance" ( hedge | "plain" ) FIGURE ;
//   use           = "use" STRING NEWLINE ;
//   defaults      = "defaults" NEWLINE [ INDENT { defaults-attr NEWLINE } DEDENT ] ;
//   defaults-attr = "currency" BARE | "scale" BARE | "region" ID | "significant-zeros"
//                 | "exact" ;
//   metric        = "metric" NAME [ STRING ] NEWLINE [ INDENT { metric-attr NEWLINE } DEDENT ] ;
//   metric-attr   = "kind" ( "stock" | "flow" ) | "equals" expression
//                 | "relation" ID | "note" STRING ;
//   claim         = "claim" ID NEWLINE INDENT { claim-attr NEWLINE } DEDENT ;
//   claim-attr    = "quote" STRING | "at" ( "paragraph" | "bullet" | "line" ) FIGURE
//                 | "states" [ quantity "=" ] value | "holds" comparisons
//                 | "because" expression | "expect" ID | "source" ID | "note" STRING
//                 | reading ;
//   reading       = "reading" ID NEWLINE INDENT { reading-attr NEWLINE } DEDENT ;
//   reading-attr  = "states" [ quantity "=" ] value | "holds" comparisons
//                 | "because" expression | "note" STRING ;
//   value         = [ hedge ] ( amount [ ( "-" | "to" ) amount ] | "between" amount "and" amount ) ;
//   amount        = [ "-" | "negative" ] FIGURE | "(" FIGURE ")" ;
//   hedge         = "about" | "approximately" | "roughly" | "~" | "over" | "more" "than"
//                 | "at" "least" | "under" | "less" "than" | "nearly" | "almost"
//                 | "up" "to" | "exactly" ;
//   comparisons   = comparison { "and" comparison } ;
//   comparison    = expression ( "<" | "<=" | ">" | ">=" | "=" | "!=" | "~" ) expression ;
//   expression    = sum [ "in" BARE [ "at" quantity ] ] ;
//   sum           = product { ( "+" | "-" ) product } ;
//   product       = unary { ( "*" | "/" ) unary } ;
//   unary         = "-" unary | primary ;
//   primary       = FIGURE [ "to" FIGURE ] | "between" FIGURE "and" FIGURE | quantity | ID
//                 | "(" expression ")" ;
//   quantity      = NAME [ "@" BARE ] ;
//
// Tokens: ID is a word without dots (letters, digits, "_" and inner "-"); NAME is a word with at
// least one dot; FIGURE is a number with its currency, scale and unit (`$16.59B/yr`, `12%`,
// `370億美元`); BARE is the run of non-blank characters after `@`, `in`, `fiscal-year-end`,
// `published`, `reviewed`, `date`, `currency` and `scale` (a period, a unit, a date, a currency or a scale). `×`, `÷`, `−`, `≤`, `≥`, `≠` and `≈` are
// accepted for `*`, `/`, `-`, `<=`, `>=`, `!=` and `~`, and `–` for `-`.

import RecountCore
import RecountFigures

/// Builds a `Syntax.Document` from tokens, recovering at the next line after an error so that
/// one run reports every problem in the file.
public struct Parser {
    /// How deeply expressions may nest before the parser refuses them.
    public static let maximumNesting = 64

    public private(set) var diagnostics: [Diagnostic] = []
    private let file: SourceFile
    private let tokens: [Token]
    private var index = 0
    private var depth = 0
    /// Every problem found, also those past `maximumDiagnostics` that were only counted.
    private var reported = 0

    /// The most diagnostics the lexer and the parser each keep for one file. A file of junk has
    /// a mistake on every line; past this many, the rest are counted, not kept, so that memory
    /// and time stay proportional to what can be shown.
    public static let maximumDiagnostics = 1_000

    public init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    /// Lexes and parses a file, returning the document and every lexical and syntax diagnostic.
    public static func parse(_ file: SourceFile) -> (Syntax.Document, [Diagnostic]) {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens)
        let document = parser.parseDocument()
        var diagnostics = lexer.diagnostics + parser.diagnostics
        let omitted = lexer.omitted + (parser.reported - parser.diagnostics.count)
        if omitted > 0 {
            let end = file.location(of: file.scalars.count)
            diagnostics.append(Diagnostic(.diagnosticsOmitted(count: omitted), at: SourceRange(path: file.path, start: end, end: end)))
        }
        return (document, diagnostics)
    }

    public mutating func parseDocument() -> Syntax.Document {
        var declarations: [Syntax.Declaration] = []
        while !atEnd {
            switch current.kind {
            case .newline, .dedent:
                advance()
            case .indent:
                report(.unexpectedIndent, at: current)
                skipBlock()
            default:
                if let declaration = parseDeclaration() { declarations.append(declaration) }
            }
        }
        return Syntax.Document(path: file.path, declarations: declarations)
    }

    // MARK: Declarations

    private mutating func parseDeclaration() -> Syntax.Declaration? {
        let start = current
        guard case .word(let keyword) = start.kind else {
            expected("a declaration (entity, source, fact, article, use, metric, claim or defaults)")
            skipLine()
            skipBlockIfAny()
            return nil
        }
        advance()
        switch keyword {
        case "entity": return parseEntity(start)
        case "source": return parseSource(start)
        case "fact": return parseFact(start)
        case "article": return parseArticle(start)
        case "use": return parseUse(start)
        case "claim": return parseClaim(start)
        case "metric": return parseMetric(start)
        case "defaults": return parseDefaults(start)
        default:
            report(.expected("a declaration (entity, source, fact, article, use, metric, claim or defaults)",
                             found: start.kind.description), at: start)
            skipLine()
            skipBlockIfAny()
            return nil
        }
    }

    private mutating func parseEntity(_ start: Token) -> Syntax.Declaration? {
        guard let id = expectIdentifier("an entity id"), let name = expectString("the entity's name"),
              endLine() else { return recover() }
        var entity = Syntax.Entity(id: id, name: name, fiscalYearEnd: nil, fiscalYearNamed: nil, fiscalExtraWeek: nil,
                                   metrics: nil, range: range(from: start))
        parseBlock(named: "entity") { parser, keyword in
            switch keyword.name {
            case "fiscal-year-end":
                parser.setOnce(&entity.fiscalYearEnd, parser.expectBare("a month and day, e.g. 06-30"), keyword)
            case "fiscal-year-named":
                parser.setOnce(&entity.fiscalYearNamed, parser.expectIdentifier("start or end"), keyword)
            case "fiscal-extra-week":
                parser.setOnce(&entity.fiscalExtraWeek, parser.expectIdentifier("Q1 or Q4"), keyword)
            case "metrics":
                parser.setOnce(&entity.metrics, parser.expectWord("declared"), keyword)
            default: return false
            }
            return true
        }
        return .entity(entity)
    }

    private mutating func parseDefaults(_ start: Token) -> Syntax.Declaration? {
        guard endLine() else { return recover() }
        var defaults = Syntax.Defaults(currency: nil, scale: nil, region: nil, significantZeros: nil, exact: nil,
                                       range: range(from: start))
        parseBlock(named: "defaults") { parser, keyword in
            switch keyword.name {
            case "currency": parser.setOnce(&defaults.currency, parser.expectBare("a currency such as USD"), keyword)
            case "scale": parser.setOnce(&defaults.scale, parser.expectBare("a scale such as thousand"), keyword)
            case "region": parser.setOnce(&defaults.region, parser.expectIdentifier("a region: CN, TW, HK or JP"), keyword)
            case "significant-zeros": parser.setOnce(&defaults.significantZeros, keyword, keyword)
            case "exact": parser.setOnce(&defaults.exact, keyword, keyword)
            default: return false
            }
            return true
        }
        return .defaults(defaults)
    }

    private mutating func parseSource(_ start: Token) -> Syntax.Declaration? {
        guard let id = expectIdentifier("a source id"), let title = expectString("the source's title"),
              endLine() else { return recover() }
        var source = Syntax.Source(id: id, title: title, url: nil, grade: nil, date: nil, notes: [],
                                   range: range(from: start))
        parseBlock(named: "source") { parser, keyword in
            switch keyword.name {
            case "url": parser.setOnce(&source.url, parser.expectString("a URL"), keyword)
            case "grade": parser.setOnce(&source.grade, parser.expectIdentifier("a grade"), keyword)
            case "date": parser.setOnce(&source.date, parser.expectBare("a date"), keyword)
            case "note": if let note = parser.expectString("a note") { source.notes.append(note) }
            default: return false
            }
            return true
        }
        return .source(source)
    }

    private mutating func parseFact(_ start: Token) -> Syntax.Declaration? {
        guard let quantity = parseQuantityName(), expectSymbol(.equals), let value = parseValue(),
              endLine() else { return recover() }
        var fact = Syntax.Fact(quantity: quantity, value: value, source: nil, quote: nil, notes: [],
                               range: range(from: start))
        parseBlock(named: "fact") { parser, keyword in
            switch keyword.name {
            case "source": parser.setOnce(&fact.source, parser.expectIdentifier("a source id"), keyword)
            case "quote": parser.setOnce(&fact.quote, parser.expectString("the source's words"), keyword)
            case "note": if let note = parser.expectString("a note") { fact.notes.append(note) }
            default: return false
            }
            return true
        }
        return .fact(fact)
    }

    private mutating func parseArticle(_ start: Token) -> Syntax.Declaration? {
        guard let id = expectIdentifier("an article id"), let title = expectString("the article's title"),
              endLine() else { return recover() }
        var article = Syntax.Article(id: id, title: title, author: nil, published: nil, url: nil, text: nil,
                                     language: nil, reviewedBy: nil, reviewerURL: nil, reviewed: nil, reportURL: nil,
                                     tolerances: [], range: range(from: start))
        parseBlock(named: "article") { parser, keyword in
            switch keyword.name {
            case "author": parser.setOnce(&article.author, parser.expectString("the author's name"), keyword)
            case "published": parser.setOnce(&article.published, parser.expectBare("a date"), keyword)
            case "url": parser.setOnce(&article.url, parser.expectString("a URL"), keyword)
            case "text": parser.setOnce(&article.text, parser.expectString("the path of the article's text"), keyword)
            case "language": parser.setOnce(&article.language, parser.expectIdentifier("a language tag such as en or zh-Hant"), keyword)
            case "reviewed-by": parser.setOnce(&article.reviewedBy, parser.expectString("the reviewing organisation's name"), keyword)
            case "reviewer-url": parser.setOnce(&article.reviewerURL, parser.expectString("the reviewer's web address"), keyword)
            case "reviewed": parser.setOnce(&article.reviewed, parser.expectBare("a date"), keyword)
            case "report-url": parser.setOnce(&article.reportURL, parser.expectString("the report's web address"), keyword)
            case "tolerance":
                if let tolerance = parser.parseTolerance(keyword) { article.tolerances.append(tolerance) }
            default: return false
            }
            return true
        }
        return .article(article)
    }

    private mutating func parseTolerance(_ keyword: Syntax.Identifier) -> Syntax.Tolerance? {
        let hedge: Syntax.Identifier
        if case .word("plain") = current.kind {
            hedge = Syntax.Identifier(name: "plain", range: range(of: current))
            advance()
        } else if let words = parseHedge() {
            hedge = Syntax.Identifier(name: words.words, range: words.range)
        } else {
            expected("a hedge word or 'plain'")
            return nil
        }
        guard case .figure(let figure) = current.kind else {
            expected("a percentage such as 5%")
            return nil
        }
        advance()
        return Syntax.Tolerance(hedge: hedge, percent: figure, range: keyword.range.union(range(of: previous)))
    }

    private mutating func parseUse(_ start: Token) -> Syntax.Declaration? {
        guard let path = expectString("the path of the file to use"), endLine() else { return recover() }
        skipBlockIfAny(reporting: true)
        return .use(Syntax.Use(path: path, range: range(from: start)))
    }

    private mutating func parseClaim(_ start: Token) -> Syntax.Declaration? {
        guard let id = expectIdentifier("a claim id"), endLine() else { return recover() }
        var claim = Syntax.Claim(id: id, quote: nil, location: nil, proposition: nil, because: nil,
                                 expect: nil, source: nil, notes: [], readings: [], range: range(from: start))
        var slot = PropositionSlot()
        let before = reported
        parseBlock(named: "claim") { parser, keyword in
            switch keyword.name {
            case "quote": parser.setOnce(&claim.quote, parser.expectString("the article's words"), keyword)
            case "at": parser.setOnce(&claim.location, parser.parseLocation(keyword), keyword)
            case "states", "holds": parser.parseProposition(keyword, into: &slot)
            case "because": parser.setOnce(&claim.because, parser.parseExpression(), keyword)
            case "expect": parser.setOnce(&claim.expect, parser.expectIdentifier("a verdict"), keyword)
            case "source": parser.setOnce(&claim.source, parser.expectIdentifier("a source id"), keyword)
            case "note": if let note = parser.expectString("a note") { claim.notes.append(note) }
            case "reading": if let reading = parser.parseReading(keyword) { claim.readings.append(reading) }
            default: return false
            }
            return true
        }
        claim.proposition = slot.proposition
        claim.hadErrors = reported > before
        // A `states` or `holds` line that failed to parse has been reported already; a claim
        // with readings may leave the proposition to them.
        if slot.proposition == nil, !slot.attempted, claim.readings.isEmpty {
            report(.missingAttribute("states' or 'holds", block: "claim '\(id.name)'"), at: id.range)
        }
        return .claim(claim)
    }

    /// `reading ID` and its own indented block.
    private mutating func parseReading(_ keyword: Syntax.Identifier) -> Syntax.Reading? {
        guard let id = expectIdentifier("a reading id"), endLine() else { return nil }
        var reading = Syntax.Reading(id: id, proposition: nil, because: nil, notes: [],
                                     range: keyword.range.union(id.range))
        var slot = PropositionSlot()
        parseBlock(named: "reading") { parser, keyword in
            switch keyword.name {
            case "states", "holds": parser.parseProposition(keyword, into: &slot)
            case "because": parser.setOnce(&reading.because, parser.parseExpression(), keyword)
            case "note": if let note = parser.expectString("a note") { reading.notes.append(note) }
            default: return false
            }
            return true
        }
        reading.proposition = slot.proposition
        if slot.proposition == nil, !slot.attempted {
            report(.missingAttribute("states' or 'holds", block: "reading '\(id.name)'"), at: id.range)
        }
        return reading
    }

    /// The one `states` or `holds` of a claim or reading.
    private struct PropositionSlot {
        var proposition: Syntax.Proposition?
        var keyword: Syntax.Identifier?
        /// Whether a `states` or `holds` line was seen, even one that failed to parse.
        var attempted = false
    }

    private mutating func parseProposition(_ keyword: Syntax.Identifier, into slot: inout PropositionSlot) {
        slot.attempted = true
        let proposition: Syntax.Proposition? = keyword.name == "states"
            ? parseStatement() : parseComparisons().map { .holds($0) }
        guard let proposition else { return }
        if let previous = slot.keyword {
            report(previous.name == keyword.name ? .duplicateAttribute(keyword.name)
                       : .conflictingAttributes(previous.name, keyword.name), at: keyword.range)
        } else {
            slot.proposition = proposition
            slot.keyword = keyword
        }
    }

    private mutating func parseMetric(_ start: Token) -> Syntax.Declaration? {
        guard case .word(let word) = current.kind, word.contains(".") else {
            expected("a metric name such as orcl.operating_margin")
            return recover()
        }
        let name = Syntax.Identifier(name: word, range: range(of: current))
        advance()
        var title: Syntax.Text?
        if case .string = current.kind { title = expectString("the metric's description") }
        guard endLine() else { return recover() }
        var metric = Syntax.Metric(name: name, title: title, kind: nil, equals: nil, relation: nil, notes: [],
                                   range: range(from: start))
        parseBlock(named: "metric") { parser, keyword in
            switch keyword.name {
            case "kind": parser.setOnce(&metric.kind, parser.expectIdentifier("stock or flow"), keyword)
            case "equals": parser.setOnce(&metric.equals, parser.parseExpression(), keyword)
            case "relation": parser.setOnce(&metric.relation, parser.expectIdentifier("a relation name"), keyword)
            case "note": if let note = parser.expectString("a note") { metric.notes.append(note) }
            default: return false
            }
            return true
        }
        return .metric(metric)
    }

    private mutating func parseLocation(_ keyword: Syntax.Identifier) -> Syntax.Location? {
        guard case .word(let unit) = current.kind, ["paragraph", "bullet", "line"].contains(unit) else {
            expected("'paragraph', 'bullet' or 'line'")
            return nil
        }
        let unitToken = current
        advance()
        // A location counts paragraphs, bullets or lines from 1; a count past Int32 is no
        // article's, and would otherwise read as "not a number".
        guard case .figure(let figure) = current.kind, figure.suffix.isEmpty, figure.currencyPrefix == nil,
              figure.percentPrefix == nil,
              let number = Int(figure.number), (1...Int(Int32.max)).contains(number) else {
            expected("the \(unit)'s number, a whole number from 1 to \(Int32.max)")
            return nil
        }
        advance()
        return Syntax.Location(unit: Syntax.Identifier(name: unit, range: range(of: unitToken)), number: number,
                               range: keyword.range.union(range(of: previous)))
    }

    /// `states [QUANTITY =] VALUE`.
    private mutating func parseStatement() -> Syntax.Proposition? {
        if case .word(let word) = current.kind, word.contains(".") {
            guard let quantity = parseQuantityName(), expectSymbol(.equals), let value = parseValue() else {
                return nil
            }
            return .states(quantity, value)
        }
        return parseValue().map { .states(nil, $0) }
    }

    // MARK: Blocks

    /// Parses the indented attribute lines of a block. `handle` parses one attribute after its
    /// keyword and returns false when the keyword is not an attribute of this block.
    private mutating func parseBlock(
        named block: String, _ handle: (inout Parser, Syntax.Identifier) -> Bool
    ) {
        guard case .indent = current.kind else { return }
        advance()
        while !atEnd {
            switch current.kind {
            case .dedent:
                advance()
                return
            case .newline:
                advance()
                continue
            case .indent:
                report(.unexpectedIndent, at: current)
                skipBlock()
                continue
            case .word(let name):
                let keyword = Syntax.Identifier(name: name, range: range(of: current))
                advance()
                let before = reported
                if handle(&self, keyword) {
                    if case .dedent = previous.kind {
                        // A nested block (a reading) ended the line itself.
                    } else if reported == before {
                        _ = endLine()
                    } else {
                        skipLine()
                    }
                } else {
                    report(.unknownAttribute(name, block: block), at: keyword.range)
                    skipLine()
                }
            default:
                expected("an attribute of \(block)")
                skipLine()
            }
        }
    }

    private mutating func setOnce<T>(_ slot: inout T?, _ value: T?, _ keyword: Syntax.Identifier) {
        guard let value else { return }
        if slot != nil {
            report(.duplicateAttribute(keyword.name), at: keyword.range)
        } else {
            slot = value
        }
    }

    // MARK: Values and quantities

    private mutating func parseQuantityName() -> Syntax.QuantityName? {
        guard case .word(let word) = current.kind, word.contains(".") else {
            expected("a quantity name such as msft.revenue")
            return nil
        }
        let nameToken = current
        advance()
        let name = Syntax.Identifier(name: word, range: range(of: nameToken))
        var period: Syntax.Identifier?
        if case .symbol(.at) = current.kind {
            advance()
            guard let bare = expectBare("a period such as FY2026Q3") else { return nil }
            period = bare
        }
        return Syntax.QuantityName(name: name, period: period, range: range(from: nameToken))
    }

    private static let singleHedges: Set<String> = [
        "about", "approximately", "roughly", "over", "under", "nearly", "almost", "exactly",
    ]
    private static let pairedHedges: [String: String] = ["more": "than", "less": "than", "at": "least", "up": "to"]

    /// Reads a hedge if one starts here.
    private mutating func parseHedge() -> Syntax.Hedge? {
        let start = current
        switch current.kind {
        case .symbol(.tilde):
            advance()
            return Syntax.Hedge(words: "~", range: range(of: start))
        case .word(let word) where Parser.singleHedges.contains(word):
            advance()
            return Syntax.Hedge(words: word, range: range(of: start))
        case .word(let word):
            guard let second = Parser.pairedHedges[word], case .word(second) = peek(1).kind else { return nil }
            advance()
            advance()
            return Syntax.Hedge(words: "\(word) \(second)", range: range(from: start))
        default:
            return nil
        }
    }

    private mutating func parseValue() -> Syntax.Value? {
        let start = current
        let hedge = parseHedge()
        var between = false
        if case .word("between") = current.kind {
            between = true
            advance()
        }
        guard let (negation, figure, figureRange) = parseAmount() else { return nil }
        var upper: Syntax.Value.RangeEnd?
        let joiner: Syntax.Value.Joiner?
        switch current.kind {
        case _ where between: joiner = .between
        case .symbol(.minus): joiner = .dash
        case .word("to"): joiner = .to
        default: joiner = nil
        }
        if let joiner {
            if between {
                guard case .word("and") = current.kind else {
                    expected("'and' and the high end of the range")
                    return nil
                }
            }
            advance()
            guard let (highNegation, highFigure, highRange) = parseAmount() else { return nil }
            upper = Syntax.Value.RangeEnd(joiner: joiner, negation: highNegation, figure: highFigure,
                                          figureRange: highRange)
        }
        return Syntax.Value(hedge: hedge, negation: negation, figure: figure, figureRange: figureRange,
                            upper: upper, range: range(from: start))
    }

    /// A figure with its sign: `$23.7B`, `-$23.7B`, `($23.7B)`, `negative $23.7B`, `three quarters`.
    private mutating func parseAmount() -> (Syntax.Value.Negation?, FigureText, SourceRange)? {
        var negation: Syntax.Value.Negation?
        if case .symbol(.minus) = current.kind {
            negation = .minus
            advance()
        } else if case .word("negative") = current.kind, case .figure = peek(1).kind {
            negation = .word
            advance()
        } else if case .symbol(.leftParen) = current.kind, case .figure = peek(1).kind,
                  case .symbol(.rightParen) = peek(2).kind {
            negation = .parentheses
            advance()
        }
        if let (figure, figureRange) = numberInWords(severalWordsOnly: false) { return (negation, figure, figureRange) }
        guard case .figure(let figure) = current.kind else {
            expected("a figure such as $16.59B, 12%, 370億美元 or three quarters")
            return nil
        }
        let figureRange = range(of: current)
        advance()
        if negation == .parentheses { advance() }
        return (negation, figure, figureRange)
    }

    // MARK: Expressions

    /// Comparisons joined by `and`: every one must hold.
    private mutating func parseComparisons() -> [Syntax.Comparison]? {
        guard let first = parseComparison() else { return nil }
        var comparisons = [first]
        while case .word("and") = current.kind {
            advance()
            guard let c = parseComparison() else { return nil }
            comparisons.append(c)
        }
        return comparisons
    }

    private mutating func parseComparison() -> Syntax.Comparison? {
        let start = current
        guard let left = parseExpression() else { return nil }
        let relation: ComparisonOperator
        switch current.kind {
        case .symbol(.less): relation = .less
        case .symbol(.lessEqual): relation = .lessEqual
        case .symbol(.greater): relation = .greater
        case .symbol(.greaterEqual): relation = .greaterEqual
        case .symbol(.equals): relation = .equal
        case .symbol(.notEqual): relation = .notEqual
        case .symbol(.tilde): relation = .approximately
        default:
            expected("a comparison (<, <=, >, >=, =, != or ~)")
            return nil
        }
        advance()
        guard let right = parseExpression() else { return nil }
        return Syntax.Comparison(left: left, relation: relation, right: right, range: range(from: start))
    }

    mutating func parseExpression() -> Syntax.Expression? {
        let start = current
        guard enterNesting() else { return nil }
        defer { depth -= 1 }
        guard let sum = parseSum() else { return nil }
        if case .word("in") = current.kind {
            advance()
            guard let unit = expectBare("a unit such as $/month") else { return nil }
            var rate: Syntax.QuantityName?
            if case .word("at") = current.kind {
                advance()
                guard let q = parseQuantityName() else { return nil }
                rate = q
            }
            return .convert(sum, unit, rate: rate, range(from: start))
        }
        return sum
    }

    private mutating func parseSum() -> Syntax.Expression? {
        let start = current
        guard var left = parseProduct() else { return nil }
        // Each operator nests the tree one level deeper, so long chains count towards the limit.
        let outerDepth = depth
        defer { depth = outerDepth }
        while case .symbol(let symbol) = current.kind, symbol == .plus || symbol == .minus {
            guard enterNesting() else { return nil }
            advance()
            guard let right = parseProduct() else { return nil }
            left = .binary(symbol == .plus ? .add : .subtract, left, right, range(from: start))
        }
        return left
    }

    private mutating func parseProduct() -> Syntax.Expression? {
        let start = current
        guard var left = parseUnary() else { return nil }
        // Each operator nests the tree one level deeper, so long chains count towards the limit.
        let outerDepth = depth
        defer { depth = outerDepth }
        while case .symbol(let symbol) = current.kind, symbol == .times || symbol == .divide {
            guard enterNesting() else { return nil }
            advance()
            guard let right = parseUnary() else { return nil }
            left = .binary(symbol == .times ? .multiply : .divide, left, right, range(from: start))
        }
        return left
    }

    private mutating func parseUnary() -> Syntax.Expression? {
        let start = current
        if case .symbol(.minus) = current.kind {
            // Each negation is one level, like each parenthesis, so the limit counts what the
            // reader sees rather than the parser's internal calls.
            guard enterNesting() else { return nil }
            defer { depth -= 1 }
            advance()
            guard let operand = parseUnary() else { return nil }
            return .negate(operand, range(from: start))
        }
        return parsePrimary()
    }

    private mutating func parsePrimary() -> Syntax.Expression? {
        let start = current
        switch current.kind {
        case .figure(let figure):
            if case .word("to") = peek(1).kind, case .figure = peek(2).kind { return parseRange() }
            advance()
            return .figure(figure, range(of: start))
        case .word(let word) where word.contains("."):
            return parseQuantityName().map { .quantity($0) }
        case .word("between") where { if case .figure = peek(1).kind { true } else { false } }():
            return parseRange()
        case .word(let word):
            if let (figure, figureRange) = numberInWords(severalWordsOnly: true) { return .figure(figure, figureRange) }
            advance()
            return .claim(Syntax.Identifier(name: word, range: range(of: start)))
        case .symbol(.leftParen):
            advance()
            guard let inner = parseExpression() else { return nil }
            guard expectSymbol(.rightParen) else { return nil }
            return .parenthesized(inner, range(from: start))
        default:
            expected("a figure, a quantity, a claim id or '('")
            return nil
        }
    }

    /// A range in a formula: `$10B to $12B`, `between 18 and 34 months`. Its ends are figures
    /// without signs, since a minus before them subtracts.
    private mutating func parseRange() -> Syntax.Expression? {
        let start = current
        let between: Bool
        if case .word("between") = current.kind {
            between = true
            advance()
        } else {
            between = false
        }
        guard case .figure(let low) = current.kind else { return nil }
        let lowRange = range(of: current)
        advance()
        guard case .word(between ? "and" : "to") = current.kind else {
            expected(between ? "'and' and the high end of the range" : "'to' and the high end of the range")
            return nil
        }
        advance()
        guard case .figure(let high) = current.kind else {
            expected("the high end of the range, a figure")
            return nil
        }
        let highRange = range(of: current)
        advance()
        let upper = Syntax.Value.RangeEnd(joiner: between ? .between : .to, negation: nil, figure: high, figureRange: highRange)
        return .range(Syntax.Value(hedge: nil, negation: nil, figure: low, figureRange: lowRange, upper: upper,
                                   range: range(from: start)))
    }

    /// A number in words that starts at the current word, as one figure: `three quarters`,
    /// `a tenth`, `doubled`. In a formula a single word is a claim's id, so there only a phrase
    /// of several words is a number.
    private mutating func numberInWords(severalWordsOnly: Bool) -> (FigureText, SourceRange)? {
        guard case .word = current.kind,
              let (span, _) = FigureScanner.strict.numberWord(in: file.scalars, at: current.span.lowerBound,
                                                              end: file.scalars.count) else { return nil }
        // The phrase must end where a word does: `half_year` is a name, not `half`.
        var count = 0
        while case .word = peek(count).kind, peek(count).span.upperBound <= span.upperBound { count += 1 }
        guard count > 0, peek(count - 1).span.upperBound == span.upperBound,
              !severalWordsOnly || count > 1 else { return nil }
        let startToken = current
        for _ in 0..<count { advance() }
        let text = file.text(span)
        return (FigureText(text: text, currencyPrefix: nil, number: text, suffix: ""), range(from: startToken))
    }

    private mutating func enterNesting() -> Bool {
        depth += 1
        if depth > Parser.maximumNesting {
            report(.nestingTooDeep(limit: Parser.maximumNesting), at: current)
            return false
        }
        return true
    }

    // MARK: Token helpers

    private var current: Token { tokens[min(index, tokens.count - 1)] }
    private var previous: Token { tokens[max(0, min(index, tokens.count) - 1)] }
    private func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }
    private var atEnd: Bool { if case .endOfFile = current.kind { true } else { false } }
    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// The one word an attribute takes (`metrics declared`), or nil after reporting another.
    private mutating func expectWord(_ word: String) -> Syntax.Identifier? {
        guard case .word(word) = current.kind else {
            expected("'\(word)'")
            return nil
        }
        defer { advance() }
        return Syntax.Identifier(name: word, range: range(of: current))
    }

    private mutating func expectIdentifier(_ what: String) -> Syntax.Identifier? {
        guard case .word(let word) = current.kind, !word.contains(".") else {
            expected(what)
            return nil
        }
        defer { advance() }
        return Syntax.Identifier(name: word, range: range(of: current))
    }

    private mutating func expectString(_ what: String) -> Syntax.Text? {
        guard case .string(let value) = current.kind else {
            expected("\(what) in double quotes")
            return nil
        }
        defer { advance() }
        return Syntax.Text(value: value, range: range(of: current))
    }

    private mutating func expectBare(_ what: String) -> Syntax.Identifier? {
        guard case .bare(let text) = current.kind else {
            expected(what)
            return nil
        }
        defer { advance() }
        return Syntax.Identifier(name: text, range: range(of: current))
    }

    private mutating func expectSymbol(_ symbol: Token.Symbol) -> Bool {
        guard case .symbol(symbol) = current.kind else {
            expected("'\(symbol.rawValue)'")
            return false
        }
        advance()
        return true
    }

    /// Requires the end of the line; reports and skips anything left on it.
    private mutating func endLine() -> Bool {
        switch current.kind {
        case .newline:
            advance()
            return true
        case .endOfFile, .dedent:
            return true
        default:
            expected("end of line")
            skipLine()
            return false
        }
    }

    private mutating func recover() -> Syntax.Declaration? {
        skipLine()
        skipBlockIfAny()
        return nil
    }

    private mutating func skipLine() {
        while !atEnd {
            if case .newline = current.kind {
                advance()
                return
            }
            advance()
        }
    }

    private mutating func skipBlockIfAny(reporting: Bool = false) {
        if case .indent = current.kind {
            if reporting { report(.unexpectedIndent, at: current) }
            skipBlock()
        }
    }

    /// Skips from an `indent` to its matching `dedent`.
    private mutating func skipBlock() {
        var level = 0
        while !atEnd {
            switch current.kind {
            case .indent: level += 1
            case .dedent:
                level -= 1
                if level <= 0 {
                    advance()
                    return
                }
            default: break
            }
            advance()
        }
    }

    private mutating func expected(_ what: String) {
        report(.expected(what, found: current.kind.description), at: current)
    }

    private mutating func report(_ kind: DiagnosticKind, at token: Token) {
        report(kind, at: range(of: token))
    }

    private mutating func report(_ kind: DiagnosticKind, at range: SourceRange) {
        reported += 1
        guard diagnostics.count < Parser.maximumDiagnostics else { return }
        diagnostics.append(Diagnostic(kind, at: range))
    }

    private func range(of token: Token) -> SourceRange {
        SourceRange(path: file.path, start: file.location(of: token.span.lowerBound),
                    end: file.location(of: token.span.upperBound))
    }

    /// The range from `start` to the end of the last consumed token.
    private func range(from start: Token) -> SourceRange {
        let endToken = index > 0 ? previous : start
        let end = max(endToken.span.upperBound, start.span.upperBound)
        return SourceRange(path: file.path, start: file.location(of: start.span.lowerBound),
                           end: file.location(of: end))
    }
}
