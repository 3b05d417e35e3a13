/// A figure to put in place of every stated value of one quantity: `recount what-if --set`.
///
/// "What changes if this figure changes?" is asked before anyone edits a file, so an override
/// never touches the files: it is applied to the loaded project, which is then checked again.
public struct Override: Sendable, Hashable {
    public var quantity: QuantityReference
    /// The figure, resolved like the same text in a ledger (standard tolerance policy).
    public var value: StatedValue
    /// The argument as given: `msft.ai_run_rate.yoy @ FY2026Q3=123%`.
    public var text: String

    public init(quantity: QuantityReference, value: StatedValue, text: String) {
        self.quantity = quantity
        self.value = value
        self.text = text
    }
}

/// Parses overrides, applies them to a project, and checks the project again.
///
/// An override replaces every stated value of its quantity — each ledger fact and each figure
/// the article states for it, in a claim or in a reading — with the given figure; a claim's
/// figure keeps its article's tolerance policy. When nothing states the quantity, the figure is
/// added as a ledger fact from the source `what-if`, so that it reaches everything derived from
/// the quantity. The quantity is matched as the engine matches it: `msft FY2025Q3` and
/// `msft 2025Q1` are one quantity.
public enum WhatIf {
    /// The path shown for diagnostics about an override's text.
    public static let argumentPath = "--set"
    /// The source id of a figure added for a quantity nothing states.
    public static let addedSource = "what-if"

    /// One stated value an override put a figure in place of.
    public struct Replacement: Sendable, Hashable {
        public enum Target: Sendable, Hashable {
            case fact(Int)
            case claim(String)
            case reading(claim: String, reading: String)
            /// Nothing stated the quantity; the figure was added as a ledger fact (by index).
            case added(Int)
        }

        public var target: Target
        /// The figure it replaced, as written; nil for an added fact.
        public var previous: String?
    }

    /// Everything one `what-if` run found.
    public struct Outcome: Sendable {
        public var overrides: [Override]
        /// For each override, in order, the values it replaced.
        public var replacements: [[Replacement]]
        /// The audit with the overrides applied.
        public var audit: Audit
        /// What moved between the baseline and `audit`.
        public var changes: AuditChanges
    }

    // MARK: Parsing

    /// Why an override or a quantity given on the command line could not be read.
    public struct Problems: Error, Sendable {
        /// Each problem, positioned in the argument as the line of a file named after the option.
        public var diagnostics: [Diagnostic]
    }

    /// Parses `QUANTITY=VALUE` (the language's quantity and figure syntax, hedges and units
    /// included) and resolves it against a project's entities. Diagnostics point into the
    /// argument, as the one line of a file named `label`.
    public static func parseOverride(_ argument: String, in project: Project,
                                     label: String = argumentPath) -> Result<Override, Problems> {
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
            let override = Override(quantity: reference, value: value, text: argument)
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

    /// Every value stated for a quantity: ledger facts, claims and readings.
    static func statedValues(of q: Quantity, in project: Project) -> [StatedValue] {
        var values = project.facts.filter { $0.quantity.quantity == q }.map(\.value)
        for claim in project.claims {
            if case .states(let ref?, let v)? = claim.proposition, ref.quantity == q { values.append(v) }
            for reading in claim.readings {
                if case .states(let ref?, let v) = reading.proposition, ref.quantity == q { values.append(v) }
            }
        }
        return values
    }

    // MARK: Applying

    /// The project with each override's figure in place of every stated value of its quantity,
    /// and what each override replaced. Facts keep their indices, so conflicts before and after
    /// name the same facts.
    public static func apply(_ overrides: [Override], to project: Project) -> (Project, [[Replacement]]) {
        var project = project
        var all: [[Replacement]] = []
        for override in overrides {
            let q = override.quantity.quantity
            var replaced: [Replacement] = []
            for i in project.facts.indices where project.facts[i].quantity.quantity == q {
                replaced.append(Replacement(target: .fact(i), previous: project.facts[i].value.text))
                project.facts[i].value = restated(override.value, as: project.facts[i].value, policy: .standard)
            }
            for i in project.claims.indices {
                let policy = project.article(project.claims[i].article)?.policy ?? .standard
                if case .states(let ref?, let v)? = project.claims[i].proposition, ref.quantity == q {
                    replaced.append(Replacement(target: .claim(project.claims[i].id), previous: v.text))
                    project.claims[i].proposition = .states(ref, restated(override.value, as: v, policy: policy))
                }
                for j in project.claims[i].readings.indices {
                    let reading = project.claims[i].readings[j]
                    guard case .states(let ref?, let v) = reading.proposition, ref.quantity == q else { continue }
                    replaced.append(Replacement(target: .reading(claim: project.claims[i].id, reading: reading.id),
                                                previous: v.text))
                    let figure = restated(override.value, as: v, policy: policy)
                    project.claims[i].readings[j].proposition = .states(ref, figure)
                }
            }
            if replaced.isEmpty {
                replaced.append(Replacement(target: .added(project.facts.count), previous: nil))
                project.facts.append(Fact(quantity: override.quantity, value: override.value, source: addedSource,
                                          quote: nil, notes: [], range: override.value.range))
            }
            all.append(replaced)
        }
        project.reindex()
        return (project, all)
    }

    /// The override's figure under the tolerance policy of the value it replaces, at that
    /// value's place in its file (so that findings still point at a line).
    static func restated(_ figure: StatedValue, as previous: StatedValue, policy: TolerancePolicy) -> StatedValue {
        StatedValue(text: figure.text, hedge: figure.hedge, number: figure.number, negative: figure.negative,
                    unit: figure.unit, policy: policy, range: previous.range)
    }

    // MARK: Running

    /// Checks the baseline's project again with the overrides applied, and compares.
    public static func run(_ overrides: [Override], on baseline: Audit) -> Outcome {
        let (project, replacements) = apply(overrides, to: baseline.project)
        let audit = reanalyzed(project, like: baseline)
        return Outcome(overrides: overrides, replacements: replacements, audit: audit,
                       changes: AuditChanges.between(baseline, audit))
    }

    /// An audit of a changed project: the engine run again, the files and load diagnostics kept.
    static func reanalyzed(_ project: Project, like baseline: Audit) -> Audit {
        let analysis = Engine.analyze(project)
        return Audit(files: baseline.files, project: project, results: analysis.results,
                     conflicts: analysis.conflicts, diagnostics: analysis.diagnostics)
    }
}
