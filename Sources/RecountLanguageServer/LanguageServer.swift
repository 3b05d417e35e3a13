import Foundation
import RecountCore
import RecountKit
import RecountReport

/// `recount lsp`: a Language Server Protocol server as a state machine. Bytes (or messages) go
/// in, messages come out; the caller owns the pipes, so the server can be driven by a test.
///
/// It keeps the open buffers, checks the project a buffer belongs to with the buffers read in
/// place of the disk, publishes the diagnostics of every file whose diagnostics changed, and
/// answers hover and go-to-definition from the last check. No input makes it stop answering:
/// what is not JSON-RPC gets the error the specification names.
public struct LanguageServer: Sendable {
    /// The version reported in `serverInfo`.
    public let version: String
    /// Set by the `exit` notification: 0 after `shutdown`, 1 without one, as the LSP says.
    public private(set) var exitCode: Int32?

    private enum Phase { case waiting, running, shutDown }
    private var phase = Phase.waiting
    private var framer = MessageFramer()
    /// The open buffers by URI as the client spelled it.
    private var documents: [String: OpenDocument] = [:]
    /// The last check of each project, by root path (or by URI for a buffer with no file).
    private var analyses: [String: ProjectAnalysis] = [:]
    /// The diagnostics last published, by URI, so that only changes are sent.
    private var published: [String: JSONValue] = [:]

    private struct OpenDocument: Sendable {
        var text: String
        var version: JSONValue
        /// The file, absolute with links resolved; nil for a URI that names no file.
        var file: URL?
    }

    public init(version: String) {
        self.version = version
    }

    // MARK: Transport

    /// Reads bytes of the stream and returns the framed replies to write.
    public mutating func receive(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        framer.append(bytes)
        var out: [UInt8] = []
        // After `exit`, what follows in the stream is no longer read.
        while exitCode == nil, let frame = framer.next() {
            let replies: [JSONValue]
            switch frame {
            case .message(let body): replies = handle(body: body)
            case .badHeader: replies = [Self.error(id: .null, .parseError("a header without a valid Content-Length"))]
            }
            for reply in replies { out += MessageFramer.frame(reply.compactText()) }
        }
        return out
    }

    /// Handles one message body, JSON text.
    public mutating func handle(body: [UInt8]) -> [JSONValue] {
        let message: JSONValue
        do {
            message = try JSONParser.parse(body)
        } catch {
            return [Self.error(id: .null, .parseError("\(error.message) at byte \(error.offset)"))]
        }
        return handle(message)
    }

    /// Handles one JSON-RPC message and returns the responses and notifications it causes.
    public mutating func handle(_ message: JSONValue) -> [JSONValue] {
        guard case .object = message else {
            return [Self.error(id: .null, .invalidRequest("a message is a JSON object"))]
        }
        let id = message["id"]
        if let id, !Self.isValidID(id) { return [Self.error(id: .null, .invalidRequest("an id is a number or a string"))] }
        guard message["jsonrpc"]?.stringValue == "2.0" else {
            return [Self.error(id: id ?? .null, .invalidRequest("'jsonrpc' must be \"2.0\""))]
        }
        guard let method = message["method"]?.stringValue else {
            // A response to a request of ours; the server sends none, so there is nothing to match.
            if id != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [Self.error(id: id ?? .null, .invalidRequest("'method' is missing or not a string"))]
        }
        let params = message["params"] ?? .null
        if let id {
            switch request(method, params) {
            case .success(let result): return [Self.response(id: id, result)]
            case .failure(let error): return [Self.error(id: id, error)]
            }
        }
        return notification(method, params)
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .number, .string: true
        default: false
        }
    }

    private static func response(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    private static func error(id: JSONValue, _ error: ResponseError) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("error", error.json)])
    }

    private static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    // MARK: Requests

    private mutating func request(_ method: String, _ params: JSONValue) -> Result<JSONValue, ResponseError> {
        switch (phase, method) {
        case (.waiting, "initialize"):
            phase = .running
            return .success(capabilities)
        case (.waiting, _):
            return .failure(.serverNotInitialized)
        case (.shutDown, _):
            return .failure(.invalidRequest("the server is shutting down; only 'exit' is accepted"))
        case (.running, "initialize"):
            return .failure(.invalidRequest("the server is already initialized"))
        case (.running, "shutdown"):
            phase = .shutDown
            return .success(.null)
        case (.running, "textDocument/hover"):
            return at(params).map { hover($0.uri, $0.position) }
        case (.running, "textDocument/definition"):
            return at(params).map { definition($0.uri, $0.position) }
        case (.running, _):
            return .failure(.methodNotFound(method))
        }
    }

    private var capabilities: JSONValue {
        .object([
            ("capabilities", .object([
                ("positionEncoding", .string("utf-16")),
                ("textDocumentSync", .object([
                    ("openClose", .bool(true)),
                    // Whole buffers: a claims file is small, and the whole project is checked anyway.
                    ("change", .integer(1)),
                    ("save", .object([("includeText", .bool(false))])),
                ])),
                ("hoverProvider", .bool(true)),
                ("definitionProvider", .bool(true)),
            ])),
            ("serverInfo", .object([("name", .string("recount")), ("version", .string(version))])),
        ])
    }

    /// The document and position of a hover or definition request.
    private func at(_ params: JSONValue) -> Result<(uri: String, position: PositionMapping.Position), ResponseError> {
        guard let uri = params["textDocument"]?["uri"]?.stringValue,
              let line = params["position"]?["line"]?.intValue,
              let character = params["position"]?["character"]?.intValue, line >= 0, character >= 0 else {
            return .failure(.invalidParams("expected textDocument.uri and position.line/character"))
        }
        return .success((uri, PositionMapping.Position(line: line, character: character)))
    }

    private mutating func hover(_ uri: String, _ position: PositionMapping.Position) -> JSONValue {
        guard let (analysis, file) = lookup(uri) else { return .null }
        let offset = PositionMapping(file: file).offset(of: position)
        let symbol = SymbolAtPosition(in: file, at: offset)
        guard let markdown = analysis.hover(symbol, path: file.path, line: file.location(of: offset).line) else {
            return .null
        }
        return .object([("contents", .object([("kind", .string("markdown")), ("value", .string(markdown))]))])
    }

    private mutating func definition(_ uri: String, _ position: PositionMapping.Position) -> JSONValue {
        guard let (analysis, file) = lookup(uri) else { return .null }
        guard let symbol = SymbolAtPosition(in: file, at: PositionMapping(file: file).offset(of: position)) else {
            return .null
        }
        let locations = analysis.definitions(of: symbol).map { range in
            JSONValue.object([("uri", .string(self.uri(of: range.path, in: analysis))),
                              ("range", Self.lspRange(range, in: analysis.loaded.files[range.path]))])
        }
        return locations.isEmpty ? .null : .array(locations)
    }

    /// The check of an open buffer's project and the buffer's text as it was checked.
    private mutating func lookup(_ uri: String) -> (ProjectAnalysis, SourceFile)? {
        guard let document = documents[uri] else { return nil }
        let key = analysisKey(uri, document)
        let analysis = analyses[key] ?? analyze(uri, document)
        analyses[key] = analysis
        let path = document.file.map(analysis.displayPath(of:)) ?? uri
        return (analysis, analysis.loaded.files[path] ?? SourceFile(path: path, text: document.text))
    }

    // MARK: Notifications

    private mutating func notification(_ method: String, _ params: JSONValue) -> [JSONValue] {
        if method == "exit" {
            exitCode = phase == .shutDown ? 0 : 1
            return []
        }
        guard phase == .running else { return [] }
        let uri = params["textDocument"]?["uri"]?.stringValue
        switch method {
        case "textDocument/didOpen":
            guard let uri, let text = params["textDocument"]?["text"]?.stringValue else { return [] }
            documents[uri] = OpenDocument(text: text, version: params["textDocument"]?["version"] ?? .null, file: Self.file(uri))
            return check(uri)
        case "textDocument/didChange":
            // Full sync: the last change holds the whole text.
            guard let uri, documents[uri] != nil,
                  case .array(let changes)? = params["contentChanges"],
                  let text = changes.last?["text"]?.stringValue else { return [] }
            documents[uri]?.text = text
            documents[uri]?.version = params["textDocument"]?["version"] ?? .null
            return check(uri)
        case "textDocument/didSave":
            guard let uri, documents[uri] != nil else { return [] }
            return check(uri)
        case "textDocument/didClose":
            guard let uri, let document = documents.removeValue(forKey: uri) else { return [] }
            // The next request checks the project again, from the disk where this buffer was.
            analyses[analysisKey(uri, document)] = nil
            guard published.removeValue(forKey: uri) != nil else { return [] }
            return [Self.notification("textDocument/publishDiagnostics",
                                      .object([("uri", .string(uri)), ("diagnostics", .array([]))]))]
        default:
            // `initialized`, `$/cancelRequest`, settings and the rest need nothing.
            return []
        }
    }

    private static func file(_ uri: String) -> URL? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.resolvingSymlinksInPath()
    }

    private func analysisKey(_ uri: String, _ document: OpenDocument) -> String {
        document.file.map { ProjectAnalysis.root(of: $0).path } ?? uri
    }

    private mutating func check(_ uri: String) -> [JSONValue] {
        guard let document = documents[uri] else { return [] }
        return checkProject(analysisKey(uri, document), document, trigger: uri)
    }

    private func analyze(_ uri: String, _ document: OpenDocument) -> ProjectAnalysis {
        guard let file = document.file else { return ProjectAnalysis(detached: uri, text: document.text) }
        let root = ProjectAnalysis.root(of: file)
        var buffers: [String: String] = [:]
        var files = [file]
        for open in documents.values {
            guard let path = open.file else { continue }
            buffers[path.path] = open.text
            if path != file, ProjectAnalysis.root(of: path) == root { files.append(path) }
        }
        return ProjectAnalysis(root: root, files: files.sorted { $0.path < $1.path }, buffers: buffers)
    }

    /// Checks a project again and publishes what changed: the triggering buffer always, every
    /// other file when its diagnostics differ from those last published.
    private mutating func checkProject(_ key: String, _ document: OpenDocument, trigger: String) -> [JSONValue] {
        let analysis = analyze(trigger, document)
        analyses[key] = analysis
        var byURI: [String: [JSONValue]] = [:]
        var openURIs: [String: String] = [:]
        for (uri, open) in documents where (open.file.map { ProjectAnalysis.root(of: $0).path } ?? uri) == key {
            openURIs[open.file.map(analysis.displayPath(of:)) ?? uri] = uri
            byURI[uri] = []
        }
        for diagnostic in analysis.audit.diagnostics {
            if let range = diagnostic.range {
                let uri = openURIs[range.path] ?? self.uri(of: range.path, in: analysis)
                byURI[uri, default: []].append(Self.lspDiagnostic(diagnostic, in: analysis.loaded.files[range.path]))
            } else {
                // A problem with no place, such as an unreadable root, shows in every open buffer.
                for uri in openURIs.values { byURI[uri, default: []].append(Self.lspDiagnostic(diagnostic, in: nil)) }
            }
        }
        for (uri, _) in published where byURI[uri] == nil && belongs(uri, to: key, analysis) { byURI[uri] = [] }
        var out: [JSONValue] = []
        for uri in byURI.keys.sorted() {
            let diagnostics = JSONValue.array(byURI[uri] ?? [])
            guard uri == trigger || (published[uri] ?? .array([])) != diagnostics else { continue }
            published[uri] = diagnostics == .array([]) ? nil : diagnostics
            var params: [(String, JSONValue)] = [("uri", .string(uri))]
            if let version = documents[uri]?.version, version != .null { params.append(("version", version)) }
            params.append(("diagnostics", diagnostics))
            out.append(Self.notification("textDocument/publishDiagnostics", .object(params)))
        }
        return out
    }

    /// Whether a URI published before lies in the project of `key`.
    private func belongs(_ uri: String, to key: String, _ analysis: ProjectAnalysis) -> Bool {
        guard let file = Self.file(uri) else { return uri == key }
        return file.path.hasPrefix(analysis.root.path.hasSuffix("/") ? analysis.root.path : analysis.root.path + "/")
    }

    private func uri(of path: String, in analysis: ProjectAnalysis) -> String {
        if let open = documents.first(where: { $0.value.file.map(analysis.displayPath(of:)) == path }) { return open.key }
        if path.contains(":"), URL(string: path)?.scheme != nil, !path.hasPrefix("/") { return path }
        return analysis.url(ofDisplayPath: path).absoluteString
    }

    // MARK: Diagnostics

    public static func lspRange(_ range: SourceRange, in file: SourceFile?) -> JSONValue {
        func position(_ location: SourceLocation) -> JSONValue {
            let position = file.map { PositionMapping(file: $0).position(of: location) }
                ?? PositionMapping.Position(line: max(location.line - 1, 0), character: max(location.column - 1, 0))
            return .object([("line", .integer(position.line)), ("character", .integer(position.character))])
        }
        return .object([("start", position(range.start)), ("end", position(range.end))])
    }

    static func lspDiagnostic(_ diagnostic: Diagnostic, in file: SourceFile?) -> JSONValue {
        let zero = SourceLocation(line: 1, column: 1)
        let range = diagnostic.range ?? SourceRange(path: "", start: zero, end: zero)
        let severity = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n" + hint }
        return .object([
            ("range", lspRange(range, in: file)),
            ("severity", .integer(severity)),
            ("code", .string(diagnostic.code)),
            ("source", .string("recount")),
            ("message", .string(message)),
        ])
    }
}
