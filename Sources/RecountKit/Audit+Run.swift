import Foundation
import RecountCore
import RecountEngine
import RecountModel
import RecountReport
import RecountResolver

extension Audit {
    /// Loads, resolves and checks the given paths (default: `Claims/` and `Evidence/` under
    /// root); `-` is `standardInput`.
    public static func run(paths: [String], root: URL, standardInput: Loader.StandardInput? = nil) -> Audit {
        check(Loader(root: root).load(paths, standardInput: standardInput)) { ArticleTexts.check(project: $0, root: root) }
    }

    /// Resolves and checks loaded files; `quotes` gives the diagnostics of the articles' texts
    /// (from disk in `run`, from memory where no file may be read).
    public static func check(_ loaded: Loader.Loaded, quotes check: (Project) -> [Diagnostic]) -> Audit {
        let (project, resolveDiagnostics) = Resolver.resolve(loaded.documents)
        let quotes = check(project)
        // A project that failed to load is not checked: its verdicts would rest on half of it.
        let failed = (loaded.diagnostics + resolveDiagnostics + quotes).hasErrors
        let analysis = failed ? nil : Engine.analyze(project)
        let all = loaded.diagnostics + resolveDiagnostics + quotes + (analysis?.diagnostics ?? [])
        return Audit(files: loaded.files, project: project, results: analysis?.results ?? [],
                     conflicts: analysis?.conflicts ?? [], diagnostics: all.sortedByLocation().uniqued())
    }
}
