import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old contents or the new, never a part, and only
/// ever replaces a regular file.
///
/// Reports are committed and compared byte for byte; a run interrupted while writing must not
/// leave a truncated report behind. Each text goes to a temporary file in its target's folder
/// (so both are on one file system), is flushed to the disk, and is then renamed over the target
/// in one step; the folder is flushed too, so that the rename survives a crash. A set of files is
/// staged whole before the first rename, so that a failure while writing leaves every target as
/// it was, and a reader never sees files from two runs because one of them ran out of disk.
///
/// A target that exists and is not a regular file (a folder, a FIFO, a device, a symbolic link)
/// is refused: renaming over it would replace `/dev/null` or a pipe with a file.
public enum AtomicFile {
    /// Why a file could not be written, and which files of the set had been written before.
    public struct Failure: Error, Sendable, Hashable {
        public var path: String
        public var reason: String
        /// The files of the set already in place when the failure happened.
        public var written: [String] = []

        public init(path: String, reason: String, written: [String] = []) {
            self.path = path
            self.reason = reason
            self.written = written
        }

        /// `cannot write Reports/a.md: Permission denied`.
        public var message: String { "cannot write \(path): \(reason)" }
    }

    /// One file to write: its text, where, and the path to show for it.
    public struct Target: Sendable, Hashable {
        public var text: String
        public var url: URL
        public var displayPath: String

        public init(_ text: String, to url: URL, displayPath: String? = nil) {
            self.text = text
            self.url = url
            self.displayPath = displayPath ?? url.path
        }
    }

    /// The prefix and suffix of Recount's temporary files: a dot file, so that it is hidden, with
    /// the writing process's id, so that a later run can tell one left behind by a killed run.
    static let temporaryPrefix = ".recount-"
    static let temporarySuffix = ".tmp"

    /// Writes `text` as UTF-8 to `url`, creating its folder if needed. On failure the target is
    /// left as it was and the temporary file is removed.
    public static func write(_ text: String, to url: URL, displayPath: String? = nil) throws(Failure) {
        _ = try write([Target(text, to: url, displayPath: displayPath)])
    }

    /// Writes every target, staged whole before any is replaced, and returns the paths written
    /// in order. When staging fails nothing is replaced; when a rename fails, `Failure.written`
    /// lists the files already in place.
    public static func write(_ targets: [Target]) throws(Failure) -> [String] {
        var staged: [(temporary: String, target: Target)] = []
        func discard() { for s in staged { unlink(s.temporary) } }
        for target in targets {
            do {
                staged.append((try stage(target), target))
            } catch {
                discard()
                throw error
            }
        }
        var written: [String] = []
        var folders: [String] = []
        for (i, s) in staged.enumerated() {
            guard rename(s.temporary, s.target.url.path) == 0 else {
                let reason = errorText()
                for rest in staged[i...] { unlink(rest.temporary) }
                throw Failure(path: s.target.displayPath, reason: reason, written: written)
            }
            written.append(s.target.displayPath)
            let folder = s.target.url.deletingLastPathComponent().path
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { flushFolder(folder) }
        return written
    }

    /// Writes the target's text to a new temporary file beside it, flushed to the disk, and
    /// returns its path.
    private static func stage(_ target: Target) throws(Failure) -> String {
        let shown = target.displayPath
        let folder = target.url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: shown, reason: "cannot create the folder \(folder.path)")
        }
        var status = stat()
        if lstat(target.url.path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG else {
                let stdout = kind == S_IFCHR || kind == S_IFIFO ? "; '-o -' writes to standard output" : ""
                throw Failure(path: shown, reason: "it is \(describe(kind)), not a regular file, and Recount replaces only regular files\(stdout)")
            }
        } else if errno != ENOENT {
            throw Failure(path: shown, reason: errorText())
        }
        removeStaleTemporaries(in: folder.path)
        let temporary = folder.appendingPathComponent(
            "\(temporaryPrefix)\(getpid())-\(UUID().uuidString)\(temporarySuffix)").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: shown, reason: "cannot create a temporary file in \(folder.path): \(errorText())") }
        let bytes = Array(target.text.utf8)
        var offset = 0
        var failure: String?
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errorText()
                break
            }
            offset += n
        }
        if failure == nil && fsync(fd) != 0 { failure = errorText() }
        if close(fd) != 0 && failure == nil { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw Failure(path: shown, reason: failure)
        }
        return temporary
    }

    /// Removes the temporary files a killed run of Recount left in `folder`: those of our naming
    /// whose process is no longer running. Those of a run still going are left alone.
    static func removeStaleTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) && name.hasSuffix(temporarySuffix) {
            let rest = name.dropFirst(temporaryPrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Flushes a folder's entries, so that a rename in it is on the disk. Best effort: some file
    /// systems cannot flush a folder, and the files themselves were flushed.
    private static func flushFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
