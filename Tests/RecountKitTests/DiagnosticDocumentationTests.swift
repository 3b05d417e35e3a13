import Foundation
import RecountCore
import RecountReport
import Testing

/// `recount explain CODE` prints the language reference's own words: the "when it happens" column
/// of its diagnostics table and the example under each code. The library keeps a copy so that the
/// binary can print them, and these tests keep the copy equal to the reference, both ways.
@Suite struct DiagnosticDocumentationTests {
    /// The reference's lines from `## Diagnostics` up to `## The command line`.
    static func diagnosticsSection() throws -> [String] {
        let lines = try GrammarDocumentationTests.languageReference()
        let start = try #require(lines.firstIndex(of: "## Diagnostics"))
        let end = try #require(lines[start...].firstIndex(of: "## The command line"))
        return Array(lines[start..<end])
    }

    /// The table's "when it happens" cell of every code.
    static func documentedWhen() throws -> [String: String] {
        var when: [String: String] = [:]
        for line in try diagnosticsSection().prefix(while: { $0 != "### Examples" }) where line.hasPrefix("| R") {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            if cells.count == 5 { when[cells[0]] = cells[3] }
        }
        return when
    }

    /// The examples of the `### Examples` section by code: under a heading such as `**R106**
    /// (with an empty `y.ledger` next to it)`, the `file` and `recount` blocks up to the first
    /// untagged block, which is what Recount prints. A heading that names two codes gives both
    /// the example; a heading with no input block before its output gives none.
    static func documentedExamples() throws -> [String: DiagnosticDocumentation.Example] {
        let lines = try diagnosticsSection()
        let start = try #require(lines.firstIndex(of: "### Examples"))
        var examples: [String: DiagnosticDocumentation.Example] = [:]
        var codes: [String] = []
        var note: String?
        var files: [DiagnosticDocumentation.File] = []
        var done = true
        var i = start + 1
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("**R") {
                var heading = line
                while i + 1 < lines.count, !lines[i + 1].isEmpty { i += 1; heading += " " + lines[i] }
                codes = heading.matches(of: /\*\*(R[0-9]{3})\*\*/).map { String($0.1) }
                note = heading.firstMatch(of: /\((.*)\)\s*$/).map { String($0.1) }
                files = []
                done = false
            } else if line.hasPrefix("#") {
                done = true
            } else if line.hasPrefix("```") {
                let info = line.dropFirst(3).split(separator: " ").map(String.init)
                var body: [String] = []
                i += 1
                while i < lines.count, lines[i] != "```" { body.append(lines[i]); i += 1 }
                let text = body.joined(separator: "\n")
                if !done {
                    switch info.first {
                    case nil:
                        if !files.isEmpty {
                            for code in codes { examples[code] = .init(note: note, files: files, output: text) }
                        }
                        done = true
                    case "file"?:
                        files.append(.init(path: info.count > 1 ? info[1] : "", text: text))
                    case "recount"?:
                        let path = info.dropFirst().first { $0.hasSuffix(".claims") || $0.hasSuffix(".ledger") }
                        files.append(.init(path: path ?? "x.claims", text: text))
                    default:
                        break
                    }
                }
            }
            i += 1
        }
        return examples
    }

    @Test func everyCodeIsDocumented() {
        #expect(!DiagnosticDocumentation.codes.isEmpty)
        for code in DiagnosticDocumentation.codes {
            #expect(DiagnosticDocumentation(code: code) != nil, "\(code) has no 'when' in the library")
        }
        #expect(DiagnosticDocumentation(code: "r401")?.code == "R401")
        #expect(DiagnosticDocumentation(code: "R999") == nil)
    }

    @Test func theLibrarySaysWhenAsTheTableDoes() throws {
        let documented = try Self.documentedWhen()
        #expect(documented.keys.sorted() == DiagnosticDocumentation.codes)
        for code in DiagnosticDocumentation.codes {
            #expect(DiagnosticDocumentation(code: code)?.when == documented[code],
                    "\(code): the library's 'when' differs from the reference's table; copy the table's cell")
        }
    }

    @Test func theLibraryHasTheReferencesExamples() throws {
        let documented = try Self.documentedExamples()
        #expect(documented.count > 40, "the examples section was not read")
        for code in DiagnosticDocumentation.codes {
            #expect(DiagnosticDocumentation(code: code)?.example == documented[code],
                    "\(code): the library's example differs from the reference's; copy the reference's")
        }
    }

    @Test func eachExamplePrintsItsCode() {
        for code in DiagnosticDocumentation.codes {
            guard let example = DiagnosticDocumentation(code: code)?.example else { continue }
            #expect(example.output.contains("[\(code)]"), "\(code)'s example does not print it")
        }
    }

    @Test func theExplanationHasEveryPart() throws {
        let text = try #require(DiagnosticCodeRenderer(style: .plain).render(code: "r405"))
        #expect(text.hasPrefix("R405  warning\n"))
        #expect(text.contains("  message  claim '‹id›' states a figure but gives nothing to check it against\n"))
        #expect(text.contains("  when     `states VALUE` with neither a quantity nor a `because` formula, as every claim"))
        #expect(text.contains("  hint     add 'because FORMULA'"))
        #expect(text.contains("  x.claims:\n    claim c\n      states 5%\n  prints:\n"))
        #expect(text.hasSuffix("    x.claims:1:7: warning: claim 'c' states a figure but gives nothing to check it against [R405]\n"))
        #expect(DiagnosticCodeRenderer(style: .plain).render(code: "R400") == nil)
    }
}
