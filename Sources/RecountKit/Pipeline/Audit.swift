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
    /// Every conflict between two values of one quantity, with its minimal set.
    public var conflicts: [Conflict]
    /// Every diagnostic of every stage, in file and line order.
    public var diagnostics: [Diagnostic]

    /// Whether the input could not be loaded: some diagnostic is an error.
    public var loadFailed: Bool { diagnostics.hasErrors }

    /// Loads, resolves and checks the given paths (default: `Claims/` and `Evidence/` under root).
    public static func run(paths: [String], root: URL) -> Audit {
        let loaded = Loader(root: root).load(paths)
        let (project, resolveDiagnostics) = Resolver.resolve(loaded.documents)
        let quotes = ArticleTexts.check(project: project, root: root)
        // A project that failed to load is not checked: its verdicts would rest on half of it.
        let failed = (loaded.diagnostics + resolveDiagnostics + quotes).hasErrors
        let analysis = failed ? nil : Engine.analyze(project)
        let all = loaded.diagnostics + resolveDiagnostics + quotes + (analysis?.diagnostics ?? [])
        return Audit(files: loaded.files, project: project, results: analysis?.results ?? [],
                     conflicts: analysis?.conflicts ?? [], diagnostics: all.sortedByLocation().uniqued())
    }

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
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
