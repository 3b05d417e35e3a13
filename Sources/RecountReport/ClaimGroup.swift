import RecountModel

/// Claims about one entity, for the report's list of the figures nothing could check.
public struct ClaimGroup: Sendable {
    /// The entity's name as readers know it, or "Other figures" for claims about no one entity.
    public var title: String
    public var claims: [ClaimReport]
}

extension ReportModel {
    /// The claims the audit could not check, `sourced` and `undetermined` ones: the article's
    /// word alone. Grouped by the entity whose figure they state (a comparison by its first
    /// quantity's entity), in order of each group's first claim.
    public var unchecked: [ClaimGroup] {
        var groups: [ClaimGroup] = []
        var index: [String: Int] = [:]
        for c in claims where [.sourced, .undetermined].contains(c.result.verdict) {
            let entity = Self.entity(of: c.claim)
            let title = entity.map(labels.entity) ?? "Other figures"
            if let i = index[title] {
                groups[i].claims.append(c)
            } else {
                index[title] = groups.count
                groups.append(ClaimGroup(title: title, claims: [c]))
            }
        }
        return groups
    }

    /// The entity a claim is about: that of the quantity it states, or of the first quantity its
    /// comparison or formula names.
    static func entity(of claim: Claim) -> String? {
        if let q = claim.statedQuantity { return q.quantity.entity }
        let formulas: [Formula]
        switch claim.proposition {
        case .holds(let comparisons)?: formulas = comparisons.flatMap { [$0.left, $0.right] }
        default: formulas = claim.because.map { [$0] } ?? []
        }
        return formulas.lazy.compactMap { $0.quantities.first?.quantity.entity }.first
    }
}
