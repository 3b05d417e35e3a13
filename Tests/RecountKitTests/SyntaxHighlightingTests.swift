import Foundation
import RecountCore
import RecountLanguageServer
import RecountModel
import RecountSyntax
import Testing

/// The TextMate grammar of `Sources/Editors`, run by a small tokenizer on the repository's own
/// claims and ledger files: it must give every keyword the lexer reads a keyword scope, strings
/// and comments theirs, figures a numeric one, and leave nothing invalid.
@Suite struct SyntaxHighlightingTests {
    static let root = GrammarDocumentationTests.root
    static let extensionFolder = root.appendingPathComponent("Sources/Editors/vscode")

    static func tokenizer() throws -> TextMateTokenizer {
        try TextMateTokenizer(grammar: Data(contentsOf: extensionFolder.appendingPathComponent("syntaxes/recount.tmLanguage.json")))
    }

    /// The words the language reserves: every quoted word of the parser's grammar, and the
    /// verdicts, relations and grades the resolver accepts as values.
    static func keywords() throws -> Set<String> {
        var words = Set<String>()
        for line in try GrammarDocumentationTests.parserGrammar() {
            for (i, part) in line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            where i % 2 == 1 && part.first?.isLetter == true {
                words.insert(String(part))
            }
        }
        words.formUnion(Verdict.allCases.map(\.rawValue))
        words.formUnion(Metric.Relation.allCases.map(\.rawValue))
        words.formUnion(Source.Grade.allCases.map(\.rawValue))
        return words
    }

    /// The seed files: Claims/*.claims and Evidence/*.ledger.
    static func seeds() throws -> [URL] {
        try ["Claims", "Evidence"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
                .filter { ["claims", "ledger"].contains($0.pathExtension) }
        }.sorted { $0.path < $1.path }
    }

    /// The `recount` code blocks of the language reference, which use every construct.
    static func referenceExamples() throws -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in try GrammarDocumentationTests.languageReference() {
            if current == nil, line == "```recount" { current = []; continue }
            if current != nil, line.hasPrefix("```") { blocks.append(current!.joined(separator: "\n")); current = nil; continue }
            current?.append(line)
        }
        return blocks
    }

    /// One lexer token and the grammar's scopes for each of its UTF-16 units.
    struct Scoped {
        var token: Token
        var text: String
        var line: Int
        var scopes: [[String]]
    }

    /// The scopes the grammar gives a scalar span of a single line.
    static func scopes(of span: Range<Int>, in file: SourceFile, lines: [[TextMateTokenizer.Token]]) -> [[String]] {
        let mapping = PositionMapping(file: file)
        let start = mapping.position(of: file.location(of: span.lowerBound))
        let end = mapping.position(of: file.location(of: span.upperBound))
        guard start.line < lines.count else { return [] }
        var units: [[String]] = []
        for token in lines[start.line] {
            units += Array(repeating: token.scopes, count: token.text.utf16.count)
        }
        let upper = end.line == start.line ? end.character : units.count
        guard start.character <= upper, upper <= units.count else { return [] }
        return Array(units[start.character..<upper])
    }

    /// The lexer's tokens of a text with the grammar's scopes.
    static func scoped(_ text: String, path: String) throws -> (tokens: [Scoped], comments: [[[String]]], lines: [[TextMateTokenizer.Token]]) {
        let file = SourceFile(path: path, text: text)
        let lines = try tokenizer().tokenize(text)
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize().filter { !$0.span.isEmpty }.map { token in
            Scoped(token: token, text: file.text(token.span), line: file.location(of: token.span.lowerBound).line,
                   scopes: scopes(of: token.span, in: file, lines: lines))
        }
        let comments = lexer.comments.map { scopes(of: $0.span, in: file, lines: lines) }
        return (tokens, comments, lines)
    }

    /// Words that are a declaration's id, where a keyword's spelling is only a name.
    static let namingWords: Set<String> = ["claim", "entity", "source", "article", "reading", "because", "use"]

    /// The keyword tokens of a text, without those in a naming position.
    static func keywordTokens(_ tokens: [Scoped], _ keywords: Set<String>) -> [Scoped] {
        tokens.enumerated().filter { i, scoped in
            guard case .word(let word) = scoped.token.kind, keywords.contains(word) else { return false }
            if i > 0, tokens[i - 1].line == scoped.line, case .word(let before) = tokens[i - 1].token.kind,
               namingWords.contains(before) { return false }
            return true
        }.map(\.element)
    }

    @Test func theKeywordListComesFromTheParser() throws {
        let keywords = try Self.keywords()
        for word in ["entity", "fiscal-extra-week", "reviewer-url", "states", "because", "exactly", "least", "consistent", "ratio", "primary"] {
            #expect(keywords.contains(word), "\(word)")
        }
        #expect(!keywords.contains("ID"))
    }

    @Test func theSeedFilesAreScopedThroughout() throws {
        let keywords = try Self.keywords()
        var figures = 0
        for url in try Self.seeds() {
            let name = url.lastPathComponent
            let (tokens, comments, lines) = try Self.scoped(try String(contentsOf: url, encoding: .utf8), path: name)
            for (number, line) in lines.enumerated() {
                for token in line where token.scopes.contains(where: { $0.hasPrefix("invalid") }) {
                    Issue.record("\(name):\(number + 1): '\(token.text)' is \(token.scopes.joined(separator: " "))")
                }
            }
            for scoped in Self.keywordTokens(tokens, keywords) where !scoped.scopes.allSatisfy({ $0.last?.hasPrefix("keyword.") == true }) {
                Issue.record("\(name):\(scoped.line): keyword '\(scoped.text)' is \(scoped.scopes.first ?? [])")
            }
            for scoped in tokens {
                switch scoped.token.kind {
                case .string where !scoped.scopes.allSatisfy({ $0.contains("string.quoted.double.recount") }):
                    Issue.record("\(name):\(scoped.line): string \(scoped.text) is not all string")
                case .figure:
                    figures += 1
                    if !scoped.scopes.allSatisfy({ $0.contains("constant.numeric.figure.recount") }) {
                        Issue.record("\(name):\(scoped.line): figure '\(scoped.text)' is \(scoped.scopes.map { $0.last ?? "" })")
                    }
                default: break
                }
            }
            for comment in comments where !comment.allSatisfy({ $0.contains("comment.line.number-sign.recount") }) {
                Issue.record("\(name): a comment is not all comment")
            }
        }
        #expect(figures > 100)
    }

    /// The constructs that neither the seeds nor the reference's examples use.
    static let rarerConstructs = """
    defaults
      exact
    entity aapl "Apple"
      fiscal-year-named end
      fiscal-extra-week Q4
    metric aapl.net "net"
      relation sum
    metric aapl.gap "gap"
      relation difference
    metric aapl.times "times"
      relation multiple
    metric aapl.part "part"
      relation share
    metric aapl.per "per"
      relation ratio
    claim c
      states aapl.net = almost negative $5B
      reading r
        holds aapl.net < up to $6B
    """

    @Test func everyKeywordHasAKeywordScopeSomewhere() throws {
        var unseen = try Self.keywords()
        let keywords = unseen
        let texts = try Self.seeds().map { try String(contentsOf: $0, encoding: .utf8) } + Self.referenceExamples() + [Self.rarerConstructs]
        for (i, text) in texts.enumerated() {
            for scoped in Self.keywordTokens(try Self.scoped(text, path: "\(i)").tokens, keywords)
            where scoped.scopes.allSatisfy({ $0.last?.hasPrefix("keyword.") == true }) {
                unseen.remove(scoped.text)
            }
        }
        #expect(unseen.isEmpty, "keywords the grammar never scopes as keywords: \(unseen.sorted())")
    }

    @Test func aFactsFigureIsNumericInEveryPart() throws {
        let line = try Self.tokenizer().tokenize("fact msft.ai_run_rate @ FY2026Q3 = over $37B/yr")[0]
        let figure = line.drop { $0.text != "$" }
        #expect(figure.map(\.text).joined() == "$37B/yr")
        #expect(figure.allSatisfy { $0.scopes.contains("constant.numeric.figure.recount") })
        #expect(line.first { $0.text == "over" }?.scopes.last == "keyword.other.hedge.recount")
    }

    @Test func inlineLinesHaveTheirScopes() throws {
        let text = """
        claim p3-s3   # the article's third paragraph
          quote "up 123%, \\"a record\\" \\u{1F4C8} \\q"
          states about 370億美元/yr
          holds msft.ai_run_rate @ FY2026Q3 * 1 month < msft.capex @ H1 2026 / 10
          because (big4.capex @ 2025..2026 - 5%) in USD/yr at fx.rate
          expect inconsistent
        metric dc.revenue_per_mw "revenue per MW"
          relation ratio
        entity msft "Microsoft"
          fiscal-year-end last Saturday of June
        """
        var out = ""
        for (number, line) in try Self.tokenizer().tokenize(text).enumerated() {
            out += "\(number + 1)\n"
            for token in line where !token.text.allSatisfy(\.isWhitespace) {
                out += "  \(token.text.debugDescription) \(token.scopes.dropFirst().joined(separator: " "))\n"
            }
        }
        assertSnapshot(out, named: "grammar-inline-scopes")
    }

    @Test func theExtensionNamesTheGrammar() throws {
        let data = try Data(contentsOf: Self.extensionFolder.appendingPathComponent("package.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let contributes = try #require(json["contributes"] as? [String: Any])
        let grammar = try #require((contributes["grammars"] as? [[String: Any]])?.first)
        #expect(grammar["scopeName"] as? String == (try Self.tokenizer().scopeName))
        let path = try #require(grammar["path"] as? String)
        #expect(FileManager.default.fileExists(atPath: Self.extensionFolder.appendingPathComponent(path).path))
        let language = try #require((contributes["languages"] as? [[String: Any]])?.first)
        #expect(language["extensions"] as? [String] == [".claims", ".ledger"])
        let configuration = Self.extensionFolder.appendingPathComponent(try #require(language["configuration"] as? String))
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: configuration)) is [String: Any])
    }
}
