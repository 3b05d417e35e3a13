import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport
import Testing

/// The examples of the language reference and the getting-started guide, checked through the
/// real pipeline: each must load, and each verdict or code its comments or its output block
/// state must be what Recount finds. The convention is described in `DocumentationExample`
/// and in the reference's opening section.
@Suite struct DocumentationExampleTests {
    static let documents = ["LanguageReference.md", "GettingStarted.md", "ClaimReview.md"]

    static func markdown(_ document: String) throws -> String {
        try String(contentsOf: GrammarDocumentationTests.root
            .appendingPathComponent("Sources/RecountKit/Documentation.docc/\(document)"), encoding: .utf8)
    }

    static let examples: [DocumentationExample] = documents.flatMap { document in
        (try? markdown(document)).map { DocumentationExample.all(in: $0, document: document) } ?? []
    }

    /// The codes that no example of the reference can produce from a claims or ledger file: a
    /// chain of 17 files, a command line that names a folder without input, a warning of
    /// `report` alone (ClaimReviewTests checks it), a `what-if --set` for a quantity the
    /// article does not state, and a file with more than 1,000 problems. The reference says so
    /// where it lists the examples.
    static let codesWithoutRunnableExample: Set<String> = ["R008", "R304", "R306", "R422", "R432"]

    /// Every way the example differs from what its text says, each as `FILE:LINE: message`.
    static func failures(_ example: DocumentationExample) throws -> [String] {
        let run = try example.run()
        var failures: [String] = []
        func at(_ line: Int, _ message: String) { failures.append("\(example.document):\(line): \(message)") }
        if !example.unknownWords.isEmpty {
            at(example.line, "the fence says \(example.unknownWords.joined(separator: ", ")), which is not "
               + "one file name, 'seed' or 'test' (see the reference's \"Examples that run\")")
        }
        let found = run.diagnostics.map(DocumentationExample.headline)
        let ownFiles = Set([example.path] + example.companions.map(\.path))

        if let expected = example.outputDiagnostics {
            if found != expected.lines {
                at(expected.line, """
                    the output block of the example at line \(example.line) lists
                        \(expected.lines.joined(separator: "\n    "))
                    but the example gives
                        \(found.isEmpty ? "no diagnostic" : found.joined(separator: "\n    "))
                    """)
            }
        } else {
            for d in run.diagnostics where d.severity == .error {
                let stated = example.codes.contains { $0.fileLine == d.range?.start.line && $0.codes.contains(d.code) }
                if !stated {
                    at(example.line + (d.range?.start.line ?? 0), "the example does not load: \(DocumentationExample.headline(d))")
                }
            }
        }

        for stated in example.codes {
            let onLine = run.diagnostics.filter { $0.range?.path == example.path && $0.range?.start.line == stated.fileLine }
            for code in stated.codes where !onLine.contains(where: { $0.code == code }) {
                let what = onLine.isEmpty ? "no diagnostic" : onLine.map(DocumentationExample.headline).joined(separator: "; ")
                at(stated.line, "the comment says \(code), but the line gives \(what)")
            }
        }

        let renderer = CheckRenderer(style: TerminalStyle(enabled: false), verbose: true)
        for stated in example.verdicts {
            guard !stated.claim.isEmpty else {
                at(stated.line, "a comment states '\(stated.verdict)' outside any claim")
                continue
            }
            guard let result = run.audit.results.first(where: { $0.claim.id == stated.claim }) else {
                at(stated.line, "claim '\(stated.claim)' has no verdict"
                   + (run.audit.loadFailed ? ": the example does not load" : ""))
                continue
            }
            if result.verdict.rawValue != stated.verdict {
                at(stated.line, "claim '\(stated.claim)' is stated \(stated.verdict), but Recount finds \(result.verdict.rawValue):\n"
                   + renderer.render(result, in: run.audit))
            }
            if let location = stated.location, location != result.claim.range.description {
                at(stated.line, "claim '\(stated.claim)' is at \(result.claim.range.description), not \(location)")
            }
        }

        for result in run.audit.expectationMismatches where ownFiles.contains(result.claim.range.path) {
            let line = result.claim.expectRange?.start.line ?? result.claim.range.start.line
            at(example.line + line, "claim '\(result.claim.id)' expects \(result.claim.expect?.rawValue ?? "-"), "
               + "but Recount finds \(result.verdict.rawValue):\n" + renderer.render(result, in: run.audit))
        }
        return failures
    }

    @Test(arguments: examples)
    func exampleRunsAsDocumented(_ example: DocumentationExample) throws {
        for failure in try Self.failures(example) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func bothDocumentsHaveExamples() {
        for document in Self.documents {
            #expect(Self.examples.contains { $0.document == document }, "\(document) has no runnable example")
        }
    }

    /// Every code of `DiagnosticKind` is produced by an example of the reference that states it,
    /// in its output block or in a comment, except the few that need more than a file.
    @Test func everyCodeHasARunningExample() throws {
        let stated = Set(Self.examples.filter { $0.document == "LanguageReference.md" }.flatMap { example in
            (example.outputDiagnostics?.lines ?? []).compactMap { $0.firstMatch(of: /\[(R[0-9]{3})\]$/).map { String($0.1) } }
                + example.codes.flatMap(\.codes)
        })
        let all = try DiagnosticTableTests.codesInSource()
        #expect(all.subtracting(stated).subtracting(Self.codesWithoutRunnableExample).sorted() == [])
        #expect(stated.intersection(Self.codesWithoutRunnableExample).sorted() == [],
                "these codes now have an example that runs; drop them from the list")
        let reference = try Self.markdown("LanguageReference.md")
        let paragraph = try #require(reference.components(separatedBy: "\n\n").first { $0.contains("have no example that runs") },
                                     "the reference should say which codes have no example that runs")
        let named = paragraph.components(separatedBy: "have no example that runs").last ?? ""
        #expect(Set(named.matches(of: /R[0-9]{3}/).map { String($0.0) }) == Self.codesWithoutRunnableExample)
    }

    /// A block that Recount accepts is an example, and must say so: an untagged block that loads
    /// without an error, on its own or beside the seed's ledgers, and declares something, would
    /// escape the test.
    @Test(arguments: documents)
    func blocksThatLoadAreTagged(_ document: String) throws {
        for block in FencedBlock.all(in: try Self.markdown(document)) where block.info.isEmpty {
            let declares = block.lines.contains { line in
                ["entity", "source", "fact", "article", "use", "metric", "claim"].contains(line.split(separator: " ").first ?? "")
            }
            guard declares else { continue }
            for seed in [false, true] {
                let example = DocumentationExample(
                    document: document, line: block.line, path: "x.claims", withSeed: seed, asTest: false,
                    text: block.text, companions: [], outputDiagnostics: nil, verdicts: [], codes: [])
                let run = try example.run()
                #expect(run.diagnostics.hasErrors, "\(document):\(block.line): this block loads; tag it ```recount\(seed ? " seed" : "")")
                if !run.diagnostics.hasErrors { break }
            }
        }
    }

    // MARK: The convention itself

    static let sample = """
        # A section

        ```recount
        claim c
          states 3.10
          because 3.14      # consistent: a wrong statement
        ```

        ```
        x.claims:1:1: warning: made up [R405]
        ```

        ```recount
        claim d
          quote "a \\"#\\" sign"   # R407
          states 5xyz           # R205
        ```

        ## Another

        ```file y.ledger
        entity acme "Acme"
        ```

        ```recount seed test
        claim e
          states acme.revenue @ 2025 = $1B
          expect consistent
        ```

        ```recount-error a.claims b.ledger
        ```
        """

    @Test func theConventionIsReadFromTheInfoStringsCommentsAndOutput() throws {
        let examples = DocumentationExample.all(in: Self.sample, document: "s.md")
        try #require(examples.count == 4)
        #expect(examples.map(\.line) == [3, 13, 25, 31])
        #expect(examples[3].unknownWords == ["recount-error", "b.ledger"] && examples[3].path == "a.claims")
        #expect(examples.prefix(3).allSatisfy { $0.unknownWords.isEmpty })
        #expect(examples[0].verdicts.map { "\($0.claim) \($0.verdict) \($0.line)" } == ["c consistent 6"])
        #expect(examples[0].outputDiagnostics?.lines == ["x.claims:1:1: warning: made up [R405]"])
        #expect(examples[0].outputDiagnostics?.line == 9)
        #expect(examples[1].codes.map { "\($0.codes) \($0.fileLine) \($0.line)" } == ["[\"R407\"] 2 15", "[\"R205\"] 3 16"])
        #expect(examples[1].outputDiagnostics == nil, "an output block belongs to the example before it")
        #expect(examples[2].withSeed && examples[2].asTest && examples[2].path == "x.claims")
        #expect(examples[2].companions.map(\.path) == ["y.ledger"], "the earlier x.claims is replaced by this one")
        #expect(examples[1].companions.isEmpty, "an example of the same path is not a companion")
        #expect(examples[0].companions.isEmpty && !examples[0].withSeed)
    }

    @Test func aWrongStatementFailsWithTheDocumentLineAndBothSides() throws {
        let examples = DocumentationExample.all(in: Self.sample, document: "s.md")
        try #require(examples.count == 4)
        let first = try Self.failures(examples[0])
        #expect(first.count == 2)
        #expect(first.contains { $0.hasPrefix("s.md:9: the output block of the example at line 3 lists") && $0.contains("no diagnostic") })
        #expect(first.contains { $0.hasPrefix("s.md:6: claim 'c' is stated consistent, but Recount finds inconsistent") })
        // The codes are stated on their lines, so the R205 error does not fail the example; the
        // quote prints no figure, but R407 is not checked on a file that does not load.
        #expect(try Self.failures(examples[1]) == ["s.md:15: the comment says R407, but the line gives no diagnostic"])
        // `y.ledger` is written but not loaded (nothing uses it), so `acme` is unknown.
        #expect(try Self.failures(examples[2]).contains { $0.contains("unknown entity 'acme' [R201]") })
        #expect(try Self.failures(examples[3]) == [
            "s.md:31: the fence says recount-error, b.ledger, which is not one file name, 'seed' or 'test' (see the reference's \"Examples that run\")",
        ])
    }

    @Test func commentsAreFoundOutsideStringsOnly() {
        #expect(DocumentationExample.comment(in: "  quote \"a # b\"  # R407") == "R407")
        #expect(DocumentationExample.comment(in: "  quote \"a \\\" # b\"") == nil)
        #expect(DocumentationExample.comment(in: "#consistent") == "consistent")
    }
}
