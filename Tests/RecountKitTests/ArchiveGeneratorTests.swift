import Foundation
import Testing

/// The peer benchmark's generator (`RecountBenchmarks write archive`) keeps its promise: Recount
/// finds exactly the claims the manifest says are wrong, and the peers' journals assert one
/// balance per claim, of which exactly as many fail when their postings are added up here.
@Suite struct ArchiveGeneratorTests {
    /// What `write archive` wrote: the project folder and its manifest.
    struct Archive {
        var folder: URL
        var manifest: [String: String]

        func number(_ key: String) throws -> Int { try #require(manifest[key].flatMap { Int($0) }, "manifest has no \(key)") }
        func text(_ path: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
    }

    /// A small archive of 200 facts; the seed is one that makes some claims wrong.
    static func written() throws -> Archive {
        let recount = try #require(EndToEndTests.executable, "recount binary not found beside the test bundle")
        let generator = recount.deletingLastPathComponent().appendingPathComponent("RecountBenchmarks")
        let folder = try EndToEndTests.temporaryFolder()
        let run = try EndToEndTests.run(["write", "archive", "200", folder.path, "13"], command: generator.path)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: folder.appendingPathComponent("manifest.txt"), encoding: .utf8).split(separator: "\n")
        var manifest: [String: String] = [:]
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { manifest[parts[0]] = parts[1] }
        }
        return Archive(folder: folder, manifest: manifest)
    }

    /// "123.4" → 1234: the journals' amounts are whole tenths.
    static func tenths(_ text: Substring) throws -> Int {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = try #require(parts.count == 2 ? Int(parts[0]) : nil, "not an amount in tenths: \(text)")
        let tenth = try #require(Int(parts[1]), "not an amount in tenths: \(text)")
        return whole * 10 + (text.hasPrefix("-") ? -tenth : tenth)
    }

    @Test func recountFindsTheManifestsInconsistentClaims() throws {
        let archive = try Self.written()
        defer { try? FileManager.default.removeItem(at: archive.folder) }
        let claims = try archive.number("claims")
        let wrong = try archive.number("inconsistent-claims")
        #expect(claims == 20)
        #expect(wrong > 0 && wrong < claims)
        let check = try EndToEndTests.run(["check"], in: archive.folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(claims) claims: \(claims - wrong) consistent, 0 approximate, \(wrong) inconsistent"),
                "\(check.stdout.suffix(400))")
        // Every claim expects the verdict the generator meant: a claim meant right is not
        // counted wrong in place of one meant wrong.
        let test = try EndToEndTests.run(["test"], in: archive.folder)
        #expect(test.status == 0, "\(test.stdout.suffix(400))")
    }

    /// The ledger-cli/hledger journal, added up in file order per account as ledger-cli does.
    @Test func theJournalsAssertionsFailAsTheManifestSays() throws {
        let archive = try Self.written()
        defer { try? FileManager.default.removeItem(at: archive.folder) }
        let failing = try archive.number("failing-assertions")
        var balances: [Substring: Int] = [:]
        var assertions = 0
        var failed: [(date: Substring, line: Int)] = []
        var date: Substring = ""
        for (index, line) in try archive.text("Peers/archive.journal").split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() {
            let words = line.split(separator: " ")
            if !line.hasPrefix(" "), let first = words.first, first.first?.isNumber == true { date = first }
            guard line.hasPrefix("    Assets:"), words.count >= 3 else { continue }
            let account = words[0]
            balances[account, default: 0] += try Self.tenths(words[1].contains(".") ? words[1] : words[1] + ".0")
            if words.count == 6, words[3] == "=" {
                assertions += 1
                if try Self.tenths(words[4]) != balances[account] { failed.append((date, index + 1)) }
            }
        }
        #expect(assertions == (try archive.number("balance-assertions")))
        #expect(failed.count == failing)
        // hledger stops at the first failing assertion by date, and the manifest names its line.
        let first = failed.min { ($0.date, $0.line) < ($1.date, $1.line) }
        #expect(first.map { String($0.line) } == archive.manifest["hledger-first-failing-line"])
        #expect(try archive.text("Peers/archive-passing.journal").components(separatedBy: " 0 USD = ").count - 1 == assertions)
    }

    /// The beancount file, where a `balance` directive counts the postings dated before its day.
    @Test func theBeancountBalancesFailAsTheManifestSays() throws {
        let archive = try Self.written()
        defer { try? FileManager.default.removeItem(at: archive.folder) }
        var postings: [(date: Substring, account: Substring, tenths: Int)] = []
        var checks: [(date: Substring, account: Substring, tenths: Int)] = []
        var date: Substring = ""
        for line in try archive.text("Peers/archive.beancount").split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 2, words[1] == "*" { date = words[0] }
            if words.count == 5, words[1] == "balance" { checks.append((words[0], words[2], try Self.tenths(words[3]))) }
            if line.hasPrefix("  Assets:"), words.count == 3 { postings.append((date, words[0], try Self.tenths(words[1]))) }
        }
        let failed = checks.filter { check in
            let before = postings.filter { $0.account == check.account && $0.date < check.date }
            return before.reduce(0) { $0 + $1.tenths } != check.tenths
        }
        #expect(postings.count == (try archive.number("facts")))
        #expect(checks.count == (try archive.number("balance-assertions")))
        #expect(failed.count == (try archive.number("failing-assertions")))
    }
}
