import RecountCore
import RecountModel

/// One run of Recount over a set of files: everything loaded, resolved and checked.
///
/// Every renderer takes this value: the terminal, the Markdown, JSON and ClaimReview reports, and
/// what-if and impact. The pipeline (`RecountKit`) builds it from files; it holds no I/O itself.
public struct Audit: Sendable {
    /// Every file read, by display path.
    public var files: [String: SourceFile]
    public var project: Project
    /// One result per claim, in load order.
    public var results: [ClaimResult]
    /// Every conflict between two values of one quantity, with its minimal set.
    public var conflicts: [Conflict]
    /// Every diagnostic of every stage, in file and line order.
    public var diagnostics: [Diagnostic]

    /// Whether the input could not be loaded: some diagnostic is an error.
    public var loadFailed: Bool { diagnostics.hasErrors }

    /// Counts of each verdict, in the order verdicts are listed.
    public var counts: [(verdict: Verdict, count: Int)] {
        Verdict.allCases.map { v in (v, results.filter { $0.verdict == v }.count) }
    }

    /// Claims whose verdict differs from their `expect`, and claims that expect nothing.
    public var expectationMismatches: [ClaimResult] {
        results.filter { $0.claim.expect != nil && $0.claim.expect != $0.verdict }
    }

    /// The conflicts a claim takes part in.
    public func conflicts(involving claim: String) -> [Conflict] {
        conflicts.filter { $0.support.contains(.claim(claim)) }
    }

    /// A fact or claim of a conflict, named for people: `claim msft-growth` or the fact's
    /// quantity and source.
    public func describe(_ base: Base) -> String {
        switch base {
        case .claim(let id): return "claim \(id)"
        case .fact(let i):
            guard i < project.facts.count else { return "fact #\(i)" }
            let f = project.facts[i]
            let grade = f.source.flatMap { project.sources[$0]?.grade.rawValue }
            let source = [f.source ?? "no source", grade].compactMap { $0 }.joined(separator: ", ")
            return "fact \(f.quantity.text) = \(f.value.text) (\(source))"
        }
    }

    public var claimsWithoutExpectation: [ClaimResult] {
        results.filter { $0.claim.expect == nil }
    }

    /// An R406 warning for each claim that expects no verdict, which `recount test -v` lists.
    public var noExpectationWarnings: [Diagnostic] {
        claimsWithoutExpectation.map { Diagnostic(.noExpectation($0.claim.id), at: $0.claim.range) }
    }

    /// How the verdicts compare with the claims' `expect` lines: what `recount test` reports.
    public var expectations: ExpectationTally {
        let failed = expectationMismatches.count
        let without = claimsWithoutExpectation.count
        return ExpectationTally(passed: results.count - without - failed, failed: failed, withoutExpectation: without)
    }

    package init(
        files: [String: SourceFile], project: Project, results: [ClaimResult], conflicts: [Conflict],
        diagnostics: [Diagnostic]
    ) {
        self.files = files
        self.project = project
        self.results = results
        self.conflicts = conflicts
        self.diagnostics = diagnostics
    }
}
