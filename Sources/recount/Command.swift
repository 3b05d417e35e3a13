import RecountReport

/// The commands of `recount`, in the order the overview lists them: the one registry that the
/// dispatcher, the help and the option check all read.
enum Command: String, CaseIterable {
    case initialize = "init"
    case check, test, explain, extract, report
    case whatIf = "what-if"
    case impact, fmt, diff, lsp, help

    /// The command's line in the overview.
    var summary: String {
        switch self {
        case .initialize: "Write a small working project to start from: an article, its claims and evidence."
        case .check: "Check claims against the evidence and print every verdict."
        case .test: "Check that every claim's verdict equals its 'expect'."
        case .explain: "Show one claim's derivation trees and conflict sets, or what a code means."
        case .extract: "Draft a claims file from an article's text; --suggest proposes formulas."
        case .report: "Write the audit report: Markdown and JSON in Reports/, or ClaimReview JSON-LD."
        case .whatIf: "Check again with a quantity's figures replaced, and print what changes."
        case .impact: "List the claims that depend on a quantity, and how far it can move."
        case .fmt: "Rewrite claims and ledger files in the canonical layout."
        case .diff: "Compare two JSON reports: the verdicts and figures that moved."
        case .lsp: "Run a Language Server Protocol server on stdin and stdout, for editors."
        case .help: "Show help for a command."
        }
    }

    /// The options the command takes besides `--root`, `--format`, colour, `-v` and `-h`.
    var options: Set<Arguments.Option> {
        switch self {
        case .report: [.output, .date, .baseURL]
        case .extract: [.output, .input, .suggest, .force, .update]
        case .whatIf: [.set, .setEvidence]
        case .impact: [.set]
        case .fmt: [.check]
        case .check: [.fragile, .quiet, .summary, .warnings, .allow]
        case .test: [.update, .quiet, .summary, .warnings, .allow]
        case .explain, .diff, .help, .initialize, .lsp: []
        }
    }

    /// The values `--format` takes: `report` writes reports, the other commands print text or
    /// GitHub annotations.
    var formats: [String] {
        switch self {
        case .report: ReportFormat.allCases.map(\.rawValue)
        case .check, .test: ["text", "github", "json"]
        default: ["text", "github"]
        }
    }
}
