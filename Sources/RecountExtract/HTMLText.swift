import RecountCore

/// Reads the prose of an HTML article: tags and comments removed, block elements ending
/// paragraphs, `script`, `style`, `noscript`, `template` and `svg` dropped with their content,
/// and character references decoded.
///
/// Whitespace in the source is layout, so runs of it become one space; `<br>` ends a line and
/// a block element (`p`, `div`, `li`, `h1`…, `tr`, …) a paragraph. A table row is a paragraph of
/// its own with its cells joined by `; `, so that each row's figures are quoted with its label.
enum HTMLText {
    /// Elements whose content is not prose.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "head"]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "caption", "figure", "figcaption", "hr", "address", "body", "html", "title",
        "details", "summary", "form", "fieldset", "legend",
    ]

    static func read(_ s: [Unicode.Scalar], into out: inout ArticleMarkup.Builder) {
        var i = 0
        var cellsInRow = 0
        var newTable = true
        // The title is kept although `head` is dropped: it is the article's headline.
        while i < s.count {
            let c = s[i]
            if c == "<", let tag = tag(s, at: i) {
                let name = tag.name
                if !tag.closing, dropped.contains(name) {
                    let end = closingEnd(of: name, in: s, from: tag.end)
                    if name == "head" { readTitle(s[tag.end..<end], offset: tag.end, into: &out) }
                    i = end
                    continue
                }
                if name == "br" {
                    out.endLine(at: i)
                } else if name == "td" || name == "th" {
                    if !tag.closing {
                        if cellsInRow > 0 { append("; ", from: i, into: &out) }
                        cellsInRow += 1
                    }
                } else if blocks.contains(name) {
                    out.endParagraph(at: i)
                    if name == "table", !tag.closing { newTable = true }
                    if name == "tr" {
                        cellsInRow = 0
                        if !tag.closing {
                            out.startTableRow(newTable: newTable)
                            newTable = false
                        }
                    }
                }
                i = tag.end
                continue
            }
            if c == "&", let reference = HTMLEntities.reference(s, at: i) {
                for r in reference.text.unicodeScalars { appendProse(r, from: i, into: &out) }
                i = reference.end
                continue
            }
            appendProse(c, from: i, into: &out)
            i += 1
        }
        out.endLine(at: s.count)
    }

    /// The `<title>` of a `head`, as a paragraph.
    static func readTitle(_ head: ArraySlice<Unicode.Scalar>, offset: Int, into out: inout ArticleMarkup.Builder) {
        let s = Array(head)
        var i = 0
        while i < s.count {
            if s[i] == "<", let open = tag(s, at: i), open.name == "title", !open.closing {
                let end = closingEnd(of: "title", in: s, from: open.end)
                var inner = Array(s[open.end..<end])
                // The content stops before the closing tag.
                if let lt = inner.lastIndex(of: "<") { inner = Array(inner[..<lt]) }
                var j = 0
                while j < inner.count {
                    if let reference = HTMLEntities.reference(inner, at: j) {
                        for r in reference.text.unicodeScalars { appendProse(r, from: offset + open.end + j, into: &out) }
                        j = reference.end
                    } else {
                        appendProse(inner[j], from: offset + open.end + j, into: &out)
                        j += 1
                    }
                }
                out.endParagraph(at: offset + end)
                return
            }
            i += 1
        }
    }

    static func append(_ text: String, from offset: Int, into out: inout ArticleMarkup.Builder) {
        for c in text.unicodeScalars { appendProse(c, from: offset, into: &out) }
    }

    /// Appends one scalar of prose, collapsing whitespace.
    static func appendProse(_ c: Unicode.Scalar, from offset: Int, into out: inout ArticleMarkup.Builder) {
        if ScalarClass.isSpace(c) || c == "\n" || c == "\r" || c == "\t" {
            guard let last = out.scalars.last, last != " ", last != "\n" else { return }
            out.append(" ", from: offset)
        } else {
            out.append(c, from: offset)
        }
    }

    /// A tag, comment, doctype or processing instruction starting at `s[i]`: its lowercased
    /// element name (empty for the others), whether it closes, and where it ends.
    static func tag(_ s: [Unicode.Scalar], at i: Int) -> (name: String, closing: Bool, end: Int)? {
        guard i + 1 < s.count else { return nil }
        let next = s[i + 1]
        if next == "!" {
            if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                return ("", false, min(j + 3, s.count))
            }
            return ("", false, endOfTag(s, from: i + 2))
        }
        if next == "?" { return ("", false, endOfTag(s, from: i + 2)) }
        var j = i + 1
        let closing = next == "/"
        if closing { j += 1 }
        guard j < s.count, ScalarClass.isASCIILetter(s[j]) else { return nil }
        var name = ""
        while j < s.count, HTMLEntities.isNameScalar(s[j]) || s[j] == "-" || s[j] == ":" {
            name.unicodeScalars.append(ScalarClass.lower(s[j]))
            j += 1
        }
        return (name, closing, endOfTag(s, from: j))
    }

    /// Where a tag whose attributes start at `j` ends: after its `>`, skipping quoted values.
    static func endOfTag(_ s: [Unicode.Scalar], from j: Int) -> Int {
        var j = j
        var quote: Unicode.Scalar?
        while j < s.count {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return j + 1
            }
            j += 1
        }
        return s.count
    }

    /// Where the element `name` whose content starts at `from` ends: after its closing tag, or
    /// at the end of the text when it is never closed.
    static func closingEnd(of name: String, in s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while j < s.count {
            if s[j] == "<", let t = tag(s, at: j), t.closing, t.name == name { return t.end }
            j += 1
        }
        return s.count
    }
}
