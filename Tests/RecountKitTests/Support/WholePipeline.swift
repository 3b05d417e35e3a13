import RecountCore
import RecountEngine
import RecountExtract
import RecountFormat
import RecountKit
import RecountModel
import RecountReport
import RecountSyntax

/// Every stage of Recount run on one text, in memory: the function the whole-pipeline fuzzer
/// (`Tests/Fuzz/PipelineMain.swift`) calls on each input, and the test suite on the fuzz corpus.
///
/// The text is cut at lines that are exactly `%%%` into up to four parts: a claims file, a
/// ledger, an article's text and a what-if override (`QUANTITY=VALUE`). A text with no marker is
/// the claims file, the article's text and, on its last line, the override at once, so that any
/// input reaches every stage. Nothing is read from or written to disk: `use` lines are not
/// followed, and an article's `text` is the third part.
enum WholePipeline {
    /// The line that separates the parts of an input.
    static let marker = "%%%"

    /// What each stage printed, by stage name, so that a caller can compare two runs.
    struct Outcome: Equatable {
        var outputs: [String: String] = [:]

        /// The bytes printed by every stage together.
        var size: Int { outputs.values.reduce(0) { $0 + $1.utf8.count } }
    }

    /// The four parts of an input.
    struct Parts: Equatable {
        var claims: String
        var ledger: String?
        var article: String
        var override: String

        init(_ text: String) {
            var lines: [[Substring]] = [[]]
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == WholePipeline.marker {
                    lines.append([])
                } else {
                    lines[lines.count - 1].append(line)
                }
            }
            let parts = lines.map { $0.joined(separator: "\n") }
            claims = parts[0]
            ledger = parts.count > 1 ? parts[1] : nil
            article = parts.count > 2 ? parts[2] : text
            let lastLine = text.split(separator: "\n").last.map(String.init) ?? ""
            override = parts.count > 3 ? parts[3] : lastLine
        }
    }

    /// Runs load, check, every renderer, `fmt`, `extract --suggest` and `what-if` on `text`.
    static func run(_ text: String) -> Outcome {
        let parts = Parts(text)
        var outcome = Outcome()
        var files = [SourceFile(path: "fuzz.claims", text: parts.claims)]
        if let ledger = parts.ledger { files.append(SourceFile(path: "fuzz.ledger", text: ledger)) }

        // fmt, on each file as `recount fmt` would.
        for file in files {
            switch Formatter.format(file) {
            case .formatted(let formatted): outcome.outputs["fmt \(file.path)"] = formatted
            case .unparsable(let problems): outcome.outputs["fmt \(file.path)"] = "\(problems.count) problems"
            case .refused(let reason): outcome.outputs["fmt \(file.path)"] = "refused: \(reason)"
            }
        }

        // load and check, with the article's text taken from the input.
        let audit = Audit.check(Loader.Loaded.parsing(files)) { project in
            ArticleTexts.check(project: project) { _, _ in .success(parts.article) }
        }
        let diagnostics = DiagnosticRenderer(files: audit.files, style: .plain)
        outcome.outputs["diagnostics"] = diagnostics.render(audit.diagnostics)
        outcome.outputs["diagnostics github"] = diagnostics.renderGitHub(audit.diagnostics)
        outcome.outputs["check"] = CheckRenderer(style: TerminalStyle(enabled: true), verbose: true).render(audit)
        outcome.outputs["check github"] = GitHubAnnotations.verdicts(audit)
        outcome.outputs["test"] = CheckRenderer(style: .plain, verbose: true).renderMismatches(audit)
            + CheckRenderer(style: .plain).summary(audit.expectations)

        // Reports, as `recount report` writes them only for a project that loaded.
        if !audit.loadFailed {
            let models = ReportModel.all(audit, date: CalendarDate(iso: "2026-01-31"), baseURL: "https://example.org/r")
            for output in ReportFiles.outputs(models, formats: ReportFormat.allCases) {
                outcome.outputs[output.path] = output.contents
            }
            outcome.outputs["report warnings"] = diagnostics.render(ReportFiles.warnings(models, formats: ReportFormat.allCases))
            for result in audit.results.prefix(3) {
                outcome.outputs["explain \(result.claim.id)"] = ExplainRenderer(style: .plain)
                    .render(claim: result.claim.id, in: audit)
            }
            outcome.outputs["what-if"] = whatIf(parts.override, on: audit)
        }

        // extract --suggest, on the article's text, and the draft read back.
        let extraction = Extraction.run(text: parts.article, suggest: true)
        let writer = ClaimsWriter(articleID: "fuzz", title: ClaimsWriter.title(of: parts.article, fallback: "fuzz"),
                                  textPath: nil, sourceName: "fuzz.txt")
        let draft = writer.render(extraction, suggested: true)
        let (_, draftProblems) = Parser.parse(SourceFile(path: "draft.claims", text: draft))
        outcome.outputs["extract"] = draft + "\(draftProblems.count) problems\n"
        return outcome
    }

    /// `recount what-if` with the override from the input as the article's and as the evidence's
    /// figure, and with the first fact's own figure as the evidence's.
    private static func whatIf(_ argument: String, on audit: Audit) -> String {
        var given: [(String, Override.Scope)] = [(argument, .article), (argument, .evidence)]
        if let fact = audit.project.facts.first {
            given.append(("\(fact.quantity.text)=\(fact.value.text)", .evidence))
        }
        var printed = ""
        for (text, scope) in given {
            switch WhatIf.parseOverride(text, in: audit.project, scope: scope) {
            case .success(let override):
                let outcome = WhatIf.run([override], on: audit)
                printed += WhatIfRenderer(style: .plain).render(outcome, baseline: audit)
            case .failure(let failure):
                let path = WhatIf.argumentPath(for: scope)
                printed += DiagnosticRenderer(files: [path: SourceFile(path: path, text: text)], style: .plain)
                    .render(failure.diagnostics)
            }
        }
        return printed
    }
}
