import RecountModel

/// Declared relations: a `metric` with `equals FORMULA` (a share, a margin, a sum, a difference,
/// a multiple or any ratio) holds at every period at which any of its quantities is known.
enum DefinedRelation {
    static func links(_ context: RelationContext) -> [Link] {
        var links: [Link] = []
        for metric in context.project.metrics.values.sorted(by: { $0.name < $1.name }) {
            guard let definition = metric.definition else { continue }
            let names = Set([metric.name] + definition.quantities.map { $0.quantity.name })
            let spans = Set(names.flatMap { context.spansByName[$0] ?? [] }).sorted()
            for span in spans {
                let parts = metric.name.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                var variables = [Quantity(entity: parts[0], metric: parts[1], span: span)]
                var position = [variables[0]: 0]
                let expression = LinkExpression.from(definition) { q in
                    let atSpan = Quantity(entity: q.entity, metric: q.metric, span: span)
                    if let i = position[atSpan] { return i }
                    position[atSpan] = variables.count
                    variables.append(atSpan)
                    return variables.count - 1
                } exchange: { rate, unit in
                    context.known[Quantity(entity: rate.entity, metric: rate.metric, span: span)]
                        .flatMap { CurrencyExchange.operation(rate: $0, into: unit) }
                }
                guard let expression else { continue }
                links.append(Link(relation: metric.relation?.rawValue ?? "definition of \(metric.name)", variables: variables,
                                  expression: expression))
            }
        }
        return links
    }
}
