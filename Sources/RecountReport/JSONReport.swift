import RecountCore
import RecountEngine
import RecountModel

/// One article's audit as JSON, for machines: every claim with its verdict, figures, checks,
/// inputs and diagnosis, the conflicts with their minimal sets, and the evidence used.
///
/// The layout is versioned by `schemaVersion` and documented, field by field, in
/// `ReportSchema.md` beside the JSON Schema `ReportSchema.json`; a test validates the committed
/// reports against that schema. Keys always appear, in a fixed order, with `null` for an absent
/// value, so consumers need no existence checks and diffs stay small. Values are in base units
/// (one currency unit, watt, year or percentage point; percent as a fraction), with the text a
/// person would read beside them.
public struct JSONReport {
    /// The schema's version: the major part changes when a field is removed or changes meaning,
    /// the minor part when fields are added.
    public static let schemaVersion = "1.4.0"

    public var model: ReportModel

    public init(model: ReportModel) {
        self.model = model
    }

    public func render() -> String { document().serialized() }

    public func document() -> JSONValue {
        let a = model.article
        return .object([
            ("schema", .string("recount-report")),
            ("schemaVersion", .string(Self.schemaVersion)),
            ("generator", .string("recount")),
            ("date", .optional(model.date?.iso)),
            ("article", .object([
                ("id", .string(a.id)),
                ("title", .string(a.title)),
                ("author", .optional(a.author)),
                ("published", .optional(a.published?.iso)),
                ("url", .optional(a.url)),
                ("file", .string(a.path)),
            ])),
            ("summary", .object([
                ("claims", .integer(model.claims.count)),
                ("verdicts", .object(model.counts.map { ($0.verdict.rawValue, .integer($0.count)) })),
                ("conflicts", .integer(model.conflicts.count)),
                ("inconsistent", .array(model.findings.map { .string($0.claim.id) })),
            ])),
            ("claims", .array(model.claims.map { Self.claim($0, in: model) })),
            ("conflicts", .array(model.conflicts.map { conflict($0) })),
            ("sources", .array(model.sources.map { source($0) })),
            ("diagnostics", .array(model.diagnostics.map(Self.diagnostic))),
        ])
    }

    // MARK: Claims

    /// One claim's entry: also the arithmetic block of its ClaimReview.
    public static func claim(_ c: ClaimReport, in model: ReportModel) -> JSONValue {
        let claim = c.claim
        let stated = claim.stated
        var comparison = JSONValue.null
        var comparisons = JSONValue.null
        if case .holds(let cs)? = claim.proposition {
            let objects = cs.map { c in
                JSONValue.object([
                    ("relation", .string(c.relation.rawValue)),
                    ("left", .string(FormulaText.render(c.left))),
                    ("right", .string(FormulaText.render(c.right))),
                ])
            }
            comparison = objects.first ?? .null
            comparisons = .array(objects)
        }
        let proposition: JSONValue = switch claim.proposition {
        case .states?: .string("states")
        case .holds?: .string("holds")
        case nil: .null
        }
        let headline = c.headline
        let recomputed: JSONValue = headline?.derivation.map { measure($0, stated: stated) } ?? .null
        let articleLocation: JSONValue = claim.location.map { l in
            .object([("unit", .string(l.unit.rawValue)), ("number", .integer(l.number))])
        } ?? .null
        let location: JSONValue = .object([
            ("file", .string(claim.range.path)),
            ("line", .integer(claim.range.start.line)),
            ("column", .integer(claim.range.start.column)),
            ("article", articleLocation),
        ])
        let display: JSONValue = .object([
            ("stated", .string(ReportSentences.stated(c))),
            ("recomputed", .optional(ReportSentences.recomputed(c))),
            ("deviation", .optional(ReportSentences.deviation(c))),
        ])
        let readings: [JSONValue] = c.result.readings.map { r in
            .object([
                ("id", .optional(r.id)),
                ("verdict", .string(r.verdict.rawValue)),
                ("checks", .array(r.checks.map { check($0, stated: nil, in: model) })),
            ])
        }
        let diagnosis: JSONValue = .object([
            ("cause", c.result.cause.map(slip) ?? .null),
            ("candidates", .array(c.result.slips.map(slip))),
            ("attribution", attribution(c.result.decision.attribution, in: model)),
        ])
        let support: JSONValue = .object([
            ("sources", .array(c.sources.map { .string($0) })),
            ("articleOnly", .bool(c.articleOnly)),
        ])
        var pairs: [(String, JSONValue)] = []
        pairs.append(("id", .string(claim.id)))
        pairs.append(("quote", .optional(claim.quote)))
        pairs.append(("location", location))
        pairs.append(("verdict", .string(c.result.verdict.rawValue)))
        pairs.append(("expected", .optional(claim.expect?.rawValue)))
        pairs.append(("finding", .string(ReportSentences.finding(c, in: model))))
        pairs.append(("proposition", proposition))
        pairs.append(("quantity", .optional(claim.statedQuantity?.text)))
        pairs.append(("stated", stated.map(Self.stated) ?? .null))
        pairs.append(("comparison", comparison))
        pairs.append(("comparisons", comparisons))
        pairs.append(("recomputed", recomputed))
        pairs.append(("deviation", headline?.deviation.map(JSONValue.decimal) ?? .null))
        pairs.append(("margin", headline?.margin.map(JSONValue.decimal) ?? .null))
        pairs.append(("basis", headline.map { .string(basisKind($0.basis)) } ?? .null))
        pairs.append(("reading", .optional(c.decidingReading)))
        pairs.append(("display", display))
        pairs.append(("checks", .array(c.result.checks.map { check($0, stated: stated, in: model) })))
        pairs.append(("readings", .array(readings)))
        pairs.append(("diagnosis", diagnosis))
        pairs.append(("warnings", .array(c.result.warnings.map(Self.diagnostic))))
        pairs.append(("inputs", .array(c.inputs.map { node($0) })))
        pairs.append(("support", support))
        pairs.append(("conflicts", .array(c.conflicts.map { .integer($0) })))
        pairs.append(("notes", .array(claim.notes.map { .string($0) })))
        return .object(pairs)
    }

    static func stated(_ s: StatedValue) -> JSONValue {
        .object([
            ("text", .string(s.text)),
            ("hedge", .string(s.hedge.rawValue)),
            ("value", measure(s.asserted, in: s.unit, text: s.text)),
            ("accepted", bounds(s.accepted)),
        ])
    }

    static func check(_ check: Check, stated: StatedValue?, in model: ReportModel) -> JSONValue {
        var source: String?
        var grade: String?
        var relation: String?
        var conflict: Int?
        switch check.basis {
        case .formula: break
        case .evidence(let s, let g):
            source = s
            grade = g?.rawValue
        case .derived(let r): relation = r
        case .comparison(let r): relation = r.rawValue
        case .conflict(let i): conflict = model.conflictNumber(ofAuditIndex: i)
        }
        var formula = JSONValue.null
        if let d = check.derivation, check.basis == .formula || isComparison(check.basis) {
            var symbolic = DerivationText.symbolic(d)
            var substituted = DerivationText.substituted(d, shownAs: stated)
            if let r = check.other, let relation, case .comparison(let op) = check.basis {
                symbolic += " \(relation) \(DerivationText.symbolic(r))"
                substituted = DerivationText.comparison(d, op, r)
            }
            formula = .object([("symbolic", .string(symbolic)), ("substituted", .string(substituted))])
        }
        let comparison = isComparison(check.basis)
        let shared = check.derivation?.unit ?? check.other?.unit
        // A comparison's sides keep their numbers in the canonical dimension it was made in;
        // their text is what readers see (`$898 million`, not `$3.592B/yr`, for two quarters).
        let texts = check.derivation.flatMap { l in check.other.map { ComparisonWords.values(l, $0) } }
        func side(_ d: Derivation?, text: String?) -> JSONValue {
            guard let d else { return .null }
            return comparison ? measure(d.value, in: shared, text: text) : measure(d, stated: stated)
        }
        let inputs = [check.derivation, check.other].compactMap { $0 }.flatMap(\.inputs)
        return .object([
            ("basis", .string(basisKind(check.basis))),
            ("source", .optional(source)),
            ("grade", .optional(grade)),
            ("relation", .optional(relation)),
            ("conflict", conflict.map(JSONValue.integer) ?? .null),
            ("verdict", .string(check.verdict.rawValue)),
            ("formula", formula),
            ("recomputed", side(check.derivation, text: texts?.left)),
            ("other", side(check.other, text: texts?.right)),
            ("deviation", check.deviation.map(JSONValue.decimal) ?? .null),
            ("margin", check.margin.map(JSONValue.decimal) ?? .null),
            ("inputs", .array(inputs.compactMap { d in
                if case .input(_, _, .constant) = d.step { return nil }
                return node(d)
            })),
            ("problem", check.problem.map { p in
                .object([("code", .string(p.code)), ("message", .string(p.message)), ("hint", .optional(p.hint))])
            } ?? .null),
            ("slips", .array(check.slips.map(slip))),
        ])
    }

    private static func isComparison(_ basis: Check.Basis) -> Bool {
        if case .comparison = basis { return true }
        return false
    }

    static func basisKind(_ basis: Check.Basis) -> String {
        switch basis {
        case .formula: "formula"
        case .evidence: "evidence"
        case .derived: "derived"
        case .comparison: "comparison"
        case .conflict: "conflict"
        }
    }

    static func slip(_ s: Slip) -> JSONValue {
        .object([("name", .string(s.name)), ("sentence", .string(s.sentence))])
    }

    // MARK: Derivations

    /// A value of a derivation: a figure with its origin, or a value derived by a relation or a
    /// formula with the values it came from.
    static func node(_ d: Derivation) -> JSONValue {
        var kind = "formula"
        var label = DerivationText.symbolic(d)
        var stated = DerivationText.substituted(d)
        var claim: String?
        var source: String?
        var grade: String?
        var relation: String?
        var range: SourceRange?
        var children: [Derivation] = []
        switch d.step {
        case .input(let l, let s, let origin):
            label = l
            stated = s
            switch origin {
            case .constant: kind = "constant"
            case .claim(let id, let r):
                kind = "article"
                claim = id
                range = r
            case .fact(let s, let g, let r):
                kind = "ledger"
                source = s
                grade = g?.rawValue
                range = r
            }
        case .derived(let l, let r):
            kind = "derived"
            label = l
            stated = ValueText.nominal(d.valueInUnit, in: d.unit)
            relation = r
            children = d.children.flatMap(\.inputs)
        case .binary, .negate, .convert:
            children = d.inputs
        }
        return .object([
            ("label", .string(label)),
            ("stated", .string(stated)),
            ("value", measure(d.valueInUnit, in: d.unit, text: nil)),
            ("origin", .object([
                ("kind", .string(kind)),
                ("claim", .optional(claim)),
                ("source", .optional(source)),
                ("grade", .optional(grade)),
                ("relation", .optional(relation)),
                ("file", .optional(range?.path)),
                ("line", range.map { .integer($0.start.line) } ?? .null),
            ])),
            ("inputs", .array(children.compactMap { child in
                if case .input(_, _, .constant) = child.step { return nil }
                return node(child)
            })),
        ])
    }

    // MARK: Values

    /// A derivation's value in the claim's stated unit.
    static func measure(_ d: Derivation, stated: StatedValue?) -> JSONValue {
        let (m, unit) = ReportSentences.shown(d, stated: stated)
        return measure(m, in: unit, text: ReportSentences.value(d, stated: stated))
    }

    /// A value: as people read it, and as numbers in base units.
    static func measure(_ m: Measure, in unit: Unit?, text: String?) -> JSONValue {
        .object([
            ("text", .string(text ?? ValueText.nominal(m, in: unit))),
            ("interval", .string(ValueText.interval(m, in: unit))),
            ("unit", .string(baseUnit(m.dimension))),
            ("nominal", .decimal(m.nominal)),
            ("lower", .decimal(m.interval.lower)),
            ("upper", .decimal(m.interval.upper)),
        ])
    }

    static func bounds(_ i: Interval) -> JSONValue {
        .object([("lower", .decimal(i.lower)), ("upper", .decimal(i.upper))])
    }

    /// The base unit of a dimension: `USD`, `USD/yr`, `USD/W/yr`, `W`, `pp`, `USD/bbl`, or `1` for a pure
    /// number (percentages are fractions: 12% is 0.12).
    public static func baseUnit(_ d: Dimension) -> String {
        func name(_ b: BaseDimension) -> String {
            switch b {
            case .currency(let code): code
            case .power: "W"
            case .time: "yr"
            case .percentagePoint: "pp"
            case .counted(let thing): thing.symbol
            }
        }
        func term(_ t: Dimension.Term) -> String {
            t.exponent.magnitude == 1 ? name(t.base) : "\(name(t.base))^\(t.exponent.magnitude)"
        }
        let numerator = d.terms.filter { $0.exponent > 0 }.map(term)
        let denominator = d.terms.filter { $0.exponent < 0 }.map(term)
        return ([numerator.isEmpty ? "1" : numerator.joined(separator: "·")] + denominator).joined(separator: "/")
    }

    // MARK: Conflicts, sources, diagnostics

    func conflict(_ c: ConflictReport) -> JSONValue {
        let conflict = c.conflict
        return .object([
            ("number", .integer(c.number)),
            ("quantity", .string(conflict.label)),
            ("left", Self.node(conflict.left)),
            ("right", Self.node(conflict.right)),
            ("members", .array(conflict.support.map { Self.member($0, in: model) })),
            ("articleOnly", .bool(conflict.isArticleOnly)),
            ("cause", conflict.cause.map { cause in
                .object([("member", Self.member(cause.member, in: model)), ("slip", Self.slip(cause.slip))])
            } ?? .null),
            ("explanations", .array(conflict.explanations.map { e in
                .object([
                    ("member", Self.member(e.member, in: model)),
                    ("implied", Self.node(e.implied)),
                    ("slips", .array(e.slips.map(Self.slip))),
                ])
            })),
        ])
    }

    /// The engine's attribution of a likely cause: `kind` is `slip`, `conflict` (another member
    /// of a conflict is blamed), `several`, `tie` (this figure or the `alternatives` is wrong) or
    /// `none`; null when nothing failed.
    private static func attribution(_ a: Decision.Attribution?, in model: ReportModel) -> JSONValue {
        guard let a else { return .null }
        switch a {
        case .slip(let s):
            return .object([("kind", .string("slip")), ("conflict", .null), ("member", .null),
                            ("slips", .array([Self.slip(s)])), ("alternatives", .array([]))])
        case .conflict(let index, let base, let s):
            return .object([("kind", .string("conflict")),
                            ("conflict", model.conflictNumber(ofAuditIndex: index).map { .integer($0) } ?? .null),
                            ("member", member(base, in: model)), ("slips", .array([Self.slip(s)])),
                            ("alternatives", .array([]))])
        case .severalSlips(let slips):
            return .object([("kind", .string("several")), ("conflict", .null), ("member", .null),
                            ("slips", .array(slips.map(Self.slip))), ("alternatives", .array([]))])
        case .unexplained:
            return .object([("kind", .string("none")), ("conflict", .null), ("member", .null), ("slips", .array([])),
                            ("alternatives", .array([]))])
        case .tie(let others):
            return .object([("kind", .string("tie")), ("conflict", .null), ("member", .null), ("slips", .array([])),
                            ("alternatives", .array(others.map { member($0, in: model) }))])
        }
    }

    private static func member(_ base: Base, in model: ReportModel) -> JSONValue {
        let project = model.audit.project
        switch base {
        case .claim(let id):
            let claim = project.claim(id)
            return .object([
                ("kind", .string("claim")),
                ("claim", .string(id)),
                ("quantity", .optional(claim?.statedQuantity?.text)),
                ("value", .optional(claim?.stated?.text)),
                ("source", .optional(claim?.source)),
                ("grade", .null),
                ("file", .optional(claim?.range.path)),
                ("line", claim.map { .integer($0.range.start.line) } ?? .null),
            ])
        case .fact(let i):
            let fact = i < project.facts.count ? project.facts[i] : nil
            return .object([
                ("kind", .string("fact")),
                ("claim", .null),
                ("quantity", .optional(fact?.quantity.text)),
                ("value", .optional(fact?.value.text)),
                ("source", .optional(fact?.source)),
                ("grade", .optional(fact?.source.flatMap { project.sources[$0]?.grade.rawValue })),
                ("file", .optional(fact?.range.path)),
                ("line", fact.map { .integer($0.range.start.line) } ?? .null),
            ])
        }
    }

    private func source(_ s: SourceReport) -> JSONValue {
        let facts = model.audit.project.facts
        return .object([
            ("id", .string(s.source.id)),
            ("title", .string(s.source.title)),
            ("url", .optional(s.source.url)),
            ("grade", .string(s.source.grade.rawValue)),
            ("date", .optional(s.source.date?.iso)),
            ("notes", .array(s.source.notes.map { .string($0) })),
            ("facts", .array(s.facts.filter { $0 < facts.count }.map { i in
                let f = facts[i]
                return .object([
                    ("quantity", .string(f.quantity.text)),
                    ("value", .string(f.value.text)),
                    ("quote", .optional(f.quote)),
                    ("notes", .array(f.notes.map { .string($0) })),
                    ("file", .string(f.range.path)),
                    ("line", .integer(f.range.start.line)),
                ])
            })),
        ])
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(d.severity.rawValue)),
            ("code", .string(d.code)),
            ("message", .string(d.message)),
            ("hint", .optional(d.hint)),
            ("file", .optional(d.range?.path)),
            ("line", d.range.map { .integer($0.start.line) } ?? .null),
            ("column", d.range.map { .integer($0.start.column) } ?? .null),
        ])
    }
}
