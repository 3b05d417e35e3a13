import Foundation
import RecountCore
import RecountKit
import RecountSyntax
import Testing

/// The diagnostics table of the language reference, kept in step with `DiagnosticKind`: the same
/// codes, and for each its severity, its message and its hint.
@Suite struct DiagnosticTableTests {
    struct Row {
        var severity: String
        var message: String
        var hint: String
    }

    /// Every code `DiagnosticKind.code` spells out, read from its source file. The compiler makes
    /// that switch name every case, so a case added without an example is still found here.
    static func codesInSource() throws -> Set<String> {
        let url = GrammarDocumentationTests.root.appendingPathComponent("Sources/RecountCore/DiagnosticKind.swift")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(text.matches(of: /"(R[0-9]{3})"/).map { String($0.1) })
    }

    /// The table's rows by code, and the codes given more than once.
    static func documentedRows() throws -> (rows: [String: Row], repeated: [String]) {
        let lines = try GrammarDocumentationTests.languageReference()
        guard let start = lines.firstIndex(of: "## Diagnostics") else { return ([:], []) }
        var rows: [String: Row] = [:]
        var repeated: [String] = []
        for line in lines[start...].prefix(while: { $0 != "### Examples" }) where line.hasPrefix("| R") {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            guard cells.count == 5 else {
                Issue.record("a row of the diagnostics table does not have 5 cells: \(line)")
                continue
            }
            if rows[cells[0]] != nil { repeated.append(cells[0]) }
            rows[cells[0]] = Row(severity: cells[1], message: unquoted(cells[2]), hint: unquoted(cells[4]))
        }
        return (rows, repeated)
    }

    /// A cell's text without the backticks around a cell written as code.
    static func unquoted(_ cell: String) -> String {
        cell.count > 1 && cell.hasPrefix("`") && cell.hasSuffix("`") ? String(cell.dropFirst().dropLast()) : cell
    }

    /// The forms of a message the table describes, as patterns: `; or: ` separates the forms of a
    /// message that has several, and each ‹…› stands for any text.
    static func forms(_ documented: String) throws -> [Regex<AnyRegexOutput>] {
        try documented.components(separatedBy: "; or: ").map { form in
            let literals = form.split(separator: /‹[^›]*›/, omittingEmptySubsequences: false)
            return try Regex(literals.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: ".+"))
        }
    }

    static let codes = Set(DiagnosticKind.examples.map(\.code)).sorted()

    @Test func everyCaseHasAnExample() throws {
        #expect(Set(Self.codes) == (try Self.codesInSource()))
        #expect(!Self.codes.isEmpty)
        // The limits in the examples are the ones the parser and the loader enforce.
        #expect(DiagnosticKind.examples.contains(.nestingTooDeep(limit: Parser.maximumNesting)))
        #expect(DiagnosticKind.examples.contains(.includeTooDeep(limit: Loader.maximumDepth)))
    }

    @Test func theTableHasEveryCodeOnceAndNoOther() throws {
        let (rows, repeated) = try Self.documentedRows()
        #expect(repeated == [])
        #expect(rows.keys.sorted() == Self.codes)
    }

    @Test(arguments: codes)
    func theTableGivesTheSeverityMessageAndHint(_ code: String) throws {
        let row = try #require(try Self.documentedRows().rows[code], "\(code) is not in the diagnostics table")
        let examples = DiagnosticKind.examples.filter { $0.code == code }
        let forms = try Self.forms(row.message)
        for kind in examples {
            #expect(row.severity == kind.severity.rawValue)
            #expect(row.hint == kind.hint ?? "—")
            #expect(forms.contains { kind.message.wholeMatch(of: $0) != nil }, "'\(kind.message)' is not '\(row.message)'")
        }
        for form in forms {
            #expect(examples.contains { $0.message.wholeMatch(of: form) != nil }, "a form of '\(row.message)' has no example")
        }
    }
}
