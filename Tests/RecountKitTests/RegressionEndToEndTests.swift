import Foundation
import RecountKit
import Testing

/// `what-if`, `impact`, `check --fragile` and `fmt`, run as a user would on a copy of the seed.
@Suite struct RegressionEndToEndTests {
    typealias E2E = EndToEndTests

    /// The bytes of every file under Claims/ and Evidence/ of a project, by path.
    static func snapshot(_ project: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in ["Claims", "Evidence"] {
            let url = project.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                files["\(folder)/\(name)"] = try Data(contentsOf: url.appendingPathComponent(name))
            }
        }
        return files
    }

    /// The ids listed under "verdicts that change" in `what-if` output.
    static func changedClaims(_ output: String) -> [String] {
        var ids: [String] = []
        var inside = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "verdicts that change" { inside = true; continue }
            guard inside else { continue }
            if line.isEmpty { break }
            if !line.hasPrefix(" "), let id = line.split(separator: " ").dropFirst().first { ids.append(String(id)) }
        }
        return ids
    }

    // MARK: what-if

    @Test func whatIfPrintsTheVerdictsThatChangeWithoutTouchingFiles() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let before = try Self.snapshot(project)
        let run = try E2E.run(["what-if", "--set", "msft.ai_run_rate.yoy @ FY2026Q3=123%"], in: project)
        #expect(run.status == 1)
        #expect(Self.changedClaims(run.stdout) == ["msft-growth", "msft-prior-year"])
        #expect(run.stdout.contains("msft-growth  inconsistent → consistent"))
        #expect(run.stdout.contains("msft-prior-year  inconsistent → consistent"))
        // Only the article's 12% is replaced; the filings' 123% stay as they are.
        #expect(run.stdout.contains("replaces  12%  article, claim msft-growth"))
        #expect(!run.stdout.contains("Evidence/microsoft.ledger:45:1"))
        #expect(!run.stdout.contains("msft-monthly"))
        #expect(try Self.snapshot(project) == before)
    }

    @Test func whatIfOnTheEvidenceLeavesTheArticleAndTheArticleNeedsAFigure() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let evidence = try E2E.run(["what-if", "--set-evidence", "msft.ai_run_rate.yoy @ FY2026Q3=12%"], in: project)
        #expect(evidence.status == 1)
        #expect(evidence.stdout.hasPrefix("what if the ledger said msft.ai_run_rate.yoy @ FY2026Q3 = 12%\n"))
        #expect(evidence.stdout.contains("Evidence/microsoft.ledger:45:1"))
        #expect(!evidence.stdout.contains("article, claim msft-growth"))
        #expect(!evidence.stdout.contains("stated    12% →"))
        #expect(Self.changedClaims(evidence.stdout) == ["msft-growth"])
        // The article states no figure for OpenAI's 2024 revenue: --set refuses, and says what to use.
        let refused = try E2E.run(["what-if", "--set", "openai.revenue @ 2024=$3.7 billion"], in: project)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains(
            "--set:1:1: error: the article states no figure for 'openai.revenue @ 2024': --set changes only what the article states [R422]"))
        #expect(refused.stderr.contains("use --set-evidence 'openai.revenue @ 2024=VALUE'"))
        #expect(refused.stdout.isEmpty)
        let bad = try E2E.run(["what-if", "--set-evidence", "msftx.ai=5%"], in: project)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--set-evidence:1:1: error: unknown entity 'msftx'; did you mean 'msft'? [R201]"))
        let misplaced = try E2E.run(["check", "--set-evidence", "msft.ai=5%"], in: project)
        #expect(misplaced.status == 64)
    }

    @Test func aBadOverrideIsAUsageErrorPointingIntoTheArgument() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let bad = try E2E.run(["what-if", "--set", "msft.ai_run_rate.yoy @ FY2026Q3=12 3%"], in: project)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--set:1:36: error: expected end of line, found figure '3%' [R101]"))
        #expect(bad.stderr.contains(" 1 | msft.ai_run_rate.yoy @ FY2026Q3=12 3%"))
        #expect(bad.stdout.isEmpty)
        let unknown = try E2E.run(["what-if", "--set", "msftx.ai=5%"], in: project)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--set:1:1: error: unknown entity 'msftx'; did you mean 'msft'? [R201]"))
        let none = try E2E.run(["what-if"], in: project)
        #expect(none.status == 64)
        let quantity = try E2E.run(["impact", "msft.ai_run_rate @ FY2026Q9"], in: project)
        #expect(quantity.status == 64)
        #expect(quantity.stderr.contains("quantity:1:20: error: invalid period 'FY2026Q9'"))
    }

    // MARK: impact

    /// Each margin `impact` prints for the $37B run rate holds just inside and breaks just
    /// outside, as `what-if` shows.
    @Test func impactMarginsHoldInsideAndBreakOutside() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["impact", "msft.ai_run_rate @ FY2026Q3"], in: project)
        #expect(run.status == 0)
        #expect(run.stdout.contains("every verdict holds from $36.9"))
        var claim: String?
        var checked: [String] = []
        // 0.02% of $37B: twice the bisection's precision.
        let step = 2e-4 * 37
        for line in run.stdout.split(separator: "\n").map(String.init) {
            if !line.hasPrefix(" "), line.contains("  ") { claim = line.split(separator: " ").dropFirst().first.map(String.init) }
            guard let claim, line.hasPrefix("    holds     from ") else { continue }
            let bounds = line.matches(of: /\$([0-9.]+)B\/yr \(/).compactMap { Double($0.output.1) }
            let lower = line.contains("from $") ? bounds.first : nil
            let upper = line.contains(" to $") && !line.hasSuffix("(no flip found)") ? bounds.last : nil
            for (edge, side) in [(lower, -1.0), (upper, 1.0)] {
                guard let edge else { continue }
                for (value, inside) in [(edge, true), (edge + side * step, false)] {
                    let figure = "exactly $\(String(format: "%.4f", value))B/yr"
                    // The article's figure and the ledger's, as impact moves them.
                    let argument = "msft.ai_run_rate @ FY2026Q3=\(figure)"
                    let whatIf = try E2E.run(["what-if", "--set", argument, "--set-evidence", argument], in: project)
                    #expect(Self.changedClaims(whatIf.stdout).contains(claim) == !inside,
                            "\(claim) at \(figure): \(Self.changedClaims(whatIf.stdout))")
                }
                checked.append(claim)
            }
        }
        #expect(Set(checked) == ["msft-monthly", "msft-tenth", "zh-msft-tenth"], "\(run.stdout)")
    }

    // MARK: check --fragile

    @Test func checkFragileListsClaimsOnTheEdge() throws {
        let project = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try E2E.write("""
            entity x "X"
            source s "S"
              grade primary
            fact x.rev @ 2025 = $122B
              source s
            """, to: "Evidence/x.ledger", in: project)
        try E2E.write("""
            article a "A"
            use "../Evidence/x.ledger"
            claim monthly
              states about $10.21B/month
              because x.rev @ 2025
            """, to: "Claims/a.claims", in: project)
        let run = try E2E.run(["check", "--fragile"], in: project)
        #expect(run.status == 0)
        #expect(run.stdout.contains("fragile claims"))
        #expect(run.stdout.contains("becomes   approximate when ledger x.rev @ 2025's $122B is $121B"))
        #expect(run.stdout.hasSuffix("1 fragile claim\n"))
        let plain = try E2E.run(["check"], in: project)
        #expect(!plain.stdout.contains("fragile"))
    }

    // MARK: fmt

    @Test func fmtChecksRewritesAndKeepsTheVerdicts() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let canonical = try Self.snapshot(project)
        let clean = try E2E.run(["fmt", "--check"], in: project)
        #expect(clean.status == 0)
        #expect(clean.stdout == "0 files would be reformatted, 7 already canonical\n")

        let path = project.appendingPathComponent("Claims/ai-black-hole.claims")
        let original = try String(contentsOf: path, encoding: .utf8)
        try Data(disturbed(original).utf8).write(to: path)
        let checkBefore = try E2E.run(["check"], in: project)

        let check = try E2E.run(["fmt", "--check"], in: project)
        #expect(check.status == 1)
        #expect(check.stdout.contains("--- a/Claims/ai-black-hole.claims\n+++ b/Claims/ai-black-hole.claims\n@@ "))
        #expect(check.stdout.hasSuffix("1 file would be reformatted, 6 already canonical\n"))
        #expect(try String(contentsOf: path, encoding: .utf8) == disturbed(original))

        let rewrite = try E2E.run(["fmt"], in: project)
        #expect(rewrite.status == 0)
        #expect(rewrite.stdout == "formatted Claims/ai-black-hole.claims\n1 file reformatted, 6 already canonical\n")
        #expect(try Self.snapshot(project) == canonical)
        let checkAfter = try E2E.run(["check"], in: project)
        // The same verdicts, arithmetic and conflicts; only the lines they are on moved.
        let located = /\.(claims|ledger):[0-9]+:[0-9]+/
        #expect(checkAfter.stdout.replacing(located, with: "") == checkBefore.stdout.replacing(located, with: ""))
        #expect(checkAfter.stdout != checkBefore.stdout)
        #expect(checkAfter.status == checkBefore.status)
    }

    @Test func fmtLeavesAFileWithSyntaxErrorsAlone() throws {
        let project = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        let bad = "claim x\n    states = $5B\n"
        try E2E.write(bad, to: "Claims/bad.claims", in: project)
        try E2E.write("fact  a.b = 1\n", to: "Evidence/a.ledger", in: project)
        let run = try E2E.run(["fmt"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Claims/bad.claims:2:12: error:"))
        #expect(run.stderr.contains("Claims/bad.claims has syntax errors; it was left unchanged"))
        #expect(try String(contentsOf: project.appendingPathComponent("Claims/bad.claims"), encoding: .utf8) == bad)
        #expect(try String(contentsOf: project.appendingPathComponent("Evidence/a.ledger"), encoding: .utf8)
                == "fact a.b = 1\n")
    }

    // MARK: Help

    @Test(arguments: [["fmt", "--help"], ["what-if", "--help"], ["help", "impact"]])
    func helpExitsZero(_ arguments: [String]) throws {
        let run = try E2E.run(arguments)
        #expect(run.status == 0)
        let command = arguments.first { $0 != "--help" && $0 != "help" } ?? ""
        #expect(run.stdout.contains("USAGE: recount \(command)"))
    }
}
