/// Renders verdicts for the terminal: one block per claim with the arithmetic behind it.
public struct CheckRenderer {
    public var style: TerminalStyle
    /// Whether to show consistent and sourced claims in full, or as one line each.
    public var verbose: Bool

    public init(style: TerminalStyle, verbose: Bool = false) {
        self.style = style
        self.verbose = verbose
    }

    public func render(_ audit: Audit) -> String {
        var out = ""
        for result in audit.results {
            out += render(result)
        }
        out += summary(audit) + "\n"
        return out
    }

    /// `9 claims: 5 consistent, 0 approximate, 3 inconsistent, 0 undetermined, 1 sourced`.
    public func summary(_ audit: Audit) -> String {
        let parts = audit.counts.map { "\($0.count) \($0.verdict.rawValue)" }
        let noun = audit.results.count == 1 ? "claim" : "claims"
        return "\(audit.results.count) \(noun): " + parts.joined(separator: ", ")
    }

    static func mark(_ verdict: Verdict) -> String {
        switch verdict {
        case .consistent: "✓"
        case .approximate: "≈"
        case .inconsistent: "✗"
        case .undetermined: "?"
        case .sourced: "·"
        }
    }

    public func render(_ result: ClaimResult) -> String {
        let claim = result.claim
        var out = "\(style.verdict(result.verdict, CheckRenderer.mark(result.verdict))) \(style.bold(claim.id))  "
            + "\(style.verdict(result.verdict))  \(style.dim(claim.range.description))\n"
        let detailed = verbose || result.verdict == .inconsistent || result.verdict == .approximate
            || result.verdict == .undetermined
        guard detailed else { return out }
        if let quote = claim.quote { out += row("quote", "“\(quote)”") }
        if let stated = claim.stated {
            out += row("stated", "\(stated.text)  \(style.dim(ValueText.interval(stated.asserted, in: stated.unit)))")
        }
        for check in result.checks {
            out += render(check, stated: claim.stated)
        }
        if result.checks.isEmpty, result.verdict == .sourced {
            out += row("support", "no ledger evidence for this figure; it is the article's attribution")
        }
        return out
    }

    private func render(_ check: Check, stated: StatedValue?) -> String {
        var out = ""
        let unit = stated?.unit
        switch check.basis {
        case .formula:
            guard let d = check.derivation else { break }
            out += row("because", DerivationText.symbolic(d))
            out += row("", "= \(DerivationText.substituted(d))")
            out += row("", "= \(ValueText.nominal(d.value, in: unit))  \(style.dim(ValueText.interval(d.value, in: unit)))")
            out += inputs(d)
        case .evidence(let source, let grade):
            guard let d = check.derivation else { break }
            let origin = [source, grade?.rawValue].compactMap { $0 }.joined(separator: ", ")
            out += row("evidence", "\(DerivationText.substituted(d)) from \(origin)  "
                       + style.dim(ValueText.interval(d.value, in: unit)))
        case .comparison(let relation):
            guard let l = check.derivation, let r = check.other else { break }
            out += row("holds", "\(DerivationText.symbolic(l)) \(relation.rawValue) \(DerivationText.symbolic(r))")
            out += row("", ": \(DerivationText.substituted(l)) \(relation.rawValue) \(DerivationText.substituted(r))")
            let shared = l.unit ?? r.unit
            out += row("", ": \(ValueText.nominal(l.value, in: shared)) \(relation.rawValue) "
                       + "\(ValueText.nominal(r.value, in: shared))")
            out += inputs(l) + inputs(r)
        }
        var figures: [String] = []
        if let deviation = check.deviation, check.verdict != .consistent {
            figures.append("deviation \(NumberFormat.percent(deviation))")
        }
        if let margin = check.margin { figures.append("margin \(NumberFormat.percent(margin))") }
        if !figures.isEmpty { out += row("", style.bold(figures.joined(separator: ", "))) }
        if let problem = check.problem { out += row("problem", "\(problem.message) [\(problem.code)]") }
        return out
    }

    private func inputs(_ d: Derivation) -> String {
        var out = ""
        for input in d.inputs {
            guard case .input(let label, let stated, let origin) = input.step else { continue }
            switch origin {
            case .constant: continue
            case .claim(let id, let range):
                out += row("input", "\(label) = \(stated)  \(style.dim("article, claim \(id) (\(range.description))"))")
            case .fact(let source, let grade, let range):
                let from = [source, grade?.rawValue].compactMap { $0 }.joined(separator: ", ")
                out += row("input", "\(label) = \(stated)  \(style.dim("ledger, \(from) (\(range.description))"))")
            }
        }
        return out
    }

    private func row(_ label: String, _ text: String) -> String {
        let padded = label + String(repeating: " ", count: max(0, 9 - label.count))
        return "    \(style.dim(padded)) \(text)\n"
    }
}
