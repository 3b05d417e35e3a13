import Foundation
@testable import RecountCore
import RecountEngine
@testable import RecountReport
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// Malformed inputs and the diagnostics Recount prints for them, compared with the snapshots in
/// `__Snapshots__/diagnostics-<name>.txt`. Record with `RECOUNT_RECORD_SNAPSHOTS=1`.
@Suite struct DiagnosticGoldenTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        var name: String
        /// The most severe diagnostic the input must produce: an input that only warns loads,
        /// and is checked.
        var worst: Severity = .error
        var text: String
        var testDescription: String { name }
    }

    static let fixtures: [Fixture] = [
        Fixture(name: "unterminated-string", text: """
            claim msft-growth
              quote "Microsoft revealed this figure was up 12%
              states 12%
              because 1.23
            """),
        Fixture(name: "unknown-attribute", text: """
            claim msft-growth
              quote "up 12% year-over-year"
              states 12%
              because 1.23
              expected inconsistent
            """),
        Fixture(name: "bad-period", text: """
            entity msft "Microsoft"
              fiscal-year-end 06-30
            claim q5
              states msft.revenue @ 2025Q5 = $70B
            claim h3
              states msft.revenue @ H3 2025 = $70B
            claim no-day
              states msft.revenue @ 2025-02-30 = $1B
            """),
        Fixture(name: "unknown-unit", text: """
            entity msft "Microsoft"
            claim c
              holds msft.capex @ 2025 in $/fortnight < 370億美元 * 5furlongs
            """),
        Fixture(name: "duplicate-claim-id", text: """
            entity msft "Microsoft"
            claim growth
              states msft.revenue.yoy @ 2025 = 12%
            claim growth
              states msft.revenue.yoy @ 2024 = 15%
            """),
        Fixture(name: "unknown-entity", text: """
            entity msft "Microsoft"
              fiscal-year-end 06-30
            claim c
              quote "微軟的資本支出"
              states msft.capex @ FY2026Q3 = $31.9B
              because msf.capex @ FY2026Q3 + acme.capex @ FY2026Q3
            """),
        Fixture(name: "tab-indentation", text: "claim c\n\tstates 12%\n\tbecause 1.23\n"),
        Fixture(name: "missing-equals", text: """
            entity msft "Microsoft"
            fact msft.revenue @ 2025 $70B
              source s
            claim c
              states msft.revenue @ 2025 $70B
            """),
        Fixture(name: "several-problems", text: """
            entity acme "Acme"
            claim a
              states acme.revenue @ FY2025 = about $5B & more
            claim b
              quote "fine"
            claim c
              states 1,23%
              expect great
            """),
        Fixture(name: "unknown-source", text: """
            entity acme "Acme"
            fact acme.revenue @ 2025 = $5B
              source acme-10k
            claim c
              states acme.revenue @ 2025 = $5B
              source acme-release
            """),
        Fixture(name: "unknown-claim", text: """
            claim growth
              states 5%
              because 5%
            claim doubled
              states 10%
              because growht * 2
            """),
        Fixture(name: "unknown-grade", text: """
            source s "S"
              grade tertiary
            """),
        Fixture(name: "conflicting-facts", worst: .warning, text: """
            entity acme "Acme"
            source s "S"
              grade primary
            fact acme.revenue @ 2025 = $5.0B
              source s
            fact acme.revenue @ 2025 = $6.0B
              source s
            """),
        Fixture(name: "unknown-metric-kind", text: """
            entity acme "Acme"
            metric acme.backlog
              kind inventory
            """),
        Fixture(name: "unknown-relation", text: """
            entity acme "Acme"
            metric acme.margin
              equals acme.opinc / acme.revenue
              relation quotient
            """),
        Fixture(name: "cyclic-metric-definition", text: """
            entity acme "Acme"
            metric acme.a
              equals acme.b
            metric acme.b
              equals acme.a + 1
            metric acme.c
              equals acme.c * 2
            """),
        // 2 × 10^296 trillion dollars is 2 × 10^308, past the largest double; a 1 in the 310th
        // decimal place is below the smallest normal one, about 2.2 × 10^-308.
        Fixture(name: "figure-out-of-range", text: """
            claim big
              states $2\(String(repeating: "0", count: 296))T
              because 1
            claim tiny
              states 0
              because 0.\(String(repeating: "0", count: 309))1
            """),
        // 10^24 to the 13th power is past the largest double, about 1.8 × 10^308.
        Fixture(name: "overflow", worst: .warning, text: """
            claim big
              states 1,000,000,000,000T
              because 1,000,000,000,000T
            claim c
              states 1
              because big * big * big * big * big * big * big * big * big * big * big * big * big
            """),
    ]

    /// Parses and resolves one fixture as `fixture.claims` and, as an audit does, checks it when
    /// it loads without errors; returns the file and every diagnostic in file order.
    static func diagnose(_ fixture: Fixture) -> (SourceFile, [Diagnostic]) {
        let file = SourceFile(path: "fixture.claims", text: fixture.text)
        let (document, parseDiagnostics) = Parser.parse(file)
        let (project, resolveDiagnostics) = Resolver.resolve([document])
        var diagnostics = parseDiagnostics + resolveDiagnostics
        if !diagnostics.hasErrors { diagnostics += Engine.analyze(project).diagnostics }
        return (file, diagnostics.sortedByLocation())
    }

    /// Renders a fixture's diagnostics with no colour, after the input with line numbers.
    static func render(_ fixture: Fixture) -> String {
        let (file, diagnostics) = diagnose(fixture)
        let renderer = DiagnosticRenderer(files: [file.path: file], style: .plain)
        var out = "# input\n"
        for line in 1...file.lineStarts.count where !(line == file.lineStarts.count && file.lineText(line).isEmpty) {
            out += "\(line): \(file.lineText(line))\n"
        }
        out += "# diagnostics\n"
        out += renderer.render(diagnostics)
        return out
    }

    @Test(arguments: fixtures)
    func golden(_ fixture: Fixture) {
        assertSnapshot(Self.render(fixture), named: "diagnostics-\(fixture.name)")
    }

    @Test(arguments: fixtures)
    func fixtureProducesItsWorstSeverity(_ fixture: Fixture) {
        #expect(Self.diagnose(fixture).1.map(\.severity).min() == fixture.worst)
    }

    @Test func renderingIsDeterministic() {
        for fixture in Self.fixtures {
            #expect(Self.render(fixture) == Self.render(fixture))
        }
    }

    // MARK: The snapshot helper itself

    @Test func diffShowsChangedLinesWithNumbers() {
        #expect(Snapshot.diff(expected: "a\nb\nc", actual: "a\nB\nc") == "-2 | b\n+2 | B")
        #expect(Snapshot.diff(expected: "a\nc", actual: "a\nb\nc") == "+2 | b")
        #expect(Snapshot.diff(expected: "a\nb\nc", actual: "a\nc") == "-2 | b")
        #expect(Snapshot.diff(expected: "same", actual: "same") == "")
    }

    @Test func diffPadsLineNumbersAndShowsTrailingSpaces() {
        let expected = (1...10).map(String.init).joined(separator: "\n")
        let actual = expected.replacingAll("10", with: "10  ")
        #expect(Snapshot.diff(expected: expected, actual: actual) == "-10 | 10\n+10 | 10··")
        #expect(Snapshot.diff(expected: "x\n", actual: "x") == "-2 | ")
    }

    @Test func snapshotHelperRecordsComparesAndReportsMismatches() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("recount-snapshot-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("__Snapshots__/s.txt")

        guard case .failed(let missing) = Snapshot.compare("a\nb\n", named: "s", at: url, recording: false) else {
            Issue.record("a missing snapshot must fail")
            return
        }
        #expect(missing.contains("no snapshot 's'"))
        #expect(missing.contains("RECOUNT_RECORD_SNAPSHOTS=1"))

        #expect(Snapshot.compare("a\nb\n", named: "s", at: url, recording: true) == .recorded)
        #expect(FileManager.default.contents(atPath: url.path) == Data("a\nb\n".utf8))
        #expect(Snapshot.compare("a\nb\n", named: "s", at: url, recording: false) == .matched)

        guard case .failed(let mismatch) = Snapshot.compare("a\nc\n", named: "s", at: url, recording: false) else {
            Issue.record("a different text must fail")
            return
        }
        #expect(mismatch.contains("snapshot 's' does not match"))
        #expect(mismatch.contains("-2 | b\n+2 | c"))
        #expect(mismatch.contains("Re-record with RECOUNT_RECORD_SNAPSHOTS=1"))
    }

    /// `assertSnapshot` itself, in a temporary folder: recording writes the file and fails the
    /// test; what was recorded then passes; a different text fails with a line diff.
    @Test func recordingASnapshotFailsTheTest() throws {
        let folder = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.txt").path
        @Sendable func says(_ issue: Issue, _ text: String) -> Bool {
            issue.comments.contains { $0.rawValue.contains(text) }
        }

        withKnownIssue("recording must fail") {
            assertSnapshot("a\nb\n", named: "s", in: folder, recording: true)
        } matching: { says($0, "recorded snapshot 's' at \(path); inspect it, then run again without RECOUNT_RECORD_SNAPSHOTS=1") }
        #expect(FileManager.default.contents(atPath: path) == Data("a\nb\n".utf8))
        withKnownIssue("recording an unchanged snapshot must fail too") {
            assertSnapshot("a\nb\n", named: "s", in: folder, recording: true)
        } matching: { says($0, "recorded snapshot 's'") }

        assertSnapshot("a\nb\n", named: "s", in: folder, recording: false)
        withKnownIssue("a different text must fail") {
            assertSnapshot("a\nc\n", named: "s", in: folder, recording: false)
        } matching: { says($0, "snapshot 's' does not match \(path) (- expected, + actual):\n-2 | b\n+2 | c\n") }
        #expect(FileManager.default.contents(atPath: path) == Data("a\nb\n".utf8), "comparing must not write")
    }

    @Test func snapshotsLiveBesideTheTests() {
        let url = Snapshot.url(named: "x", filePath: "/repo/Tests/RecountKitTests/Support/Snapshot.swift")
        #expect(url.path == "/repo/Tests/RecountKitTests/__Snapshots__/x.txt")
        let top = Snapshot.url(named: "y", filePath: "/repo/Tests/RecountKitTests/LexerTests.swift")
        #expect(top.path == "/repo/Tests/RecountKitTests/__Snapshots__/y.txt")
    }
}
