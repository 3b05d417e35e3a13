import Foundation
import RecountCore
import RecountEngine
import RecountReport
import RecountResolver

extension Audit {
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
}
