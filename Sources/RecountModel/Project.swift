/// Everything loaded for one run: the ledger and the claims, with names resolved.
public struct Project: Sendable {
    public var entities: [String: Entity] = [:]
    public var sources: [String: Source] = [:]
    public var facts: [Fact] = []
    /// Declared metrics, by name (`orcl.operating_margin`).
    public var metrics: [String: Metric] = [:]
    public var articles: [Article] = []
    /// Claims in the order they were loaded: by file, then by line.
    public var claims: [Claim] = []

    public init() {}

    public func article(_ id: String) -> Article? { articles.first { $0.id == id } }
    /// Positions of claims by id, built by `reindex()`; a stale entry falls back to a search.
    private var claimIndex: [String: Int] = [:]

    /// Indexes the claims by id, so that looking one up does not scan them all.
    public mutating func reindex() {
        claimIndex = Dictionary(claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func claim(_ id: String) -> Claim? {
        if let i = claimIndex[id], i < claims.count, claims[i].id == id { return claims[i] }
        return claims.first { $0.id == id }
    }
}
