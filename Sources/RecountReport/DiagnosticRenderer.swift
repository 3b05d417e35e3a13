import RecountCore

/// Renders diagnostics the way compilers do: `file:line:col: error: message [R201]`, the source
/// line, a caret under the range, and the hint.
public struct DiagnosticRenderer {
    public var files: [String: SourceFile]
    public var style: TerminalStyle

    public init(files: [String: SourceFile], style: TerminalStyle) {
        self.files = files
        self.style = style
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ d: Diagnostic) -> String {
        var out = ""
        let location = d.range.map { style.bold($0.description) + ": " } ?? "recount: "
        out += "\(location)\(style.severity(d.severity)): \(style.bold(d.message)) [\(d.code)]\n"
        if let range = d.range, let file = files[range.path] {
            let line = file.lineText(range.start.line)
            let number = String(range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(style.dim(number + " |")) \(line)\n"
            let lead = String(repeating: " ", count: DiagnosticRenderer.displayWidth(of: line, columns: range.start.column - 1))
            let width = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : 1
            let marker = "^" + String(repeating: "~", count: max(0, width - 1))
            out += " \(style.dim(gutter + " |")) \(lead)\(style.color(marker, .green))\n"
        }
        if let hint = d.hint {
            out += "  = hint: \(hint)\n"
        }
        return out
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

    /// One-line GitHub Actions annotation per diagnostic.
    public func renderGitHub(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var properties: [(String, String)] = []
            if let r = d.range {
                properties = [("file", r.path), ("line", String(r.start.line)), ("col", String(r.start.column))]
            }
            properties.append(("title", d.code))
            return GitHubAnnotations.command(level, properties, message: d.message + (d.hint.map { ". Hint: \($0)" } ?? ""))
        }.joined()
    }
}
