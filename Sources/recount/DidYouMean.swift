import RecountResolver

/// The did-you-mean of a word on the command line that names nothing: a command, an option, a
/// format, a diagnostic code or a claim id. The library's one rule of what counts as a slip
/// decides, so the command line suggests as the diagnostics do.
enum DidYouMean {
    /// `; did you mean 'check'?` when a candidate is a slip away from `word`, else nothing.
    static func suffix(_ word: String, among candidates: some Sequence<String>) -> String {
        NearNames.nearest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Up to `limit` candidates a slip away from `word`, the nearest first: for a word that may
    /// be a slip from several, such as a code (`R418` for `R408`, `R410`, …).
    static func nearest(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        var left = candidates
        var found: [String] = []
        while found.count < limit, let next = NearNames.nearest(to: word, among: left) {
            found.append(next)
            left.removeAll { $0 == next }
        }
        return found
    }

    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
    static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
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
