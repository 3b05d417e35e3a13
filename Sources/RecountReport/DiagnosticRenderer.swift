import RecountCore

/// Renders diagnostics the way compilers do: `file:line:col: error: message [R201]`, the source
/// line, a caret under the range, and the hint.
///
/// Output stays bounded whatever the input: a run of the same diagnostic on consecutive places
/// is shown once with a count, each file shows at most `limitPerFile` diagnostics and then how
/// many more there are, and an echoed line longer than `maximumLineWidth` cells is cut to a
/// window around the caret. Control and bidirectional characters from input are shown as
/// `U+XXXX` (see `TerminalText`), so the caret stays under the character it points at.
public struct DiagnosticRenderer {
    public var files: [String: SourceFile]
    public var style: TerminalStyle
    /// The most diagnostics shown for one file; nil shows all.
    public var limitPerFile: Int?

    /// The most terminal cells an echoed source line takes.
    public static let maximumLineWidth = 200
    public static let defaultLimitPerFile = 50

    public init(files: [String: SourceFile], style: TerminalStyle, limitPerFile: Int? = defaultLimitPerFile) {
        self.files = files
        self.style = style
        self.limitPerFile = limitPerFile
    }

    /// A diagnostic with the run of identical ones that follow it.
    struct Run {
        var first: Diagnostic
        var count: Int
        var last: SourceRange?
    }

    /// Consecutive diagnostics with the same code and message in the same file, on one line or
    /// on lines that follow each other, merged: a pasted block of junk is one mistake, two
    /// separate slips of the same kind are two.
    static func runs(_ diagnostics: [Diagnostic]) -> [Run] {
        var runs: [Run] = []
        for d in diagnostics {
            if var run = runs.last, run.first.code == d.code, run.first.message == d.message,
               let last = run.last, let range = d.range, last.path == range.path,
               range.start.line == last.start.line || range.start.line == last.start.line + 1 {
                run.count += 1
                run.last = d.range
                runs[runs.count - 1] = run
            } else {
                runs.append(Run(first: d, count: 1, last: d.range))
            }
        }
        return runs
    }

    /// The runs to show, and per file (in order of first appearance) how many diagnostics were
    /// left out.
    func bounded(_ diagnostics: [Diagnostic]) -> (shown: [Run], omitted: [(path: String, errors: Int, warnings: Int)]) {
        var shown: [Run] = []
        var perFile: [String: Int] = [:]
        var omitted: [(path: String, errors: Int, warnings: Int)] = []
        func omit(_ path: String, errors: Int, warnings: Int) {
            let index = omitted.firstIndex { $0.path == path } ?? {
                omitted.append((path, 0, 0))
                return omitted.count - 1
            }()
            omitted[index].errors += errors
            omitted[index].warnings += warnings
        }
        for run in Self.runs(diagnostics) {
            let path = run.first.range?.path ?? ""
            // Problems the parser only counted join the count of those not shown.
            if case .diagnosticsOmitted(let count) = run.first.kind {
                omit(path, errors: count * run.count, warnings: 0)
                continue
            }
            let count = perFile[path, default: 0]
            perFile[path] = count + 1
            guard let limit = limitPerFile, count >= limit else {
                shown.append(run)
                continue
            }
            if run.first.severity == .error { omit(path, errors: run.count, warnings: 0) } else { omit(path, errors: 0, warnings: run.count) }
        }
        return (shown, omitted)
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        let (shown, omitted) = bounded(diagnostics)
        var out = shown.map(render).joined()
        for o in omitted {
            let parts = [o.errors > 0 ? Self.count(o.errors, "error") : nil, o.warnings > 0 ? Self.count(o.warnings, "warning") : nil]
                .compactMap { $0 }.joined(separator: " and ")
            out += omittedLine(path: o.path, parts)
        }
        return out
    }

    /// `x.claims:3:5: ` or, for a diagnostic with no place, `recount: `.
    private func location(_ d: Diagnostic) -> String {
        d.range.map { style.bold(TerminalText.line($0.description)) + ": " } ?? "recount: "
    }

    /// `x.claims: note: … and 3 errors more in this file, not shown`.
    private func omittedLine(path: String, _ count: String) -> String {
        "\(style.bold(TerminalText.visible(path) + ":")) \(style.severity(.note)): … and \(count) more in this file, not shown\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    public func render(_ d: Diagnostic) -> String { render(Run(first: d, count: 1, last: d.range)) }

    func render(_ run: Run) -> String {
        let d = run.first
        var out = ""
        out += "\(location(d))\(style.severity(d.severity)): \(style.bold(TerminalText.line(d.message))) [\(d.code)]\n"
        if let range = d.range, let file = files[range.path] {
            let number = String(range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            let width = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : 1
            let echo = Self.echo(file.lineText(range.start.line), column: range.start.column, width: width)
            out += " \(style.dim(number + " |")) \(echo.line)\n"
            let marker = "^" + String(repeating: "~", count: max(0, echo.markerWidth - 1))
            out += " \(style.dim(gutter + " |")) \(String(repeating: " ", count: echo.lead))\(style.color(marker, .green))\n"
        }
        if run.count > 1, let last = run.last {
            let through = last.start.line == d.range?.start.line ? "column \(last.start.column)" : "line \(last.start.line)"
            out += "  = note: and \(run.count - 1) more like it, through \(through)\n"
        }
        if let hint = d.hint {
            out += "  = hint: \(TerminalText.line(hint))\n"
        }
        return out
    }

    /// A source line as echoed under a diagnostic: hidden characters shown as `U+XXXX`, tabs as
    /// spaces, and a line wider than `maximumLineWidth` cut to a window around the range with
    /// `…` where it was cut; with the cells before the caret and the caret's width.
    static func echo(_ line: String, column: Int, width: Int) -> (line: String, lead: Int, markerWidth: Int) {
        // Only the scalars that can reach the window are looked at, however long the line.
        let skipped = max(0, max(1, column) - 1 - maximumLineWidth)
        let near = line.unicodeScalars.dropFirst(skipped).prefix(3 * maximumLineWidth)
        let cutAfterNear = line.unicodeScalars.dropFirst(skipped + near.count).first != nil
        let cells: [(text: String, width: Int)] = near.map { scalar in
            if scalar == "\t" { return (" ", 1) }
            if TerminalText.isHidden(scalar) {
                let code = TerminalText.visible(String(scalar))
                return (code, code.count)
            }
            return (String(scalar), displayWidth(of: String(scalar), columns: 1))
        }
        let caret = min(max(0, column - 1 - skipped), cells.count)
        let total = cells.reduce(0) { $0 + $1.width }
        var start = 0
        var end = cells.count
        if total > maximumLineWidth || skipped > 0 || cutAfterNear {
            // Keep some context before the caret, and as much after it as fits.
            var before = 0
            start = caret
            while start > 0, before + cells[start - 1].width <= maximumLineWidth / 3 {
                start -= 1
                before += cells[start].width
            }
            var used = 0
            end = start
            while end < cells.count, used + cells[end].width <= maximumLineWidth {
                used += cells[end].width
                end += 1
            }
        }
        let cutBefore = start > 0 || skipped > 0
        let cutAfter = end < cells.count || cutAfterNear
        let lead = (cutBefore ? 1 : 0) + cells[start..<max(start, caret)].reduce(0) { $0 + $1.width }
        let markerEnd = min(end, caret + max(1, width))
        let markerWidth = max(1, cells[min(caret, markerEnd)..<markerEnd].reduce(0) { $0 + $1.width })
        let text = (cutBefore ? "…" : "") + cells[start..<end].map(\.text).joined() + (cutAfter ? "…" : "")
        return (text, lead, markerWidth)
    }

    /// How many terminal cells the first `columns` characters of a line take: CJK and
    /// full-width characters take two, so the caret lands under the right character.
    static func displayWidth(of line: String, columns: Int) -> Int {
        line.unicodeScalars.prefix(max(0, columns)).reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
            return width + (wide ? 2 : 1)
        }
    }

    /// One line per diagnostic, `file:line:col: severity: message [code]`, with no source echo
    /// and no hint: what `--quiet` prints, within the same bounds as the full form.
    public func renderBrief(_ diagnostics: [Diagnostic]) -> String {
        let (shown, omitted) = bounded(diagnostics)
        return shown.map { run in
            let d = run.first
            let repeated = run.count > 1 ? " (and \(run.count - 1) more like it)" : ""
            return "\(location(d))\(style.severity(d.severity)): \(TerminalText.line(d.message))\(repeated) [\(d.code)]\n"
        }.joined() + omitted.map { omittedLine(path: $0.path, String($0.errors + $0.warnings)) }.joined()
    }

    /// One-line GitHub Actions annotation per diagnostic, within the same bounds as the
    /// terminal: a run counted in its message, and a notice for what a file leaves out.
    public func renderGitHub(_ diagnostics: [Diagnostic]) -> String {
        let (shown, omitted) = bounded(diagnostics)
        return shown.map { run in
            let d = run.first
            let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var properties: [(String, String)] = []
            if let r = d.range {
                properties = [("file", r.path), ("line", String(r.start.line)), ("col", String(r.start.column))]
            }
            properties.append(("title", d.code))
            let repeated = run.count > 1 ? " (and \(run.count - 1) more like it)" : ""
            return GitHubAnnotations.command(level, properties,
                                             message: d.message + repeated + (d.hint.map { ". Hint: \($0)" } ?? ""))
        }.joined() + omitted.map { o in
            GitHubAnnotations.command("notice", [("file", o.path), ("title", "recount")],
                                      message: "… and \(o.errors + o.warnings) more diagnostics in this file, not shown")
        }.joined()
    }
}
