import Foundation
import RecountKit
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing files: only regular files are replaced, a set is staged whole, temporary files a
/// killed run left behind are removed, and long article ids still name a file.
@Suite struct AtomicFileTests {
    typealias E2E = EndToEndTests

    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aFIFOADeviceAFolderOrALinkIsRefusedAndLeftAsItWas() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/hostname")
        for (url, kind) in [(fifo, "a FIFO"), (URL(fileURLWithPath: "/dev/null"), "a character device"),
                            (folder, "a folder"), (link, "a symbolic link")] {
            #expect {
                try AtomicFile.write("x", to: url, displayPath: "shown")
            } throws: { error in
                (error as? AtomicFile.Failure)?.message.hasPrefix("cannot write shown: it is \(kind), not a regular file") == true
            }
        }
        var status = stat()
        #expect(lstat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(link.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(try Self.names(folder) == ["link.md", "pipe"])
    }

    @Test func aSetIsStagedWholeBeforeAnyFileIsReplaced() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.md")
        try AtomicFile.write("old\n", to: first)
        let fifo = folder.appendingPathComponent("b.json")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: AtomicFile.Failure.self) {
            _ = try AtomicFile.write([AtomicFile.Target("new\n", to: first), AtomicFile.Target("{}", to: fifo)])
        }
        #expect(try String(contentsOf: first, encoding: .utf8) == "old\n", "the first file was replaced alone")
        #expect(try Self.names(folder) == ["a.md", "b.json"], "a temporary file was left")
        let second = folder.appendingPathComponent("c.json")
        let written = try AtomicFile.write([AtomicFile.Target("new\n", to: first, displayPath: "a.md"),
                                            AtomicFile.Target("{}", to: second, displayPath: "c.json")])
        #expect(written == ["a.md", "c.json"])
        #expect(try String(contentsOf: first, encoding: .utf8) == "new\n")
    }

    @Test func temporaryFilesOfAKilledRunAreRemovedAndThoseOfALiveOneKept() throws {
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let stale = ".recount-\(finished.processIdentifier)-0000.tmp"
        let live = ".recount-\(getpid())-1111.tmp"
        let foreign = ".other-1-2222.tmp"
        for name in [stale, live, foreign] {
            try Data("partial".utf8).write(to: folder.appendingPathComponent(name))
        }
        try AtomicFile.write("report\n", to: folder.appendingPathComponent("r.md"))
        #expect(try Self.names(folder) == [foreign, live, "r.md"])
    }

    @Test func aLongArticleIDIsCutToAFileNameWithAHash() throws {
        let long = String(repeating: "很長的標題", count: 40)
        let name = ReportFiles.fileName(for: long)
        #expect(name.utf8.count + ".claimreview.jsonld".utf8.count <= ReportFiles.maximumNameBytes)
        #expect(name != ReportFiles.fileName(for: long + "x"), "two long ids named one file")
        #expect(long.hasPrefix(String(name.prefix(10))))
        #expect(ReportFiles.fileName(for: "short-id") == "short-id")
        let folder = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.write("x", to: folder.appendingPathComponent(name + ".claimreview.jsonld"))
    }
}
