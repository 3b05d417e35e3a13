import Foundation
import RecountCore
import RecountSyntax

/// Reads claims and ledger files from disk, follows their `use` lines, and parses them all.
///
/// Included files must stay inside the project root, may not include themselves, and may nest at
/// most `maximumDepth` deep. A file reached twice is loaded once. Every problem becomes a
/// diagnostic; loading carries on with the other files.
public struct Loader {
    public static let maximumDepth = 16
    public static let extensions: Set<String> = ["claims", "ledger"]

    /// The project root, absolute and standardized.
    public let root: URL
    /// Texts read instead of the disk's, by absolute path: an editor's unsaved buffers.
    public let overrides: [String: String]

    /// The path that stands for standard input among the paths given to `load`.
    public static let standardInputPath = "-"

    /// A claims file read from standard input: its text, shown as `<stdin>`, and the folder its
    /// `use` lines are read from (the command's current folder).
    public struct StandardInput: Sendable {
        public static let name = "<stdin>"
        public var text: String
        public var folder: URL

        public init(text: String, folder: URL) {
            self.text = text
            self.folder = folder
        }
    }

    public init(root: URL, overrides: [String: String] = [:]) {
        // Relative paths resolve inside the root only when the URL is known to be a folder.
        // Symbolic links are resolved, so that a link cannot lead a path out of the root.
        self.root = URL(fileURLWithPath: root.standardizedFileURL.resolvingSymlinksInPath().path, isDirectory: true)
        self.overrides = overrides
    }

    /// What loading produced.
    public struct Loaded: Sendable {
        public var documents: [Syntax.Document] = []
        /// Every file read, by display path, for showing source lines in diagnostics.
        public var files: [String: SourceFile] = [:]
        public var diagnostics: [Diagnostic] = []

        /// Files already in memory, parsed as they are: their `use` lines are not followed,
        /// since following one would read the disk.
        public static func parsing(_ sources: [SourceFile]) -> Loaded {
            var loaded = Loaded()
            for file in sources {
                let (document, diagnostics) = Parser.parse(file)
                loaded.files[file.path] = file
                loaded.documents.append(document)
                loaded.diagnostics += diagnostics
            }
            return loaded
        }
    }

    /// Loads the given files and folders; with none, every file under `Claims/` and `Evidence/`.
    /// A path `-` is `standardInput`, empty when none is given.
    public func load(_ paths: [String], standardInput: StandardInput? = nil) -> Loaded {
        var loaded = Loaded()
        var visited = Set<String>()
        var targets: [URL] = []
        var rootIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &rootIsFolder), rootIsFolder.boolValue else {
            let reason = rootIsFolder.boolValue || !FileManager.default.fileExists(atPath: root.path)
                ? "the project root does not exist" : "the project root is not a folder"
            loaded.diagnostics.append(Diagnostic(.cannotRead(path: root.path, reason: reason), at: nil))
            return loaded
        }
        let requested = paths.isEmpty ? ["Claims", "Evidence"] : paths
        var foundDefault = false
        var readsStandardInput = false
        for path in requested {
            if path == Loader.standardInputPath {
                readsStandardInput = true
                foundDefault = true
                continue
            }
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL.resolvingSymlinksInPath()
            guard url.path == root.path || url.isInside(root) else {
                loaded.diagnostics.append(Diagnostic(.includeOutsideRoot(path), at: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || overrides[url.path] != nil else {
                if !paths.isEmpty {
                    loaded.diagnostics.append(Diagnostic(.cannotRead(path: path, reason: "no such file or folder"), at: nil))
                }
                continue
            }
            foundDefault = true
            if isDirectory.boolValue {
                let files = filesUnder(url)
                if files.isEmpty && !paths.isEmpty {
                    loaded.diagnostics.append(Diagnostic(.noInputFiles(path), at: nil))
                }
                targets += files
            } else {
                targets.append(url)
            }
        }
        if paths.isEmpty && !foundDefault {
            loaded.diagnostics.append(Diagnostic(.noInputFiles("Claims/ or Evidence/ under \(root.path)"), at: nil))
        }
        if readsStandardInput {
            let input = standardInput ?? StandardInput(text: "", folder: root)
            let folder = URL(fileURLWithPath: input.folder.standardizedFileURL.resolvingSymlinksInPath().path, isDirectory: true)
            parse(SourceFile(path: StandardInput.name, text: input.text), at: folder.appendingPathComponent(StandardInput.name),
                  into: &loaded, visited: &visited, stack: [])
        }
        for url in targets {
            load(url, into: &loaded, visited: &visited, stack: [], requestedBy: nil)
        }
        return loaded
    }

    /// The claims and ledger files under a folder, in a stable order.
    private func filesUnder(_ folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator where Loader.extensions.contains(url.pathExtension) {
            found.append(url.standardizedFileURL)
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The path shown in diagnostics: relative to the root when inside it.
    public func displayPath(_ url: URL) -> String {
        url.isInside(root) ? String(url.path.dropFirst(root.folderPrefix.count)) : url.path
    }

    private func load(_ url: URL, into loaded: inout Loaded, visited: inout Set<String>, stack: [String],
                      requestedBy use: SourceRange?) {
        // A file found in a folder may be a link to one outside the root.
        let url = url.resolvingSymlinksInPath()
        let display = displayPath(url)
        guard url.isInside(root) else {
            loaded.diagnostics.append(Diagnostic(.includeOutsideRoot(display), at: use))
            return
        }
        if stack.contains(url.path) {
            loaded.diagnostics.append(Diagnostic(.includeCycle(display), at: use))
            return
        }
        guard visited.insert(url.path).inserted else { return }
        guard Loader.extensions.contains(url.pathExtension) else {
            loaded.diagnostics.append(Diagnostic(.unknownFileKind(display), at: use))
            return
        }
        let text: String
        switch overrides[url.path].map({ .success($0) }) ?? TextFile.read(url) {
        case .success(let decoded):
            text = decoded
        case .failure(let failure):
            // Bytes that are not UTF-8 are shown where they are; other failures where the file
            // was asked for.
            let at = failure.location.map { SourceRange(path: display, start: $0, end: $0) } ?? use
            loaded.diagnostics.append(Diagnostic(.cannotRead(path: display, reason: failure.reason), at: at))
            return
        }
        parse(SourceFile(path: display, text: text), at: url, into: &loaded, visited: &visited, stack: stack)
    }

    /// Parses a file read from `url` (or standing for it) and loads what its `use` lines name.
    private func parse(_ file: SourceFile, at url: URL, into loaded: inout Loaded, visited: inout Set<String>,
                       stack: [String]) {
        loaded.files[file.path] = file
        let (document, diagnostics) = Parser.parse(file)
        loaded.documents.append(document)
        loaded.diagnostics += diagnostics
        for declaration in document.declarations {
            guard case .use(let use) = declaration else { continue }
            // An absolute path is taken as written, and then must lie inside the root like any.
            let target = (use.path.value.hasPrefix("/") ? URL(fileURLWithPath: use.path.value)
                          : url.deletingLastPathComponent().appendingPathComponent(use.path.value))
                .standardizedFileURL.resolvingSymlinksInPath()
            guard target.isInside(root) || target.path == root.path else {
                loaded.diagnostics.append(Diagnostic(.includeOutsideRoot(use.path.value), at: use.path.range))
                continue
            }
            var isFolder: ObjCBool = false
            if use.path.value.isEmpty || (FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) && isFolder.boolValue) {
                let reason = use.path.value.isEmpty ? "the path is empty" : "it is a folder"
                loaded.diagnostics.append(Diagnostic(.cannotRead(path: use.path.value, reason: reason + "; 'use' names one .claims or .ledger file"),
                                                     at: use.path.range))
                continue
            }
            guard stack.count + 1 < Loader.maximumDepth else {
                loaded.diagnostics.append(Diagnostic(.includeTooDeep(limit: Loader.maximumDepth), at: use.path.range))
                continue
            }
            load(target, into: &loaded, visited: &visited, stack: stack + [url.path], requestedBy: use.path.range)
        }
    }

}
