import Foundation
import RecountFormat
import Testing

/// The shell sessions of the README and the documentation, run against the built `recount`
/// binary: every command must print exactly what its document shows.
///
/// The convention is `ShellSession`'s and the language reference's ("Examples that run"): a
/// ```` ```console ```` block of `$ COMMAND` lines, each followed by its output (`…` for lines
/// left out, `$ echo $?` for the exit status); ```` ```sh ```` commands without output, which must
/// exit 0 or 1; a ```` ```yaml ```` workflow, whose `run:` steps must exit 0; `files` to run among
/// the document's own example files; ```` ```edit PATH:LINE ```` to change a file for the next
/// block. `RECOUNT_RECORD_SNAPSHOTS=1 swift test --filter ShellExampleTests` rewrites every
/// output in the documents in place (keeping each `…`); review the diff, then run again.
@Suite struct ShellExampleTests {
    static let documents = [
        "README.md",
        "Sources/RecountKit/Documentation.docc/GettingStarted.md",
        "Sources/RecountKit/Documentation.docc/LanguageReference.md",
        "Sources/RecountKit/Documentation.docc/Extract.md",
        "Sources/RecountKit/Documentation.docc/ClaimReview.md",
        "Sources/RecountKit/Documentation.docc/RecountKit.md",
    ]

    static var root: URL { EndToEndTests.packageRoot }

    /// What running a document's sessions found: the failures, each `FILE:LINE: message`, and the
    /// document as it would be with every output re-recorded.
    struct Outcome {
        var failures: [String]
        var recorded: String
    }

    /// Runs every session of `markdown` (the text of `document`) and compares each output.
    static func check(_ markdown: String, document: String, binary: URL) throws -> Outcome {
        var lines = markdown.components(separatedBy: "\n")
        var failures: [String] = []
        var replacements: [(Range<Int>, [String])] = []
        for session in ShellSession.all(in: markdown, document: document) {
            failures += session.problems
            guard session.problems.isEmpty else { continue }
            let results = try session.run(packageRoot: root, binary: binary)
            for (index, step) in session.steps.enumerated() {
                guard step.notRunBecause == nil else { continue }
                let at = "\(document):\(step.line)"
                guard let result = results[index] else {
                    failures.append("\(at): '\(step.command)' did not finish; the session stopped there")
                    continue
                }
                switch session.kind {
                case .console:
                    guard !step.output.matches(result.output) else { continue }
                    guard let recorded = step.output.recorded(from: result.output) else {
                        failures.append("\(at): '\(step.command)' prints\n\(result.output.joined(separator: "\n"))\n"
                                        + "where no part of what the document shows under it can be found; edit the block by hand")
                        continue
                    }
                    let indent = String(lines[step.outputStart - 1].prefix { $0 == " " })
                    var edited = lines
                    edited.replaceSubrange(step.outputStart..<(step.outputStart + step.output.lines.count),
                                           with: recorded.lines.map { $0.isEmpty ? $0 : indent + $0 })
                    failures.append("""
                        \(at): '\(step.command)' prints other lines than the document shows under it \
                        (exit status \(result.status)); re-record with RECOUNT_RECORD_SNAPSHOTS=1:
                        \(UnifiedDiff.render(old: lines.joined(separator: "\n"), new: edited.joined(separator: "\n"), path: document))
                        """)
                case .sh where result.status > 1, .yaml where result.status != 0:
                    failures.append("\(at): '\(step.command)' exits \(result.status)"
                                    + (session.kind == .yaml ? ", so the workflow would fail" : "")
                                    + ":\n" + result.output.joined(separator: "\n"))
                case .sh, .yaml:
                    break
                }
            }
            for (index, step) in session.steps.enumerated() where session.kind == .console {
                guard let result = results[index], !step.output.matches(result.output),
                      let recorded = step.output.recorded(from: result.output) else { continue }
                let indent = String(lines[step.outputStart - 1].prefix { $0 == " " })
                replacements.append((step.outputStart..<(step.outputStart + step.output.lines.count),
                                     recorded.lines.map { $0.isEmpty ? $0 : indent + $0 }))
            }
        }
        // From the last output up, so that each replacement's lines are still where they were.
        for (range, new) in replacements.reversed() { lines.replaceSubrange(range, with: new) }
        return Outcome(failures: failures, recorded: lines.joined(separator: "\n"))
    }

    @Test(arguments: documents)
    func sessionsPrintWhatTheDocumentShows(_ document: String) throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found beside the test bundle")
        let url = Self.root.appendingPathComponent(document)
        let markdown = try String(contentsOf: url, encoding: .utf8)
        let outcome = try Self.check(markdown, document: document, binary: binary)
        if Snapshot.isRecording, outcome.recorded != markdown {
            try Data(outcome.recorded.utf8).write(to: url)
            Issue.record("re-recorded the output blocks of \(document); review the diff, then run again without RECOUNT_RECORD_SNAPSHOTS=1")
        }
        for failure in outcome.failures where !(Snapshot.isRecording && failure.contains("re-record with")) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test(arguments: documents)
    func everyDocumentHasASession(_ document: String) throws {
        let markdown = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        #expect(!ShellSession.all(in: markdown, document: document).isEmpty)
    }

    /// Every command in every document either runs or is one of the listed not-run commands;
    /// the list has no entry that no document uses.
    @Test func everyNotRunCommandIsUsed() throws {
        let steps = try Self.documents.flatMap { document in
            ShellSession.all(in: try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8),
                             document: document).flatMap(\.steps)
        } + ShellSession.all(in: Self.sample, document: "s.md").flatMap(\.steps)
        for entry in ShellSession.notRun {
            #expect(steps.contains { $0.notRunBecause == entry.why && $0.command.contains(entry.prefix) },
                    "no document has a '\(entry.prefix)' command; drop it from ShellSession.notRun")
        }
        #expect(steps.filter { $0.notRunBecause == nil }.count > 20)
    }

    /// The README opens with the two commands a new clone needs, and both are sessions the suite
    /// runs (the first) or recognises (the second).
    @Test func theReadmeOpensWithTheSetUpCommands() throws {
        let markdown = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let first = try #require(ShellSession.all(in: markdown, document: "README.md").first)
        #expect(first.line == 3 && first.kind == .sh)
        #expect(first.steps.map { $0.command.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces) }
                == ["swift run recount check", "swift test"])
        #expect(first.steps.map { $0.notRunBecause == nil } == [true, false])
    }

    // MARK: The convention itself

    static let sample = """
        # A document

        ```recount Claims/c.claims
        claim c
          states 3.10
          because 3.1
          expect consistent
        ```

        ```console files
        $ recount test
        1 passed, 0 failed
        $ echo $?
        0
        $ git status
        ```

        ```edit Claims/c.claims:3
          because 3.3
        ```

        ```console files
        $ recount check
        ✗ c  inconsistent  Claims/c.claims:1:1
        …
        1 claim: 0 consistent, 0 approximate, 1 inconsistent, 0 undetermined, 0 sourced; 0 conflicts
        exit 1: 1 claim is inconsistent
        ```

        ```sh files
        recount check --no-such-option     # a usage error
        ```

        ```
        $ recount check
        ```
        """

    @Test func theConventionIsReadFromTheFences() throws {
        let sessions = ShellSession.all(in: Self.sample, document: "s.md")
        try #require(sessions.count == 4)
        #expect(sessions.map(\.kind) == [.console, .console, .sh, .console])
        #expect(sessions[0].steps.map(\.command) == ["recount test", "echo $?", "git status"])
        #expect(sessions[0].steps.map(\.line) == [11, 13, 15])
        #expect(sessions[0].steps[0].output.lines == ["1 passed, 0 failed"] && sessions[0].steps[0].outputStart == 11)
        #expect(sessions[0].steps.map { $0.notRunBecause != nil } == [false, false, true])
        #expect(sessions[0].files.map(\.path) == ["Claims/c.claims"] && sessions[0].edits.isEmpty)
        #expect(sessions[1].edits.map { "\($0.path):\($0.line)+\($0.count) \($0.lines)" } == ["Claims/c.claims:3+1 [\"  because 3.3\"]"])
        #expect(sessions[1].steps[0].output.isElided)
        #expect(sessions[2].steps.map(\.command) == ["recount check --no-such-option     # a usage error"])
        #expect(sessions[3].problems == ["s.md:34: a shell session in an untagged block; tag it ```console"])
    }

    @Test func theSampleRunsAsItShowsExceptTheUsageError() throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found beside the test bundle")
        let outcome = try Self.check(Self.sample, document: "s.md", binary: binary)
        #expect(outcome.failures.count == 2)
        #expect(outcome.failures.contains { $0.hasPrefix("s.md:31: 'recount check --no-such-option     # a usage error' exits 64") })
        #expect(outcome.failures.contains { $0.hasPrefix("s.md:34: a shell session in an untagged block") })
        #expect(outcome.recorded == Self.sample, "nothing to re-record")
    }

    /// Editing one line of an output block fails the test with the document's name and line and
    /// a diff, and recording puts the real line back.
    @Test func anEditedOutputLineFails() throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found beside the test bundle")
        let edited = Self.sample.replacingOccurrences(of: "1 passed, 0 failed", with: "1 passed, 1 failed")
        let outcome = try Self.check(edited, document: "s.md", binary: binary)
        let failure = try #require(outcome.failures.first { $0.hasPrefix("s.md:11: 'recount test' prints other lines") })
        #expect(failure.contains("-1 passed, 1 failed\n+1 passed, 0 failed"))
        #expect(failure.contains("--- a/s.md") && failure.contains("@@ -"))
        #expect(outcome.recorded == Self.sample)

        // Two blocks re-recorded at once, the first one growing by a line, both land in place.
        let two = Self.sample.replacingOccurrences(of: "1 passed, 0 failed", with: "1 passed,\n0 failed")
            .replacingOccurrences(of: "0 sourced; 0 conflicts", with: "0 sourced; 9 conflicts")
        #expect(try Self.check(two, document: "s.md", binary: binary).recorded == Self.sample)

        let status = Self.sample.replacingOccurrences(of: "$ echo $?\n0", with: "$ echo $?\n1")
        #expect(try Self.check(status, document: "s.md", binary: binary).failures.contains { $0.hasPrefix("s.md:13: 'echo $?' prints other lines") })
    }

    /// Documents also show real output in documents of real commands; the GettingStarted guide's
    /// `recount check` session, with its summary line changed, fails.
    @Test func anEditedLineOfTheGuideFails() throws {
        let binary = try #require(EndToEndTests.executable, "recount binary not found beside the test bundle")
        let document = "Sources/RecountKit/Documentation.docc/GettingStarted.md"
        let markdown = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        let summary = "6 claims: 2 consistent, 1 approximate, 2 inconsistent, 0 undetermined, 1 sourced; 2 conflicts"
        try #require(markdown.contains(summary))
        let edited = markdown.replacingOccurrences(of: summary, with: summary.replacingOccurrences(of: "2 conflicts", with: "3 conflicts"))
        let outcome = try Self.check(edited, document: document, binary: binary)
        #expect(!outcome.failures.isEmpty)
        #expect(outcome.failures.allSatisfy { $0.hasPrefix(document + ":") && $0.contains("+" + summary) })
        #expect(outcome.recorded == markdown)
    }

    @Test func elisionsMatchAnyLinesAndKeepTheirExcerptWhenRecorded() {
        let shown = ElidedOutput(lines: ["a", "…", "c", "d", "…", "f"])
        #expect(shown.matches(["a", "b", "c", "d", "e", "f"]))
        #expect(shown.matches(["a", "c", "d", "f"]))
        #expect(!shown.matches(["a", "b", "c", "x", "e", "f"]))
        #expect(!shown.matches(["a", "b", "c", "d", "e", "f", "g"]), "the last segment ends the output")
        #expect(ElidedOutput(lines: ["…", "x"]).matches(["w", "x"]))
        #expect(ElidedOutput(lines: ["x", "…"]).matches(["x", "y"]))
        #expect(!ElidedOutput(lines: ["x"]).matches(["x", "y"]))
        #expect(shown.recorded(from: ["a", "b", "c", "D", "e", "f"])?.lines == ["a", "…", "c", "D", "…", "f"])
        #expect(shown.recorded(from: ["A", "b", "c", "d", "e", "f", "g"])?.lines == ["A", "…", "c", "d", "…", "g"])
        #expect(ElidedOutput(lines: ["a", "…", "q", "…"]).recorded(from: ["a", "b"]) == nil)
    }
}
