import RecountCore

/// Reads the prose of a Markdown article, line by line.
///
/// Front matter (`---`…`---` or `+++`…`+++` at the top) but its `title`, which is the headline
/// and a paragraph of its own, fenced code blocks, HTML comments,
/// link reference definitions, thematic breaks and setext underlines are dropped. Headings and
/// block quotes lose their markers, and a heading is a paragraph of its own. List items keep a
/// `- ` or `1. ` marker, which `SentenceSplitter` reads as a paragraph of their own. A table row
/// is a paragraph of its own, its cells joined by `; `, and its rule (`|---|`) is dropped.
/// Inline, `[text](url)` and `[text][ref]` read as their text, images and autolinks are
/// dropped, code spans keep their content, emphasis marks (`*`, `_`, `~~`) that open or close a
/// run are removed, backslash escapes and character references are decoded, and inline tags
/// are removed.
enum MarkdownText {
    /// The value of a front matter's `title: …` (YAML) or `title = …` (TOML) line, without its
    /// quotes.
    static func frontMatterTitle(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Range<Int>? {
        let key = Array("title".unicodeScalars)
        guard line.count > key.count, Array(s[line.lowerBound..<line.lowerBound + key.count]) == key else { return nil }
        var i = line.lowerBound + key.count
        while i < line.upperBound, s[i] == " " { i += 1 }
        guard i < line.upperBound, s[i] == ":" || s[i] == "=" else { return nil }
        i += 1
        while i < line.upperBound, s[i] == " " { i += 1 }
        var end = line.upperBound
        if i < end, s[i] == "\"" || s[i] == "'", end - i >= 2, s[end - 1] == s[i] {
            i += 1
            end -= 1
        }
        return i < end ? i..<end : nil
    }

    static func read(_ s: [Unicode.Scalar], into out: inout ArticleMarkup.Builder) {
        let lines = lineRanges(s)
        var k = 0
        // Front matter, only on the first line.
        if let first = lines.first {
            let t = trimmed(s, first)
            let fence = String(scalars: s[t])
            if fence == "---" || fence == "+++" {
                var j = 1
                var title: Range<Int>?
                while j < lines.count, String(scalars: s[trimmed(s, lines[j])]) != fence {
                    if title == nil { title = frontMatterTitle(s, trimmed(s, lines[j])) }
                    j += 1
                }
                if j < lines.count {
                    k = j + 1
                    // The title is the headline, as an HTML page's `<title>` is: a paragraph.
                    if let title {
                        for i in title { out.append(s[i], from: i) }
                        out.endParagraph(at: title.upperBound)
                    }
                }
            }
        }
        var fence: String?
        var inComment = false
        var inTable = false
        while k < lines.count {
            let line = lines[k]
            k += 1
            var r = trimmed(s, line)
            let text = String(scalars: s[r])
            if let open = fence {
                if text.hasPrefix(open) { fence = nil }
                continue
            }
            if inComment {
                if text.contains("-->") { inComment = false }
                continue
            }
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                out.endParagraph(at: line.lowerBound)
                fence = String(text.prefix(3))
                continue
            }
            if text.hasPrefix("<!--") {
                if !text.contains("-->") { inComment = true }
                out.endParagraph(at: line.lowerBound)
                continue
            }
            if r.isEmpty {
                out.endParagraph(at: line.lowerBound)
                inTable = false
                continue
            }
            if isRule(text) || isReferenceDefinition(text) {
                out.endParagraph(at: line.lowerBound)
                continue
            }
            // Block quote markers, any depth.
            while r.lowerBound < r.upperBound, s[r.lowerBound] == ">" {
                r = trimmed(s, (r.lowerBound + 1)..<r.upperBound)
            }
            if r.isEmpty {
                out.endParagraph(at: line.lowerBound)
                continue
            }
            let isRow = s[r.lowerBound] == "|" || (k < lines.count && isTableRule(String(scalars: s[trimmed(s, lines[k])])))
            if isRow || (inTable && s[r].contains("|")) {
                let newTable = !inTable
                inTable = true
                if isTableRule(String(scalars: s[r])) { continue }
                out.endParagraph(at: r.lowerBound)
                out.startTableRow(newTable: newTable)
                readRow(s, r, into: &out)
                out.endParagraph(at: r.upperBound)
                continue
            }
            inTable = false
            if let body = headingBody(s, r) {
                out.endParagraph(at: r.lowerBound)
                inline(s, body, into: &out)
                out.endParagraph(at: r.upperBound)
                continue
            }
            if let (marker, body) = listItem(s, r) {
                out.endParagraph(at: r.lowerBound)
                out.append(marker, from: r.lowerBound)
                inline(s, body, into: &out)
                out.endLine(at: r.upperBound)
                continue
            }
            inline(s, r, into: &out)
            out.endLine(at: r.upperBound)
        }
        out.endLine(at: s.count)
    }

    static func lineRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in s.enumerated() where c == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        if start < s.count { lines.append(start..<s.count) }
        return lines
    }

    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, s[a] == " " || s[a] == "\t" || s[a] == "\r" || s[a] == "\u{FEFF}" { a += 1 }
        while b > a, s[b - 1] == " " || s[b - 1] == "\t" || s[b - 1] == "\r" { b -= 1 }
        return a..<b
    }

    /// `---`, `***`, `___` (three or more, spaces allowed) and setext `===` underlines.
    static func isRule(_ t: String) -> Bool {
        let marks = t.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[ref]: https://…`
    static func isReferenceDefinition(_ t: String) -> Bool {
        guard t.hasPrefix("["), let close = t.firstIndex(of: "]") else { return false }
        return t[close...].hasPrefix("]:")
    }

    /// `|---|:--:|`, `--- | ---`.
    static func isTableRule(_ t: String) -> Bool {
        t.contains("-") && t.contains("|") && t.allSatisfy { "|-: \t".contains($0) }
    }

    /// The text of an ATX heading (`## Results ##`), or nil.
    static func headingBody(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var j = r.lowerBound
        while j < r.upperBound, s[j] == "#" { j += 1 }
        let level = j - r.lowerBound
        guard level >= 1, level <= 6, j == r.upperBound || s[j] == " " || s[j] == "\t" else { return nil }
        var end = r.upperBound
        while end > j, s[end - 1] == "#" { end -= 1 }
        if end < r.upperBound, end > j, s[end - 1] != " " { end = r.upperBound }
        return trimmed(s, j..<end)
    }

    /// A list item's marker as the plain text writes it (`- ` or `3. `) and its body, or nil.
    static func listItem(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (String, Range<Int>)? {
        let a = r.lowerBound
        guard a + 1 < r.upperBound else { return nil }
        var body: Range<Int>
        var marker: String
        if "-*+".unicodeScalars.contains(s[a]), s[a + 1] == " " || s[a + 1] == "\t" {
            body = trimmed(s, (a + 2)..<r.upperBound)
            marker = "- "
        } else {
            var j = a
            while j < r.upperBound, j - a < 9, s[j].isASCII, ScalarClass.isDigit(s[j]) { j += 1 }
            guard j > a, j + 1 < r.upperBound, s[j] == "." || s[j] == ")", s[j + 1] == " " else { return nil }
            body = trimmed(s, (j + 2)..<r.upperBound)
            marker = String(scalars: s[a..<j]) + ". "
        }
        // Task list boxes.
        let box = String(scalars: s[body.lowerBound..<min(body.lowerBound + 3, body.upperBound)])
        if ["[ ]", "[x]", "[X]"].contains(box) { body = trimmed(s, (body.lowerBound + 3)..<body.upperBound) }
        return (marker, body)
    }

    /// A table row's cells, joined by `; `.
    static func readRow(_ s: [Unicode.Scalar], _ r: Range<Int>, into out: inout ArticleMarkup.Builder) {
        var cells: [Range<Int>] = []
        var start = r.lowerBound
        var j = r.lowerBound
        var inCode = false
        while j <= r.upperBound {
            if j == r.upperBound || (s[j] == "|" && !inCode && (j == 0 || s[j - 1] != "\\")) {
                cells.append(trimmed(s, start..<j))
                start = j + 1
            } else if s[j] == "`" {
                inCode.toggle()
            }
            j += 1
        }
        var first = true
        for cell in cells where !cell.isEmpty {
            if !first { out.append("; ", from: cell.lowerBound) }
            first = false
            inline(s, cell, into: &out)
        }
    }

    /// The inline text of `s[r]`, markup removed.
    static func inline(_ s: [Unicode.Scalar], _ r: Range<Int>, into out: inout ArticleMarkup.Builder) {
        var i = r.lowerBound
        let end = r.upperBound
        let marks = InlineMarks(s, r)
        func isBlank(_ k: Int) -> Bool { k < r.lowerBound || k >= end || s[k] == " " || s[k] == "\t" }
        while i < end {
            let c = s[i]
            if c == "\\", i + 1 < end, s[i + 1].isASCII, !ScalarClass.isASCIILetter(s[i + 1]), !ScalarClass.isDigit(s[i + 1]) {
                out.append(s[i + 1], from: i + 1)
                i += 2
                continue
            }
            if c == "`" {
                var ticks = i
                while ticks < end, s[ticks] == "`" { ticks += 1 }
                let n = ticks - i
                if let close = marks.runClose[i] {
                    let code = trimmed(s, ticks..<close)
                    for k in code { out.append(s[k], from: k) }
                    i = close + n
                    continue
                }
            }
            if c == "!", i + 1 < end, s[i + 1] == "[", let link = marks.link(at: i + 1) {
                i = link.end
                continue
            }
            if c == "[", let link = marks.link(at: i) {
                inline(s, link.text, into: &out)
                i = link.end
                continue
            }
            if c == "<", let close = autolinkOrTagEnd(s, at: i, end: end) {
                i = close
                continue
            }
            if c == "&", let reference = HTMLEntities.reference(s, at: i) {
                out.append(reference.text, from: i)
                i = reference.end
                continue
            }
            if c == "*" || c == "_" || c == "~" {
                var j = i
                while j < end, s[j] == c { j += 1 }
                let n = j - i
                let before = isBlank(i - 1)
                let after = isBlank(j)
                // In a word (`snake_case`, `5*3`) or between spaces, the marks are text.
                let inWord = !before && !after && (c == "_" || ScalarClass.isDigit(s[i - 1]) || ScalarClass.isDigit(s[j]))
                if before != after || (!before && !after && !inWord), c != "~" || n >= 2 {
                    i = j
                    continue
                }
                for k in i..<j { out.append(s[k], from: k) }
                i = j
                continue
            }
            out.append(c, from: i)
            i += 1
        }
    }

    /// Where an autolink (`<https://…>`) or inline tag (`<span class="x">`, `</b>`) at `s[i]`
    /// ends, or nil when the `<` is text (`a < b`).
    static func autolinkOrTagEnd(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard i + 1 < end else { return nil }
        let next = s[i + 1]
        guard ScalarClass.isASCIILetter(next) || next == "/" || next == "!" else { return nil }
        var j = i + 1
        while j < end, s[j] != ">" {
            if s[j] == "<" || (s[j] == " " && j == i + 1) { return nil }
            j += 1
        }
        return j < end ? j + 1 : nil
    }
}
