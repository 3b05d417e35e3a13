/// Splits a byte stream into LSP messages: each is a `Content-Length: N` header, other headers
/// that are ignored, a blank line, and N bytes of JSON.
///
/// Bytes may arrive in any chunks; a message is returned once it is whole.
public struct MessageFramer: Sendable {
    private var buffer: [UInt8] = []

    public init() {}

    /// What the next part of the stream holds.
    public enum Frame: Equatable, Sendable {
        case message([UInt8])
        /// A header block with no usable `Content-Length`; it is dropped, and reading goes on.
        case badHeader(String)
    }

    /// The largest message read; a longer one is refused instead of being buffered.
    public static let maximumLength = 64 << 20

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        guard let end = headerEnd() else { return nil }
        let header = String(decoding: buffer[..<end.header], as: UTF8.self)
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                length = Int(parts[1].filter { $0 != " " && $0 != "\t" })
            }
        }
        guard let length, length >= 0, length <= MessageFramer.maximumLength else {
            buffer.removeFirst(end.body)
            return .badHeader(header)
        }
        guard buffer.count - end.body >= length else { return nil }
        let body = Array(buffer[end.body..<end.body + length])
        buffer.removeFirst(end.body + length)
        return .message(body)
    }

    /// Where the header ends and the body starts, at the first blank line.
    private func headerEnd() -> (header: Int, body: Int)? {
        var i = 0
        while i + 1 < buffer.count {
            if buffer[i] == 0x0A, buffer[i + 1] == 0x0A { return (i, i + 2) }
            if i + 3 < buffer.count, buffer[i] == 0x0D, buffer[i + 1] == 0x0A, buffer[i + 2] == 0x0D, buffer[i + 3] == 0x0A {
                return (i, i + 4)
            }
            i += 1
        }
        return nil
    }

    /// A message body with its header, ready to write.
    public static func frame(_ body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
    }
}
