import RecountModel

/// Two values of one quantity that cannot both be true, with the minimal set of facts and
/// claims that produce them and a derivation tree for each side.
public struct Conflict: Sendable, Hashable {
    public var quantity: Quantity
    /// The quantity as shown: `msft.ai_run_rate @ FY2025Q3`.
    public var label: String
    public var left: Derivation
    public var right: Derivation
    /// The facts and claims that together cannot all be right; no smaller set found conflicts.
    public var support: [Base]
    /// For each member, the slips that would explain its figure given the others.
    public var explanations: [Explanation]

    /// A member whose printed figure a usual slip reproduces from the others' implication.
    public struct Explanation: Sendable, Hashable {
        public var member: Base
        /// What the other members imply for this member's quantity.
        public var implied: Derivation
        public var slips: [Slip]
    }

    /// The member and slip to blame: set only when exactly one member has exactly one slip.
    public var cause: (member: Base, slip: Slip)? {
        let explained = explanations.filter { !$0.slips.isEmpty }
        guard explained.count == 1, let only = explained.first, let slip = SlipFinder.singleCause(only.slips) else {
            return nil
        }
        return (only.member, slip)
    }

    /// Whether only ledger facts are involved, with no claim of an article.
    public var isLedgerOnly: Bool { support.allSatisfy { if case .fact = $0 { true } else { false } } }

    /// Whether only the article's figures are involved, with no ledger fact.
    public var isArticleOnly: Bool { support.allSatisfy { if case .claim = $0 { true } else { false } } }

    public static func == (a: Conflict, b: Conflict) -> Bool {
        a.quantity == b.quantity && a.support == b.support && a.left == b.left && a.right == b.right
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(quantity)
        hasher.combine(support)
    }
}
