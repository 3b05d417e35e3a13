import RecountModel

/// What relations need to know to generate their links: the project and the quantities that
/// have a value (with its dimension) or are referred to by some formula.
struct RelationContext {
    let project: Project
    /// Quantities with a ledger fact or a claim stating them, and the dimension of the value.
    let known: [Quantity: Dimension]
    /// Quantities that a formula refers to.
    let referenced: Set<Quantity>
    /// Every quantity worth relating: known or referenced, in a stable order.
    let all: [Quantity]
    /// The periods at which each metric (`entity.metric`) is known or referenced.
    let spansByName: [String: [PeriodSpan]]

    init(project: Project, known: [Quantity: Dimension], referenced: Set<Quantity>) {
        self.project = project
        self.known = known
        self.referenced = referenced
        self.all = Set(known.keys).union(referenced).sorted()
        var spans: [String: [PeriodSpan]] = [:]
        for q in all { if let span = q.span { spans[q.name, default: []].append(span) } }
        self.spansByName = spans
    }

    func calendar(of entity: String) -> FiscalCalendar {
        project.entities[entity]?.fiscalCalendar ?? .calendarYear
    }
}

/// The built-in relations, each defined in its own file.
enum BuiltInRelation: CaseIterable {
    case growth
    case multiple
    case difference
    case periodSum
    case definition
    case claimFormula

    func links(_ context: RelationContext) -> [Link] {
        switch self {
        case .growth: GrowthRelation.links(context)
        case .multiple: MultipleRelation.links(context)
        case .difference: DifferenceRelation.links(context)
        case .periodSum: PeriodSumRelation.links(context)
        case .definition: DefinedRelation.links(context)
        case .claimFormula: ClaimFormulaRelation.links(context)
        }
    }

    /// Every link of every relation, in a stable order. Each relation generates each of its
    /// links once.
    static func allLinks(_ context: RelationContext) -> [Link] {
        allCases.flatMap { $0.links(context) }
    }
}

/// A relation between a quantity and the same metric one period earlier, named by a suffix on
/// the metric: `.yoy` compares with a year earlier, `.qoq` with a quarter earlier.
struct PeriodComparison {
    /// The relation's name for explanations, e.g. "growth".
    let name: String
    /// The suffixes this relation reads.
    let kind: ComparisonSuffix.Kind
    /// `current = expression(previous = variable 1, comparison = variable 2)`, given the
    /// comparison quantity, whose known dimension may decide the form.
    let expression: @Sendable (RelationContext, Quantity) -> LinkExpression

    func links(_ context: RelationContext) -> [Link] {
        var links: [Link] = []
        for q in context.all {
            // Only a comparison that some fact, claim or formula mentions is related: deriving
            // every growth rate of every metric would only multiply values nobody checks.
            guard let (base, suffix) = ComparisonSuffix.split(q.metric), suffix.kind == kind, let span = q.span else {
                continue
            }
            links.append(link(base: base, entity: q.entity, span: span, suffix: suffix, context: context))
        }
        return links
    }

    private func link(base: String, entity: String, span: PeriodSpan, suffix: ComparisonSuffix,
                      context: RelationContext) -> Link {
        let current = Quantity(entity: entity, metric: base, span: span)
        let previous = Quantity(entity: entity, metric: base, span: span.shifted(months: -suffix.months))
        let comparison = Quantity(entity: entity, metric: base + suffix.rawValue, span: span)
        return Link(relation: "\(name) (\(suffix.name))", variables: [current, previous, comparison],
                    expression: expression(context, comparison))
    }
}
