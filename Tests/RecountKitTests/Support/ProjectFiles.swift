import Foundation
import RecountEngine
import RecountKit
import Testing

/// A project as the texts of its claims and ledger files, in the order they are loaded, so
/// that a test can reorder it and audit it through the whole pipeline.
struct ProjectFiles {
    struct File {
        /// Relative to the project root: `Claims/a.claims`, `Evidence/x.ledger`.
        var path: String
        var text: String
    }

    var files: [File]

    /// Every claims and ledger file under `Claims/` and `Evidence/` of `root`, in the order the
    /// loader lists them.
    static func read(root: URL) throws -> ProjectFiles {
        var files: [File] = []
        for folder in ["Claims", "Evidence"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.sorted() where Loader.extensions.contains((name as NSString).pathExtension) {
                let path = "\(folder)/\(name)"
                let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                files.append(File(path: path, text: text))
            }
        }
        return ProjectFiles(files: files)
    }

    /// Writes the files into a new temporary folder and audits them there, naming each file on
    /// the command line in this order, so the loader reads them in this order (a file that a
    /// `use` line reaches first is read at that line).
    func audit() throws -> Audit {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recount-shuffle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
        return Audit.run(paths: files.map(\.path), root: folder)
    }
}
