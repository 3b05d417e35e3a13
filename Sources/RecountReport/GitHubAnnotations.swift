import RecountEngine

/// GitHub Actions annotations for verdicts, so a pull request shows each finding on its line.
public enum GitHubAnnotations {
    /// One `::error` per inconsistent claim and one `::warning` per undetermined claim.
    public static func verdicts(_ results: [ClaimResult]) -> String {
        results.compactMap { r -> String? in
            switch r.verdict {
            case .inconsistent: annotation("error", r, "claim \(r.claim.id) is inconsistent")
            case .undetermined: annotation("warning", r, "claim \(r.claim.id) is undetermined")
            default: nil
            }
        }.joined()
    }

    /// One `::error` per claim whose verdict differs from its `expect`.
    public static func mismatches(_ results: [ClaimResult]) -> String {
        results.map { r in
            annotation("error", r, "claim \(r.claim.id) expected \(r.claim.expect?.rawValue ?? "nothing"), got \(r.verdict.rawValue)")
        }.joined()
    }

    private static func annotation(_ level: String, _ r: ClaimResult, _ message: String) -> String {
        let range = r.claim.range
        return "::\(level) file=\(range.path),line=\(range.start.line),col=\(range.start.column),title=recount::\(message)\n"
    }
}
