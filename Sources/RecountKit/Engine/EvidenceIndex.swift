/// Finds, for each quantity, the article's own statements of it and the ledger's facts about it.
struct EvidenceIndex {
    private var statedBy: [Quantity: [Claim]] = [:]
    private var factsFor: [Quantity: [Fact]] = [:]
    private var claimsByID: [String: Claim] = [:]

    init(_ project: Project) {
        for claim in project.claims {
            claimsByID[claim.id] = claim
            if let q = claim.statedQuantity { statedBy[q.quantity, default: []].append(claim) }
        }
        for fact in project.facts { factsFor[fact.quantity.quantity, default: []].append(fact) }
    }

    func claims(stating q: Quantity) -> [Claim] { statedBy[q] ?? [] }
    func facts(for q: Quantity) -> [Fact] { factsFor[q] ?? [] }
    func claim(_ id: String) -> Claim? { claimsByID[id] }
}
