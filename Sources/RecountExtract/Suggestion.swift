import RecountModel

/// A relation among an article's own figures that discovery proposes to a fact checker, with a
/// formula that a claims file can check.
///
/// Writers derive figures from figures: a monthly sum from an annual run rate, last year's
/// value from this year's and the growth, a remainder from a total. When such a relation
/// reproduces a printed figure within its precision, the fact checker has found the article's
/// reasoning; when it almost does, they have found where to look.
public struct Suggestion: Sendable, Hashable {
    /// How the relation compares with the figure it is written under.
    public enum Fit: Sendable, Hashable {
        /// It gives the figure within the printed precision of every figure involved.
        case reproduces
        /// It misses by a few percent; the deviation of the stated figure from the computed one,
        /// as a fraction (−0.0075 for −0.75%).
        case nearMiss(deviation: Double)
        /// The text says the figure follows ("implying"), but the likeliest relation misses it
        /// by more than a few percent.
        case misses(deviation: Double)
        /// The text says the figures do not add up ("do not add up to the $2.6 billion total");
        /// the deviation of the stated total from the sum of its parts, as a fraction.
        case statedMismatch(deviation: Double)
        /// A figure stated as a difference from something the article does not quantify
        /// ("$4.2 billion less than Microsoft's capital expenditure") implies that quantity.
        case implies
        /// A comparison the text makes ("less than a tenth of"), and whether it holds at face value.
        case comparison(holds: Bool)
    }

    /// The arithmetic of the relation.
    public enum Operation: Sendable, Hashable {
        /// The same figure again, perhaps in another language or unit.
        case restatement
        /// Times `numerator` over `denominator`: ×12 and ÷12 for months, ×4 and ÷4 for
        /// quarters, ÷10 for "a tenth".
        case scale(numerator: Int, denominator: Int)
        case sum
        case difference
        /// A share or a multiple: the first operand over the second.
        case ratio
        /// The value before a growth: the first operand over one plus the second.
        case growthBase
        /// The value after a growth: the first operand times one plus the second.
        case growthApplied
        /// A quantity the article names but does not print, from a figure and a difference.
        case implied(sum: Bool)
        /// A comparison with a fraction of another figure.
        case fractionComparison
    }

    /// The claim the suggestion is written under.
    public var target: String
    /// The claims the formula reads, in formula order.
    public var operands: [String]
    public var operation: Operation
    public var fit: Fit
    /// `because`, or `holds` for a comparison, which replaces the claim's `states` line.
    public var keyword: String
    /// The formula after the keyword, over claim ids: `p87-s2-n1 in $/month`.
    public var formula: String
    /// The arithmetic with the figures as printed: `$37 billion/yr ÷ 12 = $3.083 billion/month`.
    public var arithmetic: String
    /// The target's figure as stated, with its hedge.
    public var stated: String
    /// Why the relation is plausible: `same sentence`, `"per month"`, `units agree`.
    public var reasons: [String]
    /// Plausibility: higher is likelier. Only the order matters.
    public var score: Double
    /// For `implies`: the words naming the quantity the formula needs (`QUANTITY`).
    public var placeholder: String?

    public init(target: String, operands: [String], operation: Operation, fit: Fit, keyword: String, formula: String,
                arithmetic: String, stated: String, reasons: [String], score: Double, placeholder: String? = nil) {
        self.target = target
        self.operands = operands
        self.operation = operation
        self.fit = fit
        self.keyword = keyword
        self.formula = formula
        self.arithmetic = arithmetic
        self.stated = stated
        self.reasons = reasons
        self.score = score
        self.placeholder = placeholder
    }

    /// How the fit is named in a claims file: `reproduces`, `near miss −0.75%`.
    public var fitDescription: String {
        switch fit {
        case .reproduces: "reproduces"
        case .nearMiss(let d): "near miss \(NumberFormat.percent(d))"
        case .misses(let d): "does not reproduce, \(NumberFormat.percent(d))"
        case .statedMismatch(let d): "stated mismatch \(NumberFormat.percent(d))"
        case .implies: "implies"
        case .comparison(let holds): holds ? "comparison holds" : "comparison fails"
        }
    }

    /// Whether the stated figure follows within printed precision.
    public var reproduces: Bool { fit == .reproduces }

    /// Whether it is a near miss.
    public var isNearMiss: Bool {
        if case .nearMiss = fit { return true }
        return false
    }

    /// A key shared by the orientations of one relation (`c = a + b` and `a = c − b`), so that
    /// each relation is proposed once.
    var relationKey: String {
        let ids = ([target] + operands).sorted().joined(separator: " ")
        switch operation {
        case .restatement: return "same \(ids)"
        case .scale(let n, let d): return "scale \(max(n, d)) \(ids)"
        case .sum, .difference: return "sum \(ids)"
        case .ratio: return "ratio \(ids)"
        case .growthBase, .growthApplied: return "growth \(ids)"
        case .implied: return "implied \(ids)"
        case .fractionComparison: return "fraction \(ids)"
        }
    }
}
