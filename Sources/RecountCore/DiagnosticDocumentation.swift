/// What a diagnostic code means, for `recount explain CODE`: its severity, the forms of its
/// message, when it is raised, its hint and an example.
///
/// The message and the hint come from `DiagnosticKind` itself; when it is raised and the example
/// are the language reference's own words, kept here so that the binary can print them, and
/// compared with the reference by a test so that the two say the same.
package struct DiagnosticDocumentation: Sendable, Hashable {
    package var code: String
    package var severity: Severity
    /// Each form of the message, its parts from the input written as ‹…›.
    package var messages: [String]
    package var hint: String?
    /// When the code is raised, as the reference's table says.
    package var when: String
    package var example: Example?

    /// A file an example writes.
    package struct File: Sendable, Hashable {
        package var path: String
        /// The file's lines, joined by newlines, with no final newline.
        package var text: String

        package init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// An example of the reference: the files it writes (the last one is checked) and the lines
    /// Recount prints for it, without the source line, the caret and the hint.
    package struct Example: Sendable, Hashable {
        /// What the example's heading says in parentheses: how it is run, or what is special.
        package var note: String?
        package var files: [File]
        package var output: String

        package init(note: String?, files: [File], output: String) {
            self.note = note
            self.files = files
            self.output = output
        }
    }

    /// Every documented code, in order.
    package static let codes: [String] = Set(DiagnosticKind.examples.map(\.code)).sorted()

    /// The documentation of `code` (`R401`, in any case), or nil when no diagnostic has it.
    package init?(code: String) {
        let code = code.uppercased()
        let kinds = DiagnosticKind.examples.filter { $0.code == code }
        guard let first = kinds.first, let when = Self.whenRaised[code] else { return nil }
        self.code = code
        severity = first.severity
        messages = kinds.map(\.message).uniqued()
        hint = kinds.lazy.compactMap(\.hint).first
        self.when = when
        example = Self.examplesByCode[code]
    }

    /// Whether `word` is written as a code is: `R` and three digits, in any case.
    package static func looksLikeCode(_ word: String) -> Bool {
        word.wholeMatch(of: /[Rr][0-9]{3}/) != nil
    }
}
