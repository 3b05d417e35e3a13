import RecountCore

/// Renders `recount explain CODE`: what a diagnostic code means, when it is raised, its hint,
/// and the reference's example with the lines Recount prints for it.
public struct DiagnosticCodeRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The explanation of `code` (any case), or nil when no diagnostic has it.
    public func render(code: String) -> String? {
        guard let doc = DiagnosticDocumentation(code: code) else { return nil }
        var out = "\(style.bold(doc.code))  \(style.severity(doc.severity))\n"
        for (index, message) in doc.messages.enumerated() {
            out += (index == 0 ? "  message  " : "       or  ") + message + "\n"
        }
        out += "  when     \(doc.when)\n"
        if let hint = doc.hint { out += "  hint     \(hint)\n" }
        guard let example = doc.example else {
            out += "\nThe language reference shows it where its subject is described.\n"
            return out
        }
        out += "\n" + style.bold("example") + (example.note.map { " (\($0))" } ?? "") + "\n"
        for file in example.files {
            out += "  \(file.path):\n" + indented(file.text)
        }
        out += "  prints:\n" + indented(example.output)
        return out
    }

    /// Every code, for the did-you-mean of one that is not.
    public static var codes: [String] { DiagnosticDocumentation.codes }

    /// Whether `word` is written as a code is (`R` and three digits, any case), rather than as a claim id.
    public static func looksLikeCode(_ word: String) -> Bool { DiagnosticDocumentation.looksLikeCode(word) }

    private func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 + "\n" }.joined()
    }
}
