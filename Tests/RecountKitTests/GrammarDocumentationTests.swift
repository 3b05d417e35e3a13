import Foundation
import Testing

/// The grammar is written twice, at the top of the parser and in the language reference; this
/// keeps the two identical.
@Suite struct GrammarDocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The EBNF lines of the parser's header comment: from `document` up to the blank comment line.
    static func parserGrammar() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Sources/RecountSyntax/Parser.swift"),
                              encoding: .utf8)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("//") else { break }
            if line.hasPrefix("//   ") { lines.append(String(line.dropFirst(5))) } else if !lines.isEmpty { break }
        }
        return lines
    }

    /// The lines of the language reference.
    static func languageReference() throws -> [String] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Sources/RecountKit/Documentation.docc/LanguageReference.md"),
            encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines of the fenced block between the grammar markers of the language reference.
    static func documentedGrammar() throws -> [String] {
        let lines = try languageReference()
        guard let begin = lines.firstIndex(of: "<!-- grammar:begin -->"),
              let end = lines.firstIndex(of: "<!-- grammar:end -->"), begin < end else { return [] }
        return lines[(begin + 1)..<end].filter { !$0.hasPrefix("```") }
    }

    @Test func languageReferenceHasTheParsersGrammar() throws {
        let parser = try Self.parserGrammar()
        #expect(parser.count > 10, "the parser's header should hold the EBNF grammar")
        #expect(parser.first?.hasPrefix("document") == true)
        #expect(try Self.documentedGrammar() == parser)
    }
}
