/// The help text of the tool and of each command.
enum Help {
    static let version = "0.1.0"

    static let overview = """
    OVERVIEW: Recount checks the numbers in an article against each other and against sourced evidence.

    USAGE: recount <command> [options] [path ...]

    COMMANDS:
      check     Check claims against the evidence and print every verdict.
      test      Check that every claim's verdict equals its 'expect'.
      explain   Show one claim's derivation trees and conflict sets.
      help      Show help for a command.

    OPTIONS:
      --version     Print the version.
      -h, --help    Show help.

    See 'recount help <command>' for a command's options.
    """

    static let shared = """
      --root <dir>       The project root: default paths and 'use' lines are confined to it.
                         Default: the current directory.
      --format <format>  text (default) or github (GitHub Actions annotations).
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
    \(shared)

    EXIT STATUS:
      0  no claim is inconsistent
      1  some claim is inconsistent
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong
    """

    static let test = """
    OVERVIEW: Check that every claim's verdict equals the verdict it expects.

    USAGE: recount test [options] [path ...]

    ARGUMENTS:
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
      -v, --verbose      Also list the claims that have no 'expect' line.
    \(shared)

    EXIT STATUS:
      0  every claim with an 'expect' line got that verdict
      1  some verdict differs from its 'expect' (each is listed with its arithmetic)
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong
    """

    static let explain = """
    OVERVIEW: Show one claim's checks with their derivation trees, and every conflict it is part of.

    USAGE: recount explain <claim> [options] [path ...]

    ARGUMENTS:
      <claim>            The id of the claim.
      <path>             Claims (.claims) and ledger (.ledger) files, or folders holding them.
                         Default: Claims/ and Evidence/ under the root.

    OPTIONS:
    \(shared)

    EXIT STATUS:
      0  the claim was explained
      1  there is no claim with this id
      2  the input could not be loaded (errors are printed)
      64 the command line is wrong
    """

    static func text(for command: String?) -> String? {
        switch command {
        case nil, "help": overview
        case "check": check
        case "test": test
        case "explain": explain
        default: nil
        }
    }
}
