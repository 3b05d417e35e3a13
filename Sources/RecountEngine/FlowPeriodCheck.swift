import RecountCore
import RecountModel

/// Finds figures of a flow that say nothing about how long the flow ran.
///
/// A flow (revenue, spending) accumulates over a period, so a figure of one needs a period on
/// its quantity (`@ 2025`) or a time in its unit (`/yr`). "$12 per megawatt" of revenue has
/// neither; multiplied by a capacity it gives dollars, not dollars per year, and the mistake
/// would otherwise show only on the claims that use it. A metric is a flow when it is declared
/// `kind flow`, or when its name says so (`FlowWords`) and it is not declared `kind stock`. A
/// figure that is a pure number or in percentage points is a ratio of flows (a share, a
/// margin, a growth) when its metric is a flow only by name, and needs no period of its own.
enum FlowPeriodCheck {
    /// An R410 warning for each fact stating a flow with no period.
    static func facts(_ project: Project) -> [Diagnostic] {
        project.facts.compactMap { test($0.quantity, $0.value, in: project) }
    }

    /// An R410 warning for each of a claim's statements (its own and its readings') of a flow
    /// with no period: findings on that claim.
    static func check(_ claim: Claim, in project: Project) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let q = claim.statedQuantity, let stated = claim.stated, let d = test(q, stated, in: project) { found.append(d) }
        for reading in claim.readings {
            if case .states(let q?, let value) = reading.proposition, let d = test(q, value, in: project) { found.append(d) }
        }
        return found
    }

    private static func test(_ ref: QuantityReference, _ value: StatedValue, in project: Project) -> Diagnostic? {
        let dimension = value.asserted.dimension
        guard ref.quantity.span == nil, dimension.exponent(of: .time) == 0 else { return nil }
        switch project.metrics[ref.quantity.name]?.kind {
        case .flow?: break
        case .stock?: return nil
        case nil:
            guard FlowWords.namesFlow(ref.quantity.metric), !dimension.isDimensionless,
                  dimension != .percentagePoint else { return nil }
        }
        return Diagnostic(.flowWithoutPeriod(quantity: ref.text), at: value.range)
    }
}
