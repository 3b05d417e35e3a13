import RecountEngine
import RecountKit
import RecountReport

/// The help text of the tool and of each command.
enum Help {
    static let version = "0.1.0"

    /// The overview, with one line per command of the registry.
    static let overview = """
    OVERVIEW: Recount checks the numbers in an article against each other and against sourced evidence.

    USAGE: recount <command> [options] [path ...]

    COMMANDS:
    \(Command.allCases.map { "  " + $0.rawValue.padding(to: 10) + $0.summary }.joined(separator: "\n"))

    OPTIONS:
      --version     Print the version.
      -h, --help    Show help.

    See 'recount help <command>' for a command's options.
    """

    /// The options of `check` and `test` that choose how much is printed and what fails.
    static let outputModes = """
      -q, --quiet        One line per problem (diagnostic, inconsistent or undetermined
                         claim), then the summary.
      --summary          Only the summary line, and the errors that stopped loading.
      -W error           Fail (exit 1) when a warning is printed.
      --allow <code>     Do not print warnings with this code, nor count them for -W error.
                         Repeatable. 'recount explain CODE' says what a code means.
    """

    /// `--format` of the commands that print text or GitHub annotations only.
    static let textFormat = """
      --format <format>  text (default) or github (GitHub Actions annotations).
    """

    static let shared = """
      --root <dir>       The project root: default paths and 'use' lines are confined to it.
                         Default: the nearest folder, from the current one up, that holds
                         Claims/ and Evidence/ (or a .recount file); else the current folder.
                         Paths on the command line are read from the current folder.
      --color, --no-color
                         Force colour on or off. By default colour is used on a terminal
                         unless NO_COLOR is set.
      -h, --help         Show this help.
    """

    static let check = """
    OVERVIEW: Check claims against the evidence and print every verdict.

    USAGE: recount check [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
      -v, --verbose      Show the arithmetic of every claim, not only of the ones that fail.
      --fragile          Also list the claims whose verdict flips when a single input figure
                         (a fact's, a claim's or a reading's) moves by one unit of its last
                         printed digit, up or down. The engine runs twice per input.
    \(outputModes)
      --format <format>  text (default), github (GitHub Actions annotations) or json (the
                         whole audit as one JSON document on standard output).
    \(shared)

    A path '-' reads a claims file from standard input; its 'use' lines are read from the
    current folder.

    EXIT STATUS:
      0  no claim is inconsistent
      1  some claim is inconsistent (or, with -W error, some warning was printed)
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong
    """

    static let test = """
    OVERVIEW: Check that every claim's verdict equals the verdict it expects, and say which edits
    moved a verdict since the committed report in Reports/ (the baseline).

    USAGE: recount test [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
      -v, --verbose      Also list the claims that have no 'expect' line.
      --update           Rewrite every 'expect' to the current verdict and regenerate the
                         reports in Reports/, the new baseline. Nothing is written without it.
    \(outputModes)
      --format <format>  text (default), github (GitHub Actions annotations) or json (the
                         expectations and the whole audit as one JSON document).
    \(shared)

    A path '-' reads a claims file from standard input.

    EXIT STATUS:
      0  every claim with an 'expect' line got that verdict (or --update wrote the files)
      1  some verdict differs from its 'expect' (each is listed with its arithmetic)
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong
      73 --update could not write a file
    """

    static let diff = """
    OVERVIEW: Compare two JSON reports: the claims whose verdict, stated or recomputed figure
    moved, and the claims added or removed.

    USAGE: recount diff <old.json> <new.json>

    EXIT STATUS:
      0  no verdict changed
      1  some verdict changed, or a claim was added or removed
      2  a file could not be read, or is not a Recount JSON report
      64 the command line is wrong
    """

    static let extract = """
    OVERVIEW: Draft a claims file from an article's text: one claim per numeric statement, with
    its verbatim quote, its paragraph and the figure it states.

    USAGE: recount extract <article> [-o <file>] [--input <format>] [--suggest] [--force]
                           [--update]

    ARGUMENTS:
      <article>          The article as UTF-8 text, Markdown or HTML, or '-' for standard
                         input. Paragraphs are separated by blank lines; bullet and numbered
                         items, headings and table rows are paragraphs of their own.

    OPTIONS:
      -o, --output <file>
                         Write the claims file here instead of to standard output. The file
                         names the article's text with `text` when the article is under the
                         root, so that `check` finds every quote in it.
      --suggest          Also propose formulas: which figures follow from which (×12, ÷12,
                         ×4, ÷4, ÷10, sums, differences, shares, growth, restatements) and
                         which almost do. They are written as comments under their claim.
      --input <format>   Read the article as 'text', 'markdown' or 'html'. Default: by its
                         extension (.md, .markdown, .html, .htm), else by its content. Markup,
                         front matter, link targets, scripts and styles are dropped, so their
                         digits are never drafted; `check` reads the article the same way.
      --force            Replace the output file if it exists.
      --update           Merge into the existing output file by quote: claims whose quote is
                         still drafted keep every edit, new statements are added with fresh
                         ids, and claims whose quote vanished get the note "stale: the quote
                         is no longer in the article". Needs -o; not with --suggest.
      --root <dir>       The project root. Default: the project found from the current
                         folder up (see 'recount help check'), else the current folder.
      -h, --help         Show this help.

    No claim names a quantity: each states its figure only, and `recount check` reports it
    as undetermined until it is edited. The output is written atomically: a temporary file
    in the same folder, then a rename.

    EXIT STATUS:
      0  the claims file was written
      2  the article cannot be read
      64 the command line is wrong
      73 the output file exists (use --force or --update), cannot be written, or
         has syntax errors (with --update)
    """

    static let initialize = """
    OVERVIEW: Write a small working project to start from: a short article's text and claims in
    Claims/, the evidence in Evidence/, the reports in Reports/ and a .gitignore.

    USAGE: recount init [folder]

    ARGUMENTS:
      <folder>           Where to write the project; it is created if needed.
                         Default: the current directory.

    The project checks clean: 'recount check' exits 0 with no warning, and 'recount test'
    passes. No file is replaced: when one of the project's files exists, they are listed and
    nothing is written. The files are written atomically: temporary files, then renames.

    EXIT STATUS:
      0  the project was written
      64 the command line is wrong
      73 a file exists, or cannot be written
    """

    static let explain = """
    OVERVIEW: Show one claim's checks with their derivation trees, and every conflict it is part of;
    or what a diagnostic code means.

    USAGE: recount explain <claim> [options] [path ...]
           recount explain <code>

    ARGUMENTS:
      <claim>            The id of the claim. A claim id a slip away from one of the project's
                         is suggested.
      <code>             A diagnostic code, R and three digits (R401, r401): its severity, its
                         message, when it is raised, its hint and an example with what Recount
                         prints for it. No file is read.
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
    \(textFormat)
    \(shared)

    EXIT STATUS:
      0  the claim or the code was explained
      1  there is no claim with this id
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong, or no diagnostic has the code
    """

    static let report = """
    OVERVIEW: Write each article's audit report: Markdown for people, JSON for machines, or
    schema.org ClaimReview JSON-LD.

    USAGE: recount report [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
      -o, --output <file>
                         Write one article's report to <file> instead of Reports/; '-' writes
                         to standard output. Refused when several articles are loaded.
      --format <format>  markdown, json or claimreview. Without -o, only that format is
                         written to Reports/ (claimreview as <article>.claimreview.jsonld).
                         Default: with -o, the format the file name suggests (.md, .json,
                         .jsonld), else markdown; without -o, Reports/<article>.md and
                         Reports/<article>.json for every article.
      --date <date>      Print this date (YYYY-MM-DD) as the date checked. Reports carry no
                         date otherwise, so the same input always gives the same bytes.
      --base-url <url>   The address the project's root is published under (http or https),
                         e.g. https://github.com/ORG/REPO/blob/main/: links to claims and
                         ledger files become absolute, and each ClaimReview's url is under
                         it. Default: the article's 'report-url', and relative links.
      --root <dir>       The project root: default paths and 'use' lines are confined to it,
                         and Reports/ is written under it. Default: the current directory.
      --color, --no-color
                         Force colour on or off in diagnostics.
      -h, --help         Show this help.

    Files are written atomically: a temporary file, then a rename. Input that cannot be loaded
    writes nothing and leaves existing reports as they were. The files written are listed on
    standard error.

    EXIT STATUS:
      0  the reports were written (also when some claims are inconsistent)
      2  the input could not be loaded (errors are printed), or it has no claims;
         nothing was written
      64 the command line is wrong
      73 a report file could not be written
    """

    static let whatIf = """
    OVERVIEW: Check the files again with the article's figure for a quantity, or the ledger's,
    replaced, and print only what changes: verdicts, recomputed figures and conflicts. The
    files are not touched.

    USAGE: recount what-if [--set <quantity>=<value> ...] [--set-evidence <quantity>=<value> ...]
                           [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
      --set <quantity>=<value>
                         What if the article had said <value>: put it in place of each
                         claim and each reading that states <quantity>, leaving the ledger's
                         facts alone. Both are written as in a file, hedges and units
                         included: --set 'msft.ai_run_rate.yoy @ FY2026Q3=123%'. A quantity
                         the article states nothing for is refused (R422). Repeatable.
      --set-evidence <quantity>=<value>
                         What if the evidence said <value>: put it in place of each ledger
                         fact about <quantity>, leaving the article's figures alone. When the
                         ledger has none, the figure is added as a fact from 'what-if'.
                         Repeatable; combines with --set.
    \(textFormat)
    \(shared)

    EXIT STATUS:
      0  no verdict changes
      1  some verdict changes
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong, or an override cannot be read (its position in the
         argument is shown)
    """

    static let impact = """
    OVERVIEW: List the claims that depend on a quantity, directly or through relations and
    conflicts, and the margin within which each verdict holds.

    USAGE: recount impact <quantity> [options] [path ...]

    ARGUMENTS:
      <quantity>         The quantity as written in a file, quoted: 'msft.ai_run_rate @ FY2026Q3'.
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
    \(textFormat)
    \(shared)

    Margins are found by bisection: exact values of the quantity are put in place of every
    figure stated for it (as 'what-if' with both --set and --set-evidence does), stepping out
    from the first ledger figure (else the first claim's) on each side, then narrowing each
    first flip to 0.01% of it. Bounds are printed inside the margin and can be pasted into
    'recount what-if --set QUANTITY=exactly FIGURE --set-evidence QUANTITY=exactly FIGURE'.

    EXIT STATUS:
      0  the margins were measured
      1  nothing states the quantity, so there is no figure to move
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong, or the quantity cannot be read
    """

    static let fmt = """
    OVERVIEW: Rewrite claims and ledger files in the canonical layout: two-space indentation,
    attributes in a fixed order, one space between words, comments kept with their lines.

    USAGE: recount fmt [--check] [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root. 'use' lines are not
                         followed.

    OPTIONS:
      --check            Change nothing; print a unified diff of each file that is not in the
                         canonical layout.
      --root <dir>       The project root. Default: the project found from the current
                         folder up (see 'recount help check'), else the current folder.
      --color, --no-color
                         Force colour on or off in diagnostics.
      -h, --help         Show this help.

    Figures, periods, units and ids are kept exactly as written. A file is rewritten only when
    it changes, atomically (a temporary file, then a rename). A file with syntax errors, or
    one whose comments could not be kept in place, is left as it is and reported.

    EXIT STATUS:
      0  every file is in the canonical layout (now)
      1  with --check: some file would change
      2  some file could not be read, parsed, formatted or written; it was left unchanged
      64 the command line is wrong
    """

    /// The help of a command, or the overview.
    static let lsp = """
    OVERVIEW: Run a Language Server Protocol server for editors, speaking JSON-RPC on standard
    input and output. It publishes diagnostics as you type, shows a claim's verdict and
    arithmetic (or a quantity's facts) on hover, and jumps to the facts of a quantity and to
    the declaration of a claim, an entity or a source.

    USAGE: recount lsp

    Each file is checked with the project it belongs to: the nearest folder above it that holds
    Claims/ and Evidence/, or else its own folder. Unsaved buffers are read in place of the disk.

    OPTIONS:
      -h, --help         Show this help.

    EXIT STATUS:
      0  the client sent 'shutdown' and then 'exit'
      1  the client sent 'exit' without 'shutdown', or closed the input first
    """

    static func text(for command: Command?) -> String {
        switch command {
        case nil, .help?: overview
        case .initialize?: initialize
        case .check?: check
        case .test?: test
        case .explain?: explain
        case .diff?: diff
        case .extract?: extract
        case .report?: report
        case .whatIf?: whatIf
        case .impact?: impact
        case .fmt?: fmt
        case .lsp?: lsp
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
