import Foundation
@testable import RecountEngine
@testable import RecountKit
import RecountReport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The library's workflows behind `test`, `test --update`, `extract` and `diff`, called
/// directly: the executable only prints what they return.
@Suite struct WorkflowTests {
    /// A project folder on disk for one test, removed when the test ends.
    final class Project {
        let root: URL

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("recount-workflow-\(UUID().uuidString)", isDirectory: true)
            for (path, text) in files { try write(path, text) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func audit() -> Audit { Audit.run(paths: [], root: root) }
    }

    static let ledger = """
        entity acme "Acme"
        source k "Acme 10-K"
          grade primary
        fact acme.revenue @ 2025 = $12B
          source k

        """

    /// A claim that passes, one that fails its expectation, and one that expects nothing.
    static func claims(monthly: String = "$1B/month") -> String {
        """
        article a "A"
        use "../Evidence/acme.ledger"

        claim yearly
          states acme.revenue @ 2025 = $12B
          expect consistent

        claim monthly
          states \(monthly)
          because acme.revenue @ 2025
          expect inconsistent

        claim loose
          states acme.revenue @ 2025 = about $12B

        """
    }

    @Test func theTallyCountsPassesFailuresAndClaimsWithoutExpectation() throws {
        let project = try Project(["Evidence/acme.ledger": Self.ledger, "Claims/a.claims": Self.claims()])
        let audit = project.audit()
        #expect(!audit.loadFailed, "\(audit.diagnostics.map(\.message))")
        #expect(audit.expectations == ExpectationTally(passed: 1, failed: 1, withoutExpectation: 1))
        #expect(!audit.expectations.passes)
        #expect(audit.noExpectationWarnings.map(\.code) == ["R406"])
        #expect(CheckRenderer(style: TerminalStyle(enabled: false)).summary(audit.expectations)
                == "1 passed, 1 failed, 1 without expectation")
    }

    @Test func updateRewritesExpectationsThenTheBaselineFromTheUpdatedFiles() throws {
        let project = try Project(["Evidence/acme.ledger": Self.ledger, "Claims/a.claims": Self.claims()])
        let update = try Baseline.update(project.audit(), paths: [], root: project.root)
        #expect(update.edits.map(\.path) == ["Claims/a.claims"])
        #expect(update.edits.first?.claims == ["loose", "monthly"])
        #expect(update.reports == ["Reports/a.md", "Reports/a.json"])
        #expect(!update.loadFailed)
        let after = project.audit()
        #expect(after.expectations == ExpectationTally(passed: 3, failed: 0, withoutExpectation: 0))
        // The baseline written was made from the updated files: it matches this run exactly.
        #expect(Baseline.changes(after, root: project.root).allSatisfy { $0.differences.isEmpty })
        #expect(try project.read("Reports/a.json").contains("\"expected\": \"consistent\""))
    }

    @Test func changesNameTheClaimWhoseFigureMovedSinceTheBaseline() throws {
        let project = try Project(["Evidence/acme.ledger": Self.ledger, "Claims/a.claims": Self.claims()])
        _ = try Baseline.update(project.audit(), paths: [], root: project.root)
        try project.write("Claims/a.claims", Self.claims(monthly: "$2B/month"))
        let changes = Baseline.changes(project.audit(), root: project.root)
        #expect(changes.map(\.path) == ["Reports/a.json"])
        let moved = changes.first?.differences.filter(\.verdictChanged).map(\.id)
        #expect(moved == ["monthly"])
    }

    @Test func aReportThatIsNotRecountsIsRefusedByName() throws {
        let project = try Project(["notes.json": "{\"hello\": 1}"])
        guard case .failure(let failure) = Baseline.snapshot(at: "notes.json", root: project.root) else {
            Issue.record("a foreign JSON file was read as a report")
            return
        }
        #expect(failure.message == "'notes.json' is not a Recount JSON report")
        guard case .failure(let missing) = Baseline.snapshot(at: "gone.json", root: project.root) else {
            Issue.record("a missing file was read")
            return
        }
        #expect(missing.message == "cannot read 'gone.json'")
    }

    // MARK: extract

    static let article = "Acme's revenue was $12 billion in 2025, or $1 billion a month.\n"

    func request(_ project: Project, article: String = "Articles/acme.txt", output: String?,
                 force: Bool = false) -> ExtractFiles.Request {
        ExtractFiles.Request(article: article, output: output, force: force, suggest: false, root: project.root,
                             workingDirectory: project.root)
    }

    @Test func extractWritesADraftThatNamesTheArticleRelativeToIt() throws {
        let project = try Project(["Articles/acme.txt": Self.article])
        let outcome = ExtractFiles.run(request(project, output: "Claims/acme.claims"))
        guard case .success(.wrote(let path, let claims, let suggestions)) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(path == "Claims/acme.claims")
        #expect(claims >= 2)
        #expect(suggestions == nil)
        #expect(try project.read("Claims/acme.claims").contains("text \"../Articles/acme.txt\""))
    }

    @Test func extractToStandardOutputReturnsTheDraft() throws {
        let project = try Project(["Articles/acme.txt": Self.article])
        guard case .success(.draft(let text)) = ExtractFiles.run(request(project, output: "-")) else {
            Issue.record("no draft")
            return
        }
        #expect(text.contains("$12 billion"))
    }

    @Test func extractRefusesToReplaceAFileUnlessForced() throws {
        let project = try Project(["Articles/acme.txt": Self.article, "Claims/acme.claims": "# mine\n"])
        let refused = ExtractFiles.run(request(project, output: "Claims/acme.claims"))
        #expect(refused == .failure(ExtractFiles.Failure(
            kind: .cannotWrite, message: "'Claims/acme.claims' exists; pass --force to replace it")))
        #expect(try project.read("Claims/acme.claims") == "# mine\n")
        let forced = ExtractFiles.run(request(project, output: "Claims/acme.claims", force: true))
        guard case .success(.wrote) = forced else {
            Issue.record("\(forced)")
            return
        }
        #expect(try project.read("Claims/acme.claims") != "# mine\n")
    }

    @Test func extractSaysWhyAnArticleCannotBeRead() throws {
        let project = try Project(["Articles/acme.txt": Self.article])
        try Data([0x66, 0xFF, 0xFE]).write(to: project.root.appendingPathComponent("Articles/bad.txt"))
        let cases: [(String, String)] = [
            ("Articles/none.txt", "cannot read 'Articles/none.txt': no such file"),
            ("Articles", "cannot read 'Articles': it is a folder"),
            ("Articles/bad.txt", "cannot read 'Articles/bad.txt': not valid UTF-8 at line 1, column 2"),
        ]
        let fifo = project.root.appendingPathComponent("Articles/pipe.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(ExtractFiles.run(request(project, article: "Articles/pipe.txt", output: nil))
                == .failure(ExtractFiles.Failure(kind: .cannotRead, message: "cannot read 'Articles/pipe.txt': it is a FIFO, not a regular file; to read standard input, name it '-'")))
        for (article, message) in cases {
            let outcome = ExtractFiles.run(request(project, article: article, output: nil))
            #expect(outcome == .failure(ExtractFiles.Failure(kind: .cannotRead, message: message)), "\(article)")
        }
    }
}
