import Foundation
import RecountKit
import Testing

/// `recount test` against the committed reports, `test --update` and `recount diff`, run as a
/// user would on a copy of the seed.
@Suite struct BaselineTests {
    typealias E2E = EndToEndTests

    /// A copy of the seed project with its committed reports, the baseline.
    static func project() throws -> URL {
        let folder = try E2E.seedProject()
        try FileManager.default.copyItem(at: E2E.packageRoot.appendingPathComponent("Reports"),
                                         to: folder.appendingPathComponent("Reports"))
        return folder
    }

    /// Puts 123% where the article printed 12%.
    static func correctTheGrowth(in project: URL) throws {
        let url = project.appendingPathComponent("Claims/ai-black-hole.claims")
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "states msft.ai_run_rate.yoy @ FY2026Q3 = 12%",
                                               with: "states msft.ai_run_rate.yoy @ FY2026Q3 = 123%")
        #expect(edited != text)
        try Data(edited.utf8).write(to: url)
    }

    @Test func testNamesTheEditThatMovedEachVerdict() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let clean = try E2E.run(["test"], in: project)
        #expect(clean.status == 0)
        #expect(!clean.stdout.contains("changed since"))

        try Self.correctTheGrowth(in: project)
        let run = try E2E.run(["test"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout.contains("changed since Reports/ai-black-hole.json"))
        #expect(run.stdout.contains("msft-growth: inconsistent → consistent"))
        #expect(run.stdout.contains("msft-prior-year: inconsistent → consistent"))
        // The edit, with where it was made: once as the claim's own figure and once as the
        // input of the claim that reads it.
        let edit = "msft.ai_run_rate.yoy @ FY2026Q3: 12% → 123% (Claims/ai-black-hole.claims:"
        #expect(run.stdout.components(separatedBy: edit).count - 1 == 2)
    }

    @Test func updateRewritesTheExpectationsAndTheBaselineOnlyWhenAsked() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.correctTheGrowth(in: project)
        let report = project.appendingPathComponent("Reports/ai-black-hole.json")
        let before = try Data(contentsOf: report)
        _ = try E2E.run(["test"], in: project)
        #expect(try Data(contentsOf: report) == before, "test without --update wrote the baseline")

        let update = try E2E.run(["test", "--update"], in: project)
        #expect(update.status == 0)
        #expect(update.stderr.contains("updated Claims/ai-black-hole.claims: msft-growth, msft-prior-year"))
        #expect(try Data(contentsOf: report) != before)
        let after = try E2E.run(["test"], in: project)
        #expect(after.status == 0)
        #expect(!after.stdout.contains("changed since"))
        #expect(after.stdout.contains("69 passed, 0 failed"))
    }

    @Test func diffShowsTheVerdictsAndFiguresThatMoved() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let old = project.appendingPathComponent("old.json")
        try FileManager.default.copyItem(at: project.appendingPathComponent("Reports/ai-black-hole.json"), to: old)
        let same = try E2E.run(["diff", "old.json", "Reports/ai-black-hole.json"], in: project)
        #expect(same.status == 0)
        #expect(same.stdout == "no differences\n")

        try Self.correctTheGrowth(in: project)
        #expect(try E2E.run(["report"], in: project).status == 0)
        let run = try E2E.run(["diff", "old.json", "Reports/ai-black-hole.json"], in: project)
        #expect(run.status == 1)
        let rows = run.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasPrefix("claim") == true)
        #expect(rows.contains { $0.hasPrefix("msft-growth ") && $0.contains("inconsistent → consistent")
            && $0.contains("12% → 123%") })
        #expect(rows.contains { $0.hasPrefix("msft-prior-year ") && $0.contains("inconsistent → consistent") })

        let bad = try E2E.run(["diff", "old.json"], in: project)
        #expect(bad.status == 64)
        let notJSON = try E2E.run(["diff", "old.json", "Claims/ai-black-hole.claims"], in: project)
        #expect(notJSON.status == 2)
    }
}
