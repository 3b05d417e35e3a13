import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport

extension Commands {
    /// `recount what-if [--set QUANTITY=VALUE …] [--set-evidence QUANTITY=VALUE …] [path ...]`:
    /// checks the files again with the article's figures (`--set`) or the ledger's facts
    /// (`--set-evidence`) for each quantity replaced, and prints only what changes. The files
    /// are not touched. Exit status: 0 when no verdict changes, 1 when some verdict changes, 2
    /// when the input could not be loaded, 64 for a wrong command line or an override that
    /// cannot be read (its diagnostics point into the argument).
    func whatIf() -> ExitCode {
        guard !arguments.overrides.isEmpty || !arguments.evidenceOverrides.isEmpty else {
            return usage("what-if needs at least one --set or --set-evidence QUANTITY=VALUE", help: .whatIf)
        }
        guard let audit = load(arguments.paths, otherwise: "nothing was checked again") else { return .loadFailure }
        var overrides: [Override] = []
        var problems = ""
        let given = arguments.overrides.map { ($0, Override.Scope.article) }
            + arguments.evidenceOverrides.map { ($0, Override.Scope.evidence) }
        for (text, scope) in given {
            switch WhatIf.parseOverride(text, in: audit.project, scope: scope) {
            case .success(let override): overrides.append(override)
            case .failure(let failure):
                let path = WhatIf.argumentPath(for: scope)
                let files = [path: SourceFile(path: path, text: text)]
                problems += DiagnosticRenderer(files: files, style: style).render(failure.diagnostics)
            }
        }
        guard problems.isEmpty else {
            standardError(problems)
            return usage("an override could not be read; write --set 'QUANTITY=VALUE' for the article's figure, e.g. "
                         + "--set 'msft.ai_run_rate.yoy @ FY2026Q3=123%', or --set-evidence for the ledger's",
                         help: .whatIf)
        }
        // A ledger fact added under a slip of a name moves nothing; say which name was likely meant.
        for override in overrides where override.scope == .evidence
            && !audit.project.facts.contains(where: { $0.quantity.quantity == override.quantity.quantity }) {
            if let suggestion = QuantitySuggestion.suggestion(for: override.quantity, in: audit.project) {
                standardError("recount: note: the ledger has no fact on \(override.quantity.text), so one is added; \(suggestion)\n")
            }
        }
        let outcome = WhatIf.run(overrides, on: audit)
        print(WhatIfRenderer(style: style).render(outcome, baseline: audit), terminator: "")
        return outcome.changes.verdicts.isEmpty ? .success : .findings
    }
}
