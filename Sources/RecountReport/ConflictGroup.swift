import RecountEngine
import RecountModel

/// Conflicts that share one root cause, shown together so that one slip repeated through the
/// article's arithmetic reads as one finding, not as several.
///
/// Two conflicts share a root cause when they blame the same member: the one member of each
/// whose figure a usual slip reproduces from the others' (a dropped digit in one claim shows up
/// in every conflict its figure takes part in, sometimes with a second slip that fits as well).
/// The group names a cause when one slip explains that member in every conflict of the group.
/// Conflicts that blame no single member share a root cause when they disagree on the same
/// quantity: the article repeating a figure that the evidence does not give.
public struct ConflictGroup: Sendable {
    /// The group's conflicts, in the audit's order.
    public var conflicts: [ConflictReport]
    /// The member every conflict of the group blames; nil for conflicts grouped by quantity.
    public var culprit: Base?
    /// The culprit and the one slip that explains it in every conflict; nil when none does.
    public var cause: Cause?

    /// A member and the slip that would explain its figure.
    public struct Cause: Sendable, Hashable {
        public var member: Base
        public var slip: Slip
    }

    /// The quantity the first conflict disagrees on.
    public var quantity: Quantity? { conflicts.first?.conflict.quantity }

    /// Every member of the group's conflicts, without repeats, in order of first appearance.
    public var members: [Base] {
        var seen = Set<Base>()
        return conflicts.flatMap(\.conflict.support).filter { seen.insert($0).inserted }
    }
}

extension ReportModel {
    /// The report's conflicts grouped by root cause, in the order of each group's first conflict.
    public var conflictGroups: [ConflictGroup] {
        enum Key: Hashable { case culprit(Base), quantity(Quantity) }
        var groups: [(conflicts: [ConflictReport], culprit: Base?)] = []
        var index: [Key: Int] = [:]
        for c in conflicts {
            let culprit = Self.culprit(of: c.conflict)
            let key = culprit.map(Key.culprit) ?? .quantity(c.conflict.quantity)
            if let i = index[key] {
                groups[i].conflicts.append(c)
            } else {
                index[key] = groups.count
                groups.append(([c], culprit))
            }
        }
        return groups.map { group in
            ConflictGroup(conflicts: group.conflicts, culprit: group.culprit,
                          cause: group.culprit.flatMap { Self.cause(of: $0, in: group.conflicts) })
        }
    }

    /// The one member of a conflict whose figure some usual slip reproduces, if only one has one.
    static func culprit(of conflict: Conflict) -> Base? {
        let explained = conflict.explanations.filter { !$0.slips.isEmpty }
        return explained.count == 1 ? explained.first?.member : nil
    }

    /// The slip that explains `member` in every one of `conflicts`: a cause one of them names.
    static func cause(of member: Base, in conflicts: [ConflictReport]) -> ConflictGroup.Cause? {
        let slips = conflicts.map { c in c.conflict.explanations.filter { $0.member == member }.flatMap(\.slips) }
        for c in conflicts {
            guard let named = c.conflict.cause, named.member == member else { continue }
            if slips.allSatisfy({ $0.contains(named.slip) }) { return ConflictGroup.Cause(member: member, slip: named.slip) }
        }
        return nil
    }

    /// The inconsistent claims that take part in no conflict: their own arithmetic or a
    /// comparison fails, with no other figure to set against them.
    public var findingsOutsideConflicts: [ClaimReport] {
        findings.filter { $0.conflicts.isEmpty }
    }
}
