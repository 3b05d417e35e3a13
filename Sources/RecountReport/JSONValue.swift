/// A JSON value whose objects keep their keys in the order they were built, with a serializer
/// whose bytes depend on nothing but the value.
///
/// Foundation's `JSONSerialization` and `JSONEncoder` order keys by hash or sort them, and format
/// numbers through the platform; a committed report must come out byte-identical everywhere, so
/// reports are built as `JSONValue`s and written by `serialized()`.
public indirect enum JSONValue: Sendable, Hashable {
    /// Key/value pairs in the order they are written.
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number already written as JSON number text, such as `33040000000` or `0.123`.
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// A number, written the same on every machine: integers without a fraction, other values
    /// in Swift's shortest round-trip form. Infinities and NaN, which JSON cannot hold, are null.
    public static func decimal(_ x: Double) -> JSONValue {
        guard x.isFinite else { return .null }
        if x == x.rounded(), abs(x) < 1e15 { return .number(String(Int64(x))) }
        return .number(x.description)
    }

    public static func integer(_ n: Int) -> JSONValue { .number(String(n)) }

    /// A string, or null when there is none.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// The value as JSON text, indented by two spaces, with a final newline.
    public func serialized() -> String {
        var out = ""
        write(into: &out, indent: "")
        out += "\n"
        return out
    }

    /// The same text on one line, with no final newline: for a protocol that frames one value
    /// per message.
    public func compactText() -> String {
        var out = ""
        write(into: &out, indent: nil)
        return out
    }

    /// Writes the value; `indent` nil writes it on one line.
    private func write(into out: inout String, indent: String?) {
        let inner = indent.map { $0 + "  " }
        let open = inner == nil ? "" : "\n"
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{" + open
            for (i, (key, value)) in pairs.enumerated() {
                out += (inner ?? "") + JSONValue.quoted(key) + ": "
                value.write(into: &out, indent: inner)
                out += (i + 1 < pairs.count ? "," : "") + open
            }
            out += (indent ?? "") + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[" + open
            for (i, value) in items.enumerated() {
                out += inner ?? ""
                value.write(into: &out, indent: inner)
                out += (i + 1 < items.count ? "," : "") + open
            }
            out += (indent ?? "") + "]"
        case .string(let s): out += JSONValue.quoted(s)
        case .number(let text): out += text
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A JSON string literal. Besides what JSON requires, `<`, `>` and `&` are written as
    /// `\u` escapes so that the text can be embedded in an HTML `<script>` element (where
    /// ClaimReview usually goes) without `</script>` in a quote ending it, and U+2028 and U+2029
    /// so that JavaScript parsers older than ES2019 read it too.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += hexEscape(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += hexEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        var text = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) {
            text.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return text
    }
}
