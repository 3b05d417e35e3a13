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
    public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }
}
