import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax

/// Reading what-if overrides and quantities from the command line, through the real lexer,
/// parser and resolver.
extension WhatIf {
    /// Why an override or a quantity given on the command line could not be read.
    public struct Problems: Error, Sendable {
        /// Each problem, positioned in the argument as the line of a file named after the option.
        public var diagnostics: [Diagnostic]
    }

    /// The path diagnostics about an override of `scope` are shown under: its option.
    public static func argumentPath(for scope: Override.Scope) -> String {
        scope == .evidence ? evidenceArgumentPath : argumentPath
    }

    /// Parses `QUANTITY=VALUE` (the language's quantity and figure syntax, hedges and units
    /// included) for an override of `scope`, and resolves it against a project's entities.
    /// Diagnostics point into the argument, as the one line of a file named after the option.
    /// An override of the article's figures for a quantity the article states nothing for is
    /// refused (R422): adding a figure is a question about the evidence.
    public static func parseOverride(_ argument: String, in project: Project,
                                     scope: Override.Scope = .article) -> Result<Override, Problems> {
        let label = argumentPath(for: scope)
        guard let equals = argument.firstIndex(of: "=") else {
            let whole = argumentRange(argument, label: label, columns: 1..<(argument.unicodeScalars.count + 1))
            return .failure(Problems(diagnostics: [
                Diagnostic(.expected("QUANTITY=VALUE, with '=' before the figure", found: "no '='"), at: whole),
            ]))
        }
        let quantityText = String(argument[..<equals])
        let valueText = String(argument[argument.index(after: equals)...])
        let quantityLength = quantityText.unicodeScalars.count
        let relocate = { (d: Diagnostic) in remap(d, argument: argument, label: label, quantityLength: quantityLength) }
        return parseFact(quantityText, valueText, argument: argument, label: label).flatMap { fact in
            let (reference, value, problems) = Resolver.resolve(fact.quantity, value: fact.value,
                                                                entities: project.entities)
            let mapped = problems.map(relocate)
            guard let reference, let value, !mapped.hasErrors else { return .failure(Problems(diagnostics: mapped)) }
            let override = Override(quantity: reference, value: value, text: argument, scope: scope)
            if scope == .article, articleValues(of: reference.quantity, in: project).isEmpty {
                let at = argumentRange(argument, label: label, columns: 1..<(quantityLength + 1))
                return .failure(Problems(diagnostics: [
                    Diagnostic(.articleStatesNothing(quantity: reference.text), at: at),
                ]))
            }
            if let mismatch = dimensionMismatch(override, in: project) {
                return .failure(Problems(diagnostics: [relocate(mismatch)]))
            }
            return .success(override)
        }
    }

    /// Parses and resolves a quantity name such as `msft.ai_run_rate @ FY2026Q3`; diagnostics
    /// point into the argument, as the one line of a file named `label`.
    public static func parseQuantity(_ argument: String, in project: Project,
                                     label: String = argumentPath) -> Result<QuantityReference, Problems> {
        let length = argument.unicodeScalars.count
        return parseFact(argument, "0", argument: argument, label: label).flatMap { fact in
            let (reference, _, problems) = Resolver.resolve(fact.quantity, value: nil, entities: project.entities)
            let mapped = problems.map { remap($0, argument: argument, label: label, quantityLength: length) }
            guard let reference, !mapped.hasErrors else { return .failure(Problems(diagnostics: mapped)) }
            return .success(reference)
        }
    }

    /// Parses `fact QUANTITY = VALUE` built from the two halves, through the real lexer and parser.
    private static func parseFact(_ quantity: String, _ value: String, argument: String,
                                  label: String) -> Result<Syntax.Fact, Problems> {
        let quantityLength = quantity.unicodeScalars.count
        if argument.contains("\n") || argument.contains("\r") {
            return .failure(Problems(diagnostics: [
                Diagnostic(.expected("an override on one line", found: "a line break"),
                           at: argumentRange(argument, label: label, columns: 1..<2)),
            ]))
        }
        let file = SourceFile(path: label, text: "fact \(quantity) = \(value)")
        let (document, problems) = Parser.parse(file)
        let mapped = problems.map { remap($0, argument: argument, label: label, quantityLength: quantityLength) }
        guard !mapped.hasErrors, document.declarations.count == 1,
              case .fact(let fact) = document.declarations[0] else {
            let whole = argumentRange(argument, label: label, columns: 1..<(argument.unicodeScalars.count + 1))
            return .failure(Problems(diagnostics: mapped.isEmpty
                ? [Diagnostic(.expected("QUANTITY=VALUE", found: "'\(argument)'"), at: whole)] : mapped))
        }
        return .success(fact)
    }

    /// A range on the argument's one line.
    private static func argumentRange(_ argument: String, label: String, columns: Range<Int>) -> SourceRange {
        SourceRange(path: label, start: SourceLocation(line: 1, column: columns.lowerBound),
                    end: SourceLocation(line: 1, column: max(columns.upperBound, columns.lowerBound + 1)))
    }

    /// Moves a diagnostic from the synthetic line `fact Q = V` to the argument `Q=V`: the
    /// quantity is 5 columns further right in the line, the value 7 (`fact ` and ` = ` against
    /// `=`).
    private static func remap(_ d: Diagnostic, argument: String, label: String, quantityLength: Int) -> Diagnostic {
        guard let range = d.range, range.path == label else { return d }
        let length = argument.unicodeScalars.count
        func column(_ c: Int) -> Int {
            let quantityEnd = 5 + quantityLength + 1
            let shifted = c <= quantityEnd ? c - 5 : c <= quantityEnd + 2 ? quantityLength + 1 : c - 7
            return min(max(1, shifted), length + 1)
        }
        let start = column(range.start.column)
        let end = max(column(range.end.column), start + 1)
        return Diagnostic(d.kind, at: argumentRange(argument, label: label, columns: start..<end))
    }

    /// A warning-turned-refusal when the figure's dimension is not the one the quantity is
    /// stated in elsewhere (a percentage for an amount): the values would never be compared.
    private static func dimensionMismatch(_ override: Override, in project: Project) -> Diagnostic? {
        let q = override.quantity.quantity
        let new = RunRateRelation.canonical(override.value.asserted, for: q, metrics: project.metrics).dimension
        let existing = statedValues(of: q, in: project).map { value in
            RunRateRelation.canonical(value.asserted, for: q, metrics: project.metrics).dimension
        }
        guard let other = existing.first(where: { $0 != new }) else { return nil }
        return Diagnostic(.dimensionMismatch(operation: "compare", left: new.description, right: other.description),
                          at: override.value.range)
    }
}
