import Foundation
@testable import RecountModel
@testable import RecountReport
import Testing

/// The three report formats on small projects written for the tests, compared with the
/// snapshots in `__Snapshots__/report-<project>-<format>.txt` (record with
/// `RECOUNT_RECORD_SNAPSHOTS=1`), and the hostile project's output checked for escaping.
@Suite struct ReportGoldenTests {
    @Test(arguments: ReportFormat.allCases)
    func smallProject(_ format: ReportFormat) throws {
        let model = try ReportFixtures.model(ReportFixtures.small, date: CalendarDate(iso: "2026-03-15"))
        assertSnapshot(format.render(model), named: "report-small-\(format.rawValue)")
    }

    @Test(arguments: ReportFormat.allCases)
    func hostileProject(_ format: ReportFormat) throws {
        let model = try ReportFixtures.model(ReportFixtures.hostile)
        assertSnapshot(format.render(model), named: "report-hostile-\(format.rawValue)")
    }

    @Test func theSmallProjectHasOneClaimOfEachKind() throws {
        let model = try ReportFixtures.model(ReportFixtures.small)
        let verdicts = Dictionary(uniqueKeysWithValues: model.claims.map { ($0.claim.id, $0.result.verdict) })
        #expect(verdicts == ["revenue": .consistent, "growth": .inconsistent, "monthly": .approximate,
                             "bigger": .consistent, "outlook": .sourced])
    }

    // MARK: Escaping

    static func hostileMarkdown() throws -> String {
        MarkdownReport(model: try ReportFixtures.model(ReportFixtures.hostile)).render()
    }

    @Test func noHTMLFromInputSurvivesInTheMarkdown() throws {
        let markdown = try Self.hostileMarkdown()
        for tag in ["<script", "<img", "<b>bold"] {
            #expect(!markdown.contains(tag), "raw \(tag) in the Markdown")
        }
        #expect(markdown.contains("&lt;script&gt;"))
        // A javascript: address is shown as code, never as a link destination.
        #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("](javascript"))
        #expect(markdown.contains("`javascript:alert(1)`"))
    }

    @Test func everyTableRowHasFiveCells() throws {
        let markdown = try Self.hostileMarkdown()
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        // The header, its rule, and one row per checked claim.
        let checked = try ReportFixtures.model(ReportFixtures.hostile).checked.count
        #expect(checked > 0)
        #expect(rows.count == 2 + checked)
        for row in rows {
            // Cells are split by pipes not escaped with a backslash.
            var cells = 0
            var previous: Character = " "
            for c in row {
                if c == "|" && previous != "\\" { cells += 1 }
                previous = c
            }
            #expect(cells == 6, "\(row)")
        }
    }

    @Test func inputCannotStartABlockOrCloseAFence() throws {
        let markdown = try Self.hostileMarkdown()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // Every line that opens a fence is closed by an identical one.
        var open: Substring?
        for line in lines where line.hasPrefix("```") {
            if let fence = open {
                if line == fence.prefix(while: { $0 == "`" }) { open = nil }
            } else {
                open = line
            }
        }
        #expect(open == nil, "an unclosed code fence")
        // Input never makes a heading, a list item or a thematic break of its own.
        for line in lines {
            #expect(!line.hasPrefix("# not"), "\(line)")
            #expect(!line.hasPrefix("|---"), "\(line)")
        }
        #expect(markdown.contains("\\- growth of 2.4%"))
        #expect(markdown.contains("1\\. not a list"))
    }

    @Test func mermaidLabelsHoldNoCharacterThatEndsThem() throws {
        let markdown = try Self.hostileMarkdown()
        let chart = try #require(markdown.components(separatedBy: "```mermaid\n").last?.components(separatedBy: "```").first)
        for line in chart.split(separator: "\n") {
            // Each label is one quoted string: after removing the quoted parts, only ids,
            // shapes and arrows remain.
            let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
            #expect(parts.count % 2 == 1, "unbalanced quotes: \(line)")
            for (i, part) in parts.enumerated() where i % 2 == 1 {
                for bad in ["<script", "<img", "`", "|", "[", "]", "{", "}", "(", ")", ";", "\n"] {
                    #expect(!part.contains(bad) || (bad == ";" && part.contains("#")) || bad == "<br/>",
                            "label holds \(bad): \(part)")
                }
                #expect(!part.replacingOccurrences(of: "<br/>", with: "").contains("<"), "label holds <: \(part)")
            }
            let outside = parts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            #expect(!outside.contains("script"), "\(line)")
        }
    }

    @Test func hostileStringsRoundTripThroughTheJSON() throws {
        let model = try ReportFixtures.model(ReportFixtures.hostile)
        let text = JSONReport(model: model).render()
        for raw in ["<", ">", "&"] { #expect(!text.contains(raw), "raw \(raw) in the JSON") }
        let json = try ParsedJSON.parse(text)
        let quote = json["claims"]?.arrayValue.first?["quote"]?.stringValue
        #expect(quote == "Revenue | was `$12.4 billion` <script>alert(\"x\")</script> & more\nnext line [a](b) {c} #d; e")
        #expect(json["article"]?["title"]?.stringValue
                == "Title | with `ticks` <script>alert(1)</script> & [link](javascript:x) {x}; #1")
    }

    @Test func claimReviewIsJSONLDWithOneReviewPerCheckedClaim() throws {
        let model = try ReportFixtures.model(ReportFixtures.small)
        let json = try ParsedJSON.parse(ClaimReviewReport(model: model).render())
        let reviews = json["@graph"]?.arrayValue ?? []
        let checked = model.claims.filter { $0.result.verdict.isChecked }
        #expect(reviews.count == checked.count && checked.count < model.claims.count)
        for (review, claim) in zip(reviews, checked) {
            #expect(review["@type"] == .string("ClaimReview"))
            #expect(review["claimReviewed"]?.stringValue == claim.claim.quote)
            #expect(review["reviewRating"]?["alternateName"]?.stringValue
                    == ClaimReviewReport.rating(claim.result.verdict).name)
            #expect(review["itemReviewed"]?["@type"] == .string("Claim"))
            #expect(review["itemReviewed"]?["author"]?["name"] == .string("A. Writer"))
            #expect(review["itemReviewed"]?["appearance"]?["url"] == .string("https://example.com/story"))
            #expect(review["arithmetic"]?["id"]?.stringValue == claim.claim.id)
        }
    }

    @Test func claimReviewPublishesOnlyWebAddresses() throws {
        let model = try ReportFixtures.model(ReportFixtures.hostile)
        let text = ClaimReviewReport(model: model).render()
        #expect(!text.contains("javascript:alert"))
    }

    @Test func aGraphOfManyConflictsDrawsAFewAndCountsTheRest() throws {
        var claims = "article big \"Big\"\nuse \"../Evidence/e.ledger\"\n"
        for i in 0..<20 {
            claims += "claim c\(i)\n  quote \"figure \(i)\"\n  states e.m @ 2025 = $12.0B\n"
        }
        let ledger = "entity e \"E\"\nsource s \"S\"\n  grade primary\nfact e.m @ 2025 = $10.0B\n  source s\n"
        let model = try ReportFixtures.model(["Evidence/e.ledger": ledger, "Claims/big.claims": claims])
        #expect(model.conflicts.count == 20)
        let groups = model.conflictGroups
        #expect(groups.count == 1, "conflicts on one quantity with no named cause are one group")
        let chart = MermaidGraph(model: model).chart(for: try #require(groups.first))
        let nodes = chart.split(separator: "\n").filter { $0.range(of: #"^  n[0-9]+[\[\(\{]"#, options: .regularExpression) != nil }
        #expect(nodes.count <= MermaidGraph.maximumNodes)
        // The first three conflicts drawn whole (each a hexagon and its claim, the fact shared),
        // then one node counts the rest.
        #expect(chart.components(separatedBy: "{{").count - 1 == MermaidGraph.maximumConflicts)
        #expect(chart.contains("[\"and 17 more conflicts,<br/>listed above\"]"))
    }

    // MARK: Markdown escaping rules

    @Test func inlineTextEscapesEverythingThatMeansSomething() {
        #expect(MarkdownEscaping.text("a|b") == "a\\|b")
        #expect(MarkdownEscaping.text("`x`") == "\\`x\\`")
        #expect(MarkdownEscaping.text("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;")
        #expect(MarkdownEscaping.text("one\ntwo\r\nthree") == "one<br>two<br>three")
        #expect(MarkdownEscaping.text("[a](b)") == "\\[a\\](b)")
        #expect(MarkdownEscaping.text("$1 and $2") == "\\$1 and \\$2")
        #expect(MarkdownEscaping.text("- item") == "\\- item")
        #expect(MarkdownEscaping.text("-$23.7B") == "-\\$23.7B")
        #expect(MarkdownEscaping.text("12. point") == "12\\. point")
        #expect(MarkdownEscaping.text("130.4億") == "130.4億")
        #expect(MarkdownEscaping.text("# h") == "\\# h")
    }

    @Test func codeSpansAreLongerThanAnyBacktickRunInside() {
        #expect(MarkdownEscaping.code("a") == "`a`")
        #expect(MarkdownEscaping.code("a`b") == "``a`b``")
        #expect(MarkdownEscaping.code("`a") == "`` `a ``")
        #expect(MarkdownEscaping.code("a|b", inTable: true) == "`a\\|b`")
        #expect(MarkdownEscaping.code("a\nb") == "`a b`")
    }

    @Test func onlyWebLinksBecomeLinks() {
        #expect(MarkdownEscaping.url("javascript:alert(1)") == nil)
        #expect(MarkdownEscaping.url("https://example.com/a b?x=(1)") == "https://example.com/a%20b?x=%281%29")
        #expect(MarkdownEscaping.fileLink("Claims/a b.claims", line: 3) == "../Claims/a%20b.claims#L3")
        #expect(MarkdownEscaping.fileLink("/etc/passwd") == nil)
    }

    @Test func mermaidEscapesWithEntityCodes() {
        #expect(MermaidGraph.label(["a \"b\" [c] #d;"]) == "\"a #quot;b#quot; #91;c#93; #35;d#59;\"")
        #expect(MermaidGraph.label(["x", "y"]) == "\"x<br/>y\"")
        #expect(MermaidGraph.label(["<script>"]) == "\"#lt;script#gt;\"")
        #expect(MermaidGraph.label(["style: fill:#f00;"]) == "\"#115;tyle: fill:#35;f00#59;\"")
    }

    @Test func jsonStringsEscapeControlAndHTMLCharacters() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}</script>").serialized() == "\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e\"\n")
        #expect(JSONValue.decimal(37_000_000_000).serialized() == "37000000000\n")
        #expect(JSONValue.decimal(0.12).serialized() == "0.12\n")
        #expect(JSONValue.decimal(.infinity).serialized() == "null\n")
        #expect(JSONValue.object([("b", .integer(1)), ("a", .null)]).serialized() == "{\n  \"b\": 1,\n  \"a\": null\n}\n")
    }
}
