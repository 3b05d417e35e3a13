import Foundation
import RecountCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a UTF-8 text file, or says exactly why it cannot: no such file, a folder, a FIFO or a
/// device in its place, the system's own reason for a failed read, or the line and column of the
/// first byte that is not UTF-8.
///
/// Only regular files are read. A FIFO would block until something writes to it, and a device
/// such as `/dev/urandom` never ends, so both are refused before they are opened.
public enum TextFile {
    /// Why a file could not be read, and where in it, for text that is not UTF-8.
    public struct Failure: Error, Sendable, Hashable {
        public var reason: String
        public var location: SourceLocation?
    }

    public static func read(_ url: URL) -> Result<String, Failure> {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            return .failure(Failure(reason: errno == ENOENT ? "no such file" : errorText()))
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            // A pipe or a terminal is most often standard input, which '-' reads whole.
            let stream = kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK
            return .failure(Failure(reason: kind == S_IFDIR ? "it is a folder"
                : "it is \(describe(kind)), not a regular file" + (stream ? "; to read standard input, name it '-'" : "")))
        }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Failure(reason: errorText())) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(reason: errorText()))
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return decode(bytes)
    }

    /// The bytes as UTF-8 text, or where the first byte that is not UTF-8 is.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                // A byte-order mark that Windows editors put first is no character of the text.
                if scalar == "\u{FEFF}", text.isEmpty, line == 1, column == 1 { continue }
                text.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return .success(String(text))
            case .error:
                return .failure(Failure(reason: "not valid UTF-8 at line \(line), column \(column)",
                                        location: SourceLocation(line: line, column: column)))
            }
        }
    }

    static func describe(_ kind: mode_t) -> String {
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

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
