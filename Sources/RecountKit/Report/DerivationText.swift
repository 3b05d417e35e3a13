/// Writes a derivation as arithmetic: with names, with the figures substituted, and its result.
public enum DerivationText {
    /// The formula with quantity names and claim ids: `msft.ai_run_rate @ FY2026Q3 / 12`.
    public static func symbolic(_ d: Derivation) -> String {
        render(d, parent: 0, rightOperand: false) { label, _ in label }
    }

    /// The formula with each input's stated figure: `$37B/yr / (1 + 12%)`.
    public static func substituted(_ d: Derivation) -> String {
        render(d, parent: 0, rightOperand: false) { _, stated in stated }
    }

    private static func precedence(_ op: Syntax.BinaryOperator) -> Int {
        switch op {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        }
    }

    private static func render(_ d: Derivation, parent: Int, rightOperand: Bool,
                               leaf: (String, String) -> String) -> String {
        switch d.step {
        case .input(let label, let stated, _):
            return leaf(label, stated)
        case .negate:
            return "-" + (d.children.first.map { render($0, parent: 3, rightOperand: false, leaf: leaf) } ?? "")
        case .convert(let unit):
            let inner = (d.children.first.map { render($0, parent: 0, rightOperand: false, leaf: leaf) } ?? "")
                + " in \(unit)"
            return parent > 0 ? "(\(inner))" : inner
        case .binary(let op):
            guard d.children.count == 2 else { return "" }
            let p = precedence(op)
            let text = render(d.children[0], parent: p, rightOperand: false, leaf: leaf) + " \(op.rawValue) "
                + render(d.children[1], parent: p, rightOperand: true, leaf: leaf)
            return p < parent || (rightOperand && p == parent) ? "(\(text))" : text
        }
    }
}
