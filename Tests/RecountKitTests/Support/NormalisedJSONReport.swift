import Foundation

/// A JSON report with what legitimately follows the input's order taken out, so that two
/// reports of the same files in different orders compare equal byte for byte.
///
/// Taken out: line and column numbers; the order of the claims (load order), of the sources and
/// of each source's facts (declaration order), of a claim's checks and inputs (its evidence
/// checks follow the ledger's facts), of the sources a claim rests on, of the inconsistent
/// claims (ties in load order) and of the diagnostics (file and line order). Everything else
/// stays as rendered: the conflicts and their numbers, their members in order, both sides,
/// every derivation tree and every cause.
enum NormalisedJSONReport {
    struct Malformed: Error {}

    static func text(_ report: String) throws -> String {
        let parsed = try JSONSerialization.jsonObject(with: Data(report.utf8))
        guard var top = withoutPositions(parsed) as? [String: Any] else {
            throw Malformed()
        }
        if var summary = top["summary"] as? [String: Any] {
            summary["inconsistent"] = sorted(summary["inconsistent"])
            top["summary"] = summary
        }
        top["claims"] = sorted((top["claims"] as? [Any])?.map(claim), byKey: "id")
        top["sources"] = sorted((top["sources"] as? [Any])?.map { source in
            guard var source = source as? [String: Any] else { return source }
            source["facts"] = sorted(source["facts"])
            return source
        }, byKey: "id")
        top["diagnostics"] = sorted(top["diagnostics"])
        return written(top)
    }

    private static func claim(_ value: Any) -> Any {
        guard var claim = value as? [String: Any] else { return value }
        claim["checks"] = sorted(claim["checks"])
        claim["inputs"] = sorted(claim["inputs"])
        claim["readings"] = (claim["readings"] as? [Any])?.map { reading -> Any in
            guard var reading = reading as? [String: Any] else { return reading }
            reading["checks"] = sorted(reading["checks"])
            return reading
        } ?? claim["readings"]
        if var support = claim["support"] as? [String: Any] {
            support["sources"] = sorted(support["sources"])
            claim["support"] = support
        }
        return claim
    }

    /// An array in the order of its elements' canonical text; anything else as it is.
    private static func sorted(_ value: Any?) -> Any {
        guard let array = value as? [Any] else { return value ?? NSNull() }
        return array.map { ($0, canonical($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// An array of objects in the order of one key's values, which are unique: cheaper than
    /// the canonical text of objects as large as a claim.
    private static func sorted(_ value: Any?, byKey key: String) -> Any {
        guard let array = value as? [Any] else { return value ?? NSNull() }
        let keyed = array.map { element in (element, (element as? [String: Any])?[key] as? String) }
        guard keyed.allSatisfy({ $0.1 != nil }), Set(keyed.map(\.1)).count == keyed.count else { return sorted(array) }
        return keyed.sorted { ($0.1 ?? "") < ($1.1 ?? "") }.map(\.0)
    }

    private static func canonical(_ value: Any) -> String { written(value) }

    /// A parsed value as text, keys sorted, one member a line: written here because Foundation's
    /// writer takes most of a debug run's time on reports of a few hundred kilobytes.
    private static func written(_ value: Any) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: Any, indent: Int, into out: inout String) {
        func newline(_ depth: Int) {
            out.append("\n")
            for _ in 0..<depth { out.append("  ") }
        }
        switch value {
        case let object as [String: Any]:
            out.append("{")
            for (i, key) in object.keys.sorted().enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1)
                out.append(key.debugDescription)
                out.append(": ")
                write(object[key] ?? NSNull(), indent: indent + 1, into: &out)
            }
            if !object.isEmpty { newline(indent) }
            out.append("}")
        case let array as [Any]:
            out.append("[")
            for (i, element) in array.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1)
                write(element, indent: indent + 1, into: &out)
            }
            if !array.isEmpty { newline(indent) }
            out.append("]")
        case let string as String: out.append(string.debugDescription)
        case is NSNull: out.append("null")
        default: out.append("\(value)")
        }
    }

    /// The value with every `line` and `column` key removed and every line cited in a string cut,
    /// at any depth.
    private static func withoutPositions(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, inner) in object where key != "line" && key != "column" { result[key] = withoutPositions(inner) }
            return result
        }
        if let array = value as? [Any] { return array.map(withoutPositions) }
        // Few strings cite a file; the check spares the regular expression the rest.
        if let string = value as? String, string.contains(".claims") || string.contains(".ledger") {
            return LineReferences.removed(from: string)
        }
        return value
    }
}
