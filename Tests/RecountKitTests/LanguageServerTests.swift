import Foundation
import RecountCore
import RecountLanguageServer
import RecountReport
import Testing

/// `recount lsp` driven by recorded client messages: `LanguageServer/session.jsonl` holds one
/// message body a line (with `$ROOT` for the project folder), sent framed through the server's
/// byte interface, and the whole exchange is compared with a golden transcript.
@Suite struct LanguageServerTests {
    static let fixtures = EndToEndTests.packageRoot.appendingPathComponent("Tests/RecountKitTests/LanguageServer")

    /// A project with the fixture ledger in Evidence/ and an empty Claims/.
    static func project() throws -> URL {
        let folder = try EndToEndTests.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Claims"), withIntermediateDirectories: true)
        try EndToEndTests.write(try String(contentsOf: fixtures.appendingPathComponent("acme.ledger"), encoding: .utf8),
                                to: "Evidence/acme.ledger", in: folder)
        return folder
    }

    static func session(root: URL) throws -> [String] {
        try String(contentsOf: fixtures.appendingPathComponent("session.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { $0.replacingOccurrences(of: "$ROOT", with: root.path) }
    }

    /// Splits framed output into message bodies, checking each header's length.
    static func bodies(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        var framer = MessageFramer()
        framer.append(bytes)
        var out: [String] = []
        while let frame = framer.next() {
            guard case .message(let body) = frame else {
                Issue.record("a bad header in the server's output", sourceLocation: sourceLocation)
                break
            }
            out.append(String(decoding: body, as: UTF8.self))
        }
        return out
    }

    @Test func aRecordedSessionMatchesItsTranscript() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        var server = LanguageServer(version: "test")
        var transcript = ""
        let resolved = root.resolvingSymlinksInPath().path
        func placeholder(_ text: String) -> String {
            text.replacingOccurrences(of: resolved, with: "$ROOT").replacingOccurrences(of: root.path, with: "$ROOT")
        }
        for message in try Self.session(root: root) {
            transcript += "→ " + placeholder(message) + "\n"
            for body in Self.bodies(server.receive(MessageFramer.frame(message))) {
                transcript += "← " + placeholder(body) + "\n"
            }
        }
        transcript += "exit code \(server.exitCode.map(String.init) ?? "none")\n"
        assertSnapshot(transcript, named: "lsp-session")
        #expect(server.exitCode == 0)
    }

    /// The messages the server sends for one client message body.
    static func replies(_ server: inout LanguageServer, _ body: String) throws -> [JSONValue] {
        server.handle(body: Array(body.utf8))
    }

    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#

    @Test func errorsAreAnsweredAsTheSpecificationSays() throws {
        var server = LanguageServer(version: "test")
        func code(_ body: String) throws -> String? {
            let replies = try Self.replies(&server, body)
            guard case .object(let pairs)? = replies.first,
                  case .object(let error)? = pairs.first(where: { $0.0 == "error" })?.1,
                  case .number(let code)? = error.first(where: { $0.0 == "code" })?.1 else { return nil }
            return code
        }
        #expect(try code(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#) == "-32002")
        #expect(try Self.replies(&server, #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}"#).isEmpty)
        #expect(try code(Self.initialize) == nil)
        #expect(try code(Self.initialize) == "-32600")
        #expect(try code("{") == "-32700")
        #expect(try code("[1, 2]") == "-32600")
        #expect(try code("\"text\"") == "-32600")
        #expect(try code(#"{"jsonrpc":"1.0","id":2,"method":"shutdown"}"#) == "-32600")
        #expect(try code(#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#) == "-32600")
        #expect(try code(#"{"jsonrpc":"2.0","id":3,"method":7}"#) == "-32600")
        #expect(try code(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/formatting"}"#) == "-32601")
        #expect(try code(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"position":{"line":-1}}}"#) == "-32602")
        #expect(try Self.replies(&server, #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":4}}"#).isEmpty)
        // A client's response to a request the server never sent needs no answer.
        #expect(try Self.replies(&server, #"{"jsonrpc":"2.0","id":6,"result":null}"#).isEmpty)
        // A hover on a document that is not open is null, not an error.
        let hover = try Self.replies(&server, #"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.claims"},"position":{"line":0,"character":0}}}"#)
        #expect(hover.first?["result"] == .null)
        #expect(try code(#"{"jsonrpc":"2.0","id":8,"method":"shutdown"}"#) == nil)
        #expect(try code(#"{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{}}"#) == "-32600")
        #expect(server.exitCode == nil)
        _ = try Self.replies(&server, #"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(server.exitCode == 0)
    }

    @Test func exitWithoutShutdownIsOne() throws {
        var server = LanguageServer(version: "test")
        _ = try Self.replies(&server, Self.initialize)
        _ = try Self.replies(&server, #"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(server.exitCode == 1)
    }

    @Test func framesMayArriveInAnyChunks() throws {
        var server = LanguageServer(version: "test")
        let bytes = MessageFramer.frame(Self.initialize) + Array("Content-Length: x\r\n\r\n".utf8)
            + MessageFramer.frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        var out: [UInt8] = []
        for byte in bytes { out += server.receive([byte]) }
        let bodies = Self.bodies(out)
        #expect(bodies.count == 3)
        #expect(bodies.first?.contains(#""hoverProvider": true"#) == true)
        #expect(bodies.dropFirst().first?.contains("-32700") == true)
        #expect(bodies.last == #"{"jsonrpc": "2.0","id": 2,"result": null}"#)
    }

    @Test func anUntitledBufferIsCheckedOnItsOwn() throws {
        var server = LanguageServer(version: "test")
        _ = try Self.replies(&server, Self.initialize)
        let open = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Untitled-1","version":1,"text":"claim x\n  states 5 ?\n"}}}"#
        let replies = try Self.replies(&server, open)
        #expect(replies.count == 1)
        #expect(replies.first?["params"]?["uri"] == .string("untitled:Untitled-1"))
        guard case .array(let diagnostics)? = replies.first?["params"]?["diagnostics"] else {
            Issue.record("no diagnostics")
            return
        }
        #expect(diagnostics.contains { $0["range"]?["start"]?["character"] == .integer(11) })
    }

    @Test func theBinaryServesFramedStandardInput() throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found")
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let messages = try Self.session(root: root)
        let input = root.appendingPathComponent("stdin")
        try Data(messages.flatMap { MessageFramer.frame($0) }).write(to: input)
        let output = root.appendingPathComponent("stdout")
        try Data().write(to: output)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["lsp"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let bodies = Self.bodies(Array(try Data(contentsOf: output)))
        #expect(process.terminationStatus == 0)
        #expect(bodies.first?.contains("-32002") == true)
        #expect(bodies.contains { $0.contains(#""id": 1,"result": {"capabilities""#) })
        #expect(bodies.contains { $0.contains("textDocument/publishDiagnostics") && $0.contains(#""code": "R002""#) })
        #expect(bodies.contains { $0.contains(#""id": 4,"result": [{"uri": "file://"#) && $0.contains("Evidence/acme.ledger") })
        // The same bytes give the same answers as the server driven in memory.
        var server = LanguageServer(version: "test")
        let inMemory = Self.bodies(messages.flatMap { server.receive(MessageFramer.frame($0)) })
        #expect(bodies.map { $0.replacingOccurrences(of: "\"0.1.0\"", with: "\"test\"") } == inMemory)
    }

    @Test func theInputEndingWithoutExitIsStatusOne() throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["lsp"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }
}
