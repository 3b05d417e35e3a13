import RecountEngine
import RecountModel

/// Renders `recount impact QUANTITY` for the terminal: the quantity's stated values, the margin
/// within which every verdict holds, and each dependent claim with how it depends and its own
/// margin.
///
/// Bounds are printed as figures in the reference figure's unit, to six significant digits
/// rounded towards the stated value, so a printed bound is always inside the margin and can be
/// pasted into `recount what-if --set 'QUANTITY=exactly FIGURE'`.
public struct ImpactRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func render(_ impact: Impact, baseline: Audit) -> String {
        var out = style.bold("impact of \(impact.quantity.text)") + "\n"
        let describer = WhatIfRenderer(style: style)
        for (i, replacement) in impact.stated.enumerated() {
            out += row(i == 0 ? "stated" : "", describer.describe(replacement, in: baseline))
        }
        let reference = figure(impact.center, impact)
        out += row("probes", "exact values in place of every stated value, by bisection from \(reference) "
                   + "to \(NumberFormat.decimal(Impact.precision * 100))% (\(impact.runs) engine runs)")
        out += "\n" + style.bold("every verdict holds") + " " + span(impact.margin, impact, naming: true) + "\n"
        let moving = impact.claims.filter { $0.margin.movesAtCenter != nil }
        if !moving.isEmpty {
            out += "  except " + moving.map(\.claim.id).joined(separator: ", ")
                + ", which move at \(reference) itself: the stated values of the quantity disagree\n"
        }
        if impact.margin.approximate { out += "  (the run budget cut the bisection short: margins are approximate)\n" }
        out += "\n" + style.bold(impact.claims.isEmpty ? "no claim depends on it" : "claims that depend on it") + "\n"
        for dependent in impact.claims {
            let claim = dependent.claim
            let mark = style.verdict(dependent.verdict, CheckRenderer.mark(dependent.verdict))
            out += "\(mark) \(style.bold(claim.id))  \(style.verdict(dependent.verdict))  \(ways(dependent.ways))  "
                + style.dim(claim.range.description) + "\n"
            if let verdict = dependent.margin.movesAtCenter {
                out += row("holds", "nowhere: at \(reference) it is already \(verdict.rawValue)")
            } else {
                out += row("holds", span(dependent.margin, impact))
            }
        }
        return out
    }

    /// How a claim depends on the quantity, in words.
    private func ways(_ ways: [Impact.Way]) -> String {
        guard !ways.isEmpty else { return "moves with it through a conflict found at other values" }
        var parts: [String] = []
        if ways.contains(.states) { parts.append("states it") }
        var paths: [String] = []
        for case .reads(let through) in ways {
            paths.append(through.isEmpty ? "directly" : "through " + through.joined(separator: ", "))
        }
        if paths == ["directly"] {
            parts.append("reads it")
        } else if !paths.isEmpty {
            parts.append("reads it " + paths.joined(separator: " and "))
        }
        let conflicts = ways.compactMap { way -> String? in
            if case .conflict(let index) = way { return "#\(ConflictReport.number(ofAuditIndex: index))" }
            return nil
        }
        if !conflicts.isEmpty {
            parts.append((conflicts.count == 1 ? "in conflict " : "in conflicts ") + conflicts.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// `from $36.902B/yr (−0.266%, then approximate) to $37.0175B/yr (+0.0475%, then approximate)`.
    private func span(_ margin: Impact.Margin, _ impact: Impact, naming: Bool = false) -> String {
        let lower = bound(margin.lower, impact, upper: false, naming: naming)
        let upper = bound(margin.upper, impact, upper: true, naming: naming)
        return "from \(lower) to \(upper)"
    }

    private func bound(_ bound: Impact.Bound, _ impact: Impact, upper: Bool, naming: Bool) -> String {
        switch bound {
        case .flips(let x, let verdict):
            let text = figure(x, impact, rounding: upper ? .down : .up)
            var then = "then \(verdict.rawValue)"
            if naming {
                let first = impact.claims.filter { (upper ? $0.margin.upper : $0.margin.lower) == bound }
                if let claim = first.first {
                    then = "then \(claim.claim.id) becomes \(verdict.rawValue)"
                }
            }
            return "\(text) (\(percent(x, impact)), \(then))"
        case .beyondSearch(let x):
            guard x.isFinite else { return upper ? "+∞" : "−∞" }
            return figure(x, impact) + " or " + (upper ? "more" : "less") + " (no flip found)"
        }
    }

    /// How far a value is from the reference figure's: `−0.266%`, `+3.29%`.
    private func percent(_ x: Double, _ impact: Impact) -> String {
        let scale = impact.center == 0 ? 1 : abs(impact.center)
        let p = (x - impact.center) / scale * 100
        let text = NumberFormat.decimal(abs(p), significant: 3)
        return text == "0" ? "0%" : (p < 0 ? "−" : "+") + text + "%"
    }

    /// A value in the reference figure's unit, as a figure the language reads back.
    private func figure(_ x: Double, _ impact: Impact,
                        rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        ValueText.spell(NumberFormat.decimal(x, significant: 6, rounding: rule), in: impact.reference.unit)
    }

    private func row(_ label: String, _ text: String) -> String {
        let padded = label + String(repeating: " ", count: max(0, 9 - label.count))
        return "    \(style.dim(padded)) \(text)\n"
    }
}
