import RecountCore

/// The options that choose how much `check` and `test` print and what fails them: `--quiet`,
/// `--summary`, `--format json`, `-W error` and `--allow CODE`.
enum OutputMode {
    /// The codes `--allow` names, as written in diagnostics.
    static func allowedCodes(_ arguments: Arguments) -> Set<String> { Set(arguments.allowed.map { $0.uppercased() }) }

    /// What is wrong with the command line's output options, or nil.
    static func problem(_ arguments: Arguments) -> String? {
        if arguments.quiet && arguments.summaryOnly { return "--quiet and --summary do not go together; choose one" }
        if arguments.format == "json" && (arguments.quiet || arguments.summaryOnly) {
            return "--format json prints the whole audit; it takes no --quiet or --summary"
        }
        for code in arguments.allowed {
            let upper = code.uppercased()
            guard let severity = DiagnosticDocumentation(code: upper)?.severity else {
                return "--allow: unknown code '\(code)'" + DidYouMean.suffix(upper, among: DiagnosticDocumentation.codes)
                    + " (see 'recount explain CODE')"
            }
            guard severity != .error else {
                return "--allow: \(upper) is an error, and an error cannot be allowed: it stops the check"
            }
        }
        return nil
    }
}

extension Commands {
    /// The diagnostics left once those of an `--allow`ed code are dropped.
    func allowedOut(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let allowed = OutputMode.allowedCodes(arguments)
        return allowed.isEmpty ? diagnostics : diagnostics.filter { !allowed.contains($0.code) }
    }

    /// Whether `-W error` fails the command on these diagnostics' warnings; says so when it does.
    func failsOnWarnings(_ diagnostics: [Diagnostic]) -> Bool {
        guard arguments.warningsAreErrors else { return false }
        let count = allowedOut(diagnostics).filter { $0.severity == .warning }.count
        guard count > 0 else { return false }
        standardError("recount: error: \(count) warning\(count == 1 ? "" : "s"), which -W error makes fail the command\n")
        return true
    }
}
