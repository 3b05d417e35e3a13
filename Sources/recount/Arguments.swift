/// The parsed command line: a command, its options and its paths.
///
/// Hand-written because Recount takes no package dependencies. Options may come before or after
/// paths; `--` ends options.
struct Arguments: Equatable {
    var command: String?
    var paths: [String] = []
    var root: String?
    var format: String?
    /// `-o`/`--output`: where `report` writes; `-` is standard output.
    var output: String?
    /// `--input text|markdown|html`: how `extract` reads the article, instead of detecting it.
    var input: String?
    /// `--date YYYY-MM-DD`: the date `report` prints; reports carry none otherwise.
    var date: String?
    /// `--base-url URL`: where the project's root is published, for `report`'s links and ClaimReview `url`.
    var baseURL: String?
    var color: Bool?
    /// `--set QUANTITY=VALUE`, repeatable: the overrides of `what-if` of the article's figures.
    var overrides: [String] = []
    /// `--set-evidence QUANTITY=VALUE`, repeatable: the overrides of `what-if` of the ledger's facts.
    var evidenceOverrides: [String] = []
    /// `--check`: `fmt` only reports the files it would change.
    var checkOnly = false
    /// `--fragile`: `check` also lists claims whose verdict flips when one input moves by one
    /// unit of its last printed digit.
    var fragile = false
    /// `--update`: `test` rewrites the expectations and the baseline reports.
    var update = false
    /// `--suggest`: `extract` also proposes formulas among the article's figures.
    var suggest = false
    /// `--force`: `extract` may replace an existing output file.
    var force = false
    var verbose = false
    /// `-q`/`--quiet`: `check` and `test` print one line per problem and the summary.
    var quiet = false
    /// `--summary`: `check` and `test` print only the summary (and what stopped loading).
    var summaryOnly = false
    /// `-W error`: a warning fails `check` and `test` as an inconsistency does.
    var warningsAreErrors = false
    /// `--allow CODE`, repeatable: warnings with the code are not shown and do not count.
    var allowed: [String] = []
    var help = false
    var version = false

    /// What went wrong reading the command line.
    struct UsageError: Error, Equatable {
        var message: String
    }

    /// Options that take a value.
    static let valued: Set<String> = ["--root", "--format", "--output", "--input", "--date", "--base-url", "--set", "--set-evidence",
                                      "--allow", "-W"]

    /// The options that only some commands take.
    enum Option: String, CaseIterable {
        case output = "--output"
        case input = "--input"
        case date = "--date"
        case baseURL = "--base-url"
        case set = "--set"
        case setEvidence = "--set-evidence"
        case check = "--check"
        case fragile = "--fragile"
        case update = "--update"
        case suggest = "--suggest"
        case force = "--force"
        case quiet = "--quiet"
        case summary = "--summary"
        case warnings = "-W"
        case allow = "--allow"
    }

    /// Whether the command line gives `option`.
    func gives(_ option: Option) -> Bool {
        switch option {
        case .output: output != nil
        case .input: input != nil
        case .date: date != nil
        case .baseURL: baseURL != nil
        case .set: !overrides.isEmpty
        case .setEvidence: !evidenceOverrides.isEmpty
        case .check: checkOnly
        case .fragile: fragile
        case .update: update
        case .suggest: suggest
        case .force: force
        case .quiet: quiet
        case .summary: summaryOnly
        case .warnings: warningsAreErrors
        case .allow: !allowed.isEmpty
        }
    }

    /// The options given that `command` does not take, so that none is silently ignored.
    func misplacedOptions(for command: Command?) -> [String] {
        let taken = command?.options ?? []
        return Option.allCases.filter { gives($0) && !taken.contains($0) }.map(\.rawValue)
    }

    static func parse(_ argv: [String]) throws(UsageError) -> Arguments {
        var a = Arguments()
        var i = 0
        var optionsEnded = false
        while i < argv.count {
            let arg = argv[i]
            i += 1
            if optionsEnded || !arg.hasPrefix("-") || arg == "-" {
                if a.command == nil && a.paths.isEmpty && !optionsEnded { a.command = arg } else { a.paths.append(arg) }
                continue
            }
            var name = arg
            var inlineValue: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            func value() throws(UsageError) -> String {
                let given: String
                if let inlineValue {
                    given = inlineValue
                } else {
                    guard i < argv.count else { throw UsageError(message: "option '\(name)' needs a value") }
                    i += 1
                    given = argv[i - 1]
                }
                // An empty value is a slip of the shell (`-o "$UNSET"`), never a file or a root.
                guard !given.isEmpty else {
                    throw UsageError(message: "option '\(name)' needs a value, not an empty one"
                                     + (name == "-o" || name == "--output" ? "; '-' writes to standard output" : ""))
                }
                return given
            }
            switch name {
            case "--": optionsEnded = true
            case "-h", "--help": a.help = true
            case "--version": a.version = true
            case "-v", "--verbose": a.verbose = true
            case "--color": a.color = true
            case "--no-color": a.color = false
            case "--root": a.root = try value()
            case "--format": a.format = try value()
            case "-o", "--output": a.output = try value()
            case "--input": a.input = try value()
            case "--date": a.date = try value()
            case "--base-url": a.baseURL = try value()
            case "--set": a.overrides.append(try value())
            case "--set-evidence": a.evidenceOverrides.append(try value())
            case "--check": a.checkOnly = true
            case "--fragile": a.fragile = true
            case "--update": a.update = true
            case "--suggest": a.suggest = true
            case "--force": a.force = true
            case "-q", "--quiet": a.quiet = true
            case "--summary": a.summaryOnly = true
            case "--allow": a.allowed.append(try value())
            case "-W", "-Werror":
                let level = name == "-Werror" ? "error" : try value()
                guard level == "error" else {
                    throw UsageError(message: "-W takes 'error' (-W error: warnings fail the check), not '\(level)'")
                }
                a.warningsAreErrors = true
            default: throw UsageError(message: DidYouMean.option(name))
            }
            if inlineValue != nil && !Arguments.valued.contains(name) {
                throw UsageError(message: "option '\(name)' takes no value")
            }
        }
        return a
    }
}
