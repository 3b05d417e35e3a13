import RecountCore
import RecountEngine
import RecountModel

/// A `holds` comparison's two values and its margin, written for readers.
///
/// The values are shown as amounts over their period when every flow on both sides is over one
/// period (`$898 million < $4.41 billion` for two quarters), and as the per-year rates the
/// comparison was made on only when flows of different periods meet. The margin is a ratio when
/// one side is at least twice the other (`$37 billion is 12 times $3.19 billion`), and otherwise
/// a percentage of the right side in words (`3% short`, `3.3% to spare`, `3% apart`).
public enum ComparisonWords {
    /// The two sides' values, in one unit where they share a dimension.
    public static func values(_ l: Derivation, _ r: Derivation) -> (left: String, right: String) {
        if let period = sharedPeriod(l, r) {
            let left = l.amount(over: period)
            let right = r.amount(over: period)
            let unit = [l.unit, r.unit, l.leaves.first?.unit].compactMap { $0 }.first { $0.dimension == left.dimension }
            return (text(left, in: unit), text(right, in: unit))
        }
        let unit = l.unit ?? r.unit
        return (text(l.value, in: unit), text(r.value, in: unit))
    }

    /// A side's value in the shared unit, its scale word chosen for its size in the unit's
    /// family of words, so that `$898 million < $4.41 billion` reads as an article would.
    private static func text(_ m: Measure, in unit: Unit?) -> String {
        ValueText.nominal(m, inFamilyOf: unit)
    }

    /// A conflict's two values. A side that is a stated figure is shown as stated (`130.4億美元`,
    /// `$30.9B`); a side derived from others is shown in the unit of the other side's figure,
    /// its scale word chosen for its size, so that `$16.59 billion/yr vs $33.04 billion/yr`
    /// reads at a glance.
    public static func sides(_ conflict: Conflict) -> (left: String, right: String) {
        func side(_ d: Derivation, other: Derivation) -> String {
            if case .input(_, let stated, _) = d.step { return stated }
            let m = d.valueInUnit
            if case .input = other.step, let unit = other.unit, unit.dimension == m.dimension { return text(m, in: unit) }
            return ValueText.nominal(m, in: d.unit)
        }
        return (side(conflict.left, other: conflict.right), side(conflict.right, other: conflict.left))
    }

    /// `65% >= 67%`: the two values with the operator between them.
    public static func formula(_ l: Derivation, _ relation: ComparisonOperator, _ r: Derivation) -> String {
        let (left, right) = values(l, r)
        return "\(left) \(relation.rawValue) \(right)"
    }

    /// What the comparison came to, for a table cell: `$3.083 billion, less than $3.19 billion`
    /// when it holds, `65%, but at least 67% is needed` when it does not.
    public static func outcome(_ check: Check, _ relation: ComparisonOperator) -> String? {
        guard let l = check.derivation, let r = check.other else { return nil }
        let (left, right) = values(l, r)
        let words = ReportSentences.words(relation)
        switch check.verdict {
        case .consistent: return "\(left), \(words) \(right)"
        case .approximate: return "\(left), \(words) \(right) only for some of the values"
        default: return "\(left), but \(words) \(right) is needed"
        }
    }

    /// The margin in words: a ratio when one side is at least twice the other, else a
    /// percentage of the right side; nil when there is no margin.
    public static func margin(_ check: Check) -> String? {
        guard let margin = check.margin, let l = check.derivation, let r = check.other else { return nil }
        let (left, right) = values(l, r)
        let a = l.value.nominal
        let b = r.value.nominal
        if a != 0, b != 0, (a > 0) == (b > 0) {
            let ratio = abs(a) >= abs(b) ? a / b : b / a
            if ratio >= 2 {
                let times = ratio >= 10 ? NumberFormat.fixed(ratio, decimals: 0) : NumberFormat.fixed(ratio, decimals: 1)
                return abs(a) >= abs(b) ? "\(left) is \(times) times \(right)" : "\(right) is \(times) times \(left)"
            }
        }
        let percent = String(NumberFormat.percent(margin).drop { $0 == "+" || $0 == "−" })
        switch check.basis {
        case .comparison(.equal), .comparison(.approximately):
            return percent == "0%" ? "equal at face value" : "\(percent) apart"
        default:
            if percent == "0%" { return "no room to spare" }
            return margin < 0 ? "\(percent) short" : "\(percent) to spare"
        }
    }

    /// The one period both sides' flows are over, when the sides are rates of one dimension.
    private static func sharedPeriod(_ l: Derivation, _ r: Derivation) -> Interval? {
        guard l.value.dimension == r.value.dimension, l.value.dimension.exponent(of: .time) == -1 else { return nil }
        return Derivation.sharedPeriod([l, r])
    }
}
