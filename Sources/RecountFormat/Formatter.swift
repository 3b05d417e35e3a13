import RecountCore
import RecountSyntax

/// Prints a claims or ledger file in the canonical layout, with its comments kept.
///
/// Files are reviewed in diffs, so one layout keeps diffs to what changed. The layout:
///
/// - a declaration starts at column 1, its attributes are indented by two spaces, a reading's
///   attributes by four; one space separates the words of a line, and operators have a space
///   on each side;
/// - attributes come in a fixed order per block (`attributeOrder`); attributes of one kind (the
///   notes, the readings) keep the order they were written in;
/// - between top-level declarations there is one blank line where the author left at least one,
///   and none where they left none, so that groups of one-line facts stay together; there are no
///   blank lines inside a block, none at the start and one line break at the end;
/// - figures, periods, units and ids are spelled exactly as written; strings are re-escaped
///   (only `"`, `\`, line breaks, tabs and control characters are escaped); `×`, `÷`, `−`, `≤`,
///   `≥` and `≈` become `*`, `/`, `-`, `<=`, `>=` and `~`; parentheses are kept as written;
/// - a comment on its own line stays before the line that follows it, at that line's
///   indentation, unless it is indented deeper than that line: then it stays after the line
///   above it (the end of the block it was written in). A comment after code stays on its line,
///   two spaces after it. Comments move with their line when attributes are reordered.
///
/// A file with syntax errors is not formatted: what the parser skipped would be lost. The
/// result is read back before it is returned, and a file whose tree or comments would change is
/// left as it is and reported, so formatting never changes a file's meaning.
public enum Formatter {
    /// What formatting one file gave.
    public enum Outcome: Sendable, Hashable {
        /// The file in the canonical layout (possibly identical to the input).
        case formatted(String)
        /// The file has syntax errors, listed here.
        case unparsable([Diagnostic])
        /// The file could not be formatted faithfully; it is left unchanged for this reason.
        case refused(String)
    }

    /// The attributes of each block, in the order they are printed.
    public static let attributeOrder: [String: [String]] = [
        "entity": ["fiscal-year-end", "fiscal-year-named", "fiscal-extra-week", "metrics"],
        "source": ["url", "grade", "date", "note"],
        "fact": ["source", "quote", "note"],
        "article": ["author", "published", "url", "text", "language", "reviewed-by", "reviewer-url", "reviewed",
                    "report-url", "tolerance"],
        "metric": ["kind", "equals", "relation", "note"],
        "claim": ["quote", "at", "states", "holds", "because", "source", "reading", "expect", "note"],
        "reading": ["states", "holds", "because", "note"],
        "defaults": ["currency", "scale", "region", "significant-zeros", "exact"],
    ]

    /// Formats the text of one file.
    public static func format(_ file: SourceFile) -> Outcome {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens)
        let document = parser.parseDocument()
        let problems = lexer.diagnostics + parser.diagnostics
        if problems.hasErrors { return .unparsable(problems) }
        var layout = Layout(file: file, tokens: tokens, comments: lexer.comments)
        let text: String
        switch layout.render(document) {
        case .success(let printed): text = printed
        case .failure(let refusal): return .refused(refusal.reason)
        }
        // Read the result back: the tree and the comments must be the same.
        let reread = SourceFile(path: file.path, text: text)
        var relexer = Lexer(file: reread)
        let retokens = relexer.tokenize()
        var reparser = Parser(file: reread, tokens: retokens)
        let redocument = reparser.parseDocument()
        guard (relexer.diagnostics + reparser.diagnostics).isEmpty,
              SyntaxFingerprint.of(redocument) == SyntaxFingerprint.of(document) else {
            return .refused("the formatted text would not read back as the same declarations")
        }
        let before = lexer.comments.map { Layout.trimmed($0.text) }.sorted()
        let after = relexer.comments.map { Layout.trimmed($0.text) }.sorted()
        guard before == after else { return .refused("a comment could not be kept in place") }
        return .formatted(text)
    }
}

/// Why a file was left as it is.
struct FormatRefusal: Error {
    var reason: String
}

/// Lays out one parsed file: its declarations' lines in canonical order, with the comments and
/// blank lines of the source attached to them.
private struct Layout {
    let file: SourceFile
    /// The indentation (in columns) of each line that holds code, by 1-based line number.
    private var codeLines: [Int: Int] = [:]
    private var leading: [Int: [Comment]] = [:]
    private var trailing: [Int: String] = [:]
    private var following: [Int: [Comment]] = [:]
    /// Comments after the last line of code, at the top level.
    private var trailer: [Comment] = []
    /// The source lines printed so far, to check that every line of code was printed once.
    private var printed: Set<Int> = []
    private var out: [String] = []

    struct Comment {
        var text: String
        var blankBefore: Bool
    }

    /// One line to print and the source line it came from.
    struct Line {
        var source: Int
        var text: String
        var rank: Int
        /// A reading's own attributes.
        var children: [Line] = []
    }

    init(file: SourceFile, tokens: [Token], comments: [(span: Range<Int>, text: String)]) {
        self.file = file
        for token in tokens {
            switch token.kind {
            case .newline, .indent, .dedent, .endOfFile: continue
            default:
                let location = file.location(of: token.span.lowerBound)
                if codeLines[location.line] == nil { codeLines[location.line] = location.column - 1 }
            }
        }
        let lines = codeLines.keys.sorted()
        for comment in comments {
            let location = file.location(of: comment.span.lowerBound)
            let text = Layout.trimmed(comment.text)
            if codeLines[location.line] != nil {
                trailing[location.line] = text
                continue
            }
            let entry = Comment(text: text, blankBefore: isBlankBefore(location.line))
            let next = Layout.first(in: lines, after: location.line)
            let previous = Layout.last(in: lines, before: location.line)
            let column = location.column - 1
            if let next, let indent = codeLines[next], previous == nil || column <= indent {
                leading[next, default: []].append(entry)
            } else if let previous, next != nil || column > 0 {
                following[previous, default: []].append(entry)
            } else {
                trailer.append(entry)
            }
        }
    }

    /// A comment's text without trailing blanks.
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func first(in sorted: [Int], after line: Int) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= line { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    private static func last(in sorted: [Int], before line: Int) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < line { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? sorted[low - 1] : nil
    }

    /// Whether the line above `line` is blank.
    private func isBlankBefore(_ line: Int) -> Bool {
        guard line > 1 else { return false }
        return file.lineText(line - 1).unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    // MARK: Printing

    mutating func render(_ document: Syntax.Document) -> Result<String, FormatRefusal> {
        for declaration in document.declarations {
            let (header, lines) = Layout.lines(of: declaration)
            emit(header, level: 0)
            for line in lines.sorted(by: Layout.byRank) {
                emit(line, level: 1)
                for child in line.children.sorted(by: Layout.byRank) { emit(child, level: 2) }
            }
        }
        for comment in trailer { emitComment(comment, level: 0) }
        let unprinted = Set(codeLines.keys).subtracting(printed)
        if let line = unprinted.min() {
            return .failure(FormatRefusal(reason: "line \(line) is not part of any declaration"))
        }
        return .success(out.isEmpty ? "" : out.joined(separator: "\n") + "\n")
    }

    private static func byRank(_ a: Line, _ b: Line) -> Bool {
        (a.rank, a.source) < (b.rank, b.source)
    }

    private mutating func emit(_ line: Line, level: Int) {
        for comment in leading[line.source] ?? [] { emitComment(comment, level: level) }
        let blank = level == 0 && isBlankBefore(line.source)
        if blank && !out.isEmpty && out.last != "" { out.append("") }
        var text = String(repeating: "  ", count: level) + line.text
        if let comment = trailing[line.source] { text += "  #" + comment }
        out.append(text)
        printed.insert(line.source)
        for comment in following[line.source] ?? [] {
            emitComment(Comment(text: comment.text, blankBefore: false), level: max(level, 1))
        }
    }

    private mutating func emitComment(_ comment: Comment, level: Int) {
        if level == 0, comment.blankBefore, !out.isEmpty, out.last != "" { out.append("") }
        out.append(String(repeating: "  ", count: level) + "#" + comment.text)
    }

    // MARK: Lines of each declaration

    private static func rank(_ attribute: String, in block: String) -> Int {
        Formatter.attributeOrder[block]?.firstIndex(of: attribute) ?? Int.max
    }

    private static func line(_ attribute: String, in block: String, _ text: String, at range: SourceRange,
                             children: [Line] = []) -> Line {
        Line(source: range.start.line, text: "\(attribute) \(text)", rank: rank(attribute, in: block),
             children: children)
    }

    private static func notes(_ notes: [Syntax.Text], in block: String) -> [Line] {
        notes.map { line("note", in: block, CanonicalText.quoted($0.value), at: $0.range) }
    }

    /// The header line of a declaration and the lines of its attributes, in source order.
    static func lines(of declaration: Syntax.Declaration) -> (Line, [Line]) {
        switch declaration {
        case .entity(let e):
            let header = Line(source: e.range.start.line,
                              text: "entity \(e.id.name) \(CanonicalText.quoted(e.name.value))", rank: 0)
            let attributes = [e.fiscalYearEnd.map { line("fiscal-year-end", in: "entity", $0.name, at: $0.range) },
                              e.fiscalYearNamed.map { line("fiscal-year-named", in: "entity", $0.name, at: $0.range) },
                              e.fiscalExtraWeek.map { line("fiscal-extra-week", in: "entity", $0.name, at: $0.range) },
                              e.metrics.map { line("metrics", in: "entity", $0.name, at: $0.range) }]
            return (header, attributes.compactMap { $0 })
        case .source(let s):
            let header = Line(source: s.range.start.line,
                              text: "source \(s.id.name) \(CanonicalText.quoted(s.title.value))", rank: 0)
            let attributes = [
                s.url.map { line("url", in: "source", CanonicalText.quoted($0.value), at: $0.range) },
                s.grade.map { line("grade", in: "source", $0.name, at: $0.range) },
                s.date.map { line("date", in: "source", $0.name, at: $0.range) },
            ].compactMap { $0 } + notes(s.notes, in: "source")
            return (header, attributes)
        case .fact(let f):
            let header = Line(source: f.range.start.line,
                              text: "fact \(CanonicalText.quantity(f.quantity)) = \(CanonicalText.value(f.value))",
                              rank: 0)
            let attributes = [
                f.source.map { line("source", in: "fact", $0.name, at: $0.range) },
                f.quote.map { line("quote", in: "fact", CanonicalText.quoted($0.value), at: $0.range) },
            ].compactMap { $0 } + notes(f.notes, in: "fact")
            return (header, attributes)
        case .article(let a):
            let header = Line(source: a.range.start.line,
                              text: "article \(a.id.name) \(CanonicalText.quoted(a.title.value))", rank: 0)
            let attributes = [
                a.author.map { line("author", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
                a.published.map { line("published", in: "article", $0.name, at: $0.range) },
                a.url.map { line("url", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
                a.text.map { line("text", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
                a.language.map { line("language", in: "article", $0.name, at: $0.range) },
                a.reviewedBy.map { line("reviewed-by", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
                a.reviewerURL.map { line("reviewer-url", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
                a.reviewed.map { line("reviewed", in: "article", $0.name, at: $0.range) },
                a.reportURL.map { line("report-url", in: "article", CanonicalText.quoted($0.value), at: $0.range) },
            ].compactMap { $0 } + a.tolerances.map { t in
                line("tolerance", in: "article", "\(t.hedge.name) \(t.percent.text)", at: t.range)
            }
            return (header, attributes)
        case .use(let u):
            return (Line(source: u.range.start.line, text: "use \(CanonicalText.quoted(u.path.value))", rank: 0), [])
        case .defaults(let d):
            let attributes = [
                d.currency.map { line("currency", in: "defaults", $0.name, at: $0.range) },
                d.scale.map { line("scale", in: "defaults", $0.name, at: $0.range) },
                d.region.map { line("region", in: "defaults", $0.name, at: $0.range) },
                d.significantZeros.map {
                    Line(source: $0.range.start.line, text: "significant-zeros", rank: rank("significant-zeros", in: "defaults"))
                },
                d.exact.map { Line(source: $0.range.start.line, text: "exact", rank: rank("exact", in: "defaults")) },
            ].compactMap { $0 }
            return (Line(source: d.range.start.line, text: "defaults", rank: 0), attributes)
        case .metric(let m):
            let title = m.title.map { " " + CanonicalText.quoted($0.value) } ?? ""
            let header = Line(source: m.range.start.line, text: "metric \(m.name.name)\(title)", rank: 0)
            let attributes = [
                m.kind.map { line("kind", in: "metric", $0.name, at: $0.range) },
                m.equals.map { line("equals", in: "metric", CanonicalText.expression($0), at: $0.range) },
                m.relation.map { line("relation", in: "metric", $0.name, at: $0.range) },
            ].compactMap { $0 } + notes(m.notes, in: "metric")
            return (header, attributes)
        case .claim(let c):
            let header = Line(source: c.range.start.line, text: "claim \(c.id.name)", rank: 0)
            var attributes = [
                c.quote.map { line("quote", in: "claim", CanonicalText.quoted($0.value), at: $0.range) },
                c.location.map { line("at", in: "claim", "\($0.unit.name) \($0.number)", at: $0.range) },
                c.proposition.map { proposition($0, in: "claim", owner: c.range) },
                c.because.map { line("because", in: "claim", CanonicalText.expression($0), at: $0.range) },
                c.source.map { line("source", in: "claim", $0.name, at: $0.range) },
                c.expect.map { line("expect", in: "claim", $0.name, at: $0.range) },
            ].compactMap { $0 } + notes(c.notes, in: "claim")
            attributes += c.readings.map { r in
                let children = [
                    r.proposition.map { proposition($0, in: "reading", owner: r.range) },
                    r.because.map { line("because", in: "reading", CanonicalText.expression($0), at: $0.range) },
                ].compactMap { $0 } + notes(r.notes, in: "reading")
                return line("reading", in: "claim", r.id.name, at: r.range, children: children)
            }
            return (header, attributes)
        }
    }

    /// The `states` or `holds` line; `owner` is the claim's or reading's range, for a `holds`
    /// line with no comparison, which the parser never builds.
    private static func proposition(_ p: Syntax.Proposition, in block: String, owner: SourceRange) -> Line {
        switch p {
        case .states(let q, let v):
            let text = (q.map { CanonicalText.quantity($0) + " = " } ?? "") + CanonicalText.value(v)
            return line("states", in: block, text, at: q?.range ?? v.range)
        case .holds(let cs):
            return line("holds", in: block, cs.map(CanonicalText.comparison).joined(separator: " and "),
                        at: cs.first?.range ?? owner)
        }
    }
}
