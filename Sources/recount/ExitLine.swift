import RecountEngine

/// The one line that closes `check`'s terminal output when it exits 1, saying why: a first run
/// that ends in status 1 should not look like a crash.
enum ExitLine {
    /// `exit 1: 8 claims are inconsistent`, or nothing when no claim is.
    static func check(_ audit: Audit) -> String? {
        let count = audit.results.filter { $0.verdict == .inconsistent }.count
        guard count > 0 else { return nil }
        let claims = count == 1 ? "1 claim is" : "\(count) claims are"
        return "exit \(ExitCode.findings.rawValue): \(claims) inconsistent\n"
    }
}
