/// The exit statuses of `recount`, as documented in each command's help.
enum ExitCode: Int32 {
    case success = 0
    /// `check`: a claim is inconsistent. `test`: a verdict differs from its expectation.
    case findings = 1
    /// The input could not be loaded.
    case loadFailure = 2
    /// `report`: a report file could not be written (EX_CANTCREAT).
    case cannotWrite = 73
    /// The command line is wrong (EX_USAGE).
    case usage = 64
}
