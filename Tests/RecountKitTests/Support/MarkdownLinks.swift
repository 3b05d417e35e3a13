import Foundation

/// The links of a Markdown file, and the anchors GitHub gives its headings.
enum MarkdownLinks {
    /// A link as written: its destination and the line it is on.
    struct Link: Equatable, Sendable {
        var destination: String
        var line: Int
        /// Whether it is DocC's `<doc:…>` form.
        var isDocC: Bool
        /// The `## ` section it stands in.
        var section: String
    }

    /// Every inline link `[text](destination)` (images included) and every `<doc:…>` link
    /// outside fenced blocks and code spans.
    static func links(in markdown: String) -> [Link] {
        var links: [Link] = []
        var fence: String?
        var section = ""
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") {
                fence = String(trimmed.prefix { $0 == "`" })
                continue
            }
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
            let prose = withoutCodeSpans(String(line))
            for match in prose.matches(of: /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/) {
                links.append(Link(destination: String(match.1), line: index + 1, isDocC: false, section: section))
            }
            for match in prose.matches(of: /<doc:([^>]+)>/) {
                links.append(Link(destination: String(match.1), line: index + 1, isDocC: true, section: section))
            }
        }
        return links
    }

    /// The line with its code spans (`` `…` ``, ```` ``…`` ````) blanked out.
    static func withoutCodeSpans(_ line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let start = rest.firstIndex(of: "`") {
            result += rest[..<start]
            let ticks = rest[start...].prefix { $0 == "`" }
            let after = rest[ticks.endIndex...]
            guard let close = after.range(of: String(ticks)) else { result += rest[start...]; return result }
            rest = after[close.upperBound...]
        }
        return result + rest
    }

    /// The anchors GitHub gives the headings of a Markdown file: each heading lowercased, with
    /// everything but letters, digits, `-`, `_` and spaces removed and spaces made `-`; a repeated
    /// anchor gets `-1`, `-2`, ….
    static func anchors(in markdown: String) -> Set<String> {
        var anchors: Set<String> = []
        var counts: [String: Int] = [:]
        var fence: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") { fence = String(trimmed.prefix { $0 == "`" }); continue }
            guard let heading = line.wholeMatch(of: /#{1,6} (.*)/)?.1 else { continue }
            let slug = String(heading.trimmingCharacters(in: .whitespaces).lowercased().unicodeScalars.compactMap { scalar -> Character? in
                if scalar == " " { return "-" }
                if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) { return Character(scalar) }
                return nil
            })
            let count = counts[slug, default: 0]
            counts[slug] = count + 1
            anchors.insert(count == 0 ? slug : "\(slug)-\(count)")
        }
        return anchors
    }
}
