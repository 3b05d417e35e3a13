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
        let enabled = arguments.color ?? (standardOutputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty)
        return TerminalStyle(enabled: enabled)
    }

    var root: URL {
        URL(fileURLWithPath: arguments.root ?? FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    func run() -> ExitCode {
        if arguments.version {
            print("recount \(Help.version)")
            return .success
        }
        if arguments.command == "help" {
            guard let text = Help.text(for: arguments.paths.first) else {
                return usage("unknown command '\(arguments.paths.first ?? "")'")
            }
            print(text)
            return .success
        }
        if arguments.help {
            guard let text = Help.text(for: arguments.command) else {
                return usage("unknown command '\(arguments.command ?? "")'")
            }
            print(text)
            return .success
        }
        if let option = arguments.misplacedOptions().first {
            return usage("'\(option)' is not an option of '\(arguments.command ?? "recount")'")
        }
        if let format = arguments.format, !Commands.formats(for: arguments.command).contains(format) {
            let allowed = Commands.formats(for: arguments.command)
            return usage("unknown format '\(format)'; use \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? "")")
        }
        switch arguments.command {
        case "check": return check()
        case "test": return test()
        case "explain": return explain()
        case "extract": return extract()
        case "report": return report()
        case "fmt": return fmt()
        case "what-if": return whatIf()
        case "impact": return impact()
        case "diff": return diff()
        case nil:
            FileHandle.standardError.write(Data((Help.overview + "\n").utf8))
            return .usage
        case let other?:
            return usage("unknown command '\(other)'")
        }
    }

    func usage(_ message: String) -> ExitCode {
        let text = "recount: error: \(message)\nSee 'recount --help'.\n"
        FileHandle.standardError.write(Data(text.utf8))
        return .usage
    }

    private func printDiagnostics(_ audit: Audit) {
        guard !audit.diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(files: audit.files, style: style)
        if arguments.format == "github" {
            print(renderer.renderGitHub(audit.diagnostics), terminator: "")
        } else {
            FileHandle.standardError.write(Data(renderer.render(audit.diagnostics).utf8))
        }
    }

    /// Runs the audit and prints its diagnostics; nil, after saying what was not done, when
    /// the input could not be loaded.
    func load(_ paths: [String], otherwise skipped: String) -> Audit? {
        let audit = Audit.run(paths: paths, root: root)
        printDiagnostics(audit)
        guard !audit.loadFailed else {
            FileHandle.standardError.write(Data("recount: the input could not be loaded; \(skipped)\n".utf8))
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
            print(GitHubAnnotations.verdicts(audit.results), terminator: "")
        }
        return audit.results.contains { $0.verdict == .inconsistent } ? .findings : .success
    }

    private func explain() -> ExitCode {
        guard let id = arguments.paths.first else { return usage("explain needs a claim id") }
        guard let audit = load(Array(arguments.paths.dropFirst()), otherwise: "nothing to explain") else {
            return .loadFailure
        }
        guard let text = ExplainRenderer(style: style).render(claim: id, in: audit) else {
            FileHandle.standardError.write(Data("recount: error: no claim '\(id)'\n".utf8))
            return .findings
        }
        print(text, terminator: "")
        return .success
    }

    private func test() -> ExitCode {
        guard let audit = load(arguments.paths, otherwise: "nothing was tested") else { return .loadFailure }
        let mismatches = audit.expectationMismatches
        let renderer = CheckRenderer(style: style, verbose: true)
        for result in mismatches {
            let expected = result.claim.expect?.rawValue ?? ""
            print("\(style.bold("mismatch")): \(result.claim.id) expected \(expected), got \(result.verdict.rawValue)")
            print(renderer.render(result, in: audit), terminator: "")
        }
        let unexpected = audit.claimsWithoutExpectation
        if arguments.verbose {
            let warnings = unexpected.map { Diagnostic(.noExpectation($0.claim.id), at: $0.claim.range) }
            let renderer = DiagnosticRenderer(files: audit.files, style: style)
            FileHandle.standardError.write(Data((arguments.format == "github"
                ? renderer.renderGitHub(warnings) : renderer.render(warnings)).utf8))
        }
        if arguments.format == "github" {
            print(GitHubAnnotations.mismatches(mismatches), terminator: "")
        }
        // What moved since the committed reports, and the edits that moved it.
        for (baseline, differences) in baselineChanges(audit) {
            print(ComparisonRenderer(style: style).renderChanges(differences, since: baseline), terminator: "")
        }
        if arguments.update { return update(audit) }
        let checked = audit.results.count - unexpected.count
        let passed = checked - mismatches.count
        var line = "\(passed) passed, \(mismatches.count) failed"
        if !unexpected.isEmpty { line += ", \(unexpected.count) without expectation" }
        print(line)
        return mismatches.isEmpty ? .success : .findings
    }
}
