import Foundation
@testable import RecountExtract
@testable import RecountKit
import Testing

/// `recount extract --update`: a revised article merged into a hand-edited claims file.
@Suite struct ExtractUpdateTests {
    static let first = """
        Acme Corp results for the year.

        Acme said revenue rose 12% to $5.2 billion in 2025.

        Costs fell to $1.1 billion.
        """

    /// The article revised: a new paragraph, a changed figure, the costs sentence gone.
    static let revised = """
        Acme Corp results for the year.

        Acme said revenue rose 12% to $5.2 billion in 2025.

        Profit doubled to $900 million.

        Staff numbered 4,300.
        """

    /// Extracts `article` into `claims`, edits it with `edit`, revises the article and updates.
    func updated(edit: (String) -> String) throws -> (before: String, after: String, run: EndToEndTests.Run) {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write(Self.first, to: "a.txt", in: project)
        let extract = try EndToEndTests.run(["extract", "a.txt", "-o", "a.claims", "--root", "."], in: project)
        #expect(extract.status == 0, "\(extract.stderr)")
        let url = project.appendingPathComponent("a.claims")
        let edited = edit(try String(contentsOf: url, encoding: .utf8))
        try Data(edited.utf8).write(to: url)
        try EndToEndTests.write(Self.revised, to: "a.txt", in: project)
        let run = try EndToEndTests.run(["extract", "a.txt", "-o", "a.claims", "--update", "--root", "."], in: project)
        return (edited, try String(contentsOf: url, encoding: .utf8), run)
    }

    @Test func editsAreKeptNewStatementsAddedVanishedMarkedStale() throws {
        let (before, after, run) = try updated { draft in
            draft.replacingOccurrences(of: """
                  states $5.2 billion
                  note "TODO: name the quantity"
                """, with: """
                  states $5.2 billion
                  expect consistent
                  note "checked against the annual report"
                  # reviewed by hand
                """)
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("updated a.claims: 2 claims kept, 3 added, 1 stale"), "\(run.stderr)")
        // The edited claim keeps its id and every edit.
        #expect(after.contains("""
            claim p2-s1-n2
              quote "Acme said revenue rose 12% to $5.2 billion in 2025"
              at paragraph 2
              states $5.2 billion
              expect consistent
              note "checked against the annual report"
              # reviewed by hand
            """), "\(after)")
        // The costs claim stays, marked stale.
        #expect(after.contains("""
            claim p3-s1-n1
              quote "Costs fell to $1.1 billion"
              at paragraph 3
              states $1.1 billion
              note "TODO: name the quantity"
              # proposed, review: states acme_corp.costs = $1.1 billion
              note "stale: the quote is no longer in the article"
            """), "\(after)")
        // New statements, in article order after the claims before them, with fresh ids.
        let profit = try #require(after.range(of: "quote \"Profit doubled to $900 million\""))
        let staff = try #require(after.range(of: "quote \"Staff numbered 4,300\""))
        #expect(profit.lowerBound < staff.lowerBound)
        #expect(after.contains("claim p3-s1-n1-2\n"), "a new claim reuses a kept id: \(after)")
        #expect(after.components(separatedBy: "claim p3-s1-n1\n").count == 2)
        #expect(before.hasPrefix(String(after.prefix(200))))
    }

    @Test func anUnchangedArticleChangesNothing() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write(Self.revised, to: "a.txt", in: project)
        _ = try EndToEndTests.run(["extract", "a.txt", "-o", "a.claims", "--root", "."], in: project)
        let url = project.appendingPathComponent("a.claims")
        let first = try String(contentsOf: url, encoding: .utf8)
        let run = try EndToEndTests.run(["extract", "a.txt", "-o", "a.claims", "--update", "--root", "."], in: project)
        #expect(run.status == 0)
        #expect(run.stderr.contains("0 added, 0 stale"), "\(run.stderr)")
        #expect(try String(contentsOf: url, encoding: .utf8) == first)
    }

    @Test func aQuoteThatComesBackLosesItsStaleNote() throws {
        let draft = Extraction.run(text: "Sales were $3 million.\n", suggest: false)
        let existing = """
            article a "A"

            claim old
              quote "Sales were $3 million"
              states $3 million
              note "stale: the quote is no longer in the article"

            """
        let merged = try ClaimsUpdate.merge(
            existing: existing, path: "a.claims", extraction: draft, articleText: "Sales were $3 million.\n",
            writer: ClaimsWriter(articleID: "a", title: "A", textPath: nil, sourceName: "a.txt")).get()
        #expect(merged.summary == ClaimsUpdate.Summary(kept: 1, added: 0, stale: 0))
        #expect(!merged.text.contains("stale"))
        #expect(merged.text.contains("claim old\n"))
    }

    @Test func aStatementBeforeEveryKeptClaimGoesFirst() throws {
        let text = "Acme results for the whole year.\n\nShares rose 8% today.\n\nRevenue was $5 billion.\n"
        let existing = """
            article a "A"

            claim p2-s1-n1
              quote "Revenue was $5 billion"
              at paragraph 2
              states $5 billion
              expect consistent

            """
        let merged = try ClaimsUpdate.merge(
            existing: existing, path: "a.claims", extraction: Extraction.run(text: text, suggest: false), articleText: text,
            writer: ClaimsWriter(articleID: "a", title: "A", textPath: nil, sourceName: "a.txt")).get()
        #expect(merged.summary == ClaimsUpdate.Summary(kept: 1, added: 1, stale: 0))
        #expect(merged.text == """
            article a "A"

            claim p2-s1-n1-2
              quote "Shares rose 8% today"
              at paragraph 2
              states 8%
              note "TODO: name the quantity"

            claim p2-s1-n1
              quote "Revenue was $5 billion"
              at paragraph 3
              states $5 billion
              expect consistent

            """)
    }

    @Test func aFileWithSyntaxErrorsIsNotUpdated() throws {
        let (before, after, run) = try updated { $0 + "\nclaim\n  quote 12\n" }
        #expect(run.status == 73)
        #expect(run.stderr.contains("has syntax errors"), "\(run.stderr)")
        #expect(after == before)
    }

    @Test func updateNeedsAnOutputFile() throws {
        let run = try EndToEndTests.run(["extract", "-", "--update"], input: "Sales were $3 million.\n")
        #expect(run.status == 64)
        #expect(run.stderr.contains("--update needs -o FILE"))
    }
}
