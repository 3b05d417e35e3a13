import RecountSyntax

/// Long sums, written so that the parser accepts them.
enum Formula {
    static let maximumNesting = Parser.maximumNesting
    /// A formula is one nesting level and each `+` one more, so a flat sum stops at this many terms.
    static let maximumFlatTerms = Parser.maximumNesting
    /// Terms per parenthesised group: a group costs ten levels, so 10,000 terms (four levels of
    /// groups) nest 40 deep.
    static let group = 10

    /// `a + b + …` as a tree of parenthesised groups of at most `group` terms, so that any number of
    /// terms nests only about (group + 1) × log_group(count) levels.
    static func sum(_ terms: [String]) -> String {
        guard terms.count > group else { return terms.joined(separator: " + ") }
        // The fewest groups at the level below: each holds at most group^k terms.
        var capacity = group
        while capacity * group < terms.count { capacity *= group }
        var parts: [String] = []
        var start = 0
        while start < terms.count {
            let end = min(start + capacity, terms.count)
            let inner = sum(Array(terms[start..<end]))
            parts.append(end - start > 1 ? "(\(inner))" : inner)
            start = end
        }
        return parts.joined(separator: " + ")
    }
}
