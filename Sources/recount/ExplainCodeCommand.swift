import RecountReport

extension Commands {
    /// `recount explain R401`: prints what a diagnostic code means. A code that no diagnostic
    /// has is a wrong command line (64), with the codes a slip away from it.
    func explainCode(_ code: String) -> ExitCode {
        guard let text = DiagnosticCodeRenderer(style: style).render(code: code) else {
            let near = DidYouMean.nearest(code.uppercased(), among: DiagnosticCodeRenderer.codes)
            let suggestion = near.isEmpty ? "" : "; did you mean " + DidYouMean.list(near) + "?"
            return usage("no diagnostic has the code '\(code)'\(suggestion)", help: .explain)
        }
        print(text, terminator: "")
        return .success
    }
}
