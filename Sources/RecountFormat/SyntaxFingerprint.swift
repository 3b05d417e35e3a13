import RecountCore
import RecountSyntax

/// A description of a syntax tree that leaves out where things were written.
///
/// The formatter moves text around, so two trees of one file before and after formatting differ
/// in every source range but must agree in everything else. The description walks the tree by
/// reflection rather than by the formatter's own printing, so a printing mistake cannot hide
/// itself.
enum SyntaxFingerprint {
    static func of(_ document: Syntax.Document) -> String {
        var out = ""
        for declaration in document.declarations {
            describe(declaration, into: &out)
            out += "\n"
        }
        return out
    }

    private static func describe(_ value: Any, into out: inout String) {
        if value is SourceRange { return }
        if let text = value as? String {
            out += String(reflecting: text)
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty {
            out += String(describing: value)
            return
        }
        if mirror.displayStyle == .enum, let first = mirror.children.first {
            out += (first.label ?? "") + "("
            describe(first.value, into: &out)
            out += ")"
            return
        }
        out += "{"
        for child in mirror.children {
            if child.value is SourceRange { continue }
            if let label = child.label { out += label + ":" }
            describe(child.value, into: &out)
            out += ","
        }
        out += "}"
    }
}
