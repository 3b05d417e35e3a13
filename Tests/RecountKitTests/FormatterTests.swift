import Foundation
@testable import RecountCore
@testable import RecountEngine
@testable import RecountFigures
@testable import RecountFormat
@testable import RecountKit
@testable import RecountModel
@testable import RecountSyntax
import Testing

/// The text `Formatter` gives for a file; fails the test when it gives none.
private func formatted(_ text: String, path: String = "t.claims",
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    switch Formatter.format(SourceFile(path: path, text: text)) {
    case .formatted(let result): return result
    case .unparsable(let problems):
        Issue.record("unparsable: \(problems.map(\.message))", sourceLocation: sourceLocation)
    case .refused(let reason):
        Issue.record("refused: \(reason)", sourceLocation: sourceLocation)
    }
    return text
}

/// The same file with its layout disturbed but its meaning kept: indentation doubled, trailing
/// blanks, every blank line doubled, blank lines at the start.
func disturbed(_ text: String) -> String {
    var lines: [String] = ["", "  "]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let indent = line.prefix { $0 == " " }.count
        if line.isEmpty { lines.append(" ") }
        lines.append(String(repeating: " ", count: indent * 2) + line.dropFirst(indent) + (line.isEmpty ? "" : "   "))
    }
    return lines.joined(separator: "\n")
}

/// Every verdict, every check's values and every conflict of an audit, without source ranges:
/// what must not change when only the layout does.
func meaning(_ audit: Audit) -> [String] {
    audit.results.map { r in
        let checks = (r.checks + r.readings.flatMap(\.checks)).map { c in
            "\(c.verdict) \(String(describing: c.derivation?.value)) \(String(describing: c.other?.value))"
        }
        return "\(r.claim.id) \(r.verdict) \(r.claim.stated?.text ?? "-") \(checks)"
    } + audit.conflicts.map { c in
        "conflict \(c.label) \(c.support.map(audit.describe))"
    }
}

@Suite struct FormatterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    // MARK: Layout

    @Test func indentationSpacingAndAttributeOrder() {
        let text = """
            entity acme   "Acme"
                metrics   declared
                fiscal-year-end 06-30
            source s1 "One"
              note "first"
              grade primary
              note "second"
              url "http://x"
            fact acme.revenue  @FY2025Q1  =about   $12.4B
              quote "It was \\"$12.4B\\"\\ttab \\u{4E2D}"
              source s1
            metric acme.margin "Margin"
              relation margin
              equals acme.profit/acme.revenue
              kind flow
            claim a
              expect consistent
              because (acme.revenue @ FY2025Q1 ×2)  -  -(1 + 2) / 3 in $/yr
              states ≈5%
              quote "q"
            claim b
              holds acme.revenue @ FY2025Q1 ≤ ((acme.profit @ FY2025Q1))
              reading r
                note "n"
                states more than  4%
              at  paragraph 3
            """
        #expect(formatted(text) == """
            entity acme "Acme"
              fiscal-year-end 06-30
              metrics declared
            source s1 "One"
              url "http://x"
              grade primary
              note "first"
              note "second"
            fact acme.revenue @ FY2025Q1 = about $12.4B
              source s1
              quote "It was \\"$12.4B\\"\\ttab 中"
            metric acme.margin "Margin"
              kind flow
              equals acme.profit / acme.revenue
              relation margin
            claim a
              quote "q"
              states ~5%
              because (acme.revenue @ FY2025Q1 * 2) - -(1 + 2) / 3 in $/yr
              expect consistent
            claim b
              at paragraph 3
              holds acme.revenue @ FY2025Q1 <= ((acme.profit @ FY2025Q1))
              reading r
                states more than 4%
                note "n"

            """)
    }

    @Test func blankLinesBetweenDeclarationsAreKeptButCollapsed() {
        let text = "\n\nfact a.x = 1\n  source s\nfact a.y = 2\n\n\n\nfact a.z = 3\n  \n  source s\n\n"
        #expect(formatted(text, path: "t.ledger") == "fact a.x = 1\n  source s\nfact a.y = 2\n\nfact a.z = 3\n  source s\n")
    }

    @Test func stringsAreReescaped() {
        let text = #"source s "tab\there \"q\" back\\slash \u{7} 微軟 \u{5FAE}""# + "\n"
        #expect(formatted(text, path: "t.ledger") == #"source s "tab\there \"q\" back\\slash \u{7} 微軟 微""# + "\n")
    }

    @Test func expressionsNeedNoParenthesesTheyDidNotHave() {
        // A tree built by hand, not by the parser, gets the parentheses it needs to read back.
        let r = SourceRange(path: "x", start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2))
        func figure(_ t: String) -> Syntax.Expression {
            .figure(FigureText(text: t, currencyPrefix: nil, number: t, suffix: ""), r)
        }
        let sum = Syntax.Expression.binary(.subtract, figure("1"), figure("2"), r)
        #expect(CanonicalText.expression(.binary(.subtract, figure("3"), sum, r)) == "3 - (1 - 2)")
        #expect(CanonicalText.expression(.binary(.multiply, sum, figure("3"), r)) == "(1 - 2) * 3")
        #expect(CanonicalText.expression(.binary(.add, sum, figure("3"), r)) == "1 - 2 + 3")
        #expect(CanonicalText.expression(.negate(sum, r)) == "-(1 - 2)")
    }

    // MARK: Comments

    @Test func commentsStayWithTheirLines() {
        let text = """
            # File header.

            # Before the claim.
            claim a   # on the header
              # before states
              states 5%   # on states
              # before quote
              quote "q"
                # indented deeper than the next line: stays after quote
            # before b

            claim b
              states 6%
            # at the end
            """
        #expect(formatted(text) == """
            # File header.

            # Before the claim.
            claim a  # on the header
              # before quote
              quote "q"
              # indented deeper than the next line: stays after quote
              # before states
              states 5%  # on states
            # before b

            claim b
              states 6%
            # at the end

            """)
    }

    @Test func aCommentOnlyFileKeepsItsComments() {
        #expect(formatted("# one\n\n# two   \n", path: "t.ledger") == "# one\n\n# two\n")
        #expect(formatted("", path: "t.ledger") == "")
    }

    // MARK: Refusals

    @Test func aFileWithSyntaxErrorsIsNotFormatted() {
        guard case .unparsable(let problems) = Formatter.format(SourceFile(path: "t.claims", text: "claim a\n  states = 5%\n"))
        else {
            Issue.record("expected the file to be refused")
            return
        }
        #expect(problems.map(\.code) == ["R101"])
        guard case .unparsable = Formatter.format(SourceFile(path: "t.claims", text: "claim a\n\tstates 5%\n")) else {
            Issue.record("a tab-indented file must be refused")
            return
        }
    }

    // MARK: The committed files and the fixtures

    /// The committed claims and ledger files are in the canonical layout.
    @Test func theCommittedFilesAreCanonical() throws {
        let run = FormatFiles.run(paths: [], root: Self.root, write: false)
        #expect(run.diagnostics.isEmpty)
        #expect(run.files.count >= 7)
        for file in run.files {
            #expect(file.formatted == file.original, "\(file.path) is not canonical; run 'swift run recount fmt':\n\(file.diff)")
        }
    }

    /// Every committed file and fixture, with its layout disturbed, formats back to its
    /// canonical text, and formatting that text again changes nothing.
    @Test func formattingRoundTripsAndIsIdempotent() throws {
        let run = FormatFiles.run(paths: [], root: Self.root, write: false)
        var texts = run.files.map { ($0.path, $0.original) }
        for fixture in [ReportFixtures.small, ReportFixtures.hostile, FormatterTests.fixture] {
            texts += fixture.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        // The claims files `recount extract` drafts, as its tests record them.
        let snapshots = Self.root.appendingPathComponent("Tests/RecountKitTests/__Snapshots__")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path)) ?? []
        where name.hasPrefix("extract-") {
            texts.append((name, try String(contentsOf: snapshots.appendingPathComponent(name), encoding: .utf8)))
        }
        for (path, text) in texts {
            let canonical = formatted(text, path: path)
            #expect(formatted(canonical, path: path) == canonical, "\(path) is not idempotent")
            #expect(formatted(disturbed(text), path: path) == canonical, "\(path) does not round-trip")
        }
    }

    /// Formatting a disturbed copy of the seed and the fixtures leaves every verdict, check and
    /// conflict as it was.
    @Test func formattingKeepsTheAnalysis() throws {
        for files in [FormatterTests.fixture, ReportFixtures.small, seedFiles()] {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("recount-fmt-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(disturbed(text).utf8).write(to: url)
            }
            let before = Audit.run(paths: [], root: folder)
            #expect(!before.loadFailed)
            let run = FormatFiles.run(paths: [], root: folder, write: true)
            #expect(!run.failed)
            #expect(run.files.allSatisfy { $0.changes })
            let after = Audit.run(paths: [], root: folder)
            #expect(meaning(after) == meaning(before))
            #expect(FormatFiles.run(paths: [], root: folder, write: false).files.allSatisfy { !$0.changes })
        }
    }

    private func seedFiles() -> [String: String] {
        var files: [String: String] = [:]
        for file in FormatFiles.run(paths: [], root: Self.root, write: false).files { files[file.path] = file.original }
        return files
    }

    /// A small project that uses every declaration and attribute, readings, a tolerance,
    /// comments in every position, and formulas with parentheses, negation and `in`.
    static let fixture: [String: String] = [
        "Evidence/northwind.ledger": """
            # Northwind's figures.

            entity nwc "Northwind"  # a fictional company
              fiscal-year-end 06-30

            source nwc-10k "Northwind annual report"
              url "https://example.com/nwc"
              grade primary
              date 2025-08-01
              note "Audited."

            metric nwc.margin "Operating margin"
              kind flow
              equals nwc.profit / nwc.revenue
              relation margin

            fact nwc.revenue @ FY2025 = $4.82B
              source nwc-10k
              quote "Revenue was $4.82 billion."
            fact nwc.profit @ FY2025 = $0.61B
              source nwc-10k
            fact nwc.revenue @ FY2024 = $3.91B
              source nwc-10k
              # The year before.
              note "Restated."

            """,
        "Claims/northwind.claims": """
            article northwind "Northwind grows"
              author "A. Writer"
              published 2025-09-01
              tolerance about 3%

            use "../Evidence/northwind.ledger"

            # Growth

            claim growth
              quote "up 23% on the year"
              at paragraph 2
              states nwc.revenue.yoy @ FY2025 = 23%  # 4.82 / 3.91
              expect consistent

            claim margin
              quote "a margin of about 12.7%"
              states about 12.7%
              because nwc.profit @ FY2025 / nwc.revenue @ FY2025
              expect consistent

            claim gap
              quote "$0.91 billion more than the year before"
              states $0.91 billion
              because -(nwc.revenue @ FY2024 - nwc.revenue @ FY2025)
              reading monthly
                states about $76 million/month
                because (nwc.revenue @ FY2025 - nwc.revenue @ FY2024) in $/month
                note "Per month."
              expect consistent

            claim bigger
              holds nwc.revenue @ FY2025 > nwc.revenue @ FY2024
              expect consistent

            """,
    ]
}

@Suite struct UnifiedDiffTests {
    @Test func showsChangedLinesWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(UnifiedDiff.render(old: old, new: new, path: "a.claims") == """
            --- a/a.claims
            +++ b/a.claims
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
        #expect(UnifiedDiff.render(old: old, new: old, path: "a.claims") == "")
    }

    @Test func separatesDistantChangesIntoHunks() {
        let old = (1...20).map { "l\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "l2\n", with: "").replacingOccurrences(of: "l18\n", with: "l18\nnew\n")
        let diff = UnifiedDiff.render(old: old, new: new, path: "x")
        #expect(diff.contains("@@ -1,5 +1,4 @@\n l1\n-l2\n l3\n"))
        #expect(diff.hasSuffix("@@ -16,5 +15,6 @@\n l16\n l17\n l18\n+new\n l19\n l20\n"))
    }

    @Test func marksAMissingFinalLineBreak() {
        let diff = UnifiedDiff.render(old: "a\nb", new: "a\nb\n", path: "x")
        #expect(diff.contains("-b\n\\ No newline at end of file\n+b\n"))
    }
}

/// Each way of writing a negative figure is kept as written, as the article prints it.
@Suite struct NegativeFormFormattingTests {
    @Test(arguments: ["($23.7B)", "negative $23.7B", "-$23.7B", "about (23.7)"])
    func theFormatterKeepsEachForm(_ text: String) {
        let source = "article a \"A\"\n\nclaim c\n  states x.y = \(text)\n"
        #expect(formatted(source) == source)
    }
}
