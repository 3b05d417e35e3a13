import RecountCore
import RecountModel

/// Finds the quantity names that a claim states and nothing else names, but that are a slip
/// away from a name something else does: `riv.public-safety` where the ledger says
/// `riv.public_safety`.
///
/// Such a claim would otherwise pass as `sourced`, a new figure, while its author meant the
/// ledger's. A name counts as near another of the same entity when the two are equal once case
/// is folded and `-` is read as `_`, or differ by one edit (two in names over eight characters).
enum NearNames {
    /// One use of a quantity name.
    struct Use {
        var quantity: Quantity
        var range: SourceRange
        /// Whether it is a claim's `states` quantity, the only use that is checked.
        var isStatement: Bool
    }

    /// Each stated name that only its statement uses, with the nearest name used elsewhere.
    static func slips(_ uses: [Use]) -> [(use: Use, suggestion: String)] {
        var count: [String: Int] = [:]
        for use in uses { count[use.quantity.name, default: 0] += 1 }
        // The names worth suggesting: those a fact, a formula, a metric or two statements use.
        var byEntity: [String: Set<String>] = [:]
        for use in uses where !use.isStatement || count[use.quantity.name, default: 0] > 1 {
            byEntity[use.quantity.entity, default: []].insert(use.quantity.metric)
        }
        var found: [(use: Use, suggestion: String)] = []
        for use in uses where use.isStatement && count[use.quantity.name] == 1 {
            let metric = use.quantity.metric
            let candidates = (byEntity[use.quantity.entity] ?? []).filter { $0 != metric }.sorted()
            let near = candidates.map { ($0, distance(folded(metric), folded($0))) }
                .filter { $0.1 <= (max(metric.count, $0.0.count) > 8 ? 2 : 1) }
                .min { ($0.1, $0.0) < ($1.1, $1.0) }
            if let (name, _) = near { found.append((use, "\(use.quantity.entity).\(name)")) }
        }
        return found
    }

    private static func folded(_ s: String) -> [Character] {
        Array(s.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// The Levenshtein distance of two short names.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
