import RecountCore

/// Writes a formula back as text, with only the parentheses its precedence needs.
package enum FormulaText {
    package static func render(_ f: Formula) -> String { render(f, parent: 0) }

    private static func render(_ f: Formula, parent: Int, rightOperand: Bool = false) -> String {
        switch f {
        case .constant(_, let text, _): return text
        case .quantity(let q): return q.text
        case .claim(let id, _): return id
        case .negate(let x, _): return "-" + render(x, parent: ArithmeticOperator.negationPrecedence)
        case .convert(let x, _, let rate, let text, _):
            let inner = "\(render(x, parent: 0)) in \(text)" + (rate.map { " at \($0.text)" } ?? "")
            return parent > 0 ? "(\(inner))" : inner
        case .binary(let op, let a, let b, _):
            let p = op.precedence
            let text = "\(render(a, parent: p)) \(op.rawValue) \(render(b, parent: p, rightOperand: true))"
            let needs = p < parent || (rightOperand && p == parent)
            return needs ? "(\(text))" : text
        }
    }
}
