import Foundation
import RecountEngine
import RecountKit
import RecountModel
import RecountReport

/// Small projects written for the report tests: an ordinary one, and one whose every string
/// from input is hostile to Markdown, HTML, Mermaid and JSON.
enum ReportFixtures {
    /// Writes `files` (paths relative to the root) to a new temporary folder, audits it, and
    /// removes the folder. Display paths are relative to the root, so reports do not depend on
    /// where the folder was.
    static func audit(_ files: [String: String]) throws -> Audit {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("recount-report-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return Audit.run(paths: [], root: root)
    }

    /// The one article's report model of a fixture.
    static func model(_ files: [String: String], date: CalendarDate? = nil) throws -> ReportModel {
        let audit = try audit(files)
        guard !audit.loadFailed else {
            throw FixtureError(message: "the fixture does not load: \(audit.diagnostics.map(\.message))")
        }
        let models = ReportModel.all(audit, date: date)
        guard models.count == 1, let model = models.first else {
            throw FixtureError(message: "expected one article, found \(models.count)")
        }
        return model
    }

    struct FixtureError: Error { var message: String }

    static let small: [String: String] = [
        "Evidence/acme.ledger": """
            entity acme "Acme Corp."
              fiscal-year-end 12-31

            source acme-10k "Acme Corp. annual report 2025"
              url "https://example.com/acme-10k-2025"
              grade primary
              date 2026-02-27

            fact acme.revenue @ 2025 = $12.4B
              source acme-10k
              quote "Revenue was $12.4 billion."

            fact acme.revenue @ 2024 = $10.0B
              source acme-10k
              quote "Revenue was $10.0 billion in 2024."

            """,
        "Claims/acme-story.claims": """
            article acme-story "Acme's big year"
              author "A. Writer"
              published 2026-03-01
              url "https://example.com/story"

            use "../Evidence/acme.ledger"

            claim revenue
              quote "Acme made $12.4 billion last year"
              at paragraph 2
              states acme.revenue @ 2025 = $12.4 billion
              expect consistent

            claim growth
              quote "up 2.4% from the year before"
              at paragraph 2
              states acme.revenue.yoy @ 2025 = 2.4%
              expect inconsistent
              note "The filing's figures give 24%."

            claim monthly
              quote "about $1 billion a month"
              at paragraph 3
              states about $1.05 billion/month
              because acme.revenue @ 2025
              expect approximate

            claim bigger
              quote "more than the year before"
              at paragraph 3
              holds acme.revenue @ 2025 > acme.revenue @ 2024
              expect consistent

            claim outlook
              quote "analysts expect $15 billion next year"
              at paragraph 4
              states $15 billion
              source acme-10k
              expect sourced

            """,
    ]

    /// Every string a report copies from input carries `|`, backticks, HTML, `&`, line breaks,
    /// brackets of every kind, quotes, `#` and `;`.
    static let hostile: [String: String] = [
        "Evidence/hostile.ledger": """
            entity acme "Acme <Corp> | \\"Inc\\" & co"
              fiscal-year-end 12-31

            source acme-10k "Annual report | 2025 `10-K` <script>alert(1)</script> & [notes](http://x) {y}; #z"
              url "https://example.com/a b?x=1&y=<2>|(3)\\"q\\""
              grade primary
              date 2026-02-27
              note "Source note with\\nnewline, ]]> and --> and $5 $6"

            source rumour "<img src=x onerror=alert(1)> \\"rumour\\" mill"
              url "javascript:alert(1)"
              grade article

            fact acme.revenue @ 2025 = $12.4B
              source acme-10k
              quote "Revenue was $12.4 billion | `x` <b>bold</b>"

            fact acme.revenue @ 2024 = $10.0B
              source acme-10k
              quote "Revenue was $10.0 billion\\n# not a heading"

            """,
        "Claims/hostile.claims": """
            article hostile "Title | with `ticks` <script>alert(1)</script> & [link](javascript:x) {x}; #1"
              author "Mallory <b>bold</b> | \\"quoted\\""
              published 2026-01-02
              url "javascript:alert(1)"

            use "../Evidence/hostile.ledger"

            claim pipe-quote
              quote "Revenue | was `$12.4 billion` <script>alert(\\"x\\")</script> & more\\nnext line [a](b) {c} #d; e"
              at paragraph 1
              states acme.revenue @ 2025 = $12.4 billion
              expect consistent
              note "Note with | pipe, ```code```, <img src=x onerror=alert(1)>, &amp; \\n- newline, [x](y), {z}; # h"

            claim wrong
              quote "- growth of 2.4% ]] ```` end |"
              at line 3
              states acme.revenue.yoy @ 2025 = 2.4%
              expect inconsistent
              note "1. not a list"

            claim compare
              quote "more than the year before\\u{D}\\n|---|---|"
              holds acme.revenue @ 2025 > acme.revenue @ 2024
              expect consistent

            claim rumoured
              quote "\\"rumoured\\" $20 billion {{x}} \\\\ backslash"
              states $20 billion
              source rumour
              expect sourced

            """,
    ]
}
