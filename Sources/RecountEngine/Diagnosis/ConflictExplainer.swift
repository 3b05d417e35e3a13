import RecountCore
import RecountModel

/// What the rest of a conflict implies for each member, and which slips reproduce its figure.
///
/// When the article's claims take part, only they are suspects, and of them only those the
/// ledger does not back: the ledger is the evidence they are checked against. A conflict within
/// the ledger suspects its facts.
struct ConflictExplainer {
    let network: Network
    let project: Project
    let component: Int
    let ledger: Domains
    let everything: Domains

    func explain(_ support: [Base]) -> [Conflict.Explanation] {
        let claims = support.filter { if case .claim = $0 { true } else { false } }
        let unbacked = claims.filter { !World.backed($0, ledger: ledger, project) }
        let suspects = claims.isEmpty ? support : unbacked
        return suspects.compactMap { member -> Conflict.Explanation? in
            guard let (quantity, stated) = World.statement(of: member, project), let v = network.variable(quantity) else {
                return nil
            }
            let solution = network.solve(component: component, only: support.filter { $0 != member })
            guard solution.wipeout == nil, let implied = network.derivation(of: v, in: solution) else { return nil }
            var slips = SlipFinder.slips(stated: stated, implied: implied.value(in: stated.asserted.dimension))
            if case .claim(let id) = member, let q = project.claim(id)?.statedQuantity {
                let context = ContextSlips(project: project, ledger: ledger, everything: everything)
                slips = (slips + context.slips(quantity: q, stated: stated)).uniqued()
            }
            return Conflict.Explanation(member: member, implied: implied, slips: slips)
        }
    }
}
