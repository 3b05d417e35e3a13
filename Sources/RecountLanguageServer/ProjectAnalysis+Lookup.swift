import Foundation
import RecountCore
import RecountReport
import RecountSyntax

extension ProjectAnalysis {
    /// Every parsed declaration, with documents in path order so that answers are stable.
    private var declarations: [Syntax.Declaration] {
        loaded.documents.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.flatMap(\.declarations)
    }

    /// The facts of a quantity; with a period, those of that period when there are any.
    func facts(_ name: String, period: String?) -> [Syntax.Fact] {
        let all = declarations.compactMap { declaration -> Syntax.Fact? in
            guard case .fact(let fact) = declaration, fact.quantity.name.name == name else { return nil }
            return fact
        }
        let ofPeriod = all.filter { $0.quantity.period?.name == period }
        return period != nil && !ofPeriod.isEmpty ? ofPeriod : all
    }

    func metric(_ name: String) -> Syntax.Metric? {
        for case .metric(let metric) in declarations where metric.name.name == name { return metric }
        return nil
    }

    /// Where a symbol is declared: a quantity's facts (or its metric when it has none), its
    /// entity's id for the cursor on the name's first part, a claim's, a source's or an
    /// article's id.
    func definitions(of symbol: SymbolAtPosition) -> [SourceRange] {
        switch symbol {
        case .quantity(let name, _, onEntity: true):
            let entity = String(name.prefix { $0 != "." })
            let declared = definitions(of: .word(entity))
            return declared.isEmpty ? definitions(of: .quantity(name: name, period: nil, onEntity: false)) : declared
        case .quantity(let name, let period, onEntity: false):
            let facts = facts(name, period: period).map(\.range)
            return facts.isEmpty ? metric(name).map { [$0.name.range] } ?? [] : facts
        case .word(let word):
            return declarations.compactMap { declaration in
                switch declaration {
                case .claim(let d) where d.id.name == word: d.id.range
                case .entity(let d) where d.id.name == word: d.id.range
                case .source(let d) where d.id.name == word: d.id.range
                case .article(let d) where d.id.name == word: d.id.range
                default: nil
                }
            }
        }
    }

    /// The hover of a symbol on a 1-based line of a file, as Markdown: a quantity's facts, or
    /// the verdict and arithmetic of the claim named or of the claim whose block holds the line.
    func hover(_ symbol: SymbolAtPosition?, path: String, line: Int) -> String? {
        if case .quantity(let name, let period, _)? = symbol { return quantityHover(name, period: period) }
        if case .word(let word)? = symbol, declarations.contains(where: {
            if case .claim(let claim) = $0 { claim.id.name == word } else { false }
        }) {
            return claimHover(word)
        }
        guard let claim = document(path)?.claim(atLine: line) else { return nil }
        return claimHover(claim.id.name)
    }

    private func claimHover(_ id: String) -> String {
        guard let text = ExplainRenderer(style: TerminalStyle(enabled: false)).render(claim: id, in: audit) else {
            let reason = audit.loadFailed
                ? "the project has errors, so no verdict was computed; fix the problems listed first."
                : "no verdict was computed for it."
            return "**claim \(id)**: \(reason)"
        }
        return "```text\n" + text + "```"
    }

    private func quantityHover(_ name: String, period: String?) -> String {
        var out = "**\(name)**"
        if let title = metric(name)?.title?.value { out += " — \(title)" }
        out += "\n\n"
        let facts = facts(name, period: period)
        if facts.isEmpty { out += "No fact in the ledgers gives this quantity.\n" }
        for fact in facts {
            let line = loaded.files[fact.range.path]?.lineText(fact.range.start.line)
                .trimmingCharacters(in: .whitespaces) ?? "fact \(name)"
            out += "- `\(line)`"
            if let source = fact.source?.name { out += " (source \(source))" }
            out += " — \(fact.range.description)\n"
        }
        let stated = declarations.compactMap { declaration -> (String, SourceRange)? in
            guard case .claim(let claim) = declaration, case .states(let quantity?, _)? = claim.proposition,
                  quantity.name.name == name, period == nil || quantity.period?.name == period else { return nil }
            return (claim.id.name, quantity.range)
        }
        if !stated.isEmpty {
            out += "\nStated by " + stated.map { "claim \($0.0) (\($0.1.description))" }.joined(separator: ", ") + ".\n"
        }
        return out
    }
}
