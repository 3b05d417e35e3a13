import Foundation
import RecountSyntax

/// A parsed JSON document for tests: objects keep their keys in order, so key order and
/// duplicate keys can be checked, and numbers keep whether they were written as integers.
indirect enum ParsedJSON: Equatable {
    case object([(String, ParsedJSON)])
    case array([ParsedJSON])
    case string(String)
    case number(Double, isInteger: Bool)
    case bool(Bool)
    case null

    static func == (a: ParsedJSON, b: ParsedJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.number(x, i), .number(y, j)): x == y && i == j
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    subscript(key: String) -> ParsedJSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    var keys: [String] {
        if case .object(let pairs) = self { return pairs.map(\.0) }
        return []
    }

    var arrayValue: [ParsedJSON] {
        if case .array(let items) = self { return items }
        return []
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var numberValue: Double? {
        if case .number(let n, _) = self { return n }
        return nil
    }

    /// Parses strict JSON (RFC 8259); throws with the offset of the first problem.
    static func parse(_ text: String) throws -> ParsedJSON {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("trailing text") }
        return value
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func error(_ message: String) -> ParseError { ParseError(description: "\(message) at byte \(index)") }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func expect(_ literal: String) throws {
            for b in literal.utf8 {
                guard index < bytes.count, bytes[index] == b else { throw error("expected \(literal)") }
                index += 1
            }
        }

        mutating func value(depth: Int) throws -> ParsedJSON {
            guard depth < 200 else { throw error("too deep") }
            guard index < bytes.count else { throw error("unexpected end") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var pairs: [(String, ParsedJSON)] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    let key = try string()
                    if pairs.contains(where: { $0.0 == key }) { throw error("duplicate key \(key)") }
                    skipSpace()
                    try expect(":")
                    skipSpace()
                    pairs.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    guard index < bytes.count else { throw error("unexpected end") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    try expect("}")
                    return .object(pairs)
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [ParsedJSON] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw error("unexpected end") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    try expect("]")
                    return .array(items)
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default: return try number()
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() throws {
                guard !raw.isEmpty else { return }
                guard let s = String(bytes: raw, encoding: .utf8) else { throw error("invalid UTF-8") }
                scalars.append(contentsOf: s.unicodeScalars)
                raw = []
            }
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let b = bytes[index]
                index += 1
                if b == UInt8(ascii: "\"") { break }
                if b < 0x20 { throw error("control character in string") }
                if b != UInt8(ascii: "\\") { raw.append(b); continue }
                try flush()
                guard index < bytes.count else { throw error("unterminated escape") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        try expect("\\u")
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("bad surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("bad \\u escape") }
                    scalars.append(scalar)
                default: throw error("bad escape")
                }
            }
            try flush()
            return String(scalars)
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count, let s = String(bytes: bytes[index..<index + 4], encoding: .ascii),
                  let v = UInt32(s, radix: 16) else { throw error("bad \\u escape") }
            index += 4
            return v
        }

        mutating func number() throws -> ParsedJSON {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let from = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                return index - from
            }
            let intStart = index
            guard digits() > 0 else { throw error("bad number") }
            if bytes[intStart] == 0x30, index - intStart > 1 { throw error("leading zero") }
            var isInteger = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                isInteger = false
                guard digits() > 0 else { throw error("bad fraction") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                isInteger = false
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw error("bad exponent") }
            }
            guard let text = String(bytes: bytes[start..<index], encoding: .ascii), let v = Double(text) else {
                throw error("bad number")
            }
            return .number(v, isInteger: isInteger)
        }
    }
}

/// A small JSON Schema validator for the report schema: `type`, `enum`, `required`,
/// `properties`, `additionalProperties: false`, `items`, `anyOf` and local `$ref`s into
/// `$defs`. Any other keyword is reported as unsupported rather than silently ignored, so the
/// schema cannot claim more than the test checks.
struct JSONSchemaValidator {
    let root: ParsedJSON

    static let keywords: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "type", "enum", "required", "properties",
        "additionalProperties", "items", "anyOf", "$ref",
    ]

    /// Every problem found validating `value`, each with its JSON path; empty when it is valid.
    func validate(_ value: ParsedJSON) -> [String] {
        var problems: [String] = []
        validate(value, against: root, at: "$", into: &problems)
        return problems
    }

    /// Validates `value` against a `$ref` such as `#/$defs/claim`.
    func validate(_ value: ParsedJSON, ref: String) -> [String] {
        var problems: [String] = []
        guard let schema = resolve(ref) else { return ["unresolvable $ref \(ref)"] }
        validate(value, against: schema, at: "$", into: &problems)
        return problems
    }

    /// Keywords the schema uses that this validator does not check.
    func unsupportedKeywords() -> [String] {
        var found: [String] = []
        func walk(_ schema: ParsedJSON, _ path: String) {
            guard case .object(let pairs) = schema else { return }
            for (key, value) in pairs {
                if !Self.keywords.contains(key) { found.append("\(path)/\(key)") }
                switch key {
                case "properties", "$defs":
                    for (name, sub) in (value.keys.map { ($0, value[$0] ?? .null) }) { walk(sub, "\(path)/\(key)/\(name)") }
                case "items": walk(value, "\(path)/items")
                case "anyOf": for (i, sub) in value.arrayValue.enumerated() { walk(sub, "\(path)/anyOf/\(i)") }
                default: break
                }
            }
        }
        walk(root, "#")
        return found
    }

    private func resolve(_ ref: String) -> ParsedJSON? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: ParsedJSON? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func typeName(_ v: ParsedJSON) -> [String] {
        switch v {
        case .object: ["object"]
        case .array: ["array"]
        case .string: ["string"]
        case .number(_, let isInteger): isInteger ? ["integer", "number"] : ["number"]
        case .bool: ["boolean"]
        case .null: ["null"]
        }
    }

    private func validate(_ value: ParsedJSON, against schema: ParsedJSON, at path: String, into problems: inout [String]) {
        if let ref = schema["$ref"]?.stringValue {
            guard let target = resolve(ref) else {
                problems.append("\(path): unresolvable $ref \(ref)")
                return
            }
            validate(value, against: target, at: path, into: &problems)
        }
        if let anyOf = schema["anyOf"] {
            let passes = anyOf.arrayValue.contains { sub in
                var inner: [String] = []
                validate(value, against: sub, at: path, into: &inner)
                return inner.isEmpty
            }
            if !passes { problems.append("\(path): matches none of anyOf") }
        }
        if let type = schema["type"] {
            let allowed = type.stringValue.map { [$0] } ?? type.arrayValue.compactMap(\.stringValue)
            if Set(allowed).isDisjoint(with: typeName(value)) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(typeName(value)[0])")
                return
            }
        }
        if let options = schema["enum"], !options.arrayValue.contains(value) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if case .object(let pairs) = value {
            for key in schema["required"]?.arrayValue.compactMap(\.stringValue) ?? [] where !pairs.contains(where: { $0.0 == key }) {
                problems.append("\(path): missing required key '\(key)'")
            }
            let properties = schema["properties"]
            for (key, sub) in pairs {
                if let propertySchema = properties?[key] {
                    validate(sub, against: propertySchema, at: "\(path).\(key)", into: &problems)
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(path): unexpected key '\(key)'")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() {
                validate(item, against: itemSchema, at: "\(path)[\(i)]", into: &problems)
            }
        }
    }
}
