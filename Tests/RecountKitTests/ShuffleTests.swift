import Foundation
import RecountEngine
import RecountKit
import RecountModel
import Testing

/// The order of the input never changes what Recount finds: over the seed article and a
/// generated project, every reordering tried of the files, of the declarations within each
/// file, and so of the facts and the claims, gives the same verdicts, conflicts, diagnoses and
/// reports as the files in their own order.
///
/// A report may list things in load order (claims, sources, a claim's evidence checks); those
/// lists are compared as sets. Anything else that moves (a conflict's number, its members'
/// order, its sides, a cause, the check a summary shows) is a bug in the engine.
@Suite struct ShuffleTests {
    /// How many reorderings of each project are audited.
    static let permutations = 24

    /// The projects that are shuffled.
    enum Input: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case seed
        case generated

        var testDescription: String { rawValue }

        func files() throws -> ProjectFiles {
            switch self {
            case .seed: try ProjectFiles.read(root: SeedAuditTests.root)
            case .generated: GeneratedProject.files
            }
        }

        /// A fixed seed per project, so a failure names the same orders every run.
        var seed: UInt64 {
            switch self {
            case .seed: 0x5EED_A871_C1E5
            case .generated: 0x6E4E_7A7E_D001
            }
        }
    }

    @Test(arguments: Input.allCases)
    func everyOrderGivesTheSameAudit(_ input: Input) throws {
        let files = try input.files()
        let base = try Run(files)
        let errors = base.audit.diagnostics.filter { $0.severity == .error }.map(\.message)
        try #require(!base.audit.loadFailed, "\(errors)")
        var generator = SplitMix64(seed: input.seed)
        var reorderedFiles = 0
        var reorderedClaims = 0
        for k in 1...Self.permutations {
            let shuffled = ProjectShuffle.shuffled(files, using: &generator)
            let run = try Run(shuffled)
            if shuffled.files.map(\.path) != files.files.map(\.path) { reorderedFiles += 1 }
            if run.audit.results.map(\.claim.id) != base.audit.results.map(\.claim.id) { reorderedClaims += 1 }
            let order = "\(input) permutation \(k), files \(shuffled.files.map(\.path))"
            try #require(!run.audit.loadFailed, "\(order): \(run.audit.diagnostics.map(\.message))")
            compare(run, with: base, order)
        }
        // A shuffle that moved nothing would pass vacuously.
        #expect(reorderedFiles > Self.permutations / 2)
        #expect(reorderedClaims > Self.permutations / 2)
    }

    /// The copies the shuffle starts from are the committed files: read back in their own order,
    /// they give exactly the audit and the reports of `recount` run on the repository.
    @Test func theUnshuffledCopyOfTheSeedIsTheCommittedProject() throws {
        let copy = try Run(try Input.seed.files())
        let committed = Audit.run(paths: [], root: SeedAuditTests.root)
        #expect(copy.fingerprint == AuditFingerprint(committed))
        #expect(copy.audit.results.map(\.claim.id) == committed.results.map(\.claim.id))
        #expect(ReportFiles.outputs(copy.audit) == ReportFiles.outputs(committed))
    }

    /// Cutting a file into declaration blocks and joining them again loses and adds nothing but
    /// blank lines, and gives each declaration a block of its own.
    @Test func declarationBlocksKeepEveryLine() throws {
        func nonBlank(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        }
        for file in try Input.seed.files().files + GeneratedProject.files.files {
            let blocks = DeclarationBlocks(file.text).blocks
            #expect(nonBlank(DeclarationBlocks(blocks: blocks).text) == nonBlank(file.text), "\(file.path)")
            let declarations = nonBlank(file.text).filter { $0.first.map { !$0.isWhitespace && $0 != "#" } ?? false }
            #expect(blocks.count == declarations.count, "\(file.path)")
        }
    }

    /// The generated project holds every kind of finding the shuffle should move around.
    @Test func theGeneratedProjectHasEveryKindOfFinding() throws {
        let audit = try GeneratedProject.files.audit()
        #expect(!audit.loadFailed, "\(audit.diagnostics.map(\.message))")
        #expect(audit.expectationMismatches.map(\.claim.id) == [])
        #expect(audit.claimsWithoutExpectation.isEmpty)
        #expect(audit.results.contains { $0.verdict == .inconsistent })
        #expect(audit.conflicts.count > 10)
        #expect(audit.conflicts.contains { $0.cause != nil })
        #expect(audit.conflicts.contains { $0.isLedgerOnly })
        let attributions = audit.results.compactMap(\.decision.attribution)
        #expect(attributions.contains { if case .slip = $0 { true } else { false } })
        #expect(attributions.contains { if case .tie = $0 { true } else { false } })
        let bases = audit.results.flatMap { $0.checks + $0.readings.flatMap(\.checks) }.map(\.basis)
        #expect(bases.contains(.formula))
        #expect(bases.contains { if case .comparison = $0 { true } else { false } })
        #expect(bases.contains { if case .derived = $0 { true } else { false } })
        #expect(bases.contains { if case .conflict = $0 { true } else { false } })
    }

    // MARK: Smallest reproductions

    /// Two sources print the same figure: whichever comes first in the ledger, the check the
    /// summary shows is the same one.
    @Test func twoSourcesOfOneFigureGiveOneHeadlineInEitherOrder() throws {
        let head = "entity x \"X\"\nsource a \"A\"\n  grade primary\nsource b \"B\"\n  grade secondary\n"
        let fromA = "fact x.rev @ 2025 = $2B\n  source a\n"
        let fromB = "fact x.rev @ 2025 = $2B\n  source b\n"
        let claim = "claim c\n  states x.rev @ 2025 = $2B\n"
        let ab = try analyzeInline(head + fromA + fromB, claim).result("c").decision.headline?.basis
        let ba = try analyzeInline(head + fromB + fromA, claim).result("c").decision.headline?.basis
        #expect(ab != nil)
        #expect(ab == ba)
    }

    /// Swapping two facts keeps every conflict's number and the order of its members.
    @Test func swappingTwoFactsKeepsTheConflictsInOrder() throws {
        let head = "entity x \"X\"\nsource s \"S\"\n  grade primary\n"
        let secondHalf = "fact x.rev @ 2025H2 = $26B\n  source s\n"
        let year = "fact x.rev @ 2025 = $48B\n  source s\n"
        let claims = "claim a\n  states x.rev @ 2025H1 = $2.2B\nclaim y\n  states x.rev @ 2025 = $51B\n"
        let first = try analyzeInline(head + secondHalf + year, claims)
        let second = try analyzeInline(head + year + secondHalf, claims)
        let conflicts = { (a: Analyzed) in a.analysis.conflicts.map { a.names($0.support) } }
        #expect(conflicts(first).count == 3)
        #expect(conflicts(first) == conflicts(second))
    }

    /// Two facts and a claim are as likely wrong as each other: whichever fact comes first, the
    /// claim's finding names the other two in the same order.
    @Test func aTieNamesTheOtherFiguresInOneOrder() throws {
        let head = "entity x \"X\"\nsource b \"Blog\"\n  grade article\n"
        let secondHalf = "fact x.rev @ 2025H2 = $31M\n  source b\n"
        let year = "fact x.rev @ 2025 = $51M\n  source b\n"
        let claim = "claim c\n  states x.rev @ 2025H1 = $31M\n"
        func alternatives(_ ledger: String) throws -> [String] {
            let analyzed = try analyzeInline(ledger, claim)
            guard case .tie(let others)? = try analyzed.result("c").decision.attribution else { return [] }
            return analyzed.names(others)
        }
        let first = try alternatives(head + secondHalf + year)
        #expect(first.count == 2)
        #expect(first == (try alternatives(head + year + secondHalf)))
    }

    // MARK: Comparing runs

    /// One audit of a project, with its fingerprint and its reports normalised for load order.
    struct Run {
        var audit: Audit
        var fingerprint: AuditFingerprint
        /// Each report file's normalised text, by path.
        var reports: [String: String]

        init(_ files: ProjectFiles) throws {
            audit = try files.audit()
            fingerprint = AuditFingerprint(audit)
            var reports: [String: String] = [:]
            for output in ReportFiles.outputs(audit) {
                reports[output.path] = output.path.hasSuffix(".json")
                    ? try NormalisedJSONReport.text(output.contents) : NormalisedMarkdownReport.text(output.contents)
            }
            self.reports = reports
        }
    }

    /// Records each way a shuffled run differs from the run in the files' own order, each with
    /// its first differing line so that a failure reads without a debugger.
    private func compare(_ run: Run, with base: Run, _ order: String) {
        let (got, want) = (run.fingerprint, base.fingerprint)
        for id in want.verdicts.keys.sorted() where got.verdicts[id] != want.verdicts[id] {
            let verdict = got.verdicts[id].map(\.rawValue) ?? "missing"
            Issue.record("\(order): claim \(id) is \(verdict), not \(want.verdicts[id]?.rawValue ?? "-")")
        }
        #expect(Set(got.conflictMembers) == Set(want.conflictMembers), "\(order): the conflicts are other sets of figures")
        // Conflicts by their members: the same sides, cause and explanations whatever their number.
        let gotByMembers = Dictionary(zip(got.conflictMembers, got.conflicts), uniquingKeysWith: { a, _ in a })
        for (members, conflict) in zip(want.conflictMembers, want.conflicts) {
            record(gotByMembers[members], conflict, "\(order): conflict {\(members.joined(separator: ", "))} differs")
        }
        record(numbered(got.conflictMembers), numbered(want.conflictMembers),
               "\(order): the conflicts are numbered differently")
        for id in want.claims.keys.sorted() {
            record(got.claims[id], want.claims[id] ?? "", "\(order): claim \(id) differs")
        }
        record(got.diagnostics.joined(separator: "\n"), want.diagnostics.joined(separator: "\n"),
               "\(order): the diagnostics differ")
        #expect(run.reports.keys.sorted() == base.reports.keys.sorted(), "\(order): other report files")
        for (path, report) in base.reports.sorted(by: { $0.key < $1.key }) {
            record(run.reports[path], report, "\(order): \(path) differs")
        }
    }

    /// Records an issue with the first differing line when `got` is there and is not `expected`.
    private func record(_ got: String?, _ expected: String, _ what: String) {
        guard let got, got != expected else { return }
        Issue.record("\(what): \(firstDifference(got, expected))")
    }

    private func numbered(_ conflicts: [[String]]) -> String {
        conflicts.enumerated().map { "#\($0.offset + 1) {\($0.element.joined(separator: ", "))}" }.joined(separator: "\n")
    }

    /// The first line where two texts differ, as `line N: got … expected …`.
    private func firstDifference(_ got: String, _ expected: String) -> String {
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "(end)"
            let y = i < b.count ? String(b[i]) : "(end)"
            if x != y { return "line \(i + 1): got \(x.debugDescription), expected \(y.debugDescription)" }
        }
        return "(equal)"
    }
}
