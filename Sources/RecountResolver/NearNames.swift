import RecountCore
import RecountModel

/// Finds the names that are a slip away from a known one, for the did-you-mean of every name
/// that names nothing: a quantity (`riv.public-safety` where the ledger says
/// `riv.public_safety`), an entity, a source, a claim id or a metric.
///
/// A name counts as near another when the two are equal once case is folded and `-` is read as
/// `_`, or differ by one edit (two in names over eight characters). One rule for every kind of
/// name, so that what counts as a slip is the same wherever one is suggested.
package enum NearNames {
    /// One use of a quantity name.
    struct Use {
        var quantity: Quantity
        /// The text as written, with its period: `riv.parks @ FY2026`.
        var text: String
        var range: SourceRange
        /// Whether it is a claim's `states` quantity, the only use that is checked.
        var isStatement: Bool
    }

    /// The candidate nearest to `name`, when one is a slip away from it; ties go to the first
    /// in sorted order, so the suggestion is the same on every run.
    package static func nearest(to name: String, among candidates: some Sequence<String>) -> String? {
        let folded = folded(name)
        return candidates.filter { $0 != name }
            .map { ($0, distance(folded, Self.folded($0))) }
            .filter { $0.1 <= (max(name.count, $0.0.count) > 8 ? 2 : 1) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
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
            if let name = nearest(to: use.quantity.metric, among: byEntity[use.quantity.entity] ?? []) {
                found.append((use, "\(use.quantity.entity).\(name)"))
            }
        }
        return found
    }

    private static func folded(_ s: String) -> [Character] {
        Array(s.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// The edit distance of two short names, counting a swap of two neighbouring letters as one
    /// edit (`growht` for `growth`), as well as an insertion, a deletion or a substitution.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
