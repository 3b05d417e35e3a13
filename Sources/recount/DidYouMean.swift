import RecountResolver

/// The did-you-mean of a word on the command line that names nothing: a command, an option, a
/// format, a diagnostic code or a claim id. The library's one rule of what counts as a slip
/// decides, so the command line suggests as the diagnostics do.
enum DidYouMean {
    /// `; did you mean 'check'?` when a candidate is a slip away from `word`, else nothing.
    static func suffix(_ word: String, among candidates: some Sequence<String>) -> String {
        NearNames.nearest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The commands, for `recount chek`.
    static func command(_ name: String) -> String {
        "unknown command '\(name)'" + suffix(name, among: Command.allCases.map(\.rawValue))
    }

    /// Every long option some help text documents: read from the help, so that an option is
    /// suggested exactly when it is documented.
    static let options: [String] = {
        let texts = [Help.overview] + Command.allCases.map { Help.text(for: $0) }
        let names = texts.flatMap { $0.matches(of: /--[a-z][a-z-]*[a-z]/).map { String($0.output) } }
        return Array(Set(names)).sorted()
    }()

    /// The long options, for `recount check --fragil`.
    static func option(_ name: String) -> String {
        "unknown option '\(name)'" + suffix(name, among: options)
    }
}
