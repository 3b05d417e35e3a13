import Foundation
import RecountKit
import Testing

/// The command line's help for a first user, run through the built binary: did-you-mean for a
/// slip, `explain CODE`, `init`, and the line that says why `check` exits 1.
@Suite struct CommandLineHelpTests {
    typealias E2E = EndToEndTests

    // MARK: did-you-mean

    @Test func aMistypedCommandGetsTheNearOne() throws {
        let run = try E2E.run(["chek"])
        #expect(run.status == 64)
        #expect(run.stderr == "recount: error: unknown command 'chek'; did you mean 'check'?\nSee 'recount --help'.\n")
        let help = try E2E.run(["help", "explian"])
        #expect(help.status == 64)
        #expect(help.stderr.contains("unknown command 'explian'; did you mean 'explain'?"))
        // A word far from every command gets no guess.
        let far = try E2E.run(["frobnicate"])
        #expect(far.status == 64)
        #expect(far.stderr == "recount: error: unknown command 'frobnicate'\nSee 'recount --help'.\n")
    }

    @Test func aMistypedOptionGetsTheNearOne() throws {
        let run = try E2E.run(["check", "--fragil"])
        #expect(run.status == 64)
        #expect(run.stderr == "recount: error: unknown option '--fragil'; did you mean '--fragile'?\nSee 'recount --help'.\n")
        let value = try E2E.run(["report", "--base-ulr", "https://example.org/"])
        #expect(value.status == 64)
        #expect(value.stderr.contains("unknown option '--base-ulr'; did you mean '--base-url'?"))
    }

    @Test func aMistypedFormatGetsTheNearOne() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["check", "--format", "githb"], in: project)
        #expect(run.status == 64)
        #expect(run.stderr == "recount: error: unknown format 'githb'; did you mean 'github'?\nSee 'recount --help'.\n")
        let report = try E2E.run(["report", "--format=markdwn", "-o", "-"], in: project)
        #expect(report.status == 64)
        #expect(report.stderr.contains("unknown format 'markdwn'; did you mean 'markdown'?"))
    }

    // MARK: explain CODE

    @Test func explainACodePrintsItsDocumentation() throws {
        let run = try E2E.run(["explain", "R401"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.hasPrefix("R401  warning\n  message  cannot ‹operation› ‹left› and ‹right›\n"))
        #expect(run.stdout.contains("  when     adding, subtracting, comparing or converting values of different dimensions"))
        #expect(run.stdout.contains("  hint     convert with 'in UNIT'"))
        #expect(run.stdout.contains("  x.claims:\n    claim d3\n      states 37B\n      because $37B\n"))
        #expect(run.stdout.hasSuffix("  prints:\n    x.claims:2:10: warning: cannot compare a dimensionless number and USD [R401]\n"))
        // Any case, and no project needed: it runs in an empty folder.
        let lower = try E2E.run(["explain", "r401"])
        #expect(lower.status == 0)
        #expect(lower.stdout == run.stdout)
    }

    @Test func explainAnUnknownCodeSuggestsTheNearOnes() throws {
        let run = try E2E.run(["explain", "R418"])
        #expect(run.status == 64)
        #expect(run.stderr == "recount: error: no diagnostic has the code 'R418'; did you mean 'R408', 'R410' or 'R411'?\n"
                + "See 'recount help explain'.\n")
        #expect(run.stdout == "")
    }

    @Test func explainANearClaimIdSuggestsTheProjectsOwn() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["explain", "msft-prior-yaer"], in: project)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("recount: error: no claim 'msft-prior-yaer'; did you mean 'msft-prior-year'?\n"))
        let far = try E2E.run(["explain", "no-such-claim"], in: project)
        #expect(far.stderr.hasSuffix("recount: error: no claim 'no-such-claim'\n"))
    }

    // MARK: init

    @Test func initWritesAProjectThatChecksCleanAndPasses() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try E2E.run(["init", "story"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let wrote = run.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }
        #expect(wrote == [
            "wrote story/Claims/library-year.txt", "wrote story/Claims/library-year.claims",
            "wrote story/Evidence/library-year.ledger", "wrote story/.gitignore",
            "wrote story/Reports/library-year.md", "wrote story/Reports/library-year.json",
        ])
        #expect(run.stdout.contains("Next, in story, try:\n  recount check "))
        let project = folder.appendingPathComponent("story")
        #expect(try String(contentsOf: project.appendingPathComponent(".gitignore"), encoding: .utf8) == ".build/\n")

        let check = try E2E.run(["check"], in: project)
        #expect(check.status == 0)
        #expect(check.stderr == "", "the scaffold has warnings: \(check.stderr)")
        #expect(check.stdout.hasSuffix("7 claims: 7 consistent, 0 approximate, 0 inconsistent, 0 undetermined, 0 sourced; 0 conflicts\n"))
        let test = try E2E.run(["test", "-v"], in: project)
        #expect(test.status == 0)
        #expect(test.stderr == "")
        #expect(test.stdout == "7 passed, 0 failed\n")
        #expect(try E2E.run(["fmt", "--check"], in: project).status == 0)

        // The reports are what `recount report` writes, byte for byte.
        let reports = project.appendingPathComponent("Reports")
        let written = try ["library-year.md", "library-year.json"].map { try Data(contentsOf: reports.appendingPathComponent($0)) }
        #expect(try E2E.run(["report"], in: project).status == 0)
        let rewritten = try ["library-year.md", "library-year.json"].map { try Data(contentsOf: reports.appendingPathComponent($0)) }
        #expect(written == rewritten)
    }

    @Test func initRefusesToReplaceFiles() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try E2E.write("claim mine\n  states 1\n  because 1\n", to: "Claims/library-year.claims", in: folder)
        try E2E.write("keep me\n", to: ".gitignore", in: folder)
        let run = try E2E.run(["init"], in: folder)
        #expect(run.status == 73)
        #expect(run.stdout == "")
        #expect(run.stderr == "recount: error: init does not replace files, and these exist:\n"
                + "  Claims/library-year.claims\n  .gitignore\nnothing was written\n")
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == "keep me\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Evidence").path))
        #expect(try E2E.run(["init", "a", "b"], in: folder).status == 64)
    }

    /// The scaffold in memory: it loads with no diagnostic, and every claim gets its `expect`.
    @Test func theScaffoldChecksCleanInMemory() {
        let audit = Scaffold.audit()
        #expect(audit.diagnostics.isEmpty)
        #expect(audit.results.count == 7)
        #expect(audit.expectations.passes)
        #expect(audit.expectationMismatches.isEmpty)
        #expect(audit.noExpectationWarnings.isEmpty)
    }

    // MARK: the exit line

    @Test func checkSaysWhyItExitsOne() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try E2E.write("""
            claim sum
              states 5
              because 2 + 2
            claim fine
              states 4
              because 2 + 2
            """ + "\n", to: "Claims/x.claims", in: folder)
        try E2E.write("# no facts\n", to: "Evidence/x.ledger", in: folder)
        let run = try E2E.run(["check"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "exit 1: 1 claim is inconsistent\n")
        let github = try E2E.run(["check", "--format", "github"], in: folder)
        #expect(github.status == 1)
        #expect(!github.stderr.contains("exit 1"))

        let seed = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: seed) }
        let sample = try E2E.run(["check"], in: seed)
        #expect(sample.status == 1)
        let last = sample.stderr.split(separator: "\n").last.map(String.init)
        #expect(last?.wholeMatch(of: /exit 1: [0-9]+ claims are inconsistent/) != nil, "\(last ?? "")")

        let clean = try E2E.run(["check", "Claims/x.claims"], in: seed)
        #expect(!clean.stderr.contains("exit "))
    }
}
