/// A generated archive for the peer benchmark: the figures of many entities and the claims an
/// article makes about them, held once so that the Recount project and the peers' journals
/// written from it state the same amounts and the same checks.
///
/// Per entity 20 facts: revenue for the twelve quarters FY2023Q1–FY2025Q4, cost and year-on-year
/// revenue growth for the four quarters of FY2025. Every fifth entity gets ten claims, one of
/// each `Archive.ClaimKind`, so `facts` facts come with `facts / 10` claims. Each claim is wrong
/// with probability 1 in 10, by a margin no rounding can hide; which ones is fixed by the seed,
/// and `wrongCount` says how many.
///
/// Amounts are whole tenths (of $1M, or of a percentage point) so that the peers' sums are exact.
struct Archive {
    static let factsPerEntity = 20
    static let claimedEvery = 5
    static let wrongChance = 0.1
    static let defaultSeed: UInt64 = 2026

    /// What a claim checks. The raw value is the claim's number within its entity.
    enum ClaimKind: Int, CaseIterable {
        case growthQ1, growthQ2, runRateQ3, runRateQ4, costShare, comparison, profit, revenueSum, costSum, reading
    }

    struct Claim {
        var kind: ClaimKind
        var wrong: Bool
    }

    struct Entity {
        var index: Int
        /// Revenue per quarter, FY2023Q1 first, in tenths of $1M.
        var revenue: [Int]
        /// Cost for the quarters of FY2025, in tenths of $1M.
        var cost: [Int]
        /// Year-on-year revenue growth for the quarters of FY2025, in tenths of a point.
        var growth: [Int]
        /// Empty for an entity the article leaves alone.
        var claims: [Claim]

        var id: String { "e\(index)" }
        var account: String { "E\(index)" }
    }

    var entities: [Entity]
    var seed: UInt64

    var claimCount: Int { entities.reduce(0) { $0 + $1.claims.count } }
    var wrongCount: Int { entities.reduce(0) { $0 + $1.claims.filter(\.wrong).count } }
    var factCount: Int { entities.count * Self.factsPerEntity }

    init(facts: Int, seed: UInt64) {
        self.seed = seed
        var random = SplitMix64(state: seed)
        entities = (0..<max(1, facts / Self.factsPerEntity)).map { e in
            var revenue: [Int] = []
            var cost: [Int] = []
            var value = 100 + random.unit() * 900
            for k in 0..<12 {
                value *= 1 + (random.unit() - 0.3) * 0.2
                revenue.append(Int((value * 10).rounded()))
                if k >= 8 { cost.append(Int((value * (0.5 + random.unit() * 0.4) * 10).rounded())) }
            }
            // Growth is derived from the printed revenue, so the ledger agrees with itself.
            let growth = (8..<12).map { k in Int(((Double(revenue[k]) / Double(revenue[k - 4]) - 1) * 1_000).rounded()) }
            let claims = e % Self.claimedEvery == 0
                ? ClaimKind.allCases.map { Claim(kind: $0, wrong: random.unit() < Self.wrongChance) } : []
            return Entity(index: e, revenue: revenue, cost: cost, growth: growth, claims: claims)
        }
    }

    /// FY2023Q1 for quarter 0 (fiscal years end on 30 June).
    static func quarter(_ k: Int) -> String { "FY\(2023 + k / 4)Q\(k % 4 + 1)" }

    /// The last day of quarter `k`, as `YYYY-MM-DD`.
    static func quarterEnd(_ k: Int) -> String {
        let year = 2023 + k / 4
        return ["\(year - 1)-09-30", "\(year - 1)-12-31", "\(year)-03-31", "\(year)-06-30"][k % 4]
    }

    /// The day after quarter `k`, when beancount checks a balance that includes it.
    static func dayAfterQuarter(_ k: Int) -> String {
        let year = 2023 + k / 4
        return ["\(year - 1)-10-01", "\(year)-01-01", "\(year)-04-01", "\(year)-07-01"][k % 4]
    }

    /// Tenths printed with their one decimal: 1234 → "123.4".
    static func tenths(_ x: Int) -> String { printed(Double(x) / 10, decimals: 1) }
}
