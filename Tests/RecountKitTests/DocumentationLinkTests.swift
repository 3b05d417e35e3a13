import Foundation
import Testing

/// Every relative link of the README and the documentation resolves, on GitHub, where people read
/// these files: to a file of the repository and, with `#anchor`, to a heading of it. DocC's
/// `<doc:…>` links are dead on GitHub, so they are allowed only in a `## Topics` section, which
/// DocC needs to curate its pages, and must name an article of the catalogue.
@Suite struct DocumentationLinkTests {
    static let catalogue = "Sources/RecountKit/Documentation.docc"

    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: EndToEndTests.packageRoot
            .appendingPathComponent(catalogue).path)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "\(catalogue)/\($0)" }
    }

    /// Every way a document's links fail to resolve, each as `FILE:LINE: message`.
    static func brokenLinks(in markdown: String, document: String, root: URL) -> [String] {
        let folder = root.appendingPathComponent(document).deletingLastPathComponent()
        var problems: [String] = []
        for link in MarkdownLinks.links(in: markdown) {
            let at = "\(document):\(link.line)"
            if link.isDocC {
                let article = link.destination.split(separator: "#").first.map(String.init) ?? ""
                if link.section != "Topics" {
                    problems.append("\(at): <doc:\(link.destination)> is dead on GitHub; write a relative link such as [text](\(article).md)")
                } else if !FileManager.default.fileExists(atPath: root.appendingPathComponent("\(catalogue)/\(article).md").path) {
                    problems.append("\(at): <doc:\(link.destination)> names no article of the catalogue")
                }
                continue
            }
            let destination = link.destination
            if destination.contains("://") || destination.hasPrefix("mailto:") { continue }
            let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let path = parts[0].removingPercentEncoding ?? parts[0]
            let target = path.isEmpty ? root.appendingPathComponent(document) : folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else {
                problems.append("\(at): (\(destination)) links to \(path), which does not exist")
                continue
            }
            guard parts.count == 2 else { continue }
            guard !isFolder.boolValue, target.pathExtension == "md",
                  let text = try? String(contentsOf: target, encoding: .utf8) else {
                problems.append("\(at): (\(destination)) has an anchor, but \(path.isEmpty ? document : path) is not a Markdown file")
                continue
            }
            if !MarkdownLinks.anchors(in: text).contains(parts[1]) {
                problems.append("\(at): (\(destination)): no heading of \(path.isEmpty ? document : path) has the anchor #\(parts[1])")
            }
        }
        return problems
    }

    @Test(arguments: documents)
    func everyRelativeLinkResolves(_ document: String) throws {
        let root = EndToEndTests.packageRoot
        let markdown = try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)
        for problem in Self.brokenLinks(in: markdown, document: document, root: root) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func theDocumentsHaveLinks() throws {
        let root = EndToEndTests.packageRoot
        let count = try Self.documents.map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
            .map { MarkdownLinks.links(in: $0).count }.reduce(0, +)
        #expect(count > 50)
    }

    @Test func anchorsAreGitHubs() {
        let anchors = MarkdownLinks.anchors(in: """
            # Language Reference
            ### Identifiers, names and keywords
            #### 52/53-week fiscal years
            ### in UNIT
            ### `tolerance` lines
            ## Examples
            ```
            # not a heading
            ```
            ## Examples
            """)
        #expect(anchors == ["language-reference", "identifiers-names-and-keywords", "5253-week-fiscal-years",
                            "in-unit", "tolerance-lines", "examples", "examples-1"])
    }

    @Test func aBrokenLinkIsFoundWithItsLine() {
        let root = EndToEndTests.packageRoot
        let markdown = """
            # Notes
            See [the guide](Sources/RecountKit/Documentation.docc/GettingStarted.md#run-recount-check),
            [nothing](Missing.md), [no heading](#nowhere), `[code](Missing.md)`, <doc:GettingStarted>
            and [the web](https://example.com).
            ```
            [in a block](Missing.md)
            ```

            ## Topics
            - <doc:GettingStarted>
            - <doc:Nothing>
            """
        #expect(Self.brokenLinks(in: markdown, document: "README.md", root: root) == [
            "README.md:3: (Missing.md) links to Missing.md, which does not exist",
            "README.md:3: (#nowhere): no heading of README.md has the anchor #nowhere",
            "README.md:3: <doc:GettingStarted> is dead on GitHub; write a relative link such as [text](GettingStarted.md)",
            "README.md:11: <doc:Nothing> names no article of the catalogue",
        ])
    }
}
