import RecountModel

/// The article's own reasoning: a claim that states a named quantity `because FORMULA` links
/// the quantity to the formula's inputs. Whatever propagation derives through it counts the
/// claim in its support, since it rests on the article's reasoning.
enum ClaimFormulaRelation {
    static func links(_ context: RelationContext) -> [Link] {
        context.project.claims.compactMap { claim in
            guard let q = claim.statedQuantity, let formula = claim.because else { return nil }
            var variables = [q.quantity]
            var position = [q.quantity: 0]
            let expression = LinkExpression.from(formula) { input in
                if let i = position[input] { return i }
                position[input] = variables.count
                variables.append(input)
                return variables.count - 1
            } exchange: { rate, unit in
                context.known[rate].flatMap { CurrencyExchange.operation(rate: $0, into: unit) }
            }
            guard let expression, !variables.dropFirst().contains(q.quantity) else { return nil }
            return Link(relation: "claim \(claim.id)'s formula", variables: variables, expression: expression,
                        claim: claim.id)
        }
    }
}
