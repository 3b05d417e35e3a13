import Foundation
import RecountCore
import RecountFormat

/// `recount fmt`: formats claims and ledger files on disk, or only says which would change.
///
/// Each named file is formatted on its own; `use` lines are not followed, since a file used by
/// a claims file may belong to someone else's folder. A file is rewritten only when its text
/// changes, atomically (a temporary file renamed over it), so an interrupted run never leaves a
/// half-written file. A file that cannot be read or parsed, or that could not be formatted
/// faithfully, is left untouched and reported, and the others are still formatted.
public struct FormatFiles: Sendable {
    /// What happened to one file.
    public struct File: Sendable {
        /// The path shown to the user, relative to the root where possible.
        public var path: String
        public var original: String
        public var status: Status

        /// The formatted text, when the file could be formatted.
        public var formatted: String? {
            if case .formatted(let text) = status { return text }
            return nil
        }

        /// Whether formatting changes the file.
        public var changes: Bool { formatted.map { $0 != original } ?? false }

        /// A unified diff of what formatting changes; empty when nothing does.
        public var diff: String {
            formatted.map { UnifiedDiff.render(old: original, new: $0, path: path) } ?? ""
        }
    }

    public enum Status: Sendable {
        case formatted(String)
        /// Syntax errors: the file was not formatted.
        case unparsable([Diagnostic])
        /// The file could not be formatted faithfully, for this reason.
        case refused(String)
        /// Writing the formatted text failed, for this reason; the file is as it was.
        case unwritable(String)
    }

    public var files: [File]
    /// Problems finding or reading the files.
    public var diagnostics: [Diagnostic]
    /// Every file read, by display path, for showing source lines in diagnostics.
    public var sources: [String: SourceFile]

    /// Whether some file could not be read, parsed, formatted or written.
    public var failed: Bool {
        diagnostics.hasErrors || files.contains { file in
            if case .formatted = file.status { return false }
            return true
        }
    }

    /// Formats the named files and folders (default: `Claims/` and `Evidence/` under `root`),
    /// writing the changed ones back when `write` is set.
    public static func run(paths: [String], root: URL, write: Bool) -> FormatFiles {
        let loader = Loader(root: root)
        var result = FormatFiles(files: [], diagnostics: [], sources: [:])
        for url in targets(paths, root: loader.root, diagnostics: &result.diagnostics) {
            let display = loader.displayPath(url)
            guard let data = try? Data(contentsOf: url) else {
                result.diagnostics.append(Diagnostic(.cannotRead(path: display, reason: "read failed"), at: nil))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                result.diagnostics.append(Diagnostic(.cannotRead(path: display, reason: "not valid UTF-8"), at: nil))
                continue
            }
            let source = SourceFile(path: display, text: text)
            result.sources[display] = source
            var file = File(path: display, original: text, status: .refused(""))
            switch Formatter.format(source) {
            case .formatted(let formatted): file.status = .formatted(formatted)
            case .unparsable(let problems): file.status = .unparsable(problems)
            case .refused(let reason): file.status = .refused(reason)
            }
            if write, file.changes, let formatted = file.formatted {
                do {
                    try AtomicFile.write(formatted, to: url, displayPath: display)
                } catch {
                    file.status = .unwritable(error.message)
                }
            }
            result.files.append(file)
        }
        return result
    }

    /// The files to format, in a stable order, without repeats.
    private static func targets(_ paths: [String], root: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        let requested = paths.isEmpty ? ["Claims", "Evidence"] : paths
        var found: [URL] = []
        for path in requested {
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                if !paths.isEmpty {
                    diagnostics.append(Diagnostic(.cannotRead(path: path, reason: "no such file or folder"), at: nil))
                }
                continue
            }
            if isDirectory.boolValue {
                let files = filesUnder(url)
                if files.isEmpty && !paths.isEmpty { diagnostics.append(Diagnostic(.noInputFiles(path), at: nil)) }
                found += files
            } else if Loader.extensions.contains(url.pathExtension) {
                found.append(url)
            } else {
                diagnostics.append(Diagnostic(.unknownFileKind(path), at: nil))
            }
        }
        if paths.isEmpty && found.isEmpty {
            diagnostics.append(Diagnostic(.noInputFiles("Claims/ or Evidence/ under \(root.path)"), at: nil))
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.path).inserted }
    }

    /// The claims and ledger files under a folder, in byte order of their paths.
    private static func filesUnder(_ folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator where Loader.extensions.contains(url.pathExtension) {
            found.append(url.standardizedFileURL)
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
