import Foundation
import RecountLanguageServer
import RecountReport
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

    /// Parses strict JSON (RFC 8259) with the language server's parser; throws with the
    /// offset of the first problem.
    static func parse(_ text: String) throws -> ParsedJSON {
        try ParsedJSON(JSONParser.parse(Array(text.utf8)))
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    private init(_ value: JSONValue) throws {
        switch value {
        case .object(let pairs): self = .object(try pairs.map { ($0.0, try ParsedJSON($0.1)) })
        case .array(let items): self = .array(try items.map(ParsedJSON.init))
        case .string(let s): self = .string(s)
        case .number(let text):
            guard let number = Double(text) else { throw ParseError(description: "bad number \(text)") }
            self = .number(number, isInteger: !text.contains { $0 == "." || $0 == "e" || $0 == "E" })
        case .bool(let b): self = .bool(b)
        case .null: self = .null
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
