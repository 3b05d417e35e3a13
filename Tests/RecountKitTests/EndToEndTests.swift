import Foundation
import RecountCore
import RecountKit
import Testing

/// Runs the built `recount` binary as a user would, in a temporary project folder.
@Suite struct EndToEndTests {
    /// What one run printed and returned.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's path (Tests/RecountKitTests/EndToEndTests.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `recount` executable built with the tests: it sits in the products folder, beside the
    /// test bundle. Falls back to the default build folder.
    static let executable: URL? = {
        var folders: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
            folders.append(bundle.bundleURL)
            if let url = bundle.executableURL { folders.append(url.deletingLastPathComponent()) }
        }
        if let argv0 = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: argv0).deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.lazy.map { $0.appendingPathComponent("recount") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("recount-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary project holding copies of the repository's Claims/ and Evidence/.
    static func seedProject() throws -> URL {
        let folder = try temporaryFolder()
        for name in ["Claims", "Evidence"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func write(_ text: String, to path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs `recount` (or `command`) with `arguments` in `folder`, with `NO_COLOR=1`, and
    /// `input` (if any) as its standard input.
    static func run(_ arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:],
                    input: String? = nil, command: String? = nil,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
        let binary = try command.map { URL(fileURLWithPath: $0) }
            ?? #require(executable, "recount binary not found beside the test bundle", sourceLocation: sourceLocation)
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? scratch
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        if let input {
            let file = scratch.appendingPathComponent("stdin")
            try Data(input.utf8).write(to: file)
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The output line that reports `claim`'s verdict.
    static func verdictLine(_ claim: String, in output: String) -> String? {
        output.split(separator: "\n").map(String.init).first { line in
            line.split(separator: " ").contains { $0 == Substring(claim) }
                && Self.verdicts.contains { line.contains("  \($0)  ") }
        }
    }

    static let verdicts = ["consistent", "approximate", "inconsistent", "undetermined", "sourced"]

    // MARK: check and test on the seed

    @Test func checkReportsTheSeedsInconsistencies() throws {
        let project = try Self.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try Self.run(["check"], in: project)
        #expect(run.status == 1)
        #expect(Self.verdictLine("msft-growth", in: run.stdout)?.contains("  inconsistent  ") == true)
        #expect(Self.verdictLine("msft-prior-year", in: run.stdout)?.contains("  inconsistent  ") == true)
        #expect(Self.verdictLine("msft-monthly", in: run.stdout)?.contains("  consistent  ") == true)
        #expect(run.stdout.contains("−49.8%"))
        #expect(!run.stdout.contains("\u{1B}["), "NO_COLOR output has escape codes")
    }

    @Test func explainShowsTheDerivationTreeAndTheConflict() throws {
        let project = try Self.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try Self.run(["explain", "msft-prior-year"], in: project)
        #expect(run.status == 0)
        // The formula's tree names each input with its origin.
        #expect(run.stdout.contains("msft.ai_run_rate.yoy @ FY2026Q3 = 12%  article, claim msft-growth"))
        // The conflict with its minimal set and the cause.
        #expect(run.stdout.contains("claim msft-growth; claim msft-prior-year; claim msft-run-rate"))
        #expect(run.stdout.contains("a dropped digit: the inputs give 123%, printed as 12%"))
        let missing = try Self.run(["explain", "no-such-claim"], in: project)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no claim 'no-such-claim'"))
        let usage = try Self.run(["explain"], in: project)
        #expect(usage.status == 64)
    }

    @Test func testPassesOnTheSeedAndFailsWhenAnExpectationChanges() throws {
        let project = try Self.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let passing = try Self.run(["test"], in: project)
        #expect(passing.status == 0)
        #expect(passing.stdout.contains("0 failed"))
        #expect(!passing.stdout.contains("mismatch"))

        let claims = project.appendingPathComponent("Claims/ai-black-hole.claims")
        let text = try String(contentsOf: claims, encoding: .utf8)
        let growth = try #require(text.range(of: "claim msft-growth"))
        let expectLine = try #require(text.range(of: "expect inconsistent", range: growth.upperBound..<text.endIndex))
        try Data(text.replacingCharacters(in: expectLine, with: "expect consistent").utf8).write(to: claims)

        let failing = try Self.run(["test"], in: project)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("msft-growth expected consistent, got inconsistent"))
        #expect(failing.stdout.contains("1 failed"))
        #expect(!failing.stdout.contains("msft-prior-year expected"))
    }

    @Test func testVerboseWarnsOfAClaimWithoutExpectation() throws {
        let project = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.write("""
            claim expected
              states 5%
              because 5%
              expect consistent
            claim unexpected
              states 5%
              because 5%
            """, to: "Claims/x.claims", in: project)
        let verbose = try Self.run(["test", "-v"], in: project)
        #expect(verbose.status == 0)
        #expect(verbose.stderr == """
            Claims/x.claims:5:1: warning: claim 'unexpected' has no 'expect' verdict [R406]
             5 | claim unexpected
               | ^~~~~~~~~~~~~~~~
              = hint: add 'expect VERDICT' so that 'recount test' can catch a change

            """)
        #expect(verbose.stdout.hasSuffix("1 passed, 0 failed, 1 without expectation\n"))
        let quiet = try Self.run(["test"], in: project)
        #expect(quiet.stderr.isEmpty, "only -v lists claims without expectation")
    }

    // MARK: Periods and tables as companies report them

    /// A chip maker's 53-week year, its halves and a 10-K table in millions, through `recount test`.
    /// Growth compares the two years' amounts; a 26-week half is 182 days, so its amount per
    /// half-year (182.5 days) and the year's amount per year are other figures, by design.
    @Test func weekYearsHalvesAndTableDefaults() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("""
            entity nvda "Nvidia"
              fiscal-year-end last Sunday of January
            source k "Nvidia 10-K, fiscal 2021 (in millions)"
              grade primary

            defaults
              currency $
              scale million
              exact

            fact nvda.revenue @ FY2021 = $16,675
              source k
            fact nvda.revenue @ FY2020 = 10,918
              source k
            fact nvda.revenue @ FY2021Q1 = 3,080
              source k
            fact nvda.revenue @ FY2021Q2 = 3,866
              source k
            """, to: "Evidence/nvda.ledger", in: folder)
        try Self.write("""
            article t "Test"
            use "../Evidence/nvda.ledger"

            claim growth
              quote "revenue of $16.68 billion, up 53%"
              states nvda.revenue.yoy @ FY2021 = 53%
              expect consistent
            claim first-half
              quote "first-half revenue of $6.95 billion"
              states nvda.revenue @ FY2021H1 = $6.95 billion
              expect consistent
            claim per-half
              states nvda.revenue @ H1 FY2021 = $6.95B/half
              expect inconsistent
            claim same-length
              states nvda.revenue @ FY2021 = $16.68 billion/yr
              expect inconsistent
            """, to: "Claims/t.claims", in: folder)
        let run = try Self.run(["test"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    // MARK: Load failures

    @Test func aSyntaxErrorIsReportedLikeACompilerAndExitsTwo() throws {
        let project = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.write("""
            article a "A"

            claim x
              states = $5B
            """, to: "Claims/bad.claims", in: project)
        let run = try Self.run(["check"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Claims/bad.claims:4:10: error:"))
        #expect(run.stderr.contains("[R101]"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aUseOutsideTheRootIsRefused() throws {
        let project = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.write("""
            article a "A"
            use "../../x.ledger"
            """, to: "Claims/a.claims", in: project)
        let run = try Self.run(["check"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Claims/a.claims:2:5: error:"))
        #expect(run.stderr.contains("[R303]"))
    }

    @Test func anIncludeCycleIsReported() throws {
        let project = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.write("use \"b.ledger\"\n", to: "Evidence/a.ledger", in: project)
        try Self.write("use \"a.ledger\"\n", to: "Evidence/b.ledger", in: project)
        let run = try Self.run(["check"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("[R302]"))
    }

    @Test func noDefaultFoldersExitsTwo() throws {
        let project = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try Self.run(["check"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("[R306]"))
        let test = try Self.run(["test"], in: project)
        #expect(test.status == 2)
    }

    // MARK: The command line

    @Test(arguments: [["--help"], ["check", "--help"], ["test", "--help"], ["help", "check"]])
    func helpExitsZero(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 0)
        let command = arguments.count > 1 ? arguments.first { $0 != "--help" && $0 != "help" } : nil
        #expect(run.stdout.contains("USAGE: recount \(command ?? "<command>")"))
        #expect(run.stderr.isEmpty)
    }

    @Test func versionPrintsAVersion() throws {
        let run = try Self.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.wholeMatch(of: /recount \d+\.\d+\.\d+\n/) != nil, "\(run.stdout)")
    }

    @Test(arguments: [["check", "--bogus"], ["--frobnicate"], ["frobnicate"], ["check", "--format", "xml"],
                      ["check", "--date", "2026-01-01"], ["test", "--suggest"], ["report", "--update"]])
    func badCommandLinesExit64(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains("recount: error:"))
        #expect(run.stdout.isEmpty)
    }
}
