import RecountEngine
import RecountModel

/// Renders verdicts for the terminal: one block per claim with the arithmetic behind it, then
/// the conflicts with their minimal sets.
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
            out += render(result, in: audit)
        }
        if !audit.conflicts.isEmpty {
            out += "\n" + style.bold("conflicts") + "\n"
            for (i, conflict) in audit.conflicts.enumerated() {
                out += render(conflict, number: ConflictReport.number(ofAuditIndex: i), in: audit, trees: verbose)
            }
        }
        out += "\n" + summary(audit) + "\n"
        return out
    }

    /// What `check --quiet` prints: one line for each claim that is inconsistent or
    /// undetermined, with its likely cause when one is named, then the summary.
    public func renderBrief(_ audit: Audit) -> String {
        var out = ""
        for result in audit.results where result.verdict == .inconsistent || result.verdict == .undetermined {
            out += headline(result)
            if case .slip(let slip)? = result.decision.attribution { out += "  \(slip.sentence)" }
            out += "\n"
        }
        return out + (out.isEmpty ? "" : "\n") + summary(audit) + "\n"
    }

    /// `✗ msft-growth  inconsistent  Claims/x.claims:40:1`: a claim's first line, without its end.
    func headline(_ result: ClaimResult) -> String {
        "\(style.verdict(result.verdict, CheckRenderer.mark(result.verdict))) \(style.bold(result.claim.id))  "
            + "\(style.verdict(result.verdict))  \(style.dim(result.claim.range.description))"
    }

    /// `9 claims: 5 consistent, 0 approximate, 3 inconsistent, 0 undetermined, 1 sourced; 2 conflicts`.
    public func summary(_ audit: Audit) -> String {
        let parts = audit.counts.map { "\($0.count) \($0.verdict.rawValue)" }
        let noun = audit.results.count == 1 ? "claim" : "claims"
        let conflicts = audit.conflicts.count == 1 ? "1 conflict" : "\(audit.conflicts.count) conflicts"
        return "\(audit.results.count) \(noun): " + parts.joined(separator: ", ") + "; " + conflicts
    }

    /// Each claim whose verdict is not the one it expects, with the arithmetic behind it.
    public func renderMismatches(_ audit: Audit) -> String {
        audit.expectationMismatches.map { result in
            let expected = result.claim.expect?.rawValue ?? ""
            return "\(style.bold("mismatch")): \(result.claim.id) expected \(expected), got \(result.verdict.rawValue)\n"
                + render(result, in: audit)
        }.joined()
    }

    /// What `test --quiet` prints for each claim whose verdict is not the one it expects: one line.
    public func renderBriefMismatches(_ audit: Audit) -> String {
        audit.expectationMismatches.map { result in
            let expected = result.claim.expect?.rawValue ?? ""
            return "\(style.bold("mismatch")): \(result.claim.id) expected \(expected), got \(result.verdict.rawValue)  "
                + "\(style.dim(result.claim.range.description))\n"
        }.joined()
    }

    /// `68 passed, 2 failed, 1 without expectation`.
    public func summary(_ tally: ExpectationTally) -> String {
        var line = "\(tally.passed) passed, \(tally.failed) failed"
        if tally.withoutExpectation > 0 { line += ", \(tally.withoutExpectation) without expectation" }
        return line
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

    public func render(_ result: ClaimResult, in audit: Audit) -> String {
        let claim = result.claim
        var out = headline(result) + "\n"
        // A claim with a warning of its own is shown in full, so the warning sits under it.
        let detailed = verbose || result.verdict == .inconsistent || result.verdict == .approximate
            || result.verdict == .undetermined || !result.warnings.isEmpty
        guard detailed else { return out }
        if let quote = claim.quote { out += row("quote", "“\(TerminalText.line(quote))”") }
        if let stated = claim.stated {
            out += row("stated", "\(stated.text)  \(style.dim(ValueText.interval(stated.asserted, in: stated.unit)))")
        }
        for check in result.checks {
            out += render(check, stated: claim.stated, in: audit)
        }
        for reading in result.readings {
            out += row("reading", "\(reading.id ?? "") → \(style.verdict(reading.verdict))")
            for check in reading.checks { out += render(check, stated: nil, in: audit) }
        }
        if result.checks.isEmpty, result.readings.isEmpty, result.verdict == .sourced {
            out += row("support", "no ledger evidence for this figure; it is the article's attribution")
        }
        for warning in result.warnings { out += row("warning", "\(warning.message) [\(warning.code)]") }
        switch result.decision.attribution {
        case .slip(let slip)?:
            out += row("cause", style.bold(slip.sentence))
        case .conflict?:
            // The report's sentence, with the engine's names: the two never disagree.
            out += row("cause", style.bold(ReportSentences.cause(result.decision.attribution, describe: audit.describe,
                                                                 number: ConflictReport.number(ofAuditIndex:))))
        case .severalSlips(let slips)?:
            for slip in slips { out += row("could be", slip.sentence) }
            out += row("cause", "several slips fit, so none is named")
        case .tie(let others)?:
            out += row("cause", "this figure or another is wrong, and the figures do not say which: "
                       + others.map(audit.describe).joined(separator: "; "))
        case .unexplained?:
            out += row("cause", "no usual slip reproduces the figure")
        case nil:
            break
        }
        return out
    }

    private func render(_ check: Check, stated: StatedValue?, in audit: Audit) -> String {
        var out = ""
        let unit = stated?.unit
        switch check.basis {
        case .formula:
            guard let d = check.derivation else { break }
            let shown = stated.map { d.value(in: $0.asserted.dimension) } ?? d.value
            out += row("because", DerivationText.symbolic(d))
            out += row("", "= \(DerivationText.substituted(d, shownAs: stated))")
            out += row("", "= \(ReportSentences.value(d, stated: stated))  \(style.dim(ValueText.interval(shown, in: unit)))")
            out += inputs(d)
        case .evidence(let source, let grade):
            guard let d = check.derivation else { break }
            let origin = [source, grade?.rawValue].compactMap { $0 }.joined(separator: ", ")
            out += row("evidence", "\(DerivationText.substituted(d)) from \(origin)  "
                       + style.dim(ValueText.interval(stated.map { d.value(in: $0.asserted.dimension) } ?? d.value, in: unit)))
        case .derived(let relation):
            guard let d = check.derivation else { break }
            let shown = stated.map { d.value(in: $0.asserted.dimension) } ?? d.value
            out += row("evidence", "\(ReportSentences.value(d, stated: stated)) by \(relation) from the ledger  "
                       + style.dim(ValueText.interval(shown, in: unit)))
            for line in d.children.flatMap({ DerivationText.tree($0) }) { out += row("", line) }
        case .comparison(let relation):
            guard let l = check.derivation, let r = check.other else { break }
            out += row("holds", "\(DerivationText.symbolic(l)) \(relation.rawValue) \(DerivationText.symbolic(r))")
            out += row("", ": \(DerivationText.comparison(l, relation, r))")
            out += row("", ": \(ComparisonWords.formula(l, relation, r))")
            out += inputs(l) + inputs(r)
        case .conflict(let index):
            guard index < audit.conflicts.count else { break }
            let conflict = audit.conflicts[index]
            let implied = check.derivation.map { " imply \(ReportSentences.value($0, stated: stated))" } ?? ""
            let members = conflict.support.map(audit.describe).joined(separator: "; ")
            out += row("conflict", "#\(ConflictReport.number(ofAuditIndex: index)) on \(conflict.label) with {\(members)}: the others\(implied)")
        }
        var figures: [String] = []
        if let deviation = check.deviation, check.verdict != .consistent {
            figures.append("deviation \(NumberFormat.percent(deviation))")
        }
        if let margin = ComparisonWords.margin(check) { figures.append(margin) }
        if !figures.isEmpty { out += row("", style.bold(figures.joined(separator: ", "))) }
        if let problem = check.problem { out += row("problem", "\(problem.message) [\(problem.code)]") }
        return out
    }

    /// A conflict: its quantity, both sides, the minimal set and the likely cause.
    public func render(_ conflict: Conflict, number: Int, in audit: Audit, trees: Bool) -> String {
        let (left, right) = ComparisonWords.sides(conflict)
        var out = "\(style.color("#\(number)", .red)) \(style.bold(conflict.label)): \(left) vs \(right)\n"
        out += row("set", conflict.support.map(audit.describe).joined(separator: "; "))
        if trees {
            out += row("one side", "")
            for line in DerivationText.tree(conflict.left) { out += row("", line) }
            out += row("other", "")
            for line in DerivationText.tree(conflict.right) { out += row("", line) }
        }
        if let cause = conflict.cause {
            out += row("cause", style.bold("\(audit.describe(cause.member)): \(cause.slip.sentence)"))
        } else {
            for e in conflict.explanations where !e.slips.isEmpty {
                out += row("could be", "\(audit.describe(e.member)): "
                           + e.slips.map(\.sentence).joined(separator: "; or "))
            }
        }
        return out
    }

    private func inputs(_ d: Derivation) -> String {
        var out = ""
        for input in d.inputs {
            switch input.step {
            case .input(let label, let stated, let origin):
                if case .constant = origin { continue }
                out += row("input", "\(label) = \(stated)  \(style.dim(OriginText.describe(origin)))")
            case .derived(let label, let relation):
                out += row("input", "\(label) = \(ValueText.nominal(input.valueInUnit, in: input.unit))  "
                           + style.dim("by \(relation)"))
                for line in input.children.flatMap({ DerivationText.tree($0, indent: "  ") }) { out += row("", line) }
            default: continue
            }
        }
        return out
    }

    private func row(_ label: String, _ text: String) -> String {
        let padded = label + String(repeating: " ", count: max(0, 9 - label.count))
        return "    \(style.dim(padded)) \(text)\n"
    }
}
