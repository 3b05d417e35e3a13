import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountModel
import Testing

/// A fenced code block of a Markdown file: its info string, its text and where it stands.
struct FencedBlock: Sendable {
    /// The line of the opening fence, counted from 1.
    var line: Int
    /// The words of the info string: ```` ```recount x.ledger seed ```` gives `recount`, `x.ledger`, `seed`.
    var info: [String]
    /// The lines between the fences, without the fence's own indentation.
    var lines: [String]
    /// How many headings come before the block, so that blocks of one section can be told apart.
    var section: Int

    var text: String { lines.map { $0 + "\n" }.joined() }

    /// Every fenced block of a Markdown text, in order. A fence is three backticks, indented by
    /// any amount (blocks inside list items are indented), and is closed by the same indentation.
    static func all(in markdown: String) -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var open: (fence: String, block: FencedBlock)?
        var section = 0
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = String(line.prefix { $0 == " " })
            let rest = line.dropFirst(indent.count)
            if var current = open {
                if rest.hasPrefix("```") && indent == current.fence && rest.allSatisfy({ $0 == "`" }) {
                    blocks.append(current.block)
                    open = nil
                } else {
                    current.block.lines.append(String(line.dropFirst(min(indent.count, current.fence.count))))
                    open = current
                }
            } else if rest.hasPrefix("```") {
                let info = rest.drop { $0 == "`" }.split(separator: " ").map(String.init)
                open = (indent, FencedBlock(line: index + 1, info: info, lines: [], section: section))
            } else if line.hasPrefix("#") {
                section += 1
            }
        }
        return blocks
    }
}

/// A runnable example of the documentation, and what its text and its output block say it does.
///
/// The convention, stated in the language reference's opening section:
///
/// - ```` ```recount [FILE] [seed] [test] ```` is an example that is checked as `recount check`
///   checks it: written as `FILE` (default `x.claims`) in an empty project, with the package's
///   `Evidence/` ledgers beside it when it says `seed`, and with `recount test -v`'s R406 warnings
///   when it says `test`.
/// - ```` ```file NAME ```` is a file that a later example reads (a ledger it uses, an article's
///   text), and is not checked on its own. Every `file` block and every example before an
///   example in its document is written beside it, the last of each path winning, so that an
///   example may `use` an earlier one; only the example itself (and the seed) is loaded.
/// - The first untagged block after an example, in the same section, is its output when it
///   prints diagnostics (`x.claims:2:10: error: … [R006]`) or verdicts (`✓ qoq  consistent  x.claims:10:1`).
struct DocumentationExample: Sendable, CustomTestStringConvertible {
    /// One claim's verdict as a comment or an output line states it.
    struct StatedVerdict: Sendable {
        var claim: String
        var verdict: String
        /// The line of the documentation file that states it.
        var line: Int
        /// The claim's location as the output prints it (`x.claims:10:1`), when an output line gives it.
        var location: String?
    }

    /// The codes a comment states for the line it is on.
    struct StatedCodes: Sendable {
        var codes: [String]
        /// The line within the example's file, counted from 1.
        var fileLine: Int
        /// The line of the documentation file.
        var line: Int
    }

    var document: String
    /// The line of the example's opening fence.
    var line: Int
    var path: String
    var withSeed: Bool
    var asTest: Bool
    var text: String
    /// The `file` blocks and examples before it in its document, by path: each file's path and text.
    var companions: [(path: String, text: String)]
    /// The diagnostic lines of its output block, and that block's line, when it prints any.
    var outputDiagnostics: (lines: [String], line: Int)?
    var verdicts: [StatedVerdict]
    var codes: [StatedCodes]
    /// The words of its fence that the convention does not know, or a second file name.
    var unknownWords: [String] = []

    var testDescription: String { "\(document):\(line)" }

    /// Every example of a documentation file, with what its comments and its output say.
    static func all(in markdown: String, document: String) -> [DocumentationExample] {
        let blocks = FencedBlock.all(in: markdown)
        var examples: [DocumentationExample] = []
        var earlier: [(path: String, text: String)] = []
        for (index, block) in blocks.enumerated() {
            guard let kind = block.info.first else { continue }
            if kind == "file", block.info.count == 2 {
                earlier.append((block.info[1], block.text))
                continue
            }
            // `recount-error` and the like are examples with a word the convention does not know.
            guard kind.hasPrefix("recount") else { continue }
            let words = block.info.dropFirst()
            let files = words.filter { $0.hasSuffix(".claims") || $0.hasSuffix(".ledger") }
            let path = files.first ?? "x.claims"
            let withSeed = words.contains("seed")
            var companions: [(path: String, text: String)] = []
            for file in earlier.reversed() where file.path != path && !companions.contains(where: { $0.path == file.path }) {
                // The seed's own ledgers are not replaced by an example's shorter copy of them.
                if !(withSeed && file.path.hasPrefix("Evidence/")) { companions.insert(file, at: 0) }
            }
            var example = DocumentationExample(
                document: document, line: block.line, path: path, withSeed: withSeed,
                asTest: words.contains("test"), text: block.text, companions: companions,
                outputDiagnostics: nil, verdicts: [], codes: [])
            example.unknownWords = (kind == "recount" ? [] : [kind]) + files.dropFirst()
                + words.filter { !files.contains($0) && $0 != "seed" && $0 != "test" }
            earlier.append((path, block.text))
            example.readComments(of: block)
            if let output = blocks[(index + 1)...].first(where: { $0.info.first != "file" }),
               output.info.isEmpty, output.section == block.section {
                example.readOutput(output)
            }
            examples.append(example)
        }
        return examples
    }

    /// A line of output that reports a diagnostic: `PATH:LINE:COLUMN: SEVERITY: MESSAGE [CODE]`,
    /// or `recount: SEVERITY: …` for one with no file.
    static var diagnosticLine: Regex<(Substring, Substring, Substring)> {
        /^(\S+:\d+:\d+|recount): (error|warning|note): .* \[R[0-9]{3}\]$/
    }
    /// A claim's headline in `recount check`'s output: its mark, id, verdict and location.
    static var verdictLine: Regex<(Substring, Substring, Substring, Substring)> {
        /^[✓≈✗?·] (\S+)  ([a-z]+)  (\S+:\d+:\d+)$/
    }
    /// A comment that states codes: `# R205`, `# R401, R404: …`.
    static var codeComment: Regex<(Substring, Substring)> { /^(R[0-9]{3}(?:\s*,\s*R[0-9]{3})*)\b/ }

    mutating func readOutput(_ output: FencedBlock) {
        var diagnostics: [String] = []
        for (offset, line) in output.lines.enumerated() {
            if line.wholeMatch(of: Self.diagnosticLine) != nil {
                diagnostics.append(line)
            } else if let match = line.wholeMatch(of: Self.verdictLine) {
                verdicts.append(StatedVerdict(claim: String(match.1), verdict: String(match.2),
                                              line: output.line + 1 + offset, location: String(match.3)))
            }
        }
        if !diagnostics.isEmpty { outputDiagnostics = (diagnostics, output.line) }
    }

    /// Reads the comments of the example: one that begins with a verdict states the verdict of
    /// the claim it is written in; one that begins with a code states that its line has it.
    mutating func readComments(of block: FencedBlock) {
        var claim: String?
        let verdictWords = Set(Verdict.allCases.map(\.rawValue))
        for (offset, line) in block.lines.enumerated() {
            let docLine = block.line + 1 + offset
            if let first = line.first, !first.isWhitespace {
                let words = line.split(separator: " ")
                claim = words.first == "claim" && words.count > 1 ? String(words[1]) : nil
            }
            guard let comment = Self.comment(in: line) else { continue }
            let firstWord = String(comment.prefix { $0.isLetter })
            if verdictWords.contains(firstWord) {
                verdicts.append(StatedVerdict(claim: claim ?? "", verdict: firstWord, line: docLine))
            } else if let match = comment.prefixMatch(of: Self.codeComment) {
                let codes = match.1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                self.codes.append(StatedCodes(codes: codes, fileLine: offset + 1, line: docLine))
            }
        }
    }

    /// The text of a line's comment after `#` and its spaces, outside strings; nil without one.
    static func comment(in line: String) -> Substring? {
        var inString = false
        var escaped = false
        for index in line.indices {
            let c = line[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "#" {
                return line[line.index(after: index)...].drop { $0 == " " }
            }
        }
        return nil
    }

    /// What checking the example found.
    struct Run {
        var audit: Audit
        /// The diagnostics about the example's own files (not the seed's), as `recount check`
        /// prints their first line.
        var diagnostics: [Diagnostic]
    }

    /// Writes the example and its companions into a new project and checks it as `recount check`
    /// does (and `recount test -v` when it says `test`).
    func run() throws -> Run {
        let root = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var paths = [path]
        if withSeed {
            try FileManager.default.copyItem(at: GrammarDocumentationTests.root.appendingPathComponent("Evidence"),
                                             to: root.appendingPathComponent("Evidence"))
            paths.insert("Evidence", at: 0)
        }
        for (name, text) in companions + [(path, self.text)] {
            try EndToEndTests.write(text, to: name, in: root)
        }
        let audit = Audit.run(paths: paths, root: root)
        let seedFiles = withSeed ? Set(audit.files.keys.filter { $0.hasPrefix("Evidence/") && $0 != path }) : []
        var diagnostics = audit.diagnostics.filter { d in d.range.map { !seedFiles.contains($0.path) } ?? true }
        if asTest { diagnostics = (diagnostics + audit.noExpectationWarnings).sortedByLocation() }
        return Run(audit: audit, diagnostics: diagnostics)
    }

    /// The first line `recount check` prints for a diagnostic.
    static func headline(_ d: Diagnostic) -> String {
        "\(d.range?.description ?? "recount"): \(d.severity.rawValue): \(d.message) [\(d.code)]"
    }
}
