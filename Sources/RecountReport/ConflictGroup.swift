import RecountEngine
import RecountModel

/// Conflicts that share one root cause, shown together so that one slip repeated through the
/// article's arithmetic reads as one finding, not as several.
///
/// Two conflicts share a root cause when they blame the same member for the same slip (a dropped
/// digit in one claim shows up in every conflict that claim's figure takes part in). Conflicts
/// with no likely cause share one when they disagree on the same quantity: the article repeating
/// a figure that the evidence does not give.
public struct ConflictGroup: Sendable {
    /// The group's conflicts, in the audit's order.
    public var conflicts: [ConflictReport]
    /// The member every conflict of the group blames, and its slip; nil when none is named.
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
        enum Key: Hashable { case cause(ConflictGroup.Cause), quantity(Quantity) }
        var groups: [ConflictGroup] = []
        var index: [Key: Int] = [:]
        for c in conflicts {
            let cause = c.conflict.cause.map { ConflictGroup.Cause(member: $0.member, slip: $0.slip) }
            let key = cause.map(Key.cause) ?? .quantity(c.conflict.quantity)
            if let i = index[key] {
                groups[i].conflicts.append(c)
            } else {
                index[key] = groups.count
                groups.append(ConflictGroup(conflicts: [c], cause: cause))
            }
        }
        return groups
    }

    /// The inconsistent claims that take part in no conflict: their own arithmetic or a
    /// comparison fails, with no other figure to set against them.
    public var findingsOutsideConflicts: [ClaimReport] {
        findings.filter { $0.conflicts.isEmpty }
    }
}
