import Foundation
import RecountCore
import RecountKit
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loader refuses what it cannot read, says why, and keeps every path inside the root.
@Suite struct LoaderSafetyTests {
    typealias E2E = EndToEndTests

    static let ledger = "entity e \"E\"\n"

    /// A project folder with `Claims/` and `Evidence/`, removed after `body`.
    static func withProject(_ body: (URL) throws -> Void) throws {
        let root = try E2E.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Claims", "Evidence"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(ledger.utf8).write(to: root.appendingPathComponent("Evidence/e.ledger"))
        try body(root)
    }

    static func messages(_ loaded: Loader.Loaded) -> [String] { loaded.diagnostics.map { "\($0.code) \($0.message)" } }

    @Test func aFIFOOrAFolderWithAClaimsNameIsRefusedWithoutBlocking() throws {
        try Self.withProject { root in
            #expect(mkfifo(root.appendingPathComponent("Claims/pipe.claims").path, 0o644) == 0)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Claims/dir.claims/inner"),
                                                    withIntermediateDirectories: true)
            let loaded = Loader(root: root).load(["Claims/pipe.claims", "Claims/dir.claims/inner"])
            #expect(Self.messages(loaded).contains("R301 cannot read 'Claims/pipe.claims': it is a FIFO, not a regular file; to read standard input, name it '-'"))
            #expect(Self.messages(loaded).contains("R306 no .claims or .ledger files found in 'Claims/dir.claims/inner'"))
        }
    }

    @Test func anAbsoluteOrEscapingUsePathIsOutsideTheRoot() throws {
        try Self.withProject { root in
            let text = "article a \"A\"\nuse \"/etc/passwd\"\nuse \"../../outside.ledger\"\nuse \"../Evidence/missing.ledger\"\n"
            try Data(text.utf8).write(to: root.appendingPathComponent("Claims/a.claims"))
            let loaded = Loader(root: root).load([])
            let found = Self.messages(loaded)
            #expect(found.contains("R303 '/etc/passwd' is outside the project root"), "\(found)")
            #expect(found.contains("R303 '../../outside.ledger' is outside the project root"))
            #expect(found.contains("R301 cannot read 'Evidence/missing.ledger': no such file"))
            let missing = try #require(loaded.diagnostics.first { $0.message.contains("missing.ledger") })
            #expect(missing.range?.start.line == 4)
        }
    }

    @Test func bytesThatAreNotUTF8AreShownWhereTheyAre() throws {
        try Self.withProject { root in
            var bytes = Array("article a \"A\"\nclaim ".utf8)
            bytes += [0xFF, 0xFE]
            try Data(bytes).write(to: root.appendingPathComponent("Claims/a.claims"))
            let loaded = Loader(root: root).load([])
            let d = try #require(loaded.diagnostics.first { $0.code == "R301" })
            #expect(d.message == "cannot read 'Claims/a.claims': not valid UTF-8 at line 2, column 7")
            #expect(d.range?.path == "Claims/a.claims" && d.range?.start == SourceLocation(line: 2, column: 7))
        }
    }

    @Test func aMissingRootIsSaidToBeMissing() {
        let loaded = Loader(root: URL(fileURLWithPath: "/nonexistent-recount-root")).load([])
        #expect(Self.messages(loaded) == ["R301 cannot read '/nonexistent-recount-root': the project root does not exist"])
    }

    @Test func commandLinePathsAndLinksMayNotLeaveTheRoot() throws {
        try Self.withProject { root in
            let outside = try E2E.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: outside) }
            try Data("article o \"O\"\n".utf8).write(to: outside.appendingPathComponent("o.claims"))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Claims/link.claims").path,
                                                       withDestinationPath: outside.appendingPathComponent("o.claims").path)
            let fromLine = Loader(root: root).load([outside.appendingPathComponent("o.claims").path])
            #expect(fromLine.diagnostics.map(\.code) == ["R303"])
            let fromFolder = Loader(root: root).load([])
            #expect(fromFolder.diagnostics.map(\.code) == ["R303"], "\(Self.messages(fromFolder))")
            #expect(fromFolder.files.keys.allSatisfy { !$0.hasPrefix("/") })
        }
    }

    @Test func aReportsLinkOutOfTheRootIsRefused() throws {
        try Self.withProject { root in
            let outside = try E2E.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: outside) }
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Reports").path,
                                                       withDestinationPath: outside.path)
            #expect {
                _ = try ReportFiles.write([ReportFiles.Output(path: "Reports/a.md", contents: "x")], root: root)
            } throws: { error in
                (error as? AtomicFile.Failure)?.reason.hasPrefix("its folder leads outside the project root") == true
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        }
    }
}
