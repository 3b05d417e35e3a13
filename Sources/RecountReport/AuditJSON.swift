import RecountCore
import RecountEngine
import RecountModel

/// What `recount check --format json` and `recount test --format json` print: the whole audit
/// as one JSON document, for scripts and editors.
///
/// The claim and conflict objects are the report's (`JSONReport`, documented in
/// `ReportSchema.md`), grouped by article as `recount report` groups them; the summary and the
/// diagnostics cover every file loaded. Keys always appear, in a fixed order.
public enum AuditJSON {
    /// The version of these two documents' own keys; the claim objects follow the report's.
    public static let schemaVersion = "1.0.0"

    /// `check`: every verdict, grouped by article, and every diagnostic but those of the
    /// `allowed` codes.
    public static func check(_ audit: Audit, allowed: Set<String> = []) -> String {
        document("recount-check", audit, summary: [
            ("claims", .integer(audit.results.count)),
            ("verdicts", .object(Verdict.allCases.map { v in
                (v.rawValue, .integer(audit.results.filter { $0.verdict == v }.count))
            })),
            ("conflicts", .integer(audit.conflicts.count)),
            ("inconsistent", .array(audit.results.filter { $0.verdict == .inconsistent }.map { .string($0.claim.id) })),
        ], diagnostics: audit.diagnostics.filter { !allowed.contains($0.code) })
    }

    /// `test`: how the verdicts compare with the claims' `expect` lines, then the claims as
    /// `check` gives them; `-v`'s R406 warnings join the diagnostics when `verbose`.
    public static func test(_ audit: Audit, verbose: Bool, allowed: Set<String> = []) -> String {
        let tally = audit.expectations
        return document("recount-test", audit, summary: [
            ("passed", .integer(tally.passed)),
            ("failed", .integer(tally.failed)),
            ("withoutExpectation", .integer(tally.withoutExpectation)),
            ("mismatches", .array(audit.expectationMismatches.map { r in
                .object([
                    ("id", .string(r.claim.id)),
                    ("expected", .optional(r.claim.expect?.rawValue)),
                    ("verdict", .string(r.verdict.rawValue)),
                ])
            })),
        ], diagnostics: (audit.diagnostics + (verbose ? audit.noExpectationWarnings : [])).filter { !allowed.contains($0.code) })
    }

    private static func document(_ schema: String, _ audit: Audit, summary: [(String, JSONValue)],
                                 diagnostics: [Diagnostic]) -> String {
        let models = audit.loadFailed ? [] : ReportModel.all(audit)
        return JSONValue.object([
            ("schema", .string(schema)),
            ("schemaVersion", .string(schemaVersion)),
            ("reportSchemaVersion", .string(JSONReport.schemaVersion)),
            ("generator", .string("recount")),
            ("loaded", .bool(!audit.loadFailed)),
            ("summary", .object(summary)),
            ("articles", .array(models.map { model in
                let report = JSONReport(model: model)
                return .object([
                    ("id", .string(model.article.id)),
                    ("title", .string(model.article.title)),
                    ("file", .string(model.article.path)),
                    ("claims", .array(model.claims.map { JSONReport.claim($0, in: model) })),
                    ("conflicts", .array(model.conflicts.map(report.conflict))),
                ])
            })),
            ("diagnostics", .array(diagnostics.map(JSONReport.diagnostic))),
        ]).serialized()
    }
}
