import RecountCore
import RecountModel

/// One way a claim was tested, and what it showed.
public struct Check: Sendable, Hashable {
    public enum Basis: Sendable, Hashable {
        /// The claim's `because` formula, over the article's own figures and the ledger.
        case formula
        /// A ledger fact about the quantity the claim states.
        case evidence(source: String?, grade: Source.Grade?)
        /// A value of the quantity derived through relations from ledger facts alone.
        case derived(relation: String)
        /// The comparison the claim says `holds`.
        case comparison(ComparisonOperator)
        /// A conflict (by index in the audit's conflicts) that blames this claim's figure.
        case conflict(Int)
    }

    public var basis: Basis
    public var verdict: Verdict
    /// The recomputed value (for a comparison, the left side).
    public var derivation: Derivation?
    /// The right side of a comparison.
    public var other: Derivation?
    /// How far the stated figure is from the recomputed one, as a fraction of the recomputed
    /// value (−0.498 for −49.8%). Nil when the value cannot be compared this way.
    public var deviation: Double?
    /// For comparisons: how much room the comparison has at face value, as a fraction of the
    /// right side; negative when it fails at face value.
    public var margin: Double?
    /// Why the check could not be made, for `undetermined`.
    public var problem: Diagnostic?
    /// The usual slips that reproduce the stated figure from the recomputed one.
    public var slips: [Slip] = []

    /// The one slip to name as the likely cause, when exactly one fits.
    public var cause: Slip? { SlipFinder.singleCause(slips) }
}

/// The outcome of one reading of a claim.
public struct ReadingResult: Sendable, Hashable {
    /// The reading's id; nil for the claim's own proposition.
    public var id: String?
    public var verdict: Verdict
    public var checks: [Check]
}

/// The outcome for one claim: its verdict and the checks behind it.
public struct ClaimResult: Sendable, Hashable {
    public var claim: Claim
    public var verdict: Verdict
    /// The checks of the claim's own proposition.
    public var checks: [Check]
    /// The results of its readings, when it has any.
    public var readings: [ReadingResult] = []
    /// The deciding reading, the headline check, the likely cause and the conflicts it is in.
    public var decision = Decision()
    /// Warnings about the claim's own figures, shown with it whatever its verdict: a flow
    /// stated with no period (R410). They are among the audit's diagnostics too.
    public var warnings: [Diagnostic] = []

    /// Whether the claim rests only on the article's own figures, with no ledger source.
    public var restsOnArticleOnly: Bool {
        !(checks + readings.flatMap(\.checks)).contains { check in
            let leaves = (check.derivation?.leaves ?? []) + (check.other?.leaves ?? [])
            return leaves.contains { d in
                if case .input(_, _, .fact) = d.step { true } else { false }
            }
        }
    }

    /// Every slip that some failing check found, without repeats.
    public var slips: [Slip] {
        checks.filter { $0.verdict == .inconsistent }.flatMap(\.slips).uniqued()
    }

    /// The likely cause to name: set only when one slip alone explains every failing check.
    public var cause: Slip? { SlipFinder.singleCause(slips) }
}
