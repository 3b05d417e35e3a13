import Foundation

/// A path typed on the command line, read from the folder the command runs in and then named
/// as the library names every path: relative to the project root when it lies inside it.
///
/// The root may lie above the current folder (it is found by walking up), so `ai.claims` typed
/// in `Claims/` becomes `Claims/ai.claims`; a path outside the root stays absolute, for the
/// loader to refuse by name (R303). `-` (standard input) is kept as it is.
public enum CommandLinePath {
    public static func resolve(_ path: String, from folder: URL, root: URL) -> String {
        guard path != Loader.standardInputPath else { return path }
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let url = URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath()
        if resolved.path == root.path { return "." }
        // The path as typed, below the root: a link inside the project keeps its own name, for
        // the loader to follow and confine.
        for candidate in [url, resolved] where candidate.isInside(root) {
            return String(candidate.path.dropFirst(root.folderPrefix.count))
        }
        return resolved.path
    }
}
