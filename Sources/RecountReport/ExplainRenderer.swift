import RecountEngine
import RecountModel

/// Renders `recount explain CLAIM`: every check of one claim with its full derivation tree, and
/// every conflict the claim takes part in with both sides and the minimal set.
public struct ExplainRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The explanation, or nil when the audit has no claim with this id.
    public func render(claim id: String, in audit: Audit) -> String? {
        guard let result = audit.results.first(where: { $0.claim.id == id }) else { return nil }
        let claim = result.claim
        var out = "\(style.bold("claim \(claim.id)"))  \(style.verdict(result.verdict))  \(claim.range.description)\n"
        if let quote = claim.quote { out += "  quote   “\(TerminalText.line(quote))”\n" }
        if let stated = claim.stated {
            out += "  stated  \(stated.text)  \(ValueText.interval(stated.asserted, in: stated.unit))\n"
        }
        for warning in result.warnings { out += "  warning \(warning.message) [\(warning.code)]\n" }
        let sections = [(nil as String?, result.checks)] + result.readings.map { ($0.id, $0.checks) }
        for (reading, checks) in sections {
            if let reading { out += "\n" + style.bold("reading \(reading)") + "\n" }
            for check in checks { out += "\n" + render(check, audit) }
        }
        switch result.decision.attribution {
        case .slip(let slip)?:
            out += "\n" + style.bold("likely cause") + ": \(slip.sentence)\n"
        case .conflict?:
            out += "\n" + style.bold("likely cause") + ": "
                + ReportSentences.cause(result.decision.attribution, describe: audit.describe,
                                        number: ConflictReport.number(ofAuditIndex:)) + "\n"
        case .severalSlips(let slips)?:
            out += "\n" + style.bold("several slips fit") + ": " + slips.map(\.sentence).joined(separator: "; ") + "\n"
        case .tie(let others)?:
            out += "\n" + style.bold("one of these is wrong") + ": this figure, or "
                + others.map(audit.describe).joined(separator: "; ") + "\n"
        case .unexplained?, nil:
            break
        }
        let involved = result.decision.conflicts.filter { $0 < audit.conflicts.count }
        if !involved.isEmpty {
            out += "\n" + style.bold("conflicts") + "\n"
            let checkRenderer = CheckRenderer(style: style, verbose: true)
            for i in involved {
                out += checkRenderer.render(audit.conflicts[i], number: i + 1, in: audit, trees: true)
            }
        }
        return out
    }

    private func render(_ check: Check, _ audit: Audit) -> String {
        var out = "  \(title(check.basis, audit)): \(style.verdict(check.verdict))"
        if let deviation = check.deviation, check.verdict != .consistent {
            out += ", deviation \(NumberFormat.percent(deviation))"
        }
        if let margin = ComparisonWords.margin(check) { out += ", \(margin)" }
        out += "\n"
        for d in [check.derivation, check.other].compactMap({ $0 }) {
            for line in DerivationText.tree(d, indent: "    ") { out += line + "\n" }
        }
        if let problem = check.problem { out += "    problem: \(problem.message) [\(problem.code)]\n" }
        return out
    }

    private func title(_ basis: Check.Basis, _ audit: Audit) -> String {
        switch basis {
        case .formula: "formula"
        case .evidence(let source, let grade):
            "evidence from \([source, grade?.rawValue].compactMap { $0 }.joined(separator: ", "))"
        case .derived(let relation): "evidence derived by \(relation)"
        case .comparison(let relation): "comparison \(relation.rawValue)"
        case .conflict(let i): "conflict #\(i + 1)"
        }
    }
}
