import RecountModel

/// A figure to put in place of the stated values of one quantity: what the article states
/// (`recount what-if --set`), what the ledger holds (`--set-evidence`), or both (`impact`).
///
/// "What changes if this figure changes?" is asked before anyone edits a file, so an override
/// never touches the files: it is applied to the loaded project, which is then checked again.
public struct Override: Sendable, Hashable {
    /// Which stated values of the quantity an override replaces.
    public enum Scope: Sendable, Hashable {
        /// The article's: each claim and each reading that states the quantity. "What if the
        /// article had said this?" leaves the evidence it is checked against alone.
        case article
        /// The ledger's: each fact about the quantity, or a fact added when there is none.
        /// "What if the evidence said this?" leaves the article's figures alone.
        case evidence
        /// Every stated value, the article's and the ledger's: the quantity itself moves.
        case everywhere
    }

    public var quantity: QuantityReference
    /// The figure, resolved like the same text in a ledger (standard tolerance policy).
    public var value: StatedValue
    /// The argument as given: `msft.ai_run_rate.yoy @ FY2026Q3=123%`.
    public var text: String
    public var scope: Scope

    public init(quantity: QuantityReference, value: StatedValue, text: String, scope: Scope) {
        self.quantity = quantity
        self.value = value
        self.text = text
        self.scope = scope
    }

    /// Whether it replaces the ledger's facts.
    public var changesEvidence: Bool { scope != .article }
    /// Whether it replaces the article's figures.
    public var changesArticle: Bool { scope != .evidence }
}

/// Parses overrides, applies them to a project, and checks the project again.
///
/// An override replaces the stated values of its quantity within its scope with the given
/// figure: for the article, each figure a claim or a reading states for it, each keeping its
/// article's tolerance policy; for the evidence, each ledger fact. When the ledger has no fact
/// on the quantity, an override of the evidence adds one from the source `what-if`, so that it
/// reaches everything derived from the quantity; an override of the article when the article
/// states nothing for the quantity is refused when it is read (R422), since adding a figure the
/// article never printed is a question about the evidence. The quantity is matched as the
/// engine matches it: `msft FY2025Q3` and `msft 2025Q1` are one quantity.
public enum WhatIf {
    /// The path shown for diagnostics about an override of the article's figures.
    public static let argumentPath = "--set"
    /// The path shown for diagnostics about an override of the ledger's facts.
    public static let evidenceArgumentPath = "--set-evidence"
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

    /// Every value stated for a quantity: ledger facts, claims and readings.
    package static func statedValues(of q: Quantity, in project: Project) -> [StatedValue] {
        project.facts.filter { $0.quantity.quantity == q }.map(\.value) + articleValues(of: q, in: project)
    }

    /// The values the article states for a quantity, in claims and readings.
    package static func articleValues(of q: Quantity, in project: Project) -> [StatedValue] {
        var values: [StatedValue] = []
        for claim in project.claims {
            if case .states(let ref?, let v)? = claim.proposition, ref.quantity == q { values.append(v) }
            for reading in claim.readings {
                if case .states(let ref?, let v) = reading.proposition, ref.quantity == q { values.append(v) }
            }
        }
        return values
    }

    // MARK: Applying

    /// The project with each override's figure in place of the stated values of its quantity
    /// within its scope, and what each override replaced. Facts keep their indices, so conflicts
    /// before and after name the same facts.
    public static func apply(_ overrides: [Override], to project: Project) -> (Project, [[Replacement]]) {
        var project = project
        var all: [[Replacement]] = []
        for override in overrides {
            let q = override.quantity.quantity
            var replaced: [Replacement] = []
            for i in project.facts.indices where override.changesEvidence && project.facts[i].quantity.quantity == q {
                replaced.append(Replacement(target: .fact(i), previous: project.facts[i].value.text))
                project.facts[i].value = restated(override.value, as: project.facts[i].value, policy: .standard)
            }
            for i in project.claims.indices where override.changesArticle {
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
            // A quantity with nothing to replace gets a fact, so that the figure reaches what is
            // derived from it; the article is never given a figure it did not print.
            if override.changesEvidence, replaced.isEmpty {
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
