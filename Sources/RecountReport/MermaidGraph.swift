import RecountEngine
import RecountModel

/// Small Mermaid flowcharts, one per conflict group or inconsistent claim: the figures involved
/// (what each measures and its value as stated), how they are related, and the evidence.
///
/// One chart of a whole article grows into a hairball thousands of pixels tall; a chart of one
/// finding has a handful of nodes, reads top-down at 100% on GitHub, and sits next to the text
/// it illustrates. A chart holds at most `maximumNodes` nodes: members beyond them are counted
/// in a last node instead. Node ids are generated (`n1`, `n2`), never taken from input, and every
/// label is quoted with Mermaid's entity codes for anything that could end it, so no input can
/// break the chart.
public struct MermaidGraph {
    public var model: ReportModel

    public init(model: ReportModel) {
        self.model = model
    }

    /// The most nodes a chart holds, so that it stays legible without zooming.
    public static let maximumNodes = 10

    /// The most conflicts a chart draws: their figures make its widest row, and four nodes of
    /// `lineLength` characters side by side are about as wide as GitHub shows a chart at 100%.
    public static let maximumConflicts = 3

    /// Accumulates a chart's nodes and edges, up to `maximumNodes`.
    private struct Chart {
        var lines: [String] = []
        var edges: [String] = []
        var ids: [String: String] = [:]
        var classes: [String: [String]] = [:]

        var isFull: Bool { ids.count >= MermaidGraph.maximumNodes }

        mutating func node(_ key: String, _ shape: (String) -> String, _ lines: [String], _ className: String) -> String? {
            if let id = ids[key] { return id }
            guard !isFull else { return nil }
            let id = "n\(ids.count + 1)"
            ids[key] = id
            self.lines.append("  " + id + shape(MermaidGraph.label(lines)))
            classes[className, default: []].append(id)
            return id
        }

        mutating func edge(_ from: String?, _ to: String?, _ arrow: String, _ label: String? = nil) {
            guard let from, let to else { return }
            let text = label.map { "|\(MermaidGraph.label([$0]))|" } ?? ""
            let line = "  \(from) \(arrow)\(text) \(to)"
            if !edges.contains(line) { edges.append(line) }
        }

        func render() -> String {
            var out = ["flowchart TD"] + lines
            out += edges
            for (name, style) in MermaidGraph.classes where classes[name] != nil {
                out.append("  classDef \(name) \(style)")
            }
            for (name, _) in MermaidGraph.classes {
                if let members = classes[name] { out.append("  class \(members.joined(separator: ",")) \(name)") }
            }
            return out.joined(separator: "\n") + "\n"
        }
    }

    /// The chart of a group of conflicts: each member figure once, the culprit in red above its
    /// conflicts, one hexagon per conflict with the two values it gives its quantity, and the
    /// other figures below. Conflicts are drawn whole, in order, while they fit in
    /// `maximumNodes`; the rest are counted in a last node.
    public func chart(for group: ConflictGroup) -> String {
        var chart = Chart()
        let top = group.culprit.flatMap { node($0, in: &chart, culprit: true) }
        var left = 0
        for (i, c) in group.conflicts.enumerated() {
            let conflict = c.conflict
            let new = conflict.support.filter { chart.ids[key($0)] == nil }.count + 1
            let reserve = i < group.conflicts.count - 1 ? 1 : 0
            guard left == 0, i < Self.maximumConflicts, chart.ids.count + new + reserve <= Self.maximumNodes else {
                left += 1
                continue
            }
            let sides = "\(ValueText.nominal(conflict.left.valueInUnit, in: conflict.left.unit)) vs "
                + "\(ValueText.nominal(conflict.right.valueInUnit, in: conflict.right.unit))"
            let x = chart.node("conflict \(c.number)", { "{{\($0)}}" }, ["conflict #\(c.number)", sides], "conflict")
            // The culprit above its conflicts and the other figures below them, so that the
            // chart grows in three short rows rather than one wide one.
            for member in conflict.support {
                let from = node(member, in: &chart, culprit: member == group.culprit)
                if member == group.culprit { chart.edge(from, x, "---") } else { chart.edge(x, from, "---") }
            }
        }
        if left > 0 {
            let more = chart.node("more", { "[\($0)]" }, ["and \(left) more \(left == 1 ? "conflict" : "conflicts"),", "listed above"], "more")
            chart.edge(top, more, "-.-")
        }
        return chart.render()
    }

    /// The key of a member's node in a chart.
    private func key(_ member: Base) -> String {
        switch member {
        case .claim(let id): return "claim \(id)"
        case .fact(let i):
            let facts = model.audit.project.facts
            return i < facts.count ? "fact \(facts[i].range.description)" : "fact \(i)"
        }
    }

    /// The chart of an inconsistent claim: its figure, and the figures its deciding check
    /// computes it from or compares it with. A comparison is drawn as its two sides joined by
    /// the relation the article asserts.
    public func chart(for claim: ClaimReport) -> String {
        var chart = Chart()
        guard let check = claim.headline else {
            _ = node(.claim(claim.claim.id), in: &chart, culprit: true)
            return chart.render()
        }
        if case .comparison(let op) = check.basis, let l = check.derivation, let r = check.other {
            var lines = claim.claim.quote.map { ["“\(ReaderLabels.snippet($0, limit: Self.lineLength * 2))”"] } ?? []
            lines.append("says: is \(ReportSentences.words(op))")
            lines.append("\(Self.mark(check.verdict)) " + (ReportSentences.outcome(claim) ?? check.verdict.rawValue))
            let relation = chart.node("claim \(claim.claim.id)", { "{{\($0)}}" }, lines.flatMap(wrap), "culprit")
            for leaf in inputs(l, except: claim.claim.id) { chart.edge(leafNode(leaf, in: &chart), relation, "---") }
            for leaf in inputs(r, except: claim.claim.id) { chart.edge(relation, leafNode(leaf, in: &chart), "-->") }
            return chart.render()
        }
        let target = node(.claim(claim.claim.id), in: &chart, culprit: true)
        let relation: String
        switch check.basis {
        case .formula: relation = "the article's arithmetic"
        case .comparison(let op): relation = ReportSentences.words(op)
        case .evidence: relation = "evidence"
        case .derived(let name): relation = name
        case .conflict: relation = "conflict"
        }
        for d in [check.derivation, check.other].compactMap({ $0 }) {
            for leaf in inputs(d, except: claim.claim.id) { chart.edge(leafNode(leaf, in: &chart), target, "-->", relation) }
        }
        return chart.render()
    }

    /// The leaves of a derivation that are figures of the article or the ledger, other than
    /// the claim's own.
    private func inputs(_ d: Derivation, except claim: String) -> [Derivation] {
        d.leaves.filter { leaf in
            guard case .input(_, _, let origin) = leaf.step else { return false }
            switch origin {
            case .constant: return false
            case .claim(let id, _): return id != claim
            case .fact: return true
            }
        }
    }

    /// The node of a derivation's leaf: a claim of the article, or a ledger figure.
    private func leafNode(_ leaf: Derivation, in chart: inout Chart) -> String? {
        guard case .input(let label, let stated, let origin) = leaf.step else { return nil }
        switch origin {
        case .constant: return nil
        case .claim(let id, _): return node(.claim(id), in: &chart, culprit: false)
        case .fact(let source, _, let range):
            let lines = figureLines(quantity(text: label), label: label, value: stated,
                                    from: source.map(model.labels.source))
            return chart.node("fact \(range.description)", { "[(\($0))]" }, lines, "fact")
        }
    }

    /// The node of a claim or a ledger fact, made once per chart.
    private func node(_ member: Base, in chart: inout Chart, culprit: Bool) -> String? {
        switch member {
        case .claim(let id):
            let report = model.claim(id)
            let className = culprit ? "culprit" : "claim"
            let value = report?.stated?.text ?? ""
            if let q = report?.claim.statedQuantity {
                return chart.node(key(member), { "[\($0)]" },
                                  figureLines(q.quantity, label: q.text, value: value, from: "the article"), className)
            }
            var lines = report?.claim.quote.map { ["“\(ReaderLabels.snippet($0, limit: Self.lineLength * 2))”"] } ?? []
            lines += [value, "the article"].filter { !$0.isEmpty }
            return chart.node(key(member), { "[\($0)]" }, lines.flatMap(wrap), className)
        case .fact(let i):
            let facts = model.audit.project.facts
            guard i < facts.count else { return nil }
            let f = facts[i]
            let lines = figureLines(f.quantity.quantity, label: f.quantity.text, value: f.value.text,
                                    from: f.source.map(model.labels.source))
            return chart.node(key(member), { "[(\($0))]" }, lines, culprit ? "culprit" : "fact")
        }
    }

    /// A figure's label, a few short lines: the entity, the metric, the period, the value as
    /// stated, and where it comes from.
    private func figureLines(_ q: Quantity?, label: String, value: String, from: String?) -> [String] {
        var lines: [String] = []
        if let q {
            lines.append(model.labels.entity(q.entity))
            if let (base, suffix) = ComparisonSuffix.split(q.metric) {
                lines.append(model.labels.metric(entity: q.entity, metric: base) + ",")
                lines.append(MetricReading.noun(suffix))
            } else {
                lines.append(model.labels.metric(entity: q.entity, metric: q.metric))
            }
            if let span = q.span {
                lines.append(PeriodReading.short(span, calendar: model.audit.project.entities[q.entity]?.fiscalCalendar))
            }
        } else {
            lines.append(label)
        }
        var wrapped = lines.flatMap(wrap) + wrap(value)
        if let from {
            let lines = wrap(from)
            wrapped += lines.count <= 2 ? lines : [lines[0], lines[1] + "…"]
        }
        return wrapped
    }

    private func quantity(text: String) -> Quantity? {
        let parts = text.components(separatedBy: " @ ")
        let name = parts[0]
        guard let dot = name.firstIndex(of: "."), model.audit.project.entities[String(name[..<dot])] != nil else { return nil }
        var q = Quantity(entity: String(name[..<dot]), metric: String(name[name.index(after: dot)...]))
        if parts.count == 2, case .success(let period) = Period.parse(parts[1]) {
            q.span = period.span(in: model.audit.project.entities[q.entity]?.fiscalCalendar ?? .calendarYear)
        }
        return q
    }

    /// The longest line of a node label, in characters, so that nodes stay narrow.
    static let lineLength = 20

    /// A line broken at spaces into lines of at most `lineLength` characters, a longer word
    /// (as in Chinese, written without spaces) broken anywhere; at most three lines, the last
    /// cut with an ellipsis.
    private func wrap(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        let words = line.split(separator: " ").flatMap { word -> [Substring] in
            guard word.count > Self.lineLength else { return [word] }
            return stride(from: 0, to: word.count, by: Self.lineLength).map { start in
                let from = word.index(word.startIndex, offsetBy: start)
                return word[from..<(word.index(from, offsetBy: Self.lineLength, limitedBy: word.endIndex) ?? word.endIndex)]
            }
        }
        for word in words {
            if !current.isEmpty, current.count + 1 + word.count > Self.lineLength {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > 3 else { return lines }
        return Array(lines.prefix(2)) + [lines[2] + "…"]
    }

    /// The node classes and their styles: the figure to blame, the article's other figures,
    /// ledger facts and conflicts. Fills are light with dark text, so charts read in light and
    /// dark themes alike.
    static let classes: [(String, String)] = [
        ("culprit", "fill:#fce8e6,stroke:#d93025,stroke-width:2px,color:#111"),
        ("claim", "fill:#e8f0fe,stroke:#1a73e8,color:#111"),
        ("fact", "fill:#ffffff,stroke:#5f6368,color:#111"),
        ("conflict", "fill:#fef7e0,stroke:#e37400,color:#111"),
        ("more", "fill:#ffffff,stroke:#5f6368,stroke-dasharray:4 2,color:#111"),
    ]

    static func mark(_ verdict: Verdict) -> String {
        switch verdict {
        case .consistent: "✓"
        case .approximate: "≈"
        case .inconsistent: "✗"
        case .undetermined: "?"
        case .sourced: "·"
        }
    }

    /// A quoted label of several lines. Characters that end a label, open a Markdown string or
    /// an entity, or mean something to HTML are written as Mermaid entity codes (`#quot;`,
    /// `#35;`); line breaks inside a line become spaces, and lines are joined by `<br/>`.
    /// Checked against Mermaid 11 with every hostile string of the golden tests.
    static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escape).joined(separator: "<br/>") + "\""
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in MarkdownEscaping.normalizedLines(s) {
            switch c {
            case "\"": out += "#quot;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n": out += " "
            case "#", ";", "`", "[", "]", "(", ")", "{", "}", "|":
                out += "#\(c.unicodeScalars.first?.value ?? 32);"
            default: out.append(c)
            }
        }
        // Mermaid strips a `;` from any line matching `style…:…#…;` or `classDef…:…#…;` before
        // parsing, which would garble an entity code; spelling the first letter as an entity
        // keeps those words from matching.
        return out.replacingAll("style", with: "#115;tyle").replacingAll("classDef", with: "#99;lassDef")
    }
}
