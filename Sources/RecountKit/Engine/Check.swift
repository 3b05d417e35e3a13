/// One way a claim was tested, and what it showed.
public struct Check: Sendable, Hashable {
    public enum Basis: Sendable, Hashable {
        /// The claim's `because` formula, over the article's own figures and the ledger.
        case formula
        /// A ledger fact about the quantity the claim states.
        case evidence(source: String?, grade: Source.Grade?)
        /// The comparison the claim says `holds`.
        case comparison(Syntax.Relation)
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
}

/// The outcome for one claim: its verdict and the checks behind it.
public struct ClaimResult: Sendable, Hashable {
    public var claim: Claim
    public var verdict: Verdict
    public var checks: [Check]

    /// Whether the claim rests only on the article's own figures, with no ledger source.
    public var restsOnArticleOnly: Bool {
        !checks.contains { check in
            if case .evidence = check.basis { return true }
            let inputs = (check.derivation?.inputs ?? []) + (check.other?.inputs ?? [])
            return inputs.contains { if case .input(_, _, .fact) = $0.step { true } else { false } }
        }
    }
}
