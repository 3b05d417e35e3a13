import Foundation
@testable import RecountExtract
@testable import RecountKit
import Testing

/// Articles stored as Markdown or HTML: read as plain text for `extract` and the quote check.
@Suite struct ArticleMarkupTests {
    static let markdown = """
        ---
        title: "Results"
        id: 90817263
        ---

        # Northwind posts **record** revenue

        Northwind said revenue rose 12% to [$5.2 billion](https://example.com/a/4431998), *up* from $4.6 billion.

        > Costs fell to `$1.1 billion`, the company_name said.

        | Segment | Sales |
        |---------|------:|
        | Retail  | $3.1 billion |
        | Cloud   | $2.1 billion |

        + Margin was 21%.

        ![chart](img/7781.png)

        ```
        let x = 31337
        ```

        [ref]: https://example.com/9981
        """

    static let html = """
        <!DOCTYPE html>
        <html><head><title>Harbor City budget plan</title><meta name="id" content="77123">
        <style>.x{width:300px}</style><script>var id = 88812;</script></head>
        <body data-id="5512">
        <p>The council approved a budget of <a href="https://example.com/story/31337">$385&nbsp;million</a>,
        up 4% from last year.</p>
        <p>Schools get $120 million &amp; roads get $95&#160;million; parks get &#x24;30 million.</p>
        <table><tr><th>Line</th><th>Amount</th></tr><tr><td>Police</td><td>$140 million</td></tr></table>
        <!-- id 99999 -->
        </body></html>
        """

    @Test func markdownReadsAsItsProse() {
        let read = ArticleMarkup.read(Self.markdown, path: "a.md")
        #expect(read.format == .markdown)
        #expect(read.text == """
            Results

            Northwind posts record revenue

            Northwind said revenue rose 12% to $5.2 billion, up from $4.6 billion.

            Costs fell to $1.1 billion, the company_name said.

            Segment; Sales

            Retail; $3.1 billion

            Cloud; $2.1 billion

            - Margin was 21%.

            """)
        #expect(read.sourceOffsets.count == read.text.unicodeScalars.count)
    }

    @Test func htmlReadsAsItsProse() {
        let read = ArticleMarkup.read(Self.html, path: "a.html")
        #expect(read.format == .html)
        #expect(read.text == """
            Harbor City budget plan

            The council approved a budget of $385 million, up 4% from last year.

            Schools get $120 million & roads get $95 million; parks get $30 million.

            Line; Amount

            Police; $140 million

            """)
    }

    @Test func formatIsDetectedByNameThenContent() {
        #expect(ArticleMarkup.detect(path: "x.markdown", text: "plain") == .markdown)
        #expect(ArticleMarkup.detect(path: "x.HTM", text: "plain") == .html)
        #expect(ArticleMarkup.detect(path: "x.txt", text: "<html><p>1</p>") == .text)
        #expect(ArticleMarkup.detect(path: nil, text: "  <!doctype html><p>1</p>") == .html)
        #expect(ArticleMarkup.detect(path: "story", text: "<p>Sales rose 5%.</p>") == .html)
        #expect(ArticleMarkup.detect(path: nil, text: "---\ntitle: x\n---\nBody") == .markdown)
        #expect(ArticleMarkup.detect(path: "notes", text: "Intro\n\n## Results\n") == .markdown)
        #expect(ArticleMarkup.detect(path: nil, text: "Revenue rose 5% to $2 billion - a record.") == .text)
    }

    @Test func emphasisMarksInWordsAndArithmeticStay() {
        let read = ArticleMarkup.read("A snake_case name, 5*3 and 2 * 4 stay; __gone__ and ~~struck~~ lose marks.", as: .markdown)
        #expect(read.text == "A snake_case name, 5*3 and 2 * 4 stay; gone and struck lose marks.\n")
    }

    @Test func unmatchedBracketsAndBackticksStayAsTextAroundLinksAndCode() {
        let read = ArticleMarkup.read("[a [b](https://x.example/1) c] [d][ref] e [f `g` h `` i [j] k ``.", as: .markdown)
        #expect(read.text == "[a b c] d e [f g h i [j] k.\n")
        // Many unmatched marks on one line are read in one pass each (see `InlineMarks`).
        let many = String(repeating: "[x ", count: 2_000) + "[z](u) ``y"
        #expect(ArticleMarkup.read(many, as: .markdown).text == String(repeating: "[x ", count: 2_000) + "z ``y\n")
    }

    @Test func markupDigitsAreNeverDrafted() {
        for (source, path) in [(Self.markdown, "a.md"), (Self.html, "a.html")] {
            let extraction = Extraction.run(article: ArticleMarkup.read(source, path: path), suggest: false)
            let stated = extraction.claims.map(\.expression.statedValue).joined(separator: " ")
            for digits in ["90817263", "4431998", "7781", "31337", "9981", "77123", "88812", "5512", "99999", "300"] {
                #expect(!stated.contains(digits), "\(digits) drafted from \(path): \(stated)")
            }
            #expect(!extraction.claims.isEmpty)
        }
    }

    @Test func claimLinesAreTheSourceLines() {
        let extraction = Extraction.run(article: ArticleMarkup.read(Self.html, path: "a.html"), suggest: false)
        let police = extraction.claims.first { $0.quote.contains("Police") }
        #expect(police?.line == 8)
        let budget = extraction.claims.first { $0.quote.contains("$385") }
        #expect(budget?.line == 5)
    }

    /// Quotes drafted from Markdown and HTML are found by `check` in the same files.
    @Test func checkFindsEveryQuoteDraftedFromMarkup() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write(Self.markdown, to: "Articles/results.md", in: project)
        try EndToEndTests.write(Self.html, to: "Articles/budget.html", in: project)
        for (article, claims) in [("Articles/results.md", "Claims/results.claims"), ("Articles/budget.html", "Claims/budget.claims")] {
            let extract = try EndToEndTests.run(["extract", article, "-o", claims, "--root", "."], in: project)
            #expect(extract.status == 0, "\(extract.stderr)")
            let draft = try String(contentsOf: project.appendingPathComponent(claims), encoding: .utf8)
            #expect(draft.contains("  text \"../\(article)\""))
            let check = try EndToEndTests.run(["check", claims, "--root", "."], in: project)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            for code in ["R408", "R409", "R301"] {
                #expect(!check.stdout.contains(code) && !check.stderr.contains(code), "\(code) for \(article): \(check.stdout)")
            }
            #expect(check.stdout.contains("undetermined"))
        }
    }

    @Test func inputFlagOverridesDetection() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write("<p>Sales were <b>$12 million</b>.</p>\n", to: "a.txt", in: project)
        let plain = try EndToEndTests.run(["extract", "a.txt", "--root", "."], in: project)
        #expect(plain.stdout.contains("quote \"<p>Sales were <b>$12 million"))
        let html = try EndToEndTests.run(["extract", "a.txt", "--input", "html", "--root", "."], in: project)
        #expect(html.stdout.contains("quote \"Sales were $12 million\""))
        let wrong = try EndToEndTests.run(["extract", "a.txt", "--input", "pdf"], in: project)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--input takes text, markdown or html"))
    }
}
