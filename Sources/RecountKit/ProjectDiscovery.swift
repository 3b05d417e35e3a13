import Foundation

/// Finds the project a command runs in, as Git and SwiftPM find theirs: the nearest folder, from
/// the current one upwards, that holds both `Claims/` and `Evidence/`, or a `.recount` marker
/// file for a project laid out otherwise.
public enum ProjectDiscovery {
    /// The marker file that makes a folder a project root whatever it holds.
    public static let marker = ".recount"

    /// The nearest project root at or above `folder`, or nil when there is none up to `/`.
    public static func root(from folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            if isRoot(current) { return current }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            guard parent.path != current.path else { return nil }
            current = parent
        }
    }

    /// Whether `folder` is a project root.
    public static func isRoot(_ folder: URL) -> Bool {
        func isFolder(_ name: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path,
                                                  isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return (isFolder("Claims") && isFolder("Evidence"))
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path)
    }
}
