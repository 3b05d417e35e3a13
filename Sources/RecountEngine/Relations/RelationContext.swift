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
    /// The metrics (`entity.metric`) that some fact or claim states as an amount over a
    /// period, which is held as a rate per year (see `RunRateRelation`).
    let flowAmounts: Set<String>

    init(project: Project, known: [Quantity: Dimension], referenced: Set<Quantity>) {
        self.project = project
        self.known = known
        self.referenced = referenced
        self.all = Set(known.keys).union(referenced).sorted()
        var spans: [String: [PeriodSpan]] = [:]
        for q in all { if let span = q.span { spans[q.name, default: []].append(span) } }
        self.spansByName = spans
        let metrics = project.metrics
        let stated = project.facts.map { ($0.quantity.quantity, $0.value.asserted) }
            + project.claims.compactMap { c in c.statedQuantity.flatMap { q in c.stated.map { (q.quantity, $0.asserted) } } }
        self.flowAmounts = Set(stated.compactMap { q, value in
            RunRateRelation.flowYears(q, value, metrics: metrics) == nil ? nil : q.name
        })
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
    /// `current = expression(previous, comparison = variable 2)`, given the comparison
    /// quantity, whose known dimension may decide the form, and the previous value's term.
    let expression: @Sendable (RelationContext, Quantity, LinkExpression) -> LinkExpression

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
        let previousSpan = context.calendar(of: entity).span(span, monthsEarlier: suffix.months)
        let previous = Quantity(entity: entity, metric: base, span: previousSpan)
        let comparison = Quantity(entity: entity, metric: base + suffix.rawValue, span: span)
        // Companies compare amounts: a 53-week year's revenue with a 52-week year's. Held as
        // rates per year, the earlier amount is its rate times its length, over this length.
        var previousTerm = LinkExpression.variable(1)
        let (years, previousYears) = (RunRateRelation.years(span), RunRateRelation.years(previousSpan))
        if context.flowAmounts.contains(current.name), years != previousYears,
           case .success(let ratio) = Interval.divide(previousYears, by: years) {
            previousTerm = .multiply(previousTerm, .constant(Measure(interval: ratio, nominal: ratio.midpoint, dimension: .none)))
        }
        return Link(relation: "\(name) (\(suffix.name))", variables: [current, previous, comparison],
                    expression: expression(context, comparison, previousTerm))
    }
}
