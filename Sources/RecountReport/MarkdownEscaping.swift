/// Escapes text taken from input for each place it can stand in a Markdown report.
///
/// Quotes, notes, titles and URLs come from files a fact checker wrote by hand, and may hold
/// anything: a `|` would split a table cell, a backtick open a code span, `<script>` become
/// HTML, a newline end a table row, and two `$` make GitHub typeset the text between them as
/// mathematics. Every string from input goes through exactly one of these functions, chosen by
/// where it lands.
public enum MarkdownEscaping {
    /// Characters that have a meaning inline in CommonMark, GitHub Flavored Markdown or GitHub's
    /// math, written with a backslash escape.
    static let punctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "$", "~", "#", "!"]

    /// Inline text for a paragraph, a list item, a heading or a table cell.
    ///
    /// Markdown punctuation is backslash-escaped, `&`, `<` and `>` become entities, a line break
    /// becomes `<br>`, other control characters become spaces, and a leading `-`, `+`, `=` or
    /// `1.` is escaped so that the text cannot start a list or an underline.
    public static func text(_ s: String) -> String {
        var out = ""
        for c in normalizedLines(s) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br>"
            default:
                if punctuation.contains(c) { out += "\\" }
                out.append(c)
            }
        }
        return escapingLeadingMarker(out)
    }

    /// A code span showing `s` literally: the backtick fence is longer than any run of
    /// backticks inside, line breaks become spaces, and in a table `|` is escaped as GitHub
    /// requires even within code.
    public static func code(_ s: String, inTable: Bool = false) -> String {
        var content = String(normalizedLines(s).map { $0 == "\n" ? " " : $0 })
        if inTable { content = content.replacingAll("|", with: "\\|") }
        if content.isEmpty { content = " " }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
        let pad = content.first == "`" || content.last == "`" || (content.first == " " && content.last == " "
            && content.contains { $0 != " " }) ? " " : ""
        return fence + pad + content + pad + fence
    }

    /// Text inside an HTML element such as `<summary>`, where Markdown is not parsed: `&`, `<`,
    /// `>` and quotes become entities and a line break becomes `<br>`.
    public static func html(_ s: String) -> String {
        var out = ""
        for c in normalizedLines(s) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }

    /// A fragment id such as `claim-msft-growth`: letters, digits, `-`, `_` and `.` are kept,
    /// anything else becomes `-`, so the id is safe both as an attribute and in a link.
    public static func anchor(_ prefix: String, _ id: String) -> String {
        let kept = id.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": String(scalar)
            default: "-"
            }
        }.joined()
        return "\(prefix)-\(kept)"
    }

    /// A link destination for a web address, or nil when it is not an `http` or `https` URL
    /// (a `javascript:` link must never become clickable). Characters that could end the link
    /// or break out of it are percent-encoded.
    public static func url(_ s: String) -> String? {
        let lower = s.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return percentEncoded(s, keeping: "/:?#&=+@!$,;%~")
    }

    /// A link from a report in `Reports/` to a project file, with an optional line anchor;
    /// nil for a path outside the project.
    ///
    /// Without `base` the link is relative (`../Claims/a.claims`), which works inside the
    /// repository. With `base`, the address the project's root is published under (ending in
    /// `/`), it is absolute, so that it works when the report is published alone: under
    /// `https://github.com/desk/audits/blob/main/` it is
    /// `https://github.com/desk/audits/blob/main/Claims/a.claims`.
    public static func fileLink(_ path: String, line: Int? = nil, base: String? = nil) -> String? {
        guard !path.hasPrefix("/"), !path.isEmpty else { return nil }
        let prefix = base.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "../"
        return prefix + percentEncoded(path, keeping: "/") + (line.map { "#L\($0)" } ?? "")
    }

    /// A fence for a code block holding `content`: backticks, more than any run inside.
    public static func fence(for content: String) -> String {
        String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
    }

    /// `s` with CR LF and CR as LF, and control characters other than LF as spaces.
    static func normalizedLines(_ s: String) -> [Character] {
        var out: [Character] = []
        for scalar in s.replacingAll("\r\n", with: "\n").unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                out.append("\n")
            } else if scalar == "\t" {
                out.append(" ")
            } else if TerminalText.isHidden(scalar) {
                // Shown, not obeyed, as in the terminal: an override mark must not reverse a
                // published line, and an escape is no character a reader can see.
                out += TerminalText.visible(String(scalar)).map { $0 }
            } else {
                out.append(Character(scalar))
            }
        }
        return out
    }

    /// Escapes what would make the text a list item, a thematic break or a setext underline
    /// when it starts a line: `-` or `+` followed by a space or nothing, a run of `=` or `-`
    /// alone, or the `.` or `)` after leading digits followed by a space or nothing. Other
    /// leading characters are left alone, so `-$23.7 billion` stays readable in the source.
    private static func escapingLeadingMarker(_ s: String) -> String {
        guard let first = s.first else { return s }
        let rest = s.dropFirst()
        let endsMarker = rest.isEmpty || rest.first == " " || rest.first == "\t"
        if (first == "-" || first == "+") && endsMarker { return "\\" + s }
        if (first == "=" || first == "-") && s.allSatisfy({ $0 == first || $0 == " " }) { return "\\" + s }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < s.count {
            let marker = s[digits.endIndex]
            let after = s[s.index(after: digits.endIndex)...]
            if (marker == "." || marker == ")") && (after.isEmpty || after.first == " " || after.first == "\t") {
                return digits + "\\" + s[digits.endIndex...]
            }
        }
        return s
    }

    private static func longestRun(of character: Character, in s: String) -> Int {
        var longest = 0
        var current = 0
        for c in s {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// Percent-encodes every byte except ASCII letters, digits, `-._` and `keeping`.
    private static func percentEncoded(_ s: String, keeping: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, (c.isLetter || c.isNumber || "-._".contains(c) || keeping.contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
