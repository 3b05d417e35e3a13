import RecountCore
import RecountEngine
import RecountModel

/// Writes a derivation as arithmetic: with names, with the figures substituted, and its result.
public enum DerivationText {
    /// The formula with quantity names and claim ids: `msft.ai_run_rate @ FY2026Q3 / 12`.
    public static func symbolic(_ d: Derivation) -> String {
        render(d, parent: 0, rightOperand: false) { label, _ in label }
    }

    /// The formula with each input's stated figure: `$37B/yr / (1 + 12%)`; derived inputs show
    /// their value. A flow stated as an amount but computed with as a rate shows its period
    /// (`$2.947 billion/quarter`), so that the arithmetic reads as it was done.
    public static func substituted(_ d: Derivation) -> String {
        render(d, parent: 0, rightOperand: false) { _, stated in stated }
    }

    /// `/quarter`, `/yr`, `/month` or `/half` for a flow held as a rate whose figure is an
    /// amount over that period; empty otherwise.
    static func periodSuffix(_ d: Derivation) -> String {
        guard let years = d.flowYears, let unit = d.unit, unit.dimension != d.value.dimension else { return "" }
        switch years.midpoint {
        case 0.2499...0.2501: return "/quarter"
        case 0.9999...1.0001: return "/yr"
        case 0.0833...0.0834: return "/month"
        case 0.4999...0.5001: return "/half"
        default: return ""
        }
    }

    private static func render(_ d: Derivation, parent: Int, rightOperand: Bool,
                               leaf: (String, String) -> String) -> String {
        switch d.step {
        case .input(let label, let stated, _):
            let text = leaf(label, stated)
            return text == stated ? text + periodSuffix(d) : text
        case .derived(let label, _):
            return leaf(label, ValueText.nominal(d.valueInUnit, in: d.unit))
        case .negate:
            return "-" + (d.children.first.map { render($0, parent: ArithmeticOperator.negationPrecedence, rightOperand: false, leaf: leaf) } ?? "")
        case .convert(let unit):
            let inner = (d.children.first.map { render($0, parent: 0, rightOperand: false, leaf: leaf) } ?? "")
                + " in \(unit)"
            return parent > 0 ? "(\(inner))" : inner
        case .binary(let op):
            guard d.children.count == 2 else { return "" }
            let p = op.precedence
            let text = render(d.children[0], parent: p, rightOperand: false, leaf: leaf) + " \(op.rawValue) "
                + render(d.children[1], parent: p, rightOperand: true, leaf: leaf)
            return p < parent || (rightOperand && p == parent) ? "(\(text))" : text
        }
    }
}

extension DerivationText {
    /// The derivation as an indented tree, one value per line with where it came from:
    ///
    ///     msft.ai_run_rate @ FY2025Q3 = $33.04 billion/yr  by growth (yoy)
    ///       msft.ai_run_rate @ FY2026Q3 = $37 billion/yr  article, claim msft-run-rate (…)
    public static func tree(_ d: Derivation, indent: String = "") -> [String] {
        switch d.step {
        case .input(let label, let stated, let origin):
            return ["\(indent)\(label) = \(stated)  \(OriginText.describe(origin))"]
        case .derived(let label, let relation):
            let head = "\(indent)\(label) = \(ValueText.nominal(d.valueInUnit, in: d.unit))  "
                + "\(ValueText.interval(d.valueInUnit, in: d.unit))  by \(relation)"
            return [head] + d.children.flatMap { tree($0, indent: indent + "  ") }
        case .binary, .negate, .convert:
            let head = "\(indent)\(symbolic(d)) = \(ValueText.nominal(d.value, in: d.unit))"
            return [head] + d.children.flatMap { child -> [String] in
                if case .input(_, _, .constant) = child.step { return [] }
                return tree(child, indent: indent + "  ")
            }
        }
    }
}

/// Says where a figure came from, in words.
public enum OriginText {
    public static func describe(_ origin: Origin) -> String {
        switch origin {
        case .constant: "constant"
        case .claim(let id, let range): "article, claim \(id) (\(range.description))"
        case .fact(let source, let grade, let range):
            "ledger, \([source, grade?.rawValue].compactMap { $0 }.joined(separator: ", ")) (\(range.description))"
        }
    }
}
