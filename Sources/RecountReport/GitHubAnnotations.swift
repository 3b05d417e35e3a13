import RecountEngine

/// GitHub Actions annotations for verdicts, so a pull request shows each finding on its line,
/// with the figures and the likely cause.
///
/// Every property and message is escaped as the Actions runner reads workflow commands: a
/// claims file named with a line break or `::` in it cannot start a command of its own.
public enum GitHubAnnotations {
    /// One `::error` per inconsistent claim and one `::warning` per undetermined claim, each with
    /// the finding the report prints: "The article says 12%, but 2 secondary sources report 123%
    /// (deviation −90.2%). Likely cause: …".
    public static func verdicts(_ audit: Audit) -> String {
        ReportModel.all(audit).flatMap { model in
            model.claims.compactMap { c -> String? in
                let r = c.result
                guard r.verdict == .inconsistent || r.verdict == .undetermined else { return nil }
                return annotation(r.verdict == .inconsistent ? "error" : "warning", r,
                                  title: "claim \(r.claim.id) is \(r.verdict.rawValue)",
                                  message: ReportSentences.finding(c, in: model))
            }
        }.joined()
    }

    /// One `::error` per claim whose verdict differs from its `expect`.
    public static func mismatches(_ results: [ClaimResult]) -> String {
        results.map { r in
            let message = "claim \(r.claim.id) expected \(r.claim.expect?.rawValue ?? "nothing"), got \(r.verdict.rawValue)"
            return annotation("error", r, title: "recount", message: message)
        }.joined()
    }

    private static func annotation(_ level: String, _ r: ClaimResult, title: String, message: String) -> String {
        let range = r.claim.range
        return command(level, [("file", range.path), ("line", String(range.start.line)),
                               ("col", String(range.start.column)), ("title", title)], message: message)
    }

    /// One workflow command line: `::LEVEL key=value,…::message`, every part escaped.
    public static func command(_ level: String, _ properties: [(String, String)], message: String) -> String {
        "::\(level) " + properties.map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
            + "::\(escapeData(message))\n"
    }

    /// A message as the runner reads it: `%`, CR and LF are written as `%25`, `%0D` and `%0A`.
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too, which end a property.
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
