import RecountModel

/// What moved between two audits of the same claims: verdicts, recomputed values, conflicts.
///
/// `what-if` prints only what changes, and `impact` and `check --fragile` ask whether anything
/// does; all three compare a baseline audit with one of an edited project. Claims are matched by
/// id and conflicts by quantity and support, so the two projects must list the same facts at
/// the same indices (overrides replace facts in place).
public struct AuditChanges: Sendable {
    /// Claims whose verdict moved, in load order.
    public var verdicts: [VerdictChange]
    /// Claims whose verdict stayed but whose stated or recomputed figures moved, in load order.
    public var values: [VerdictChange]
    /// Conflicts found only after the change.
    public var appeared: [Conflict]
    /// Conflicts found only before the change.
    public var disappeared: [Conflict]

    public var isEmpty: Bool { verdicts.isEmpty && values.isEmpty && appeared.isEmpty && disappeared.isEmpty }

    public static func between(_ before: Audit, _ after: Audit) -> AuditChanges {
        let old = Dictionary(before.results.map { ($0.claim.id, $0) }, uniquingKeysWith: { first, _ in first })
        var verdicts: [VerdictChange] = []
        var values: [VerdictChange] = []
        for result in after.results {
            guard let previous = old[result.claim.id] else { continue }
            let change = VerdictChange(before: previous, after: result)
            if change.verdictMoved {
                verdicts.append(change)
            } else if figures(previous) != figures(result) {
                values.append(change)
            }
        }
        let key = { (c: Conflict) in ConflictKey(quantity: c.quantity, support: c.support) }
        let oldKeys = Set(before.conflicts.map(key))
        let newKeys = Set(after.conflicts.map(key))
        return AuditChanges(verdicts: verdicts, values: values,
                            appeared: after.conflicts.filter { !oldKeys.contains(key($0)) },
                            disappeared: before.conflicts.filter { !newKeys.contains(key($0)) })
    }

    private struct ConflictKey: Hashable {
        var quantity: Quantity
        var support: [Base]
    }

    /// The numbers a claim's result shows: its stated figure and every check's values.
    private static func figures(_ r: ClaimResult) -> [Measure?] {
        let checks = r.checks + r.readings.flatMap(\.checks)
        return [r.claim.stated?.asserted] + checks.flatMap { [$0.derivation?.value, $0.other?.value] }
    }
}

/// One claim before and after a change.
public struct VerdictChange: Sendable, Hashable {
    public var before: ClaimResult
    public var after: ClaimResult

    public var claim: String { after.claim.id }
    public var verdictMoved: Bool { before.verdict != after.verdict }
}
