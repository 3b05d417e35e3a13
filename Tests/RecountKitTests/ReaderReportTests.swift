import Foundation
import RecountEngine
import RecountModel
import RecountReport
import Testing

/// The report an editor can publish: sections in a reader's order, labels in the prose, the
/// engine's notation and diagnostic codes only where the fact checker looks, conflicts grouped
/// by root cause with one small graph each, and links that work published alone.
@Suite struct ReaderReportTests {
    /// A small article: a sum, a growth rate whose dropped digit shows up in two conflicts, a
    /// sourced claim, and a flow figure stated with no period (a warning).
    static let files: [String: String] = [
        "Evidence/zeta.ledger": """
            entity zeta "Zeta Motors"
              fiscal-year-end 06-30

            metric zeta.ev_sales "electric vehicle sales"
            metric zeta.revenue_per_car "revenue per car"
              kind flow

            source zeta-annual "Zeta Motors annual report, fiscal 2025"
              url "https://example.com/zeta-2025"
              grade primary

            fact zeta.revenue @ FY2025 = $44.6B
              source zeta-annual
              quote "Revenue reached $44.6 billion."

            fact zeta.revenue.yoy @ FY2025 = 123%
              source zeta-annual
              quote "Revenue grew 123% on the year."

            fact zeta.ev_sales @ FY2025 = $29.6B
              source zeta-annual

            fact zeta.truck_sales @ FY2025 = $15B
              source zeta-annual

            """,
        "Claims/zeta.claims": """
            article zeta-story "Zeta's year"
              author "B. Reporter"
              published 2025-09-01

            use "../Evidence/zeta.ledger"

            claim zeta-revenue
              quote "Zeta Motors took in $44.6 billion"
              states zeta.revenue @ FY2025 = $44.6 billion
              expect consistent

            claim zeta-sum
              quote "its electric and truck sales together came to $44.6 billion"
              states zeta.sales @ FY2025 = $44.6 billion
              because zeta.ev_sales @ FY2025 + zeta.truck_sales @ FY2025
              expect consistent

            claim zeta-growth
              quote "revenue was up 12% on the year"
              states zeta.revenue.yoy @ FY2025 = 12%
              expect inconsistent

            claim zeta-prior
              quote "so the year before it made $20 billion"
              states zeta.revenue @ FY2024 = $20 billion
              because zeta.revenue @ FY2025 / (1 + zeta.revenue.yoy @ FY2025)
              expect inconsistent

            claim zeta-plans
              quote "it plans to sell 1 million cars a year"
              states zeta.car_target @ 2030 = 1 million
              expect sourced

            claim zeta-per-car
              quote "about $40,000 of revenue per car"
              states zeta.revenue_per_car = about $40000
              expect sourced

            """,
    ]

    static func model(baseURL: String? = nil) throws -> ReportModel {
        let audit = try ReportFixtures.audit(files)
        let models = ReportModel.all(audit, baseURL: baseURL)
        return try #require(models.first)
    }

    /// The text outside every `<details>` block and outside the appendix, without link targets
    /// and anchors: what readers read.
    static func readerText(_ markdown: String) -> String {
        let body = markdown.components(separatedBy: "## For the fact checker")[0]
        var out = ""
        var depth = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<details>") { depth += 1 }
            if depth == 0 { out += line + "\n" }
            if line.hasPrefix("</details>") { depth -= 1 }
        }
        return out.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            .replacingOccurrences(of: #"<a id="[^"]*"></a>"#, with: "", options: .regularExpression)
    }

    @Test func theSectionsComeInAReadersOrder() throws {
        let markdown = MarkdownReport(model: try Self.model()).render()
        let positions = MarkdownReport.sectionHeadings.map { markdown.range(of: "\n" + $0 + "\n")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(positions)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        // The summary sentence comes before the first section.
        let summary = try #require(markdown.range(of: "**2 of 6 claims are inconsistent**"))
        let first = try #require(found.first)
        #expect(summary.lowerBound < first)
    }

    @Test func noDiagnosticCodeOutsideTheAppendix() throws {
        let markdown = MarkdownReport(model: try Self.model()).render()
        let parts = markdown.components(separatedBy: "## For the fact checker")
        #expect(parts.count == 2)
        #expect(parts[0].range(of: #"R[0-9]{3}"#, options: .regularExpression) == nil)
        #expect(parts[1].contains("`R410`"))
    }

    @Test func noEngineNotationInTheReadersText() throws {
        let text = Self.readerText(MarkdownReport(model: try Self.model()).render())
        for engine in ["zeta.revenue", " @ FY", "zeta-growth", "zeta-prior", "zeta-annual", "FY2025"] {
            #expect(!text.contains(engine), "\(engine) in the reader's text")
        }
    }

    @Test func theProseUsesLabels() throws {
        let markdown = MarkdownReport(model: try Self.model()).render()
        let text = Self.readerText(markdown)
        #expect(text.contains("the year-on-year growth of Zeta Motors' revenue in fiscal 2025"))
        #expect(text.contains("“Zeta Motors annual report, fiscal 2025”"))
        #expect(text.contains("Electric vehicle sales") || text.contains("electric vehicle sales"))
        // Claims are linked by a snippet of their quote, never by their id.
        #expect(markdown.contains("[“revenue was up 12% on the year”](#claim-zeta-growth)"))
        #expect(!markdown.contains("[zeta-growth]"))
        // A collapsed block's summary shows while it is closed: it names the claim by its quote.
        #expect(markdown.contains("<summary><b>“revenue was up 12% on the year”</b>"))
        #expect(!markdown.contains("<summary><b>zeta-"))
    }

    @Test func oneSlipInSeveralConflictsIsOneGroup() throws {
        let model = try Self.model()
        // The growth claim against the ledger's growth, and the prior year's revenue that it
        // implies against the article's and the ledger's: three conflicts, one culprit.
        #expect(model.conflicts.count == 3)
        let groups = model.conflictGroups
        #expect(groups.count == 1)
        #expect(groups.first?.conflicts.count == 3)
        #expect(groups.first?.culprit == .claim("zeta-growth"))
        // The first conflict names the dropped digit; in the others it is one of two slips
        // that fit, so the group names it.
        #expect(groups.first?.cause?.slip.sentence == "a dropped digit: the inputs give 123%, printed as 12%")
        let markdown = MarkdownReport(model: model).render()
        #expect(markdown.components(separatedBy: "```mermaid").count - 1 == 1)
        #expect(markdown.contains("is likely a dropped digit"))
        #expect(markdown.contains("It explains 3 conflicts"))
    }

    @Test func uncheckedClaimsAreGroupedAndCollapsed() throws {
        let model = try Self.model()
        #expect(model.unchecked.map(\.title) == ["Zeta Motors"])
        #expect(model.unchecked.first?.claims.map(\.claim.id) == ["zeta-plans", "zeta-per-car"])
        #expect(model.checked.map(\.claim.id) == ["zeta-revenue", "zeta-sum"])
        let markdown = MarkdownReport(model: model).render()
        let section = try #require(markdown.components(separatedBy: "## Unchecked claims").last?
            .components(separatedBy: "\n## ").first)
        #expect(section.contains("<details>\n<summary>Zeta Motors: 2 figures</summary>"))
        #expect(section.contains("the article's word alone"))
    }

    @Test func theGraphIsSmallTopDownAndLabelled() throws {
        let model = try Self.model()
        let group = try #require(model.conflictGroups.first)
        let chart = MermaidGraph(model: model).chart(for: group)
        let lines = chart.split(separator: "\n")
        #expect(lines.first == "flowchart TD")
        let nodes = lines.filter { $0.range(of: #"^  n[0-9]+[\[\(\{]"#, options: .regularExpression) != nil }
        #expect(nodes.count <= MermaidGraph.maximumNodes)
        // The growth claim, the ledger's growth, the two claims and the ledger figure for
        // revenue, and the three conflicts.
        #expect(nodes.count == 8)
        #expect(chart.contains("\"Zeta Motors<br/>revenue,<br/>year-on-year growth<br/>fiscal 2025<br/>12%<br/>the article\""))
        #expect(chart.contains("Zeta Motors annual<br/>report, fiscal 2025"))
        #expect(chart.contains("class n1 culprit"))
        #expect(!chart.contains("zeta."))
        for line in nodes {
            for part in line.components(separatedBy: "<br/>") {
                #expect(part.count <= 40, "a long line in a node: \(part)")
            }
        }
    }

    @Test func linksAreRelativeWithoutABaseURLAndAbsoluteWithOne() throws {
        let relative = MarkdownReport(model: try Self.model()).render()
        #expect(relative.contains("](../Claims/zeta.claims)"))
        #expect(relative.contains("](../Evidence/zeta.ledger#L"))
        let absolute = MarkdownReport(model: try Self.model(baseURL: "https://example.org/audits/")).render()
        #expect(absolute.contains("](https://example.org/audits/Claims/zeta.claims)"))
        #expect(absolute.contains("](https://example.org/audits/Evidence/zeta.ledger#L"))
        #expect(!absolute.contains("](../"))
        #expect(MarkdownEscaping.fileLink("Claims/a.claims", base: "https://example.org/") == "https://example.org/Claims/a.claims")
        #expect(MarkdownEscaping.fileLink("Claims/a.claims", line: 3, base: "https://github.com/d/a/blob/main")
                == "https://github.com/d/a/blob/main/Claims/a.claims#L3")
    }

    @Test func conflictsKeepTheAuditsNumbersInTheTerminalAndTheReport() throws {
        let model = try Self.model()
        let terminal = CheckRenderer(style: TerminalStyle(enabled: false)).render(model.audit)
        let markdown = MarkdownReport(model: model).render()
        for c in model.conflicts {
            #expect(c.number == c.auditIndex + 1)
            #expect(terminal.contains("#\(c.number) \(c.conflict.label):"))
            #expect(markdown.contains("<a id=\"conflict-\(c.number)\"></a>**Conflict #\(c.number)**"))
        }
    }

    @Test func quantitiesReadAsPhrases() throws {
        let audit = try ReportFixtures.audit([
            "Evidence/e.ledger": """
                entity acme "Acme"
                entity ops "Operators"
                entity big2 "Acme and Zenith, together"
                entity top "The top five"
                entity msft "Microsoft"
                  fiscal-year-end 06-30
                metric msft.ai_run_rate "AI revenue run rate"
                """,
        ])
        let labels = ReaderLabels(project: audit.project)
        #expect(labels.quantity(text: "acme.revenue @ 2025Q1") == "Acme's revenue in the first quarter of 2025")
        #expect(labels.quantity(text: "ops.capex @ 2025") == "Operators' capex in 2025")
        #expect(labels.quantity(text: "big2.capex @ 2025") == "capex of Acme and Zenith, together in 2025")
        #expect(labels.quantity(text: "top.debt @ 2026-05-31") == "debt of the top five on 31 May 2026")
        #expect(labels.quantity(text: "msft.ai_run_rate.yoy @ FY2025Q3")
                == "the year-on-year growth of Microsoft's AI revenue run rate in the quarter to March 2025")
        // Text that is no quantity of a declared entity is left as written.
        #expect(labels.quantity(text: "nobody.revenue @ 2025") == "nobody.revenue @ 2025")
        #expect(labels.quantity(text: "acme.revenue @ 2025Q9") == "acme.revenue @ 2025Q9")
    }

    @Test func theReportMatchesItsSnapshot() throws {
        assertSnapshot(MarkdownReport(model: try Self.model()).render(), named: "report-reader-markdown")
    }
}
