import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport

extension Commands {
    /// `recount what-if --set QUANTITY=VALUE [--set …] [path ...]`: checks the files again with
    /// each quantity's stated values replaced, and prints only what changes. The files are not
    /// touched. Exit status: 0 when no verdict changes, 1 when some verdict changes, 2 when the
    /// input could not be loaded, 64 for a wrong command line or an override that cannot be read
    /// (its diagnostics point into the argument).
    func whatIf() -> ExitCode {
        guard !arguments.overrides.isEmpty else {
            return usage("what-if needs at least one --set QUANTITY=VALUE", help: .whatIf)
        }
        guard let audit = load(arguments.paths, otherwise: "nothing was checked again") else { return .loadFailure }
        var overrides: [Override] = []
        var problems = ""
        for text in arguments.overrides {
            switch WhatIf.parseOverride(text, in: audit.project) {
            case .success(let override): overrides.append(override)
            case .failure(let failure):
                let files = [WhatIf.argumentPath: SourceFile(path: WhatIf.argumentPath, text: text)]
                problems += DiagnosticRenderer(files: files, style: style).render(failure.diagnostics)
            }
        }
        guard problems.isEmpty else {
            standardError(problems)
            return usage("an override could not be read; write --set 'QUANTITY=VALUE', e.g. "
                         + "--set 'msft.ai_run_rate.yoy @ FY2026Q3=123%'", help: .whatIf)
        }
        let outcome = WhatIf.run(overrides, on: audit)
        print(WhatIfRenderer(style: style).render(outcome, baseline: audit), terminator: "")
        return outcome.changes.verdicts.isEmpty ? .success : .findings
    }
}
