import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old contents or the new, never a part.
///
/// Reports are committed and compared byte for byte; a run interrupted while writing must not
/// leave a truncated report behind. The text goes to a temporary file in the same folder (so
/// both are on one file system), which is then renamed over the target in one step.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, Hashable {
        public var path: String
        public var reason: String

        /// `cannot write Reports/a.md: Permission denied`.
        public var message: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` as UTF-8 to `url`, creating its folder if needed. On failure the target is
    /// left as it was and the temporary file is removed.
    public static func write(_ text: String, to url: URL, displayPath: String? = nil) throws(Failure) {
        let shown = displayPath ?? url.path
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: shown, reason: "cannot create the folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: shown, reason: "cannot write a temporary file in \(folder.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: shown, reason: reason)
        }
    }
}
