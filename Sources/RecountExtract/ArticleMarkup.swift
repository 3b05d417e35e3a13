import RecountCore

/// An article's plain text read from its stored form, plain text, Markdown or HTML, with a map
/// from each scalar of the text back to the scalar of the source it came from.
///
/// Extraction and the quote check both read an article through this type, so that a quote
/// drafted from a Markdown or HTML article is found again in the same text: markup (front
/// matter, link targets, tags, attributes, scripts) never reaches the text, and so its IDs and
/// URL digits are never drafted as figures.
public struct ArticleMarkup: Sendable, Hashable {
    /// How an article's file is written.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case text, markdown, html
    }

    /// The format the text was read as.
    public var format: Format
    /// The plain text: paragraphs between blank lines, as `SentenceSplitter` reads them.
    public var text: String
    /// For each Unicode scalar of `text`, the offset of the source scalar it stands for.
    public var sourceOffsets: [Int]
    /// For each scalar offset of the source that starts a line, in order, so that offsets map
    /// to line numbers.
    let sourceLineStarts: [Int]
    /// The lines of the text that are table rows, the reader wrote with their cells joined by
    /// `; `, each with its table's number from 1.
    public var tableRows: [Int: Int] = [:]

    /// Reads `source` as `format`.
    public static func read(_ source: String, as format: Format) -> ArticleMarkup {
        let scalars = Array(source.unicodeScalars)
        var out = Builder()
        switch format {
        case .text:
            for (i, c) in scalars.enumerated() { out.append(c, from: i) }
        case .markdown:
            MarkdownText.read(scalars, into: &out)
        case .html:
            HTMLText.read(scalars, into: &out)
        }
        if format != .text {
            // One line break at the end, as a text file has.
            while out.scalars.count >= 2, out.scalars[out.scalars.count - 1] == "\n", out.scalars[out.scalars.count - 2] == "\n" {
                out.scalars.removeLast()
                out.offsets.removeLast()
            }
        }
        var lineStarts = [0]
        for (i, c) in scalars.enumerated() where c == "\n" { lineStarts.append(i + 1) }
        var markup = ArticleMarkup(format: format, text: String(scalars: out.scalars), sourceOffsets: out.offsets,
                                   sourceLineStarts: lineStarts)
        if !out.tableRows.isEmpty {
            // Text offsets to text lines, in one pass: the marks are in text order.
            var line = 1
            var next = 0
            for (i, c) in out.scalars.enumerated() {
                while next < out.tableRows.count, out.tableRows[next].offset <= i {
                    markup.tableRows[line] = out.tableRows[next].table
                    next += 1
                }
                if c == "\n" { line += 1 }
            }
        }
        return markup
    }

    /// Reads `source`, in the format its path's extension names or, failing that, its content
    /// suggests (see `detect`).
    public static func read(_ source: String, path: String?) -> ArticleMarkup {
        read(source, as: detect(path: path, text: source))
    }

    /// The format of an article: `.md` and `.markdown` are Markdown, `.html`, `.htm` and
    /// `.xhtml` are HTML, `.txt` is plain text; any other name (or none, for standard input) is
    /// sniffed. Text opening with `<!doctype html`, `<html`, `<head`, `<body`, `<article`,
    /// `<section`, `<div`, `<p` or `<h1` is HTML; text opening with front matter, or with a
    /// Markdown heading (`# `), link (`](`) or table rule (`|---|`) in its first lines, is
    /// Markdown; anything else is plain text.
    public static func detect(path: String?, text: String) -> Format {
        if let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") {
            switch path[path.index(after: dot)...].lowercased() {
            case "md", "markdown", "mdown", "mkd": return .markdown
            case "html", "htm", "xhtml": return .html
            case "txt", "text": return .text
            default: break
            }
        }
        let head = String(text.prefix(4096)).lowercased()
        let opening = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        for tag in ["<!doctype html", "<html", "<head", "<body", "<article", "<section", "<div", "<p>", "<p ", "<h1"]
            where opening.hasPrefix(tag) { return .html }
        let lines = head.split(separator: "\n", omittingEmptySubsequences: false).prefix(60)
        if let first = lines.first, ["---", "+++"].contains(first.trimmingSpaces) { return .markdown }
        for line in lines {
            let t = line.trimmingSpaces
            if t.hasPrefix("# ") || t.hasPrefix("## ") || line.contains("](") { return .markdown }
            if t.hasPrefix("|"), t.contains("-"), t.allSatisfy({ "|-: ".contains($0) }) { return .markdown }
        }
        return .text
    }

    /// The line of the source, from 1, that the text's scalar at `offset` comes from.
    public func sourceLine(ofTextOffset offset: Int) -> Int {
        guard !sourceOffsets.isEmpty else { return 1 }
        let source = sourceOffsets[min(max(offset, 0), sourceOffsets.count - 1)]
        var low = 0
        var high = sourceLineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if sourceLineStarts[mid] <= source { low = mid } else { high = mid }
        }
        return low + 1
    }

    /// The source line, from 1, of each line of the text, in order.
    public func sourceLinesOfTextLines() -> [Int] {
        var lines = [sourceLine(ofTextOffset: 0)]
        var i = 0
        for c in text.unicodeScalars {
            i += 1
            if c == "\n" { lines.append(sourceLine(ofTextOffset: i)) }
        }
        return lines
    }

    /// The plain text being written, with the source offset of each scalar.
    struct Builder {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        /// Where each table row starts in the text, and its table's number.
        var tableRows: [(offset: Int, table: Int)] = []
        var tables = 0

        /// Starts a table row at the end of the text, in a new table or the last one.
        mutating func startTableRow(newTable: Bool) {
            if newTable || tables == 0 { tables += 1 }
            tableRows.append((scalars.count, tables))
        }

        mutating func append(_ c: Unicode.Scalar, from offset: Int) {
            scalars.append(c)
            offsets.append(offset)
        }

        mutating func append(_ text: String, from offset: Int) {
            for c in text.unicodeScalars { append(c, from: offset) }
        }

        /// Ends the current paragraph: a blank line, never more than one.
        mutating func endParagraph(at offset: Int) {
            while let last = scalars.last, last == " " || last == "\t" {
                scalars.removeLast()
                offsets.removeLast()
            }
            guard !scalars.isEmpty else { return }
            if scalars.last != "\n" { append("\n", from: offset) }
            if scalars.count < 2 || scalars[scalars.count - 2] != "\n" { append("\n", from: offset) }
        }

        /// Ends the current line.
        mutating func endLine(at offset: Int) {
            while let last = scalars.last, last == " " || last == "\t" {
                scalars.removeLast()
                offsets.removeLast()
            }
            if let last = scalars.last, last != "\n" { append("\n", from: offset) }
        }

        /// Whether the text ends at the start of a line.
        var atLineStart: Bool { scalars.last.map { $0 == "\n" } ?? true }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
