import RecountModel

/// What the engine decided about one claim, recorded once so that every renderer says the same.
///
/// The terminal, the Markdown, JSON and ClaimReview reports, `explain` and `what-if` all read
/// this value; none of them chooses a reading, a headline check or a cause of its own.
public struct Decision: Sendable, Hashable {
    /// The reading whose checks decide the verdict; nil when the claim's own proposition does.
    public var reading: String?
    /// The check a summary shows: one whose verdict is the claim's, preferring the article's own
    /// arithmetic, then a comparison, then direct evidence, derived evidence and last a conflict.
    /// Nil when nothing could test the claim.
    public var headline: Check?
    /// Why the claim is off, as far as the usual slips tell; nil when nothing failed.
    public var attribution: Attribution?
    /// The indices, in the audit's conflicts, of the conflicts the claim is a member of.
    public var conflicts: [Int]

    public init(reading: String? = nil, headline: Check? = nil, attribution: Attribution? = nil,
                conflicts: [Int] = []) {
        self.reading = reading
        self.headline = headline
        self.attribution = attribution
        self.conflicts = conflicts
    }

    /// The likely cause of an inconsistent claim.
    public enum Attribution: Sendable, Hashable {
        /// One slip alone explains the claim's figure.
        case slip(Slip)
        /// The claim is inconsistent because a conflict it is in blames another member's figure.
        case conflict(index: Int, member: Base, slip: Slip)
        /// Several slips fit, so none is named.
        case severalSlips([Slip])
        /// The figures cannot all hold, and as likely as this one, these others are wrong: one of
        /// them is, and nothing says which.
        case tie(with: [Base])
        /// No usual slip reproduces the figure.
        case unexplained
    }

    /// The decision for a checked claim, given the conflicts of its run.
    static func make(_ result: ClaimResult, conflicts: [Conflict], memberOf: [Int], alternatives: [Base] = [])
        -> Decision {
        let (checks, reading) = decidingChecks(result)
        let headline = checks.filter { $0.verdict == result.verdict }.min { rank($0.basis) < rank($1.basis) }
        var attribution = attribution(result, conflicts: conflicts, memberOf: memberOf)
        if result.verdict == .inconsistent, !alternatives.isEmpty, attribution == .unexplained {
            attribution = .tie(with: alternatives)
        }
        return Decision(reading: reading, headline: headline, attribution: attribution, conflicts: memberOf)
    }

    /// The checks that decide the verdict: the claim's own when they give it, else those of the
    /// first reading that does.
    private static func decidingChecks(_ result: ClaimResult) -> ([Check], String?) {
        let ownVerdict = result.checks.map(\.verdict).max()
        if result.claim.proposition != nil, result.readings.isEmpty || ownVerdict == result.verdict {
            return (result.checks, nil)
        }
        if let reading = result.readings.first(where: { $0.verdict == result.verdict }) {
            return (reading.checks, reading.id)
        }
        return (result.checks, nil)
    }

    /// The order in which a check's basis is preferred for the headline.
    private static func rank(_ basis: Check.Basis) -> Int {
        switch basis {
        case .formula: 0
        case .comparison: 1
        case .evidence: 2
        case .derived: 3
        case .conflict: 4
        }
    }

    /// The claim's own single slip first; for an inconsistent claim, then the slip of another
    /// member that a conflict the claim is in blames; then several slips, none named; and for an
    /// inconsistent claim, last, that none fits. A check can fail with a slip while a reading
    /// clears the claim, so slips are reported whatever the verdict.
    private static func attribution(_ result: ClaimResult, conflicts: [Conflict], memberOf: [Int]) -> Attribution? {
        if let cause = result.cause { return .slip(cause) }
        let inconsistent = result.verdict == .inconsistent
        let own = Base.claim(result.claim.id)
        if inconsistent {
            for index in memberOf where index < conflicts.count {
                guard let cause = conflicts[index].cause, cause.member != own else { continue }
                return .conflict(index: index, member: cause.member, slip: cause.slip)
            }
        }
        let slips = result.slips
        if slips.count > 1 { return .severalSlips(slips) }
        return inconsistent ? .unexplained : nil
    }
}
