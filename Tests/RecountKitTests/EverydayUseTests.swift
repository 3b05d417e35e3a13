import Foundation
import Testing

/// Recount as a user runs it day to day: from any folder of a project, on standard input, with
/// JSON for scripts, and with the output modes that keep a large project's output readable.
@Suite struct EverydayUseTests {
    typealias E2E = EndToEndTests

    static let summary = "69 claims: 26 consistent, 2 approximate, 7 inconsistent, 1 undetermined, 33 sourced; 7 conflicts"

    // MARK: Project discovery

    @Test(arguments: ["Claims", "Evidence", "Evidence/sub"])
    func aBareCheckFromInsideTheProjectChecksTheWholeProject(_ folder: String) throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let inside = project.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let run = try E2E.run(["check"], in: inside)
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
        // Paths are named from the root, as in the reports.
        #expect(run.stdout.contains("Claims/ai-black-hole.claims:"))
    }

    @Test func aPathIsReadFromTheCurrentFolder() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let claims = project.appendingPathComponent("Claims")
        let run = try E2E.run(["check", "ai-black-hole.claims"], in: claims)
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
        // With --root given, paths are still read from the current folder.
        let rooted = try E2E.run(["check", "--root", "..", "ai-black-hole.claims"], in: claims)
        #expect(rooted.stdout == run.stdout)
        // From a subfolder of Evidence/, a relative path up to Claims/ works too.
        let sub = project.appendingPathComponent("Evidence/sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let fromSub = try E2E.run(["check", "../../Claims/ai-black-hole.claims"], in: sub)
        #expect(fromSub.stdout == run.stdout)
    }

    @Test func aMarkerFileMakesAFolderTheRoot() throws {
        let project = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try E2E.write("", to: ".recount", in: project)
        try E2E.write(Self.shop, to: "claims/shop.claims", in: project)
        let run = try E2E.run(["check", "shop.claims"], in: project.appendingPathComponent("claims"))
        #expect(run.status == 0)
        #expect(run.stdout.contains("claims/shop.claims:"))
    }

    @Test func outsideAnyProjectTheMessageSaysHowToStartOne() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try E2E.run(["check"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("[R306]"))
        #expect(run.stderr.contains("recount init"))
    }

    @Test func aPathOutsideTheFoundRootIsRefused() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try E2E.write(Self.shop, to: "shop.claims", in: project.deletingLastPathComponent())
        let run = try E2E.run(["check", "../../shop.claims"], in: project.appendingPathComponent("Claims"))
        #expect(run.status == 2)
        #expect(run.stderr.contains("is outside the project root [R303]"))
        try? FileManager.default.removeItem(at: project.deletingLastPathComponent().appendingPathComponent("shop.claims"))
    }

    // MARK: Standard input

    static let shop = """
        entity shop "Corner Shop"
        source books "Corner Shop accounts"
          grade primary
        fact shop.sales @ 2024 = $1.0 million
          source books
        claim grew
          quote "sales of $1.2 million, up 20%"
          states shop.sales @ 2025 = $1.2 million
          because shop.sales @ 2024 * 1.2
          expect consistent

        """

    @Test func checkAndTestReadAClaimsFileFromStandardInput() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try E2E.run(["check", "-"], in: folder, input: Self.shop)
        #expect(check.status == 0)
        #expect(check.stdout.contains("✓ grew  consistent  <stdin>:6:1"))
        let test = try E2E.run(["test", "-"], in: folder, input: Self.shop)
        #expect(test.status == 0)
        #expect(test.stdout.contains("1 passed, 0 failed"))
        let broken = try E2E.run(["check", "-"], in: folder, input: "claim x\n")
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("<stdin>:1:7: error:"))
        let bytes = try E2E.run(["check", "-"], in: folder, input: String(decoding: [0x63, 0xC3], as: UTF8.self))
        #expect(bytes.status == 2)
        #expect(try E2E.run(["test", "--update", "-"], in: folder, input: Self.shop).status == 64)
    }

    @Test func standardInputReadsItsUseLinesFromTheCurrentFolder() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let claims = project.appendingPathComponent("Claims")
        let text = try String(contentsOf: claims.appendingPathComponent("ai-black-hole.claims"), encoding: .utf8)
        let run = try E2E.run(["check", "-"], in: claims, input: text)
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
    }

    @Test func extractReadsTheArticleFromStandardInput() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try E2E.run(["extract", "-"], in: folder, input: "Costs were $5 million last year.\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("states $5 million"))
        #expect(run.stdout.contains("<stdin>"))
    }

    // MARK: JSON

    @Test func checkAndTestPrintJSON() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let check = try E2E.run(["check", "--format", "json"], in: project)
        #expect(check.status == 1)
        #expect(check.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "recount-check")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["claims"] as? Int == 69)
        #expect((summary["inconsistent"] as? [String])?.contains("msft-growth") == true)
        let articles = try #require(document["articles"] as? [[String: Any]])
        let claims = try #require(articles.first?["claims"] as? [[String: Any]])
        #expect(claims.count == 69)
        // The claim objects are the report's.
        let report = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: E2E.packageRoot.appendingPathComponent("Reports/ai-black-hole.json"))) as? [String: Any])
        let reported = try #require(report["claims"] as? [[String: Any]])
        #expect(Set(claims.first?.keys.map { $0 } ?? []) == Set(reported.first?.keys.map { $0 } ?? []))
        #expect(claims.map { $0["id"] as? String } == reported.map { $0["id"] as? String })

        let test = try E2E.run(["test", "--format", "json"], in: project)
        #expect(test.status == 0)
        let tested = try #require(try JSONSerialization.jsonObject(with: Data(test.stdout.utf8)) as? [String: Any])
        #expect((tested["summary"] as? [String: Any])?["passed"] as? Int == 69)
    }

    @Test func aFailedLoadIsAJSONDocumentToo() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try E2E.run(["check", "--format", "json", "-"], in: folder, input: "claim x\n")
        #expect(run.status == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["loaded"] as? Bool == false)
        #expect((document["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "R103")
    }

    // MARK: Output modes

    @Test func quietPrintsOneLinePerProblemAndTheSummary() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["check", "--quiet"], in: project)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // 7 inconsistent, 1 undetermined, a blank line, the summary and the final newline.
        #expect(lines.count == 11)
        #expect(lines.filter { $0.hasPrefix("✗ ") }.count == 7)
        #expect(run.stdout.contains("msft-growth  inconsistent  Claims/ai-black-hole.claims:"))
        #expect(run.stdout.contains("a dropped digit"))
        // Each warning is one line, with no source echo or hint.
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 4)
        #expect(!run.stderr.contains("= hint:"))
    }

    @Test func summaryPrintsTheCountsOnly() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["check", "--summary"], in: project)
        #expect(run.status == 1)
        #expect(run.stdout == Self.summary + "\n")
        #expect(!run.stderr.contains("warning"))
        let test = try E2E.run(["test", "--summary"], in: project)
        #expect(test.stdout == "69 passed, 0 failed\n")
        #expect(try E2E.run(["check", "--summary", "--quiet"], in: project).status == 64)
    }

    @Test func warningsFailWithWErrorUnlessAllowed() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let drafts = "claim a\n  quote \"$5 million\"\n  states $5 million\n"
        #expect(try E2E.run(["check", "-"], in: folder, input: drafts).status == 0)
        let strict = try E2E.run(["check", "-W", "error", "-"], in: folder, input: drafts)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 warning, which -W error makes fail the command"))
        let allowed = try E2E.run(["check", "-W", "error", "--allow", "R405", "-"], in: folder, input: drafts)
        #expect(allowed.status == 0)
        #expect(!allowed.stderr.contains("R405"))
        #expect(try E2E.run(["test", "-Werror", "-"], in: folder, input: drafts).status == 1)
    }

    @Test(arguments: [
        (["check", "--allow", "R101"], "R101 is an error"),
        (["check", "--allow", "R4O5"], "did you mean 'R405'?"),
        (["check", "-W", "all"], "-W takes 'error'"),
        (["check", "--format", "json", "--quiet"], "takes no --quiet"),
    ])
    func badOutputOptionsExit64(_ arguments: [String], _ message: String) throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(arguments, in: project)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message))
    }

    @Test func draftsWarnOncePerFile() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try E2E.write("Sales were $5 million, costs $3 million and profit $2 million.\n\nStaff rose 10%.\n",
                      to: "article.txt", in: folder)
        let draft = try E2E.run(["extract", "article.txt"], in: folder)
        let run = try E2E.run(["check", "-"], in: folder, input: draft.stdout)
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains("[R405]") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("and 3 more in this file") == true)
    }

    @Test func aSlipInACodeGivenToExplainNamesTheCode() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["explain", "R4O1"], in: project)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("recount: error: no claim 'R4O1'; did you mean 'R401'?\n"))
    }

    // MARK: Colour

    /// On a terminal (a pseudo-terminal from `script`, where the machine has it), colour is on,
    /// except when `TERM=dumb` or `NO_COLOR` is set.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aDumbTerminalGetsNoColour() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let binary = try #require(E2E.executable)
        func onTerminal(_ term: String, noColor: Bool = false) throws -> String {
            let run = try E2E.run(["-qec", "\(binary.path) check --quiet", "/dev/null"], in: project,
                                  environment: ["TERM": term, "NO_COLOR": noColor ? "1" : ""], command: "/usr/bin/script")
            return run.stdout
        }
        #expect(try onTerminal("xterm").contains("\u{1B}["))
        #expect(try !onTerminal("dumb").contains("\u{1B}["))
        #expect(try !onTerminal("xterm", noColor: true).contains("\u{1B}["))
        #expect(try onTerminal("dumb").contains("msft-growth  inconsistent"))
    }

    // MARK: Did-you-mean for quantities

    @Test func aQuantityThatNothingStatesGetsANearName() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let slip = try E2E.run(["impact", "msft.ai_run_rat @ FY2026Q3"], in: project)
        #expect(slip.status == 1)
        #expect(slip.stderr.contains("did you mean 'msft.ai_run_rate @ FY2026Q3'?"))
        let period = try E2E.run(["impact", "msft.ai_run_rate @ FY2027Q3"], in: project)
        #expect(period.stderr.contains("'msft.ai_run_rate' has figures at FY2025Q3, FY2026Q3"))
        let added = try E2E.run(["what-if", "--set-evidence", "msft.ai_run_rat @ FY2026Q3=5"], in: project)
        #expect(added.stderr.contains("the ledger has no fact on msft.ai_run_rat @ FY2026Q3, so one is added; did you mean"))
    }
}
