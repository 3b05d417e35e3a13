import RecountReport

/// A JSON-RPC error: its code, from the JSON-RPC and LSP specifications, and a message.
struct ResponseError: Error, Equatable {
    var code: Int
    var message: String

    static func parseError(_ message: String) -> ResponseError { ResponseError(code: -32700, message: "Parse error: \(message)") }
    static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: -32600, message: "Invalid request: \(message)") }
    static func methodNotFound(_ method: String) -> ResponseError { ResponseError(code: -32601, message: "Method not found: \(method)") }
    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: "Invalid params: \(message)") }
    static let serverNotInitialized = ResponseError(code: -32002, message: "Server not initialized: send 'initialize' first")

    var json: JSONValue {
        .object([("code", .integer(code)), ("message", .string(message))])
    }
}
