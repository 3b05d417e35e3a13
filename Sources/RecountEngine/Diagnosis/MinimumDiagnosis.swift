import RecountModel

/// Which figures must be wrong for the rest to hold: the minimum-weight hitting sets of a
/// component's minimal conflicts (Reiter 1987), weighted by provenance.
///
/// A set of figures that meets every conflict is a diagnosis: take those figures away and
/// nothing conflicts. Of all diagnoses, the likeliest are the lightest, where a figure weighs
/// what it would take to doubt it: a claim of the article 1, a fact from a secondary source 10,
/// a fact from a primary source 100 (a fact from an article-grade source weighs as the article).
/// So the article is doubted before the ledger, and a press report before a filing. When several
/// diagnoses weigh the same, all of them are kept: the engine says "one of these is wrong"
/// rather than pick one.
struct MinimumDiagnosis {
    /// The most diagnoses kept, the most branches tried, and the most steps taken (conflicts
    /// looked at and figures copied, which a branch costs besides itself), per component: a
    /// component of hundreds of conflicts makes each branch hundreds of steps, so branches alone
    /// do not bound the time.
    static let maximumDiagnoses = 32
    static let maximumBranches = 20_000
    static let maximumSteps = 1_000_000

    /// The lightest diagnoses, each in content order.
    private(set) var diagnoses: [[Base]] = []
    /// The same, as sets, since a diagnosis may blame thousands of figures.
    private var members: [Set<Base>] = []
    /// Whether a bound stopped the search before it had tried every branch.
    private(set) var exhausted = false
    /// Whether more diagnoses tie for the lightest than are kept: then a figure in every kept
    /// one may still be spared by another.
    private(set) var tiesCut = false

    private let conflicts: [Set<Base>]
    private let weight: (Base) -> Int
    /// The content order of figures, so that which ties are kept, and how they are listed,
    /// does not depend on the order of the input.
    private let precedes: (Base, Base) -> Bool
    private var best = Int.max
    private(set) var branches = 0
    private(set) var steps = 0

    init(conflicts: [[Base]], weight: @escaping (Base) -> Int, precedes: @escaping (Base, Base) -> Bool) {
        self.conflicts = conflicts.map(Set.init)
        self.weight = weight
        self.precedes = precedes
        guard !conflicts.isEmpty else { return }
        search(chosen: [], total: 0)
        diagnoses.sort { $0.lexicographicallyPrecedes($1, by: precedes) }
        members = diagnoses.map(Set.init)
    }

    /// Diagnoses already known to be the lightest, each in content order (see
    /// `OneQuantityDiagnosis`).
    init(lightest: [[Base]], tiesCut: Bool, precedes: @escaping (Base, Base) -> Bool) {
        self.tiesCut = tiesCut
        self.conflicts = []
        self.weight = { _ in 1 }
        self.precedes = precedes
        self.diagnoses = lightest
        self.members = lightest.map(Set.init)
    }

    /// The weight of a fact or claim, by its provenance.
    static func weight(_ base: Base, in project: Project) -> Int {
        guard case .fact(let i) = base, i < project.facts.count,
              let source = project.facts[i].source, let grade = project.sources[source]?.grade else { return 1 }
        switch grade {
        case .primary: return 100
        case .secondary: return 10
        case .article: return 1
        }
    }

    /// Whether every lightest diagnosis holds `base`: then it is wrong whichever way the rest is
    /// read.
    func isInEvery(_ base: Base) -> Bool { !members.isEmpty && members.allSatisfy { $0.contains(base) } }

    /// Whether some lightest diagnosis holds `base`.
    func isInSome(_ base: Base) -> Bool { members.contains { $0.contains(base) } }

    /// The other figures that some lightest diagnosis blames instead of `base`.
    func alternatives(to base: Base) -> [Base] {
        Array(Set(zip(diagnoses, members).filter { !$1.contains(base) }.flatMap(\.0))).sorted(by: precedes)
    }

    /// Branch and bound: take the first conflict the chosen figures do not meet, and try each of
    /// its members in turn, lightest first, while the total can still be the lightest.
    private mutating func search(chosen: Set<Base>, total: Int) {
        branches += 1
        guard branches <= MinimumDiagnosis.maximumBranches, steps <= MinimumDiagnosis.maximumSteps else {
            exhausted = true
            return
        }
        var open: Set<Base>?
        for conflict in conflicts {
            steps += 1
            if conflict.isDisjoint(with: chosen) {
                open = conflict
                break
            }
        }
        guard let open else {
            if total < best {
                best = total
                diagnoses = []
                tiesCut = false
            }
            let found = chosen.sorted(by: precedes)
            if total == best, !diagnoses.contains(found) {
                if diagnoses.count < MinimumDiagnosis.maximumDiagnoses { diagnoses.append(found) } else { tiesCut = true }
            }
            return
        }
        for member in open.sorted(by: { weight($0) != weight($1) ? weight($0) < weight($1) : precedes($0, $1) }) {
            let next = total + weight(member)
            guard next <= best else { continue }
            steps += chosen.count
            search(chosen: chosen.union([member]), total: next)
        }
    }
}
