import RecountModel

/// The article's own figures for each quantity, indexed so that a formula finds the one its
/// reasoning rests on without scanning every claim that states the quantity.
///
/// When an article states a quantity more than once, a formula of claim C reads the figure of
/// another claim of C's article: one in the same paragraph if there is one, else the most
/// precise (narrowest for its size), then the first by claim id. Keeping the best two figures of
/// each paragraph and of each article is enough, since C may be one of them.
struct ArticleFigures {
    private struct Place: Hashable {
        var article: String
        var location: Claim.Location?
    }

    /// A claim's statement, ranked: narrower first, then by claim id.
    private struct Candidate {
        var statement: Int
        var claim: String
        var width: Double

        func precedes(_ other: Candidate) -> Bool {
            width != other.width ? width < other.width : claim < other.claim
        }
    }

    private var byPlace: [Quantity: [Place: [Candidate]]] = [:]
    private var byArticle: [Quantity: [String: [Candidate]]] = [:]

    init(network: Network, project: Project) {
        for (i, s) in network.statements.enumerated() {
            guard case .claim(let id) = s.base, let claim = project.claim(id) else { continue }
            let q = network.quantities[s.variable]
            let candidate = Candidate(statement: i, claim: id, width: World.relativeWidth(s.value))
            ArticleFigures.keep(candidate, in: &byPlace[q, default: [:]][Place(article: claim.article, location: claim.location), default: []])
            ArticleFigures.keep(candidate, in: &byArticle[q, default: [:]][claim.article, default: []])
        }
    }

    /// The statement a formula of `claim` reads for `q` from the rest of the article, if any.
    func statement(of q: Quantity, for claim: Claim) -> Int? {
        let place = Place(article: claim.article, location: claim.location)
        let near = byPlace[q]?[place]?.first { $0.claim != claim.id }
        return (near ?? byArticle[q]?[claim.article]?.first { $0.claim != claim.id })?.statement
    }

    /// Keeps the best two candidates, best first.
    private static func keep(_ candidate: Candidate, in best: inout [Candidate]) {
        let index = best.firstIndex { candidate.precedes($0) } ?? best.count
        guard index < 2 else { return }
        best.insert(candidate, at: index)
        if best.count > 2 { best.removeLast() }
    }
}
