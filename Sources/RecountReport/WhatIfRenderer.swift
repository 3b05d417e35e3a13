import RecountCore
import RecountEngine
import RecountModel

/// Renders `recount what-if` for the terminal: what each override replaced, then only what
/// changed — verdicts, figures, conflicts — and a summary line.
public struct WhatIfRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func render(_ outcome: WhatIf.Outcome, baseline: Audit) -> String {
        var out = ""
        for (override, replaced) in zip(outcome.overrides, outcome.replacements) {
            out += style.bold("what if \(WhatIfRenderer.whose(override.scope)) \(override.quantity.text) = \(override.value.text)") + "\n"
            for (i, replacement) in replaced.enumerated() {
                out += row(i == 0 ? "replaces" : "", describe(replacement, in: baseline))
            }
        }
        let changes = outcome.changes
        if !changes.verdicts.isEmpty {
            out += "\n" + style.bold("verdicts that change") + "\n"
            for change in changes.verdicts { out += render(change, verdictMoved: true) }
        }
        if !changes.values.isEmpty {
            out += "\n" + style.bold("figures that move, verdicts unchanged") + "\n"
            for change in changes.values { out += render(change, verdictMoved: false) }
        }
        if !changes.disappeared.isEmpty {
            out += "\n" + style.bold("conflicts that disappear") + "\n"
            for conflict in changes.disappeared { out += render(conflict, in: baseline) }
        }
        if !changes.appeared.isEmpty {
            out += "\n" + style.bold("conflicts that appear") + "\n"
            for conflict in changes.appeared { out += render(conflict, in: outcome.audit) }
        }
        out += "\n" + WhatIfRenderer.summary(changes) + "\n"
        return out
    }

    /// `2 verdicts change, 1 claim's figures move; 4 conflicts disappear, 0 appear`.
    public static func summary(_ changes: AuditChanges) -> String {
        let (verdicts, values, gone) = (changes.verdicts.count, changes.values.count, changes.disappeared.count)
        return (verdicts == 1 ? "1 verdict changes" : "\(verdicts) verdicts change") + ", "
            + (values == 1 ? "1 claim's figures move" : "\(values) claims' figures move") + "; "
            + (gone == 1 ? "1 conflict disappears" : "\(gone) conflicts disappear")
            + ", \(changes.appeared.count) appear"
    }

    /// Whose figure an override puts in place: `the article said`, `the ledger said`.
    static func whose(_ scope: Override.Scope) -> String {
        switch scope {
        case .article: "the article said"
        case .evidence: "the ledger said"
        case .everywhere: "the article and the ledger said"
        }
    }

    /// A replaced value: `12% (claim msft-growth, Claims/x.claims:309:1)`.
    func describe(_ replacement: WhatIf.Replacement, in audit: Audit) -> String {
        let project = audit.project
        let previous = replacement.previous ?? ""
        switch replacement.target {
        case .fact(let i):
            guard i < project.facts.count else { return previous }
            let fact = project.facts[i]
            let grade = fact.source.flatMap { project.sources[$0]?.grade.rawValue }
            let origin = ["ledger", fact.source, grade].compactMap { $0 }.joined(separator: ", ")
            return "\(previous)  " + style.dim("\(origin) (\(fact.range.description))")
        case .claim(let id):
            let place = project.claim(id).map { " (\($0.range.description))" } ?? ""
            return "\(previous)  " + style.dim("article, claim \(id)\(place)")
        case .reading(let claim, let reading):
            return "\(previous)  " + style.dim("article, claim \(claim), reading \(reading)")
        case .added:
            return "the ledger has no fact on it: added as one from '\(WhatIf.addedSource)'"
        }
    }

    private func render(_ change: VerdictChange, verdictMoved: Bool) -> String {
        let after = change.after
        let claim = after.claim
        var out: String
        if verdictMoved {
            out = "\(style.verdict(after.verdict, CheckRenderer.mark(after.verdict))) \(style.bold(claim.id))  "
                + "\(style.verdict(change.before.verdict)) → \(style.verdict(after.verdict))  "
                + style.dim(claim.range.description) + "\n"
        } else {
            out = "\(style.verdict(after.verdict, CheckRenderer.mark(after.verdict))) \(style.bold(claim.id))  "
                + "\(style.verdict(after.verdict))  " + style.dim(claim.range.description) + "\n"
        }
        if let old = change.before.claim.stated?.text, let new = claim.stated?.text, old != new {
            out += row("stated", "\(old) → \(new)")
        }
        let before = summaries(change.before)
        let now = summaries(after)
        var rows: [String] = []
        for key in (before.map(\.key) + now.map(\.key)).uniqued() {
            let old = before.first { $0.key == key }
            let new = now.first { $0.key == key }
            guard old?.text != new?.text || old?.verdict != new?.verdict else { continue }
            let text: String
            switch (old, new) {
            case let (old?, new?) where old.text == new.text:
                text = "\(new.text): \(old.verdict.rawValue) → \(new.verdict.rawValue)"
            case let (old?, new?):
                text = "\(old.text) → \(new.text)" + (old.verdict == new.verdict ? "" : "  (\(new.verdict.rawValue))")
            case let (old?, nil):
                text = "\(old.text) (\(old.verdict.rawValue)): no longer found"
            case let (nil, new?):
                text = "new: \(new.text) (\(new.verdict.rawValue))"
            case (nil, nil):
                continue
            }
            rows.append(row(key.label, text))
        }
        // Several conflicts often say the same thing about one claim; each is listed below.
        return out + rows.uniqued().joined()
    }

    /// One check in a line, keyed so that the same check before and after can be paired.
    private struct Summary {
        struct Key: Hashable {
            var label: String
            var ordinal: Int
        }

        var key: Key
        var text: String
        var verdict: Verdict
    }

    private func summaries(_ result: ClaimResult) -> [Summary] {
        var counts: [String: Int] = [:]
        let stated = result.claim.stated
        var all: [(String?, Check)] = result.checks.map { (nil, $0) }
        for reading in result.readings { all += reading.checks.map { (reading.id, $0) } }
        return all.map { reading, check in
            var (label, text) = summary(check, stated: reading == nil ? stated : nil)
            if let reading { label = "\(label) (\(reading))" }
            counts[label, default: 0] += 1
            return Summary(key: Summary.Key(label: label, ordinal: counts[label] ?? 0), text: text, verdict: check.verdict)
        }
    }

    private func summary(_ check: Check, stated: StatedValue?) -> (String, String) {
        let unit = stated?.unit
        func value(_ d: Derivation?) -> String {
            guard let d else { return "none" }
            return ValueText.nominal(stated.map { d.value(in: $0.asserted.dimension) } ?? d.value, in: unit)
        }
        switch check.basis {
        case .formula: return ("because", value(check.derivation))
        case .evidence(let source, _): return ("evidence", "\(value(check.derivation)) from \(source ?? "the ledger")")
        case .derived(let relation): return ("evidence", "\(value(check.derivation)) by \(relation)")
        case .comparison(let relation):
            guard let l = check.derivation, let r = check.other else { return ("holds", "none") }
            return ("holds", ComparisonWords.formula(l, relation, r))
        case .conflict: return ("conflict", "the others imply \(value(check.derivation))")
        }
    }

    /// A conflict under the number it has in its own audit's `check` output.
    private func render(_ conflict: Conflict, in audit: Audit) -> String {
        let number = audit.conflicts.firstIndex(of: conflict).map { "#\($0 + 1) " } ?? ""
        let (left, right) = ComparisonWords.sides(conflict)
        return "  \(style.color(number, .red))\(style.bold(conflict.label)): \(left) vs \(right)\n"
            + row("set", conflict.support.map(audit.describe).joined(separator: "; "))
    }

    private func row(_ label: String, _ text: String) -> String {
        let padded = label + String(repeating: " ", count: max(0, 9 - label.count))
        return "    \(style.dim(padded)) \(text)\n"
    }
}
