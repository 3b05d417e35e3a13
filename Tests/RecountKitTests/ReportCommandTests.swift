import Foundation
import RecountKit
import RecountModel
import RecountReport
import Testing

/// `recount report` run as a user would: what it writes, where, in which format, and that a
/// failed load writes nothing. Also that its bytes do not depend on the locale.
@Suite struct ReportCommandTests {
    typealias E2E = EndToEndTests

    /// Runs the binary as `EndToEndTests.run` does, with extra environment variables.
    static func run(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) throws
        -> EndToEndTests.Run {
        try E2E.run(arguments, in: folder, environment: extra)
    }

    static func project(_ files: [String: String]) throws -> URL {
        let folder = try E2E.temporaryFolder()
        for (path, text) in files { try E2E.write(text, to: path, in: folder) }
        return folder
    }

    static func read(_ path: String, in folder: URL) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func byDefaultItWritesMarkdownAndJSONToReportsAndExitsZeroDespiteFindings() throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wrote Reports/acme-story.md"))
        #expect(run.stderr.contains("wrote Reports/acme-story.json"))
        let model = try ReportFixtures.model(ReportFixtures.small)
        #expect(Self.read("Reports/acme-story.md", in: folder) == MarkdownReport(model: model).render())
        #expect(Self.read("Reports/acme-story.json", in: folder) == JSONReport(model: model).render())
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports").path)
        #expect(names.sorted() == ["acme-story.json", "acme-story.md"])
    }

    @Test(arguments: ReportFormat.allCases)
    func dashOWritesOneFormatToStandardOutput(_ format: ReportFormat) throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report", "-o", "-", "--format", format.rawValue, "--date", "2026-03-15"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let model = try ReportFixtures.model(ReportFixtures.small, date: CalendarDate(iso: "2026-03-15"))
        #expect(run.stdout == format.render(model))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func dashOWithAFileNameInfersTheFormat() throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report", "-o", "out/review.jsonld"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("wrote out/review.jsonld"))
        let text = try #require(Self.read("out/review.jsonld", in: folder))
        #expect(text.contains("\"@type\": \"ClaimReview\""))
        let json = try Self.run(["report", "--output=out/a.json"], in: folder)
        #expect(json.status == 0)
        #expect(Self.read("out/a.json", in: folder)?.hasPrefix("{\n  \"schema\": \"recount-report\"") == true)
    }

    @Test func aFailedLoadWritesNothingAndLeavesExistingReportsAlone() throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["report"], in: folder).status == 0)
        let before = Self.read("Reports/acme-story.md", in: folder)
        try E2E.write("article acme-story \"Broken\"\nclaim x\n  states = $5B\n", to: "Claims/acme-story.claims", in: folder)
        let run = try Self.run(["report"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no report was written"))
        #expect(Self.read("Reports/acme-story.md", in: folder) == before)
        let single = try Self.run(["report", "-o", "x.md"], in: folder)
        #expect(single.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.md").path))
    }

    @Test func dashOIsRefusedWhenSeveralArticlesAreLoaded() throws {
        var files = ReportFixtures.small
        files["Claims/other.claims"] = "article other \"Other\"\nuse \"../Evidence/acme.ledger\"\nclaim c\n  states acme.revenue @ 2025 = $12.4B\n"
        let folder = try Self.project(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report", "-o", "-"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("2 were loaded (acme-story, other)"))
        #expect(run.stdout.isEmpty)
        let all = try Self.run(["report"], in: folder)
        #expect(all.status == 0)
        #expect(Self.read("Reports/other.md", in: folder) != nil)
        let one = try Self.run(["report", "-o", "-", "Claims/other.claims", "Evidence"], in: folder)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("# Audit: Other\n"))
    }

    @Test(arguments: [
        ["report", "--format", "text"], ["report", "--format", "xml"], ["check", "--format", "markdown"],
        ["report", "--date", "2026-13-01"], ["report", "--date", "yesterday"], ["report", "-o"],
    ])
    func badReportCommandLinesExit64(_ arguments: [String]) throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(arguments, in: folder)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("recount: error:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }

    @Test func helpDescribesReport() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report", "--help"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: recount report"))
        #expect(run.stdout.contains("--date <date>"))
        #expect(try Self.run(["--help"], in: folder).stdout.contains("report    Write the audit report"))
    }

    @Test func anAtomicWriteThatFailsLeavesTheTargetAndNoTemporaryFile() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.md")
        try AtomicFile.write("first\n", to: target)
        try AtomicFile.write("second\n", to: target)
        #expect(Self.read("report.md", in: folder) == "second\n")
        // A folder in the way: the rename fails, and nothing else changes.
        let blocked = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: blocked) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["report.md", "taken"])
    }

    @Test func articleIDsBecomeSafeFileNames() {
        #expect(ReportFiles.fileName(for: "ai-black-hole") == "ai-black-hole")
        #expect(ReportFiles.fileName(for: "../etc/passwd") == "_._etc_passwd")
        #expect(ReportFiles.fileName(for: ".hidden") == "_hidden")
        #expect(ReportFiles.fileName(for: "微軟") == "微軟")
    }

    @Test func theBytesAreTheSameInEveryLocale() throws {
        let folder = try Self.project(ReportFixtures.small)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ReportFormat.allCases {
            var outputs: [String: String] = [:]
            for locale in ["C", "de_DE.UTF-8", "fr_FR.UTF-8"] {
                let run = try Self.run(["report", "-o", "-", "--format", format.rawValue], in: folder,
                                       environment: ["LANG": locale, "LC_ALL": locale, "LC_NUMERIC": locale])
                #expect(run.status == 0, "\(run.stderr)")
                outputs[locale] = run.stdout
            }
            #expect(Set(outputs.values).count == 1, "\(format): output differs between locales")
            // Decimal points, not commas: 12.4 stays 12.4 under a German or French locale.
            #expect(outputs["de_DE.UTF-8"]?.contains("12.4") == true)
        }
    }
}
