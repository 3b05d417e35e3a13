/// A Markdown report with what legitimately follows the input's order taken out, so that two
/// reports of the same files in different orders compare equal byte for byte.
///
/// Taken out: line numbers; the order of the items of every list and of the rows of the claims
/// table (claims in load order, sources and facts in declaration order, the inconsistent
/// claims with ties in load order, warnings in file and line order); the order of the claims'
/// derivation blocks and of a claim's evidence checks (they follow the ledger's facts); the
/// numbers of "claim N" (claims are numbered in load order); the order of the collapsed groups
/// of unchecked claims (by their first claim); and the order of the inconsistent claims in no
/// conflict. The conflict groups stay as rendered, graphs included: the conflicts' numbers and
/// order, their members in order, both sides and their causes.
enum NormalisedMarkdownReport {
    static func text(_ report: String) -> String {
        let renumbered = LineReferences.removed(from: report)
            .replacingOccurrences(of: #"([Cc]laim) [0-9]+"#, with: "$1 N", options: .regularExpression)
        let lines = renumbered.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        // Sections by their `## ` heading; the header before the first is one too.
        var sections: [[String]] = [[]]
        for line in lines {
            if line.hasPrefix("## ") { sections.append([]) }
            sections[sections.count - 1].append(line)
        }
        return sections.map { section -> String in
            let title = section.first ?? ""
            if title == "## Derivations" { return derivations(section) }
            if title == "## Unchecked claims" { return blocks(section, opening: { $0 == "<details>" }) }
            if title == "## Why the figures disagree" {
                // The claims in no conflict come last, each a paragraph and its chart.
                guard let alone = section.firstIndex(of: "### Inconsistent claims in no conflict") else {
                    return section.joined(separator: "\n")
                }
                return (section[..<alone] + [blocks(Array(section[alone...]), opening: { $0.hasPrefix("[“") })])
                    .joined(separator: "\n")
            }
            return sortedLists(section).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    // MARK: Lists and tables

    /// The lines with the items of each list sorted, nested items sorted within their parent,
    /// numbers of ordered lists replaced by `#`, and the rows of each table sorted; fenced
    /// blocks as they are.
    static func sortedLists(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        var fenced = false
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("```") { fenced.toggle() }
            if fenced || line.hasPrefix("```") {
                out.append(line)
                i += 1
                continue
            }
            if line.hasPrefix("| "), i > 0, lines[i - 1].hasPrefix("| ---") {
                var rows: [String] = []
                while i < lines.count, lines[i].hasPrefix("| ") {
                    rows.append(lines[i])
                    i += 1
                }
                out += rows.sorted()
                continue
            }
            guard let indent = itemIndent(line) else {
                out.append(line)
                i += 1
                continue
            }
            var items: [[String]] = []
            while i < lines.count, itemIndent(lines[i]) == indent {
                let head = renumbered(lines[i])
                i += 1
                var children: [String] = []
                while i < lines.count, !lines[i].allSatisfy(\.isWhitespace), indentation(lines[i]) > indent {
                    children.append(lines[i])
                    i += 1
                }
                items.append([head] + sortedLists(children))
            }
            out += items.sorted { $0.joined(separator: "\n") < $1.joined(separator: "\n") }.flatMap { $0 }
        }
        return out
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// The indentation of a list item's line (`- ` or `1. `), or nil for any other line.
    private static func itemIndent(_ line: String) -> Int? {
        let rest = line.drop { $0 == " " }
        if rest.hasPrefix("- ") { return indentation(line) }
        let digits = rest.prefix(while: \.isNumber)
        return !digits.isEmpty && rest.dropFirst(digits.count).hasPrefix(". ") ? indentation(line) : nil
    }

    private static func renumbered(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        let digits = rest.prefix(while: \.isNumber)
        return digits.isEmpty ? line : indent + "#" + rest.dropFirst(digits.count)
    }

    /// A section with its blocks, each opening at a line `opening` matches, sorted; the lines
    /// before the first block stay first.
    private static func blocks(_ section: [String], opening: (String) -> Bool) -> String {
        var intro: [String] = []
        var blocks: [[String]] = []
        for line in section {
            if opening(line) { blocks.append([]) }
            if blocks.isEmpty { intro.append(line) } else { blocks[blocks.count - 1].append(line) }
        }
        let sorted = blocks.map { sortedLists($0).joined(separator: "\n") }.sorted()
        return ([intro.joined(separator: "\n")] + sorted).joined(separator: "\n")
    }

    // MARK: Derivations

    /// The derivations section with each claim's block normalised and the blocks sorted.
    private static func derivations(_ section: [String]) -> String {
        var intro: [String] = []
        var blocks: [[String]] = []
        for line in section {
            if line.hasPrefix("<a id=\"claim-") { blocks.append([]) }
            if blocks.isEmpty { intro.append(line) } else { blocks[blocks.count - 1].append(line) }
        }
        let normalised = blocks.map { sortedLists(claimBlock($0)).joined(separator: "\n") }.sorted()
        return ([intro.joined(separator: "\n")] + normalised).joined(separator: "\n")
    }

    /// A claim's derivation block with each run of evidence checks in the order of its text.
    ///
    /// A check is a paragraph opening with its bold basis (`**Evidence** from …`) and the
    /// paragraphs below it that are not another bold lead: its code block and input list.
    private static func claimBlock(_ lines: [String]) -> [String] {
        var paragraphs: [[String]] = [[]]
        for line in lines {
            if line.isEmpty { paragraphs.append([]) } else { paragraphs[paragraphs.count - 1].append(line) }
        }
        var chunks: [[[String]]] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            let lead = paragraph[0].hasPrefix("**") || paragraph[0].hasPrefix("<") || paragraph[0].hasPrefix(">")
            if lead || chunks.isEmpty { chunks.append([paragraph]) } else { chunks[chunks.count - 1].append(paragraph) }
        }
        var out: [[[String]]] = []
        var run: [[[String]]] = []
        func flush() {
            out += run.sorted { text($0) < text($1) }
            run = []
        }
        for chunk in chunks {
            if chunk[0][0].hasPrefix("**Evidence** from") {
                run.append(chunk)
            } else {
                flush()
                out.append(chunk)
            }
        }
        flush()
        return out.flatMap { chunk in chunk.flatMap { $0 + [""] } }
    }

    private static func text(_ chunk: [[String]]) -> String {
        chunk.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
