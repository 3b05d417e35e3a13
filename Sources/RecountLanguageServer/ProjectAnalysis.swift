import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountSyntax

/// One project checked as the editor sees it: the files on disk with the open buffers in their
/// place, parsed, resolved and audited by the same pipeline as `recount check`.
struct ProjectAnalysis: Sendable {
    /// The project root, absolute.
    let root: URL
    let loaded: Loader.Loaded
    let audit: Audit

    /// Loads the project under `root` with `buffers` (absolute path → text) read instead of the
    /// disk.
    ///
    /// The default inputs, `Claims/` and `Evidence/`, are loaded when they hold files, and the
    /// open `files` besides, which may be new and not on the disk yet or lie elsewhere: so the
    /// diagnostics come out the way `check` gives them for the project.
    init(root: URL, files: [URL], buffers: [String: String]) {
        let loader = Loader(root: root, overrides: buffers)
        var paths = ["Claims", "Evidence"].filter { Self.holdsInput(loader.root.appendingPathComponent($0)) }
        for file in files { paths.append(loader.displayPath(file)) }
        let loaded = loader.load(paths)
        self.root = loader.root
        self.loaded = loaded
        self.audit = Audit.check(loaded) { ArticleTexts.check(project: $0, root: loader.root) }
    }

    /// A buffer that is no file (an untitled one): parsed and checked on its own.
    init(detached name: String, text: String) {
        root = URL(fileURLWithPath: "/", isDirectory: true)
        loaded = Loader.Loaded.parsing([SourceFile(path: name, text: text)])
        audit = Audit.check(loaded) { _ in [] }
    }

    /// The root of the project a file belongs to, found as the command line finds it
    /// (`ProjectDiscovery`), or else the file's own folder.
    static func root(of file: URL) -> URL {
        let folder = file.deletingLastPathComponent()
        return ProjectDiscovery.root(from: folder) ?? folder
    }

    /// Whether a folder holds a claims or ledger file, at any depth.
    private static func holdsInput(_ folder: URL) -> Bool {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return false }
        for case let url as URL in enumerator where Loader.extensions.contains(url.pathExtension) { return true }
        return false
    }


    /// The absolute URL of a display path.
    func url(ofDisplayPath path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    /// The display path of an absolute file URL, as diagnostics and documents name it.
    func displayPath(of file: URL) -> String {
        Loader(root: root).displayPath(file)
    }

    /// The parsed document of a display path.
    func document(_ path: String) -> Syntax.Document? {
        loaded.documents.first { $0.path == path }
    }
}
