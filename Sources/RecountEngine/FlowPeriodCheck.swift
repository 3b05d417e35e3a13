import RecountCore
import RecountModel

/// Finds figures of a flow that say nothing about how long the flow ran.
///
/// A flow (revenue, spending) accumulates over a period, so a figure of one needs a period on
/// its quantity (`@ 2025`) or a time in its unit (`/yr`). "$12 per megawatt" of revenue has
/// neither; multiplied by a capacity it gives dollars, not dollars per year, and the mistake
/// would otherwise show only on the claims that use it. A metric is a flow when it is declared
/// `kind flow`: the name alone says nothing certain.
enum FlowPeriodCheck {
    /// An R410 warning for each fact and claim stating a flow with no period.
    static func check(_ project: Project) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func test(_ ref: QuantityReference, _ value: StatedValue) {
            guard ref.quantity.span == nil, project.metrics[ref.quantity.name]?.kind == .flow,
                  value.asserted.dimension.exponent(of: .time) == 0 else { return }
            found.append(Diagnostic(.flowWithoutPeriod(quantity: ref.text), at: value.range))
        }
        for fact in project.facts { test(fact.quantity, fact.value) }
        for claim in project.claims {
            if let q = claim.statedQuantity, let stated = claim.stated { test(q, stated) }
            for reading in claim.readings {
                if case .states(let q?, let value) = reading.proposition { test(q, value) }
            }
        }
        return found
    }
}
