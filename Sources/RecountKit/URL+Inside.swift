import Foundation

extension URL {
    /// Whether this file's path lies under the folder `root`: compared with a trailing `/`, so
    /// that `/work/project2` is not taken to be inside `/work/project`. Both are taken as given;
    /// callers resolve links first where a link could lead out.
    func isInside(_ root: URL) -> Bool {
        path.hasPrefix(root.folderPrefix)
    }

    /// The path with one trailing `/`, the prefix every path inside the folder starts with.
    var folderPrefix: String {
        path.hasSuffix("/") ? path : path + "/"
    }
}
