import Foundation

/// One run of Recount over a set of files: everything loaded, resolved and checked.
///
/// This is the library's entry point for `check`, `test` and the reports; the command-line tool
/// only parses arguments, calls it, renders and picks an exit code.
public struct Audit: Sendable {
    /// Every file read, by display path.
    public var files: [String: SourceFile]
    public var project: Project
    /// One result per claim, in load order.
    public var results: [ClaimResult]
    /// Every diagnostic of every stage, in file and line order.
    public var diagnostics: [Diagnostic]

    /// Whether the input could not be loaded: some diagnostic is an error.
    public var loadFailed: Bool { diagnostics.hasErrors }

    /// Loads, resolves and checks the given paths (default: `Claims/` and `Evidence/` under root).
    public static func run(paths: [String], root: URL) -> Audit {
        let loaded = Loader(root: root).load(paths)
        let (project, resolveDiagnostics) = Resolver.resolve(loaded.documents)
        let (results, findings) = Engine.check(project)
        let all = loaded.diagnostics + resolveDiagnostics + findings
        return Audit(files: loaded.files, project: project, results: results,
                     diagnostics: all.sortedByLocation().uniqued())
    }

    /// Counts of each verdict, in the order verdicts are listed.
    public var counts: [(verdict: Verdict, count: Int)] {
        Verdict.allCases.map { v in (v, results.filter { $0.verdict == v }.count) }
    }

    /// Claims whose verdict differs from their `expect`, and claims that expect nothing.
    public var expectationMismatches: [ClaimResult] {
        results.filter { $0.claim.expect != nil && $0.claim.expect != $0.verdict }
    }

    public var claimsWithoutExpectation: [ClaimResult] {
        results.filter { $0.claim.expect == nil }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
