import RecountEngine
import RecountModel

/// A Mermaid flowchart of one article's claims, the ledger facts and relations they rest on, and
/// the conflicts between them, with the conflicts marked in red.
///
/// It shows at a glance which figures hang together: a claim fed by the article's own figures,
/// a fact feeding several claims, and the few figures that together cannot all be true. Node ids
/// are generated (`c1`, `f1`, `r1`, `x1`), never taken from input, and every label is quoted
/// with Mermaid's entity codes for anything that could end it, so no input can break the chart.
public struct MermaidGraph {
    public var model: ReportModel

    public init(model: ReportModel) {
        self.model = model
    }

    private struct Node {
        var id: String
        var declaration: String
        var className: String
    }

    private struct Edge: Hashable {
        var from: String
        var to: String
        var arrow: String
        var label: String?
    }

    /// Which claims a chart shows.
    public enum Scope: Sendable, Hashable {
        /// Every claim linked to another figure.
        case all
        /// Only the claims that are not consistent or sourced, with the conflicts.
        case findings
    }

    /// Mermaid's default limits (`maxTextSize`, `maxEdges`), which GitHub keeps: a larger chart
    /// shows an error instead of a graph.
    public static let maximumTextSize = 50_000
    public static let maximumEdges = 500

    /// The largest chart Mermaid viewers will draw: every claim when it fits, else only the
    /// findings; nil when even that is too large.
    public func fitting() -> (chart: String, scope: Scope)? {
        for scope in [Scope.all, .findings] {
            let chart = render(scope: scope)
            let edges = chart.split(separator: "\n").filter { $0.contains("--") }.count
            if chart.utf8.count <= Self.maximumTextSize && edges <= Self.maximumEdges { return (chart, scope) }
        }
        return nil
    }

    /// The chart's lines, without the surrounding code fence; empty when no claim is linked to
    /// anything.
    public func render(scope: Scope = .all) -> String {
        var nodes: [Node] = []
        var nodeIDs: [String: String] = [:]
        var edges: [Edge] = []
        var edgeSet = Set<Edge>()
        var counters: [String: Int] = [:]

        func node(_ key: String, prefix: String, shape: (String) -> String, label: String, className: String) -> String {
            if let id = nodeIDs[key] { return id }
            counters[prefix, default: 0] += 1
            let id = "\(prefix)\(counters[prefix] ?? 0)"
            nodeIDs[key] = id
            nodes.append(Node(id: id, declaration: id + shape(label), className: className))
            return id
        }
        @discardableResult
        func edge(_ from: String, _ to: String, _ arrow: String = "-->", _ label: String? = nil) -> Bool {
            let e = Edge(from: from, to: to, arrow: arrow, label: label)
            guard edgeSet.insert(e).inserted else { return false }
            edges.append(e)
            return true
        }
        func claimNode(_ id: String) -> String {
            let report = model.claim(id)
            var lines = [id]
            if let report {
                let stated = ReportSentences.stated(report)
                if !stated.isEmpty, report.claim.stated != nil { lines.append(stated) }
                lines.append("\(Self.mark(report.result.verdict)) \(report.result.verdict.rawValue)")
            }
            return node("claim \(id)", prefix: "c", shape: { "[\($0)]" }, label: Self.label(lines),
                        className: report?.result.verdict.rawValue ?? "external")
        }
        func factNode(_ d: Derivation) -> String? {
            guard case .input(let label, let stated, .fact(let source, let grade, let range)) = d.step else { return nil }
            let origin = [source, grade?.rawValue].compactMap { $0 }.joined(separator: ", ")
            return node("fact \(range.description)", prefix: "f", shape: { "[(\($0))]" },
                        label: Self.label(["\(label) = \(stated)", origin]), className: "fact")
        }
        func factNode(index i: Int) -> String? {
            let facts = model.audit.project.facts
            guard i < facts.count else { return nil }
            let f = facts[i]
            let grade = f.source.flatMap { model.audit.project.sources[$0]?.grade }
            let d = Derivation(step: .input(label: f.quantity.text, stated: f.value.text,
                                            origin: .fact(source: f.source, grade: grade, range: f.range)),
                               value: f.value.asserted, unit: f.value.unit)
            return factNode(d)
        }
        /// The node of a value a formula or a relation uses, with the edges into it.
        func inputNode(_ d: Derivation) -> String? {
            switch d.step {
            case .input(_, _, .constant): return nil
            case .input(_, _, .claim(let id, _)): return claimNode(id)
            case .input(_, _, .fact): return factNode(d)
            case .derived(let label, let relation):
                let value = ValueText.nominal(d.valueInUnit, in: d.unit)
                let key = "relation \(label) \(relation) \(value) " + d.leaves.map { leaf in
                    if case .input(_, _, let origin) = leaf.step { return OriginText.describe(origin) }
                    return ""
                }.joined(separator: ",")
                let isNew = nodeIDs[key] == nil
                let id = node(key, prefix: "r", shape: { "([\($0)])" },
                              label: Self.label(["\(label) = \(value)", "by \(relation)"]), className: "relation")
                if isNew {
                    for child in d.children.flatMap(\.inputs) {
                        if let from = inputNode(child) { edge(from, id) }
                    }
                }
                return id
            default:
                for child in d.inputs { _ = inputNode(child) }
                return nil
            }
        }

        for report in model.claims {
            if scope == .findings, [.consistent, .sourced].contains(report.result.verdict) { continue }
            let target = claimNode(report.claim.id)
            for check in report.allChecks {
                let label: String
                switch check.basis {
                case .formula: label = "because"
                case .comparison: label = "holds"
                case .evidence, .derived: label = "evidence"
                case .conflict: continue
                }
                for d in [check.derivation, check.other].compactMap({ $0 }) {
                    for input in d.inputs {
                        if let from = inputNode(input) { edge(from, target, "-->", label) }
                    }
                }
            }
        }
        var conflictEdges: [Int] = []
        for c in model.conflicts {
            let conflict = c.conflict
            let sides = "\(ValueText.nominal(conflict.left.valueInUnit, in: conflict.left.unit)) vs "
                + "\(ValueText.nominal(conflict.right.valueInUnit, in: conflict.right.unit))"
            let id = node("conflict \(c.number)", prefix: "x", shape: { "{{\($0)}}" },
                          label: Self.label(["conflict #\(c.number)", conflict.label, sides]), className: "conflict")
            for member in conflict.support {
                let from: String?
                switch member {
                case .claim(let claim): from = claimNode(claim)
                case .fact(let i): from = factNode(index: i)
                }
                guard let from else { continue }
                let index = edges.count
                if edge(from, id, "--x") { conflictEdges.append(index) }
            }
        }

        // A claim that nothing links is left out: it would only add clutter.
        let linked = Set(edges.flatMap { [$0.from, $0.to] })
        nodes = nodes.filter { linked.contains($0.id) }
        guard !nodes.isEmpty else { return "" }
        var lines = ["flowchart LR"]
        for n in nodes { lines.append("  " + n.declaration) }
        for e in edges {
            let label = e.label.map { "|\(Self.label([$0]))|" } ?? ""
            lines.append("  \(e.from) \(e.arrow)\(label) \(e.to)")
        }
        let used = Set(nodes.map(\.className))
        for (name, style) in Self.classes where used.contains(name) {
            lines.append("  classDef \(name) \(style)")
        }
        for name in Self.classes.map(\.0) where used.contains(name) {
            let members = nodes.filter { $0.className == name }.map(\.id)
            lines.append("  class \(members.joined(separator: ",")) \(name)")
        }
        if !conflictEdges.isEmpty {
            lines.append("  linkStyle \(conflictEdges.map(String.init).joined(separator: ",")) stroke:#d93025,stroke-width:2px")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The node classes and their styles: one per verdict, then facts, relations and conflicts.
    /// Every fill is light with dark text, so the chart reads in light and dark themes alike.
    static let classes: [(String, String)] = [
        ("consistent", "fill:#e6f4ea,stroke:#1e8e3e,color:#111"),
        ("approximate", "fill:#fef7e0,stroke:#e37400,color:#111"),
        ("inconsistent", "fill:#fce8e6,stroke:#d93025,stroke-width:2px,color:#111"),
        ("undetermined", "fill:#f1f3f4,stroke:#5f6368,stroke-dasharray:4 2,color:#111"),
        ("sourced", "fill:#e8f0fe,stroke:#1a73e8,color:#111"),
        ("external", "fill:#ffffff,stroke:#5f6368,stroke-dasharray:4 2,color:#111"),
        ("fact", "fill:#ffffff,stroke:#5f6368,color:#111"),
        ("relation", "fill:#f3e8fd,stroke:#8430ce,color:#111"),
        ("conflict", "fill:#d93025,stroke:#a50e0e,color:#ffffff"),
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
