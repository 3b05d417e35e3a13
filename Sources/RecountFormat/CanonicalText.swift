import RecountSyntax

/// Spells the parts of a syntax tree in their canonical form: one space around operators,
/// figures exactly as written, strings re-escaped, ASCII operators.
///
/// The formatter prints every line through these functions, so that the same construct is
/// always spelled one way and reading the text back gives the same tree.
public enum CanonicalText {
    /// A string literal: `"…"` with `"`, `\`, line breaks, tabs and other control characters
    /// escaped, and every other character (Chinese included) written as itself.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `msft.ai_run_rate @ FY2026Q3`, or the bare name when it has no period.
    public static func quantity(_ q: Syntax.QuantityName) -> String {
        q.period.map { "\(q.name.name) @ \($0.name)" } ?? q.name.name
    }

    /// `about $3.08B/month`, `-$23.7 billion`, `~70%`: the hedge, the sign, and the figure as
    /// written. The symbol `~` is written against the figure, hedge words with a space.
    public static func value(_ v: Syntax.Value) -> String {
        var out = ""
        if let hedge = v.hedge { out += hedge.words == "~" ? "~" : hedge.words + " " }
        return out + v.signedText
    }

    /// `LEFT OP RIGHT` with ASCII operators (`<=` for `≤`).
    public static func comparison(_ c: Syntax.Comparison) -> String {
        "\(expression(c.left)) \(c.relation.rawValue) \(expression(c.right))"
    }

    /// An expression with its parentheses as written. A tree built by the parser never needs
    /// more; parentheses are added only where a tree built otherwise would read back differently.
    public static func expression(_ e: Syntax.Expression) -> String {
        expression(e, context: .top)
    }

    /// Where an expression is printed, which decides whether it needs parentheses.
    private enum Context {
        case top
        case leftOperand(Int)
        case rightOperand(Int)
        case negated
    }

    private static func expression(_ e: Syntax.Expression, context: Context) -> String {
        switch e {
        case .figure(let figure, _):
            return figure.text
        case .quantity(let q):
            return quantity(q)
        case .claim(let id):
            return id.name
        case .range(let v):
            return v.signedText
        case .parenthesized(let inner, _):
            return "(" + expression(inner, context: .top) + ")"
        case .negate(let operand, _):
            let text = "-" + expression(operand, context: .negated)
            return text
        case .convert(let inner, let unit, let rate, _):
            let text = expression(inner, context: .top) + " in " + unit.name + (rate.map { " at " + quantity($0) } ?? "")
            if case .top = context { return text }
            return "(" + text + ")"
        case .binary(let op, let left, let right, _):
            let p = op.precedence
            let text = expression(left, context: .leftOperand(p)) + " \(op.rawValue) "
                + expression(right, context: .rightOperand(p))
            switch context {
            case .top: return text
            case .negated: return "(" + text + ")"
            case .leftOperand(let outer): return p < outer ? "(" + text + ")" : text
            case .rightOperand(let outer): return p <= outer ? "(" + text + ")" : text
            }
        }
    }
}
