import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport

/// Runs one command: calls the library, prints, and returns the exit status.
struct Commands {
    var arguments: Arguments
    var environment: [String: String]
    var standardOutputIsTerminal: Bool

    var style: TerminalStyle {
        let enabled = arguments.color
            ?? (standardOutputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb")
        return TerminalStyle(enabled: enabled)
    }

    /// The folder relative paths on the command line are read from.
    var workingDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    var root: URL {
        URL(fileURLWithPath: arguments.root ?? FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    func run() -> ExitCode {
        if arguments.version {
            print("recount \(Help.version)")
            return .success
        }
        var command: Command?
        if let name = arguments.command {
            guard let known = Command(rawValue: name) else { return usage("unknown command '\(name)'") }
            command = known
        }
        if command == .help || arguments.help {
            let topic = command == .help ? arguments.paths.first : arguments.command
            guard let name = topic else {
                print(Help.text(for: nil))
                return .success
            }
            guard let known = Command(rawValue: name) else { return usage("unknown command '\(name)'") }
            print(Help.text(for: known))
            return .success
        }
        guard let command else {
            standardError(Help.overview + "\n")
            return .usage
        }
        if let option = arguments.misplacedOptions(for: command).first {
            return usage("'\(option)' is not an option of '\(command.rawValue)'")
        }
        if let format = arguments.format, !command.formats.contains(format) {
            let allowed = command.formats
            return usage("unknown format '\(format)'; use \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? "")")
        }
        switch command {
        case .check: return check()
        case .test: return test()
        case .explain: return explain()
        case .extract: return extract()
        case .report: return report()
        case .fmt: return fmt()
        case .whatIf: return whatIf()
        case .impact: return impact()
        case .diff: return diff()
        case .lsp: return lsp()
        case .help: return .success
        }
    }

    /// A wrong command line: the message, a pointer to the help, and exit status 64.
    func usage(_ message: String, help command: Command? = nil) -> ExitCode {
        let pointer = command.map { "recount help \($0.rawValue)" } ?? "recount --help"
        standardError("recount: error: \(message)\nSee '\(pointer)'.\n")
        return .usage
    }

    /// A failure other than a wrong command line: the message and the exit status.
    func fail(_ message: String, _ code: ExitCode) -> ExitCode {
        standardError("recount: error: \(message)\n")
        return code
    }

    /// Writes to standard error, with no control character from input left raw.
    func standardError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(TerminalText.safe(text, style: style).utf8))
    }

    /// Writes a file's contents to standard output byte for byte: a report or a draft claims file
    /// asked for with `-o -` or by default, which is a file, not terminal output.
    func writeFile(toStandardOutput text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes to standard output, with no control character from input left raw: every
    /// command's terminal output goes through here.
    func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((TerminalText.safe(text, style: style) + terminator).utf8))
    }

    private func printDiagnostics(_ audit: Audit) {
        guard !audit.diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(files: audit.files, style: style)
        if arguments.format == "github" {
            print(renderer.renderGitHub(audit.diagnostics), terminator: "")
        } else {
            standardError(renderer.render(audit.diagnostics))
        }
    }

    /// Runs the audit and prints its diagnostics; nil, after saying what was not done, when
    /// the input could not be loaded.
    func load(_ paths: [String], otherwise skipped: String) -> Audit? {
        let audit = Audit.run(paths: paths, root: root)
        printDiagnostics(audit)
        guard !audit.loadFailed else {
            standardError("recount: the input could not be loaded; \(skipped)\n")
            return nil
        }
        return audit
    }

    private func check() -> ExitCode {
        guard let audit = load(arguments.paths, otherwise: "no verdicts were computed") else { return .loadFailure }
        let renderer = CheckRenderer(style: style, verbose: arguments.verbose)
        print(renderer.render(audit), terminator: "")
        if arguments.fragile { printFragile(audit) }
        if arguments.format == "github" {
            print(GitHubAnnotations.verdicts(audit), terminator: "")
        }
        return audit.results.contains { $0.verdict == .inconsistent } ? .findings : .success
    }

    private func explain() -> ExitCode {
        guard let id = arguments.paths.first else { return usage("explain needs a claim id") }
        guard let audit = load(Array(arguments.paths.dropFirst()), otherwise: "nothing to explain") else {
            return .loadFailure
        }
        guard let text = ExplainRenderer(style: style).render(claim: id, in: audit) else {
            return fail("no claim '\(id)'", .findings)
        }
        print(text, terminator: "")
        return .success
    }

    private func test() -> ExitCode {
        guard let audit = load(arguments.paths, otherwise: "nothing was tested") else { return .loadFailure }
        print(CheckRenderer(style: style, verbose: true).renderMismatches(audit), terminator: "")
        if arguments.verbose {
            let renderer = DiagnosticRenderer(files: audit.files, style: style)
            let warnings = audit.noExpectationWarnings
            standardError(arguments.format == "github" ? renderer.renderGitHub(warnings) : renderer.render(warnings))
        }
        if arguments.format == "github" {
            print(GitHubAnnotations.mismatches(audit.expectationMismatches), terminator: "")
        }
        // What moved since the committed reports, and the edits that moved it.
        for change in Baseline.changes(audit, root: root) {
            print(ComparisonRenderer(style: style).renderChanges(change.differences, since: change.path), terminator: "")
        }
        if arguments.update { return update(audit) }
        let tally = audit.expectations
        print(CheckRenderer(style: style).summary(tally))
        return tally.passes ? .success : .findings
    }

    /// `recount test --update`: every claim expects its current verdict, and the committed
    /// reports become the new baseline.
    private func update(_ audit: Audit) -> ExitCode {
        let update: Baseline.Update
        do {
            update = try Baseline.update(audit, paths: arguments.paths, root: root)
        } catch {
            return fail("\(error.path): \(error.reason)", .cannotWrite)
        }
        for edit in update.edits { standardError("updated \(edit.path): \(edit.claims.joined(separator: ", "))\n") }
        if update.loadFailed { return .loadFailure }
        for path in update.reports { standardError("wrote \(path)\n") }
        return .success
    }
}
