import RecountCore
import RecountFigures
import RecountModel
import RecountSyntax

/// Gives parsed files meaning: looks up names, reads figures, units and periods, and builds
/// the `Project` that the engine checks.
///
/// Like the parser it collects every problem and carries on; a declaration with an error is
/// left out of the project so that the engine never sees half-resolved input.
public struct Resolver {
    public private(set) var diagnostics: [Diagnostic] = []
    private var project = Project()
    private var firstSeen: [String: SourceRange] = [:]
    private var units: [UnitKey: Unit] = [:]
    /// The `defaults` in force at the declaration being resolved, in its file.
    private var defaults = FigureDefaults.none
    /// Metric names in the order they are declared, so cycles are reported in a stable order.
    private var metricOrder: [String] = []
    /// Claims with a figure and nothing to check it against (drafts), per file, in order.
    private var drafts: [(id: String, range: SourceRange)] = []

    private struct UnitKey: Hashable {
        var prefix: String?
        var suffix: String
        var meanings: SignMeanings
    }

    public init() {}

    /// Resolves documents given in load order.
    public static func resolve(_ documents: [Syntax.Document]) -> (Project, [Diagnostic]) {
        var resolver = Resolver()
        resolver.run(documents)
        return (resolver.project, resolver.diagnostics)
    }

    /// Resolves a quantity, and optionally a value, written outside any file (a `what-if`
    /// override on the command line) against the entities of a loaded project, so that it is
    /// read exactly as the same text in a ledger would be. Values get the standard tolerance
    /// policy.
    public static func resolve(_ quantity: Syntax.QuantityName, value: Syntax.Value?,
                               entities: [String: Entity]) -> (QuantityReference?, StatedValue?, [Diagnostic]) {
        var resolver = Resolver()
        resolver.project.entities = entities
        let reference = resolver.resolveQuantity(quantity)
        let stated = value.flatMap { resolver.resolveValue($0, policy: .standard) }
        return (reference, stated, resolver.diagnostics)
    }

    private mutating func run(_ documents: [Syntax.Document]) {
        // Entities, sources and articles first, so facts and claims may refer to them from any file.
        for document in documents {
            for declaration in document.declarations {
                switch declaration {
                case .entity(let e): declareEntity(e)
                case .source(let s): declareSource(s)
                case .article(let a): declareArticle(a, path: document.path)
                default: break
                }
            }
        }
        for document in documents {
            let article = articleID(forFile: document.path)
            // Defaults hold from their declaration to the next one, within their own file.
            defaults = .none
            for declaration in document.declarations {
                switch declaration {
                case .fact(let f): addFact(f)
                case .claim(let c): addClaim(c, article: article)
                case .metric(let m): declareMetric(m)
                case .defaults(let d): defaults = resolveDefaults(d)
                default: break
                }
            }
        }
        defaults = .none
        checkMetricCycles()
        project.reindex()
        checkClaimReferences()
        checkLedgerAgreement()
        checkNearNames()
        reportDrafts()
    }

    /// One R405 per file for its claims that have nothing to check: a drafted file holds many,
    /// and one warning that names the first and counts the rest says all there is to say.
    private mutating func reportDrafts() {
        var order: [String] = []
        var byFile: [String: [(id: String, range: SourceRange)]] = [:]
        for draft in drafts {
            if byFile[draft.range.path] == nil { order.append(draft.range.path) }
            byFile[draft.range.path, default: []].append(draft)
        }
        for path in order {
            guard let claims = byFile[path], let first = claims.first else { continue }
            let kind: DiagnosticKind = claims.count == 1
                ? .nothingToCheck(first.id) : .nothingToCheckInFile(first: first.id, others: claims.count - 1)
            report(kind, at: first.range)
        }
    }

    /// Every quantity the project names: each fact's, each formula's, each claim's `states` and
    /// each declared metric's, for the checks that compare names with one another.
    private func quantityUses() -> [NearNames.Use] {
        var uses: [NearNames.Use] = project.facts.map { use($0.quantity, isStatement: false) }
        func add(_ formula: Formula?) {
            for q in formula?.quantities ?? [] { uses.append(use(q, isStatement: false)) }
        }
        func add(_ proposition: Claim.Proposition?) {
            switch proposition {
            case .states(let q?, _)?: uses.append(use(q, isStatement: true))
            case .holds(let cs)?: for c in cs { add(c.left); add(c.right) }
            default: break
            }
        }
        for claim in project.claims {
            add(claim.proposition)
            add(claim.because)
            for reading in claim.readings {
                add(reading.proposition)
                add(reading.because)
            }
        }
        for (name, metric) in project.metrics.sorted(by: { $0.key < $1.key }) {
            let parts = name.split(separator: ".", maxSplits: 1)
            if parts.count == 2 {
                uses.append(NearNames.Use(quantity: Quantity(entity: String(parts[0]), metric: String(parts[1]), span: nil),
                                          text: name, range: metric.range, isStatement: false))
            }
            add(metric.definition)
        }
        return uses
    }

    private func use(_ reference: QuantityReference, isStatement: Bool) -> NearNames.Use {
        NearNames.Use(quantity: reference.quantity, text: reference.text, range: reference.range, isStatement: isStatement)
    }

    /// Reports each metric of an entity that says `metrics declared` that no `metric` declares
    /// (R415), then warns about a quantity that a claim states and nothing else names, when it
    /// is a slip away from one that something else does (R413), or is named elsewhere at the
    /// same period in the entity's other calendar (R414).
    private mutating func checkNearNames() {
        let uses = quantityUses()
        var undeclared: Set<SourceRange> = []
        for use in uses where project.entities[use.quantity.entity]?.declaresMetrics == true {
            let entity = use.quantity.entity
            let (base, suffix) = ComparisonSuffix.split(use.quantity.metric).map { ($0.base, $0.suffix.rawValue) }
                ?? (use.quantity.metric, "")
            guard project.metrics["\(entity).\(base)"] == nil else { continue }
            let declared = project.metrics.keys.filter { $0.hasPrefix("\(entity).") }.map { String($0.dropFirst(entity.count + 1)) }
            let suggestion = NearNames.nearest(to: base, among: declared).map { "\(entity).\($0)\(suffix)" }
            report(.undeclaredMetric(use.quantity.name, entity: entity, suggestion: suggestion), at: use.range)
            undeclared.insert(use.range)
        }
        for (use, suggestion) in NearNames.slips(uses) where !undeclared.contains(use.range) {
            report(.nearQuantityName(use.quantity.name, suggestion: suggestion), at: use.range)
        }
        for (use, suggestion) in NearPeriods.slips(uses) {
            report(.nearPeriod(use.text, suggestion: suggestion), at: use.range)
        }
    }

    private mutating func report(_ kind: DiagnosticKind, at range: SourceRange) {
        diagnostics.append(Diagnostic(kind, at: range))
    }

    /// Records an id, reporting it if the same kind of thing already has it.
    private mutating func claimID(_ id: Syntax.Identifier, kind: String) -> Bool {
        let key = "\(kind) \(id.name)"
        if let previous = firstSeen[key] {
            report(.duplicateIdentifier(id.name, kind: kind, previous: previous), at: id.range)
            return false
        }
        firstSeen[key] = id.range
        return true
    }

    // MARK: Declarations

    private mutating func declareEntity(_ e: Syntax.Entity) {
        guard claimID(e.id, kind: "entity") else { return }
        var calendar: FiscalCalendar?
        if let end = e.fiscalYearEnd {
            calendar = FiscalCalendar(text: end.name)
            if calendar == nil { report(.invalidDate(end.name), at: end.range) }
        }
        if let named = e.fiscalYearNamed {
            switch named.name {
            case "start": calendar?.namedAfterStart = true
            case "end": calendar?.namedAfterStart = false
            default: report(.invalidFiscalAttribute(attribute: "fiscal-year-named", text: named.name), at: named.range)
            }
        }
        if let extra = e.fiscalExtraWeek {
            switch extra.name {
            case "Q1" where calendar?.weekRule != nil: calendar?.extraWeekInFirstQuarter = true
            case "Q4" where calendar?.weekRule != nil: calendar?.extraWeekInFirstQuarter = false
            default: report(.invalidFiscalAttribute(attribute: "fiscal-extra-week", text: extra.name), at: extra.range)
            }
        }
        project.entities[e.id.name] = Entity(id: e.id.name, name: e.name.value, fiscalCalendar: calendar,
                                             declaresMetrics: e.metrics != nil, range: e.range)
    }

    private mutating func declareSource(_ s: Syntax.Source) {
        guard claimID(s.id, kind: "source") else { return }
        var grade = Source.Grade.secondary
        if let g = s.grade {
            if let parsed = Source.Grade(rawValue: g.name) { grade = parsed } else { report(.unknownGrade(g.name), at: g.range) }
        } else {
            report(.missingAttribute("grade", block: "source '\(s.id.name)'"), at: s.id.range)
        }
        project.sources[s.id.name] = Source(
            id: s.id.name, title: s.title.value, url: s.url?.value, grade: grade, date: date(s.date),
            notes: s.notes.map(\.value), range: s.range)
    }

    private mutating func declareArticle(_ a: Syntax.Article, path: String) {
        guard claimID(a.id, kind: "article") else { return }
        var policy = TolerancePolicy.standard
        for t in a.tolerances {
            // `exactly` takes no tolerance: an exact figure is a point.
            guard let hedge = Hedge(words: t.hedge.name), hedge != .exactly else {
                report(.invalidTolerance(t.hedge.name), at: t.hedge.range)
                continue
            }
            guard t.percent.unitSuffix.trimmingSpaces == "%", t.percent.currencyPrefix == nil,
                  let number = PrintedNumber(t.percent.number), number.value.isFinite else {
                report(.invalidTolerance(t.percent.text), at: t.range)
                continue
            }
            policy.fractions[hedge] = number.value / 100
        }
        var language: String?
        if let tag = a.language {
            if LanguageTag.isValid(tag.name) { language = tag.name } else { report(.invalidLanguageTag(tag.name), at: tag.range) }
        }
        let review = ReviewDetails(reviewer: a.reviewedBy?.value, reviewerURL: webAddress(a.reviewerURL, "reviewer-url"),
                                   date: date(a.reviewed), reportURL: webAddress(a.reportURL, "report-url"))
        project.articles.append(Article(
            id: a.id.name, title: a.title.value, author: a.author?.value, published: date(a.published),
            url: a.url?.value, textPath: a.text?.value, language: language, review: review, policy: policy,
            path: path, range: a.range))
    }

    /// The text of an attribute that must be a web address, reported when it is not one: these
    /// are published as links, where a `javascript:` or a local path does not belong.
    private mutating func webAddress(_ text: Syntax.Text?, _ attribute: String) -> String? {
        guard let text else { return nil }
        let v = text.value
        let scheme = v.hasPrefix("https://") ? 8 : v.hasPrefix("http://") ? 7 : 0
        guard scheme > 0, v.count > scheme, !v.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else {
            report(.notAWebAddress(attribute: attribute, text: v), at: text.range)
            return nil
        }
        return v
    }

    /// Reports a `source` that names no declared source, with a declared one near it.
    private mutating func checkSource(_ id: Syntax.Identifier) {
        guard project.sources[id.name] == nil else { return }
        report(.unknownSource(id.name, suggestion: NearNames.nearest(to: id.name, among: project.sources.keys)),
               at: id.range)
    }

    private mutating func reportUnknownEntity(_ id: String, at range: SourceRange) {
        report(.unknownEntity(id, suggestion: NearNames.nearest(to: id, among: project.entities.keys)), at: range)
    }

    private mutating func date(_ id: Syntax.Identifier?) -> CalendarDate? {
        guard let id else { return nil }
        guard let d = CalendarDate(iso: id.name) else {
            report(.invalidDate(id.name), at: id.range)
            return nil
        }
        return d
    }

    private func articleID(forFile path: String) -> String {
        if let a = project.articles.first(where: { $0.path == path }) { return a.id }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    private func policy(forArticle id: String) -> TolerancePolicy {
        project.article(id)?.policy ?? .standard
    }

    // MARK: Facts and claims

    private mutating func addFact(_ f: Syntax.Fact) {
        let quantity = resolveQuantity(f.quantity)
        let value = resolveValue(f.value, policy: .standard)
        if let source = f.source { checkSource(source) }
        if f.source == nil {
            report(.missingAttribute("source", block: "fact '\(f.quantity.name.name)'"), at: f.quantity.range)
        }
        guard let quantity, let value else { return }
        project.facts.append(Fact(quantity: quantity, value: value, source: f.source?.name, quote: f.quote?.value,
                                  notes: f.notes.map(\.value), range: f.range))
    }

    private mutating func addClaim(_ c: Syntax.Claim, article: String) {
        let unique = claimID(c.id, kind: "claim")
        let policy = policy(forArticle: article)
        let proposition = c.proposition.flatMap { resolveProposition($0, policy: policy) }
        let because = c.because.flatMap { resolveFormula($0) }
        var expect: Verdict?
        if let e = c.expect {
            expect = Verdict(rawValue: e.name)
            if expect == nil { report(.unknownVerdict(e.name), at: e.range) }
        }
        if let s = c.source { checkSource(s) }
        let location = c.location.flatMap { l in
            Claim.Location.Unit(rawValue: l.unit.name).map { Claim.Location(unit: $0, number: l.number) }
        }
        var readings: [Claim.Reading] = []
        var readingIDs: [String: SourceRange] = [:]
        for r in c.readings {
            if let previous = readingIDs[r.id.name] {
                report(.duplicateIdentifier(r.id.name, kind: "reading", previous: previous), at: r.id.range)
                continue
            }
            readingIDs[r.id.name] = r.id.range
            let readingBecause = r.because.flatMap { resolveFormula($0) }
            guard let p = r.proposition.flatMap({ resolveProposition($0, policy: policy) }),
                  r.because == nil || readingBecause != nil else { continue }
            readings.append(Claim.Reading(id: r.id.name, proposition: p, because: readingBecause,
                                          notes: r.notes.map(\.value), range: r.range))
        }
        guard unique, c.proposition == nil || proposition != nil, c.because == nil || because != nil,
              proposition != nil || !readings.isEmpty else { return }
        if case .states(nil, _)? = proposition, because == nil, !c.hadErrors {
            drafts.append((c.id.name, c.id.range))
        }
        project.claims.append(Claim(
            id: c.id.name, article: article, quote: c.quote?.value, quoteRange: c.quote?.range, location: location,
            proposition: proposition, because: because, readings: readings, expect: expect, expectRange: c.expect?.range,
            source: c.source?.name,
            notes: c.notes.map(\.value), range: c.range))
    }

    private mutating func resolveProposition(_ p: Syntax.Proposition, policy: TolerancePolicy) -> Claim.Proposition? {
        switch p {
        case .states(let q, let v):
            let quantity = q.flatMap { resolveQuantity($0) }
            let value = resolveValue(v, policy: policy)
            guard let value, q == nil || quantity != nil else { return nil }
            return .states(quantity, value)
        case .holds(let comparisons):
            // Every side is resolved before any is checked, so errors in each are reported.
            let resolved = comparisons.map { c in (resolveFormula(c.left), c.relation, resolveFormula(c.right)) }
            var held: [Claim.Comparison] = []
            for (left, relation, right) in resolved {
                guard let left, let right else { return nil }
                held.append(Claim.Comparison(left, relation, right))
            }
            return .holds(held)
        }
    }

    private mutating func declareMetric(_ m: Syntax.Metric) {
        guard claimID(m.name, kind: "metric") else { return }
        let entityID = String(m.name.name.prefix { $0 != "." })
        if project.entities[entityID] == nil { reportUnknownEntity(entityID, at: m.name.range) }
        var kind: Metric.Kind?
        if let k = m.kind {
            kind = Metric.Kind(rawValue: k.name)
            if kind == nil { report(.unknownMetricKind(k.name), at: k.range) }
        }
        var relation: Metric.Relation?
        if let r = m.relation {
            relation = Metric.Relation(rawValue: r.name)
            if relation == nil { report(.unknownRelation(r.name), at: r.range) }
        }
        let definition = m.equals.flatMap { resolveFormula($0) }
        metricOrder.append(m.name.name)
        project.metrics[m.name.name] = Metric(name: m.name.name, title: m.title?.value, kind: kind,
                                              definition: definition, relation: relation, range: m.range)
    }

    /// Reports each cycle of metric definitions at its first metric, and leaves the definitions
    /// of the cycle out, so that the engine never propagates around it.
    private mutating func checkMetricCycles() {
        for cycle in MetricCycles.find(project.metrics, order: metricOrder) {
            guard let first = cycle.path.first,
                  let range = firstSeen["metric \(first)"] ?? project.metrics[first]?.range else { continue }
            report(.cyclicMetricDefinition(first, cycle: cycle.path), at: range)
            for name in cycle.members { project.metrics[name]?.definition = nil }
        }
    }

    /// Reports formula references to claims that do not exist, once all claims are known, with
    /// a claim id near each; metric definitions are searched too, where a bare word is as
    /// much a slip.
    private mutating func checkClaimReferences() {
        let ids = Set(project.claims.map(\.id))
        func visit(_ f: Formula) {
            switch f {
            case .claim(let id, let range) where !ids.contains(id):
                report(.unknownClaim(id, suggestion: NearNames.nearest(to: id, among: ids)), at: range)
            case .negate(let x, _), .convert(let x, _, _, _, _): visit(x)
            case .binary(_, let a, let b, _):
                visit(a)
                visit(b)
            default: break
            }
        }
        for claim in project.claims {
            if let b = claim.because { visit(b) }
            if case .holds(let cs)? = claim.proposition {
                for c in cs { visit(c.left); visit(c.right) }
            }
            for reading in claim.readings {
                if let b = reading.because { visit(b) }
                if case .holds(let cs) = reading.proposition {
                    for c in cs { visit(c.left); visit(c.right) }
                }
            }
        }
        for (_, metric) in project.metrics.sorted(by: { $0.key < $1.key }) {
            if let d = metric.definition { visit(d) }
        }
    }

    /// Warns about ledger facts for one quantity whose values cannot both be true.
    private mutating func checkLedgerAgreement() {
        var seen: [Quantity: Fact] = [:]
        for fact in project.facts {
            if let previous = seen[fact.quantity.quantity] {
                if !previous.value.asserted.interval.meets(fact.value.asserted.interval) {
                    report(.conflictingFacts(quantity: fact.quantity.text, previous: previous.range),
                           at: fact.range)
                }
            } else {
                seen[fact.quantity.quantity] = fact
            }
        }
    }

    // MARK: Quantities, values and formulas

    private mutating func resolveQuantity(_ q: Syntax.QuantityName) -> QuantityReference? {
        let parts = q.name.name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let entityID = String(parts[0])
        guard let entity = project.entities[entityID] else {
            reportUnknownEntity(entityID, at: q.name.range)
            return nil
        }
        var span: PeriodSpan?
        var text = q.name.name
        if let p = q.period {
            text += " @ \(p.name)"
            switch Period.parse(p.name) {
            case .failure(let error):
                report(.invalidPeriod(p.name, reason: error.reason), at: p.range)
                return nil
            case .success(let period):
                if period.isFiscal && entity.fiscalCalendar == nil {
                    report(.fiscalPeriodWithoutCalendar(period: p.name, entity: entityID), at: p.range)
                    return nil
                }
                let periodSpan = period.span(in: entity.fiscalCalendar ?? .calendarYear)
                guard periodSpan.start <= periodSpan.end else {
                    report(.invalidPeriod(p.name, reason: PeriodError.reversedRange.reason), at: p.range)
                    return nil
                }
                span = periodSpan
            }
        }
        let quantity = Quantity(entity: entityID, metric: String(parts[1]), span: span)
        return QuantityReference(quantity: quantity, text: text, range: q.range)
    }

    /// The unit of a figure; `meanings` says what an ambiguous sign (`¥`, `兆`) means there, from
    /// the block's `defaults`.
    private mutating func resolveUnit(_ figure: FigureText, at range: SourceRange, meanings: SignMeanings = .none) -> Unit? {
        // A ledger repeats a handful of units many times; each is parsed once.
        let key = UnitKey(prefix: figure.currencyPrefix, suffix: figure.unitSuffix, meanings: meanings)
        if let unit = units[key] { return unit }
        switch UnitParser.parse(prefix: figure.currencyPrefix, suffix: figure.unitSuffix, meanings: meanings) {
        case .success(let unit):
            units[key] = unit
            return unit
        case .failure(let error):
            report(error.diagnostic, at: range)
            return nil
        }
    }

    private mutating func resolveNumber(_ figure: FigureText, at range: SourceRange,
                                        trailingZeros: PrintedNumber.TrailingZeros = .rounded) -> PrintedNumber? {
        guard let number = PrintedNumber(figure.number, trailingZeros: trailingZeros) else {
            report(.malformedNumber(figure.number), at: range)
            return nil
        }
        return number
    }

    /// Reports a figure that cannot be computed with: beyond the largest double, or not zero
    /// but closer to zero than doubles hold at full precision.
    private mutating func inRange(_ magnitude: ExactDecimal.Range, _ text: FigureText, at range: SourceRange) -> Bool {
        guard !magnitude.isRepresentable else { return true }
        report(.figureOutOfRange(text.text, tooLarge: magnitude == .tooLarge), at: range)
        return false
    }

    /// The defaults a `defaults` declaration sets; each one replaces all earlier ones.
    private mutating func resolveDefaults(_ d: Syntax.Defaults) -> FigureDefaults {
        var result = FigureDefaults.none
        /// The attribute read by `read`, or nil after reporting it.
        func read<T>(_ attribute: Syntax.Identifier?, _ name: String, _ read: (String) -> T?) -> T? {
            guard let attribute else { return nil }
            if let value = read(attribute.name) { return value }
            report(.invalidDefault(attribute: name, text: attribute.name), at: attribute.range)
            return nil
        }
        if let code = read(d.currency, "currency", FigureDefaults.currency) {
            result.currency = code
            result.currencySpelling = d.currency?.name
        }
        if let exponent = read(d.scale, "scale", FigureDefaults.scale) {
            result.scale = exponent
            result.scaleSpelling = d.scale?.name
        }
        if let region = read(d.region, "region", { SignMeanings.regions[$0] != nil ? $0 : nil }) { result.region = region }
        result.exact = d.exact != nil
        result.significantZeros = d.significantZeros != nil
        result.meanings = SignMeanings.of(region: result.region, currency: result.currency)
        return result
    }

    private mutating func resolveValue(_ v: Syntax.Value, policy: TolerancePolicy) -> StatedValue? {
        let zeros: PrintedNumber.TrailingZeros = defaults.significantZeros ? .significant : .rounded
        let number = resolveNumber(v.figure, at: v.figureRange, trailingZeros: zeros)
        let written = resolveUnit(v.figure, at: v.figureRange, meanings: defaults.meanings)
        var unit = written
        var value = v
        if let written {
            if let own = defaults.conflictingCurrency(written), let expected = defaults.currency {
                report(.currencyUnlikeDefault(figure: v.figure.text, currency: own, defaultCurrency: expected), at: v.figureRange)
            }
            unit = defaults.apply(to: written)
            // Shown with what the defaults add: the row's `1,234` is `$1,234 thousand`.
            value.figure = defaults.figure(v.figure, written: written)
        }
        var upper: StatedValue.RangeEnd?
        if let end = v.upper {
            guard let high = resolveNumber(end.figure, at: end.figureRange, trailingZeros: zeros),
                  let highWritten = resolveUnit(end.figure, at: end.figureRange, meanings: defaults.meanings)
            else { return nil }
            var highUnit = defaults.apply(to: highWritten)
            value.upper?.figure = defaults.figure(end.figure, written: highWritten)
            // A bare low end takes the high end's unit, as articles print ranges: `18-34 months`.
            let bare = v.figure.currencyPrefix == nil && v.figure.unitSuffix.trimmingSpaces.isEmpty
            if bare {
                unit = highUnit
                value.figure = v.figure
            } else if var low = unit, low.scale == 0, low.scaleSpelling.isEmpty, low.word == nil, highUnit.scale != 0 {
                // A low end with a currency but no scale shares the high end's: `$1-2 billion`.
                low.scale = highUnit.scale
                low.scaleSpelling = highUnit.scaleSpelling
                unit = low
            }
            if let low = unit, highUnit.currency == nil, let currency = low.currency, highUnit.word == nil {
                // A high end without a currency shares the low end's: `$1-2 billion`.
                highUnit.currency = currency
                highUnit.currencySpelling = low.currencySpelling
                highUnit.currencyAfter = low.currencyAfter
            }
            guard let unit, unit.dimension == highUnit.dimension else {
                if unit != nil { report(.rangeUnitsDiffer(low: v.figure.text, high: end.figure.text), at: v.range) }
                return nil
            }
            upper = StatedValue.RangeEnd(number: high, negative: end.negative, unit: highUnit, lowTookUnit: bare)
            guard inRange(ExactFigure(high, negative: end.negative, unit: highUnit).range, end.figure, at: end.figureRange) else {
                return nil
            }
            if let number {
                let low = ExactFigure(number, negative: v.negative, unit: unit).value
                let top = ExactFigure(high, negative: end.negative, unit: highUnit).value
                guard low.lower <= top.upper else {
                    report(.reversedValueRange(v.signedText), at: v.range)
                    return nil
                }
            }
        }
        guard var number, let unit,
              inRange(ExactFigure(number, negative: v.negative, unit: unit).range, v.figure, at: v.figureRange) else { return nil }
        if var end = upper {
            // Both ends of a range are printed to one precision, the finer one: `$10B to $12B`
            // is rounded at the billions, which `12` shows and `10` alone does not.
            let finer = min(number.precisionExponent + unit.scale, end.number.precisionExponent + end.unit.scale)
            number = number.precise(to: finer - unit.scale) ?? number
            end.number = end.number.precise(to: finer - end.unit.scale) ?? end.number
            upper = end
        }
        // The parser only produces hedges that `Hedge(words:)` knows.
        let hedge = v.hedge.flatMap { Hedge(words: $0.words) } ?? (defaults.exact ? .exactly : .none)
        var text = value.signedText
        if let h = v.hedge {
            // The hedge as it was written: `~70%` stays joined, `about 70%` keeps its space.
            let joined = v.negation == nil && h.range.end == v.figureRange.start
            text = h.words + (joined ? "" : " ") + text
        }
        var stated = StatedValue(text: text, hedge: hedge, number: number, negative: v.negative, unit: unit, upper: upper,
                                 policy: policy, range: v.range)
        stated.printedScale = upper?.lowTookUnit == true ? 0 : written?.scale ?? unit.scale
        return stated
    }

    private mutating func resolveFormula(_ e: Syntax.Expression) -> Formula? {
        switch e {
        case .figure(let figure, let range):
            guard let number = resolveNumber(figure, at: range), let unit = resolveUnit(figure, at: range) else {
                return nil
            }
            let exact = ExactFigure(number, negative: false, unit: unit)
            guard inRange(exact.valueRange, figure, at: range) else { return nil }
            // A figure in a formula is exact: its value, held as a point when it is a double.
            let measure = Measure(interval: exact.value,
                                  nominal: number.value * unit.factor.midpoint, dimension: unit.dimension)
            return .constant(measure, text: figure.text, range: range)
        case .quantity(let q):
            return resolveQuantity(q).map { .quantity($0) }
        case .claim(let id):
            return .claim(id: id.name, range: id.range)
        case .negate(let inner, let range):
            return resolveFormula(inner).map { .negate($0, range: range) }
        case .binary(let op, let a, let b, let range):
            let left = resolveFormula(a)
            let right = resolveFormula(b)
            guard let left, let right else { return nil }
            return .binary(op, left, right, range: range)
        case .convert(let inner, let unitText, let rateName, let range):
            let formula = resolveFormula(inner)
            let rate = rateName.map { resolveQuantity($0) }
            let unit: Unit?
            switch UnitParser.parseConversion(unitText.name) {
            case .success(let u): unit = u
            case .failure(let error):
                report(error.diagnostic, at: unitText.range)
                unit = nil
            }
            guard let formula, let unit, rate.map({ $0 != nil }) ?? true else { return nil }
            return .convert(formula, unit, rate: rate ?? nil, text: unitText.name, range: range)
        case .range(let v):
            // A range in a formula is exact, as a figure there is: every value from the low
            // end's face value to the high end's. A block's defaults apply to stated values only.
            let saved = defaults
            defaults = .none
            var exact = v
            exact.hedge = Syntax.Hedge(words: "exactly", range: v.range)
            let stated = resolveValue(exact, policy: .standard)
            defaults = saved
            return stated.map { .constant($0.asserted, text: v.signedText, range: v.range) }
        case .parenthesized(let inner, _):
            return resolveFormula(inner)
        }
    }
}

extension UnitError {
    /// The diagnostic for a unit that cannot be read: an ambiguous currency sign or scale word
    /// by name.
    var diagnostic: DiagnosticKind {
        if meanings.isEmpty { return .unknownUnit(text) }
        return isScale ? .ambiguousScale(text, meanings: meanings) : .ambiguousCurrency(text, meanings: meanings)
    }
}
