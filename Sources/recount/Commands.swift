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
    let workingDirectory: URL
    /// The project root: `--root`, or else the nearest folder at or above the current one that
    /// is a project (`ProjectDiscovery`), or else the current folder.
    let root: URL

    init(arguments: Arguments, environment: [String: String], standardOutputIsTerminal: Bool,
         workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)) {
        self.arguments = arguments
        self.environment = environment
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.workingDirectory = workingDirectory
        self.root = arguments.root.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: workingDirectory).absoluteURL }
            ?? ProjectDiscovery.root(from: workingDirectory) ?? workingDirectory
    }

    /// Command-line paths, typed relative to the current folder, as the library names them:
    /// relative to the root (see `CommandLinePath`).
    func filePaths(_ paths: [String]) -> [String] {
        paths.map { CommandLinePath.resolve($0, from: workingDirectory, root: root) }
    }

    /// The whole of standard input as UTF-8 text, for a path `-`; nil, after saying why, when
    /// it is not UTF-8.
    func readStandardInput() -> String? {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        switch TextFile.decode(bytes) {
        case .success(let text): return text
        case .failure(let failure):
            let at = failure.location.map { "\(Loader.StandardInput.name):\($0.line):\($0.column): " } ?? ""
            standardError("\(at)error: cannot read standard input: \(failure.reason)\n")
            return nil
        }
    }

    func run() -> ExitCode {
        if arguments.version {
            print("recount \(Help.version)")
            return .success
        }
        var command: Command?
        if let name = arguments.command {
            guard let known = Command(rawValue: name) else { return usage(DidYouMean.command(name)) }
            command = known
        }
        if command == .help || arguments.help {
            let topic = command == .help ? arguments.paths.first : arguments.command
            guard let name = topic else {
                print(Help.text(for: nil))
                return .success
            }
            guard let known = Command(rawValue: name) else { return usage(DidYouMean.command(name)) }
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
            let near = DidYouMean.suffix(format, among: allowed)
            guard near.isEmpty else { return usage("unknown format '\(format)'" + near) }
            return usage("unknown format '\(format)'; use \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? "")")
        }
        switch command {
        case .initialize: return initialize()
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

    /// Prints diagnostics in the form the command line asks for: GitHub annotations, one line
    /// each (`--quiet`; `--summary` shows only errors), or in full with the source line. Those
    /// of an `--allow`ed code are left out.
    func printDiagnostics(_ diagnostics: [Diagnostic], files: [String: SourceFile]) {
        var diagnostics = allowedOut(diagnostics)
        if arguments.summaryOnly { diagnostics = diagnostics.filter { $0.severity == .error } }
        guard !diagnostics.isEmpty, arguments.format != "json" else { return }
        let renderer = DiagnosticRenderer(files: files, style: style)
        if arguments.format == "github" {
            print(renderer.renderGitHub(diagnostics), terminator: "")
        } else if arguments.quiet || arguments.summaryOnly {
            standardError(renderer.renderBrief(diagnostics))
        } else {
            standardError(renderer.render(diagnostics))
        }
    }

    /// Runs the audit of command-line paths, reading standard input for `-`; nil, after saying
    /// why, when standard input is not text.
    func audit(_ paths: [String]) -> Audit? {
        var input: Loader.StandardInput?
        if paths.contains(Loader.standardInputPath) {
            guard let text = readStandardInput() else { return nil }
            input = Loader.StandardInput(text: text, folder: workingDirectory)
        }
        return Audit.run(paths: filePaths(paths), root: root, standardInput: input)
    }

    /// Runs the audit and prints its diagnostics; nil, after saying what was not done, when
    /// the input could not be loaded.
    func load(_ paths: [String], otherwise skipped: String) -> Audit? {
        guard let audit = audit(paths) else {
            standardError("recount: the input could not be loaded; \(skipped)\n")
            return nil
        }
        printDiagnostics(audit.diagnostics, files: audit.files)
        guard !audit.loadFailed else {
            standardError("recount: the input could not be loaded; \(skipped)\n")
            return nil
        }
        return audit
    }

    private func check() -> ExitCode {
        if let problem = OutputMode.problem(arguments) { return usage(problem, help: .check) }
        if arguments.format == "json" {
            // The diagnostics are in the document, so that a failed load is one too.
            guard let audit = audit(arguments.paths) else { return .loadFailure }
            writeFile(toStandardOutput: AuditJSON.check(audit, allowed: OutputMode.allowedCodes(arguments)))
            if audit.loadFailed { return .loadFailure }
            let inconsistent = audit.results.contains { $0.verdict == .inconsistent }
            return failsOnWarnings(audit.diagnostics) || inconsistent ? .findings : .success
        }
        guard let audit = load(arguments.paths, otherwise: "no verdicts were computed") else {
            return .loadFailure
        }
        let renderer = CheckRenderer(style: style, verbose: arguments.verbose)
        switch arguments.format {
        case _ where arguments.summaryOnly: print(renderer.summary(audit))
        case _ where arguments.quiet: print(renderer.renderBrief(audit), terminator: "")
        default: print(renderer.render(audit), terminator: "")
        }
        if arguments.fragile { printFragile(audit) }
        if arguments.format == "github" {
            print(GitHubAnnotations.verdicts(audit), terminator: "")
        }
        if arguments.format == nil || arguments.format == "text", !arguments.summaryOnly, let line = ExitLine.check(audit) {
            standardError(line)
        }
        let inconsistent = audit.results.contains { $0.verdict == .inconsistent }
        return failsOnWarnings(audit.diagnostics) || inconsistent ? .findings : .success
    }

    private func explain() -> ExitCode {
        guard let id = arguments.paths.first else { return usage("explain needs a claim id") }
        if DiagnosticCodeRenderer.looksLikeCode(id) { return explainCode(id) }
        guard let audit = load(Array(arguments.paths.dropFirst()), otherwise: "nothing to explain") else {
            return .loadFailure
        }
        guard let text = ExplainRenderer(style: style).render(claim: id, in: audit) else {
            // A slip in a code ("R4O1") names no claim either: suggest the nearer of both kinds.
            let near = DidYouMean.suffix(id, among: audit.results.map(\.claim.id))
            let code = DidYouMean.suffix(id.uppercased(), among: DiagnosticDocumentation.codes)
            return fail("no claim '\(id)'" + (near.isEmpty ? code : near), .findings)
        }
        print(text, terminator: "")
        return .success
    }

    private func test() -> ExitCode {
        if let problem = OutputMode.problem(arguments) { return usage(problem, help: .test) }
        if arguments.update, arguments.paths.contains(Loader.standardInputPath) {
            return usage("test --update rewrites the claims files; standard input cannot be rewritten", help: .test)
        }
        if arguments.format == "json" {
            guard let audit = audit(arguments.paths) else { return .loadFailure }
            writeFile(toStandardOutput: AuditJSON.test(audit, verbose: arguments.verbose, allowed: OutputMode.allowedCodes(arguments)))
            if audit.loadFailed { return .loadFailure }
            let warnings = arguments.verbose ? audit.noExpectationWarnings : []
            return audit.expectations.passes && !failsOnWarnings(audit.diagnostics + warnings) ? .success : .findings
        }
        guard let audit = load(arguments.paths, otherwise: "nothing was tested") else { return .loadFailure }
        let warnings = arguments.verbose ? audit.noExpectationWarnings : []
        if !arguments.summaryOnly {
            let renderer = CheckRenderer(style: style, verbose: true)
            print(arguments.quiet ? renderer.renderBriefMismatches(audit) : renderer.renderMismatches(audit), terminator: "")
        }
        printDiagnostics(warnings, files: audit.files)
        if arguments.format == "github" {
            print(GitHubAnnotations.mismatches(audit.expectationMismatches), terminator: "")
        }
        // What moved since the committed reports, and the edits that moved it.
        for change in Baseline.changes(audit, root: root) where !arguments.summaryOnly {
            print(ComparisonRenderer(style: style).renderChanges(change.differences, since: change.path), terminator: "")
        }
        if arguments.update { return update(audit) }
        let tally = audit.expectations
        print(CheckRenderer(style: style).summary(tally))
        return tally.passes && !failsOnWarnings(audit.diagnostics + warnings) ? .success : .findings
    }

    /// `recount test --update`: every claim expects its current verdict, and the committed
    /// reports become the new baseline.
    private func update(_ audit: Audit) -> ExitCode {
        let update: Baseline.Update
        do {
            update = try Baseline.update(audit, paths: filePaths(arguments.paths), root: root)
        } catch {
            return fail("\(error.path): \(error.reason)", .cannotWrite)
        }
        for edit in update.edits { standardError("updated \(edit.path): \(edit.claims.joined(separator: ", "))\n") }
        if update.loadFailed { return .loadFailure }
        for path in update.reports { standardError("wrote \(path)\n") }
        return .success
    }
}
