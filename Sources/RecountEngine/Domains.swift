import RecountModel

/// The domains of one set of solutions, by quantity: what the ledger alone implies for each
/// quantity, or what everything does.
struct Domains {
    let network: Network
    /// One solution per component.
    let solutions: [Network.Solution]

    /// The solution of a quantity's component, unless its constraints could not all be met.
    private func solution(_ q: Quantity) -> (Int, Network.Solution)? {
        guard let v = network.variable(q) else { return nil }
        let c = network.componentOf[v]
        guard c < solutions.count, solutions[c].wipeout == nil else { return nil }
        return (v, solutions[c])
    }

    /// The quantity's domain as a derivation tree.
    func derivation(of q: Quantity) -> Derivation? {
        guard let (v, s) = solution(q) else { return nil }
        return network.derivation(of: v, in: s)
    }

    /// The quantity's domain, in canonical form.
    func measure(of q: Quantity) -> Measure? {
        guard let (v, s) = solution(q) else { return nil }
        return network.domain(v, in: s)?.value
    }

    /// The bases the quantity's domain rests on.
    func support(of q: Quantity) -> [Base]? {
        guard let (v, s) = solution(q), let d = network.domain(v, in: s) else { return nil }
        return network.support(d, in: s)
    }
}
