import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountModel
import RecountReport

extension Commands {
    /// `recount impact QUANTITY [path ...]`: the claims that depend on the quantity and the
    /// margins within which their verdicts hold. The quantity is one argument
    /// (`'msft.ai_run_rate @ FY2026Q3'`); written unquoted as `NAME @ PERIOD` it is put back
    /// together. Exit status: 0 when the margins were measured, 1 when nothing states the
    /// quantity, 2 when the input could not be loaded, 64 for a wrong command line or a quantity
    /// that cannot be read.
    func impact() -> ExitCode {
        var rest = arguments.paths
        guard !rest.isEmpty else {
            return usage("impact needs a quantity, e.g. 'msft.ai_run_rate @ FY2026Q3'", help: .impact)
        }
        var text = rest.removeFirst()
        if rest.count >= 2, rest[0] == "@" {
            text += " @ " + rest[1]
            rest.removeFirst(2)
        }
        guard let audit = load(rest, otherwise: "nothing was measured") else { return .loadFailure }
        let label = "quantity"
        let reference: QuantityReference
        switch WhatIf.parseQuantity(text, in: audit.project, label: label) {
        case .success(let parsed): reference = parsed
        case .failure(let failure):
            let files = [label: SourceFile(path: label, text: text)]
            standardError(DiagnosticRenderer(files: files, style: style).render(failure.diagnostics))
            return usage("the quantity could not be read; write it as in a file, e.g. 'msft.ai_run_rate @ FY2026Q3'")
        }
        guard let impact = Impact.run(reference, on: audit) else {
            let hint = QuantitySuggestion.suggestion(for: reference, in: audit.project).map { "; \($0)" } ?? ""
            return fail("nothing states \(reference.text): there is no figure to move\(hint)", .findings)
        }
        print(ImpactRenderer(style: style).render(impact, baseline: audit), terminator: "")
        return .success
    }

    /// `check --fragile`: the claims whose verdict one input's last significant digit can flip.
    func printFragile(_ audit: Audit) {
        print(FragilityRenderer(style: style).render(Fragility.run(on: audit)), terminator: "")
    }
}
