/// How much arithmetic discovery tried: the work units its bounds limit, counted so that a test
/// can check the search stays linear without timing it.
struct DiscoveryWork: Sendable, Hashable {
    /// Figures a relation was looked for under.
    var targets = 0
    /// Scalings tried (×12, ÷12, ×4, ÷4, ÷10 of one neighbour): at most
    /// `scales.count × (neighbours + 8)` per target.
    var scalings = 0
    /// Ordered pairs of neighbours tried: at most `neighbours × (neighbours − 1)` per target.
    var pairs = 0
    /// Pairs of equal values tried as restatements: at most `2 × restatementSources` per figure.
    var restatements = 0
    /// Subset sums listed and matches read by `SubsetSum`: at most
    /// `2 × 2^(sumTerms/2) + sumMatches` per target.
    var subsetSums = 0
}
