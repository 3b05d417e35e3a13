import Foundation

/// A small TextMate tokenizer on `NSRegularExpression`: enough of the grammar format (`match`,
/// `begin`/`end`, `captures`, `patterns`, `include` of repository rules and `$self`) to run the
/// Recount grammar the way an editor does, so that tests can check the scopes it gives.
///
/// As in TextMate, at each position every candidate rule searches forward and the earliest
/// match wins, the first listed on a tie, and an open `begin` rule's `end` before its patterns.
struct TextMateTokenizer {
    /// A run of text of one line and the scopes it has, outermost first.
    struct Token: Equatable {
        var text: String
        var scopes: [String]
    }

    struct GrammarError: Error, CustomStringConvertible {
        var description: String
    }

    private indirect enum Rule {
        case match(NSRegularExpression, name: String?, captures: [Int: String])
        case block(Block)
        case include(String)
        case patterns([Rule])
    }

    private final class Block {
        let begin: NSRegularExpression
        let end: NSRegularExpression
        let name: String?
        let beginCaptures: [Int: String]
        let endCaptures: [Int: String]
        let patterns: [Rule]

        init(begin: NSRegularExpression, end: NSRegularExpression, name: String?, beginCaptures: [Int: String],
             endCaptures: [Int: String], patterns: [Rule]) {
            self.begin = begin
            self.end = end
            self.name = name
            self.beginCaptures = beginCaptures
            self.endCaptures = endCaptures
            self.patterns = patterns
        }
    }

    let scopeName: String
    private let patterns: [Rule]
    private let repository: [String: Rule]

    init(grammar data: Data) throws {
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let scopeName = json["scopeName"] as? String else { throw GrammarError(description: "no scopeName") }
        self.scopeName = scopeName
        var repository: [String: Rule] = [:]
        for (key, value) in json["repository"] as? [String: Any] ?? [:] {
            guard let rule = value as? [String: Any] else { throw GrammarError(description: "rule \(key) is no object") }
            repository[key] = try Self.rule(rule, named: key)
        }
        self.repository = repository
        self.patterns = try (json["patterns"] as? [[String: Any]] ?? []).map { try Self.rule($0, named: "patterns") }
    }

    private static func regex(_ pattern: Any?, _ where: String) throws -> NSRegularExpression {
        guard let pattern = pattern as? String else { throw GrammarError(description: "\(`where`): no pattern") }
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            throw GrammarError(description: "\(`where`): ICU refuses /\(pattern)/: \(error)")
        }
    }

    private static func captures(_ value: Any?) -> [Int: String] {
        var out: [Int: String] = [:]
        for (key, capture) in value as? [String: Any] ?? [:] {
            if let index = Int(key), let name = (capture as? [String: Any])?["name"] as? String { out[index] = name }
        }
        return out
    }

    private static func rule(_ json: [String: Any], named key: String) throws -> Rule {
        if let include = json["include"] as? String { return .include(include) }
        let name = json["name"] as? String
        if let match = json["match"] {
            return .match(try regex(match, key), name: name, captures: captures(json["captures"]))
        }
        let patterns = try (json["patterns"] as? [[String: Any]] ?? []).map { try rule($0, named: key) }
        if let begin = json["begin"] {
            let both = captures(json["captures"])
            return .block(Block(begin: try regex(begin, key), end: try regex(json["end"], key), name: name,
                                beginCaptures: json["beginCaptures"] == nil ? both : captures(json["beginCaptures"]),
                                endCaptures: json["endCaptures"] == nil ? both : captures(json["endCaptures"]),
                                patterns: patterns))
        }
        return .patterns(patterns)
    }

    /// The rules that can match, with includes resolved.
    private func flatten(_ rules: [Rule], depth: Int = 0) -> [Rule] {
        guard depth < 32 else { return [] }
        return rules.flatMap { rule -> [Rule] in
            switch rule {
            case .match, .block: [rule]
            case .patterns(let inner): flatten(inner, depth: depth + 1)
            case .include(let name):
                if name == "$self" || name == "$base" { flatten(patterns, depth: depth + 1) }
                else if name.hasPrefix("#"), let found = repository[String(name.dropFirst())] { flatten([found], depth: depth + 1) }
                else { [] }
            }
        }
    }

    /// The tokens of every line of `text`. Blocks left open at a line's end stay open on the next.
    func tokenize(_ text: String) -> [[Token]] {
        var stack: [Block] = []
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            tokenize(line: String(line.hasSuffix("\r") ? line.dropLast() : line), stack: &stack)
        }
    }

    private func tokenize(line: String, stack: inout [Block]) -> [Token] {
        let ns = line as NSString
        let length = ns.length
        var scopes = [[String]](repeating: [], count: length)
        func base() -> [String] { [scopeName] + stack.compactMap(\.name) }
        func paint(_ range: NSRange, _ names: [String]) {
            for i in range.location..<range.location + range.length { scopes[i] = names }
        }
        func paintCaptures(_ result: NSTextCheckingResult, _ captures: [Int: String]) {
            for index in captures.keys.sorted() where index < result.numberOfRanges {
                let range = result.range(at: index)
                guard range.location != NSNotFound, let name = captures[index] else { continue }
                for i in range.location..<range.location + range.length { scopes[i].append(name) }
            }
        }
        let options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]
        var position = 0
        var steps = 0
        while position <= length, steps < 10 * (length + 1) {
            steps += 1
            if position == length, stack.isEmpty { break }
            let candidates = flatten(stack.last?.patterns ?? patterns)
            let searched = NSRange(location: position, length: length - position)
            var best: (result: NSTextCheckingResult, rule: Rule?)?
            if let open = stack.last, let end = open.end.firstMatch(in: line, options: options, range: searched) {
                best = (end, nil)
            }
            for rule in candidates {
                let regex: NSRegularExpression
                switch rule {
                case .match(let r, _, _): regex = r
                case .block(let block): regex = block.begin
                default: continue
                }
                guard let result = regex.firstMatch(in: line, options: options, range: searched) else { continue }
                if best.map({ result.range.location < $0.result.range.location }) ?? true { best = (result, rule) }
            }
            guard let (result, rule) = best else { break }
            paint(NSRange(location: position, length: result.range.location - position), base())
            switch rule {
            case nil:
                let open = stack.removeLast()
                paint(result.range, base() + [open.name].compactMap { $0 })
                paintCaptures(result, open.endCaptures)
            case .match(_, let name, let captures)?:
                paint(result.range, base() + [name].compactMap { $0 })
                paintCaptures(result, captures)
            case .block(let block)?:
                paint(result.range, base() + [block.name].compactMap { $0 })
                paintCaptures(result, block.beginCaptures)
                stack.append(block)
            default:
                break
            }
            let end = result.range.location + result.range.length
            if result.range.length == 0, case .match? = rule {
                // An empty match makes no progress: the character it stands before is plain text.
                if end < length { paint(NSRange(location: end, length: 1), base()) }
                position = end + 1
            } else {
                position = end
            }
        }
        if position < length { paint(NSRange(location: position, length: length - position), base()) }
        var tokens: [Token] = []
        var start = 0
        for i in 0...length where i == length || (i > start && scopes[i] != scopes[start]) {
            if i > start { tokens.append(Token(text: ns.substring(with: NSRange(location: start, length: i - start)), scopes: scopes[start])) }
            start = i
        }
        return tokens
    }
}
