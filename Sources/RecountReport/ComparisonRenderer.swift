/// Renders the differences between two reports: for `recount test`, each moved claim with the
/// edits under it; for `recount diff`, an aligned table.
public struct ComparisonRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// Each changed claim with its verdict move and the edits that moved it.
    public func renderChanges(_ differences: [ReportComparison.Difference], since baseline: String) -> String {
        guard !differences.isEmpty else { return "" }
        var out = style.bold("changed since \(baseline)") + "\n"
        for d in differences {
            switch d.kind {
            case .added:
                out += "  \(d.id): new claim (\(d.new?.verdict ?? ""))\n"
            case .removed:
                out += "  \(d.id): removed (was \(d.old?.verdict ?? ""))\n"
            case .changed:
                let verdict = d.verdictChanged
                    ? "\(d.old?.verdict ?? "") → \(d.new?.verdict ?? "")" : "still \(d.new?.verdict ?? "")"
                out += "  \(style.bold(d.id)): \(verdict)\n"
                if d.old?.recomputed != d.new?.recomputed {
                    out += "      recomputed \(d.old?.recomputed ?? "—") → \(d.new?.recomputed ?? "—")\n"
                }
                if d.edits.isEmpty {
                    out += "      no input figure changed: the engine or a relation did\n"
                }
                for edit in d.edits { out += "      \(edit)\n" }
            }
        }
        return out
    }

    /// A table of claim, verdict, stated and recomputed figures, old → new where they moved.
    public func renderTable(_ differences: [ReportComparison.Difference]) -> String {
        guard !differences.isEmpty else { return "no differences\n" }
        func move(_ old: String?, _ new: String?) -> String {
            let a = old ?? "—"
            let b = new ?? "—"
            return a == b ? a : "\(a) → \(b)"
        }
        var rows = [["claim", "verdict", "stated", "recomputed"]]
        for d in differences {
            rows.append([d.kind == .changed ? d.id : "\(d.id) (\(d.kind.rawValue))",
                         move(d.old?.verdict, d.new?.verdict), move(d.old?.stated, d.new?.stated),
                         move(d.old?.recomputed, d.new?.recomputed)])
        }
        let widths = (0..<4).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.enumerated().map { i, row in
            let line = row.enumerated().map { c, cell in
                c == 3 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
            return (i == 0 ? style.bold(line) : line) + "\n"
        }.joined()
    }
}
