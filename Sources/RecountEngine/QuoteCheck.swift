import RecountCore
import RecountModel

/// Checks that a claim's quote prints the figure the claim states.
///
/// A stated figure that its quote does not print is usually a typing slip in the claims file,
/// which would make Recount check a number the article never wrote.
enum QuoteCheck {
    /// A warning when the quote has figures but none equals the stated one; nil when it matches
    /// or when there is nothing to compare.
    static func check(_ claim: Claim) -> Diagnostic? {
        guard let quote = claim.quote, let stated = claim.stated else { return nil }
        let found = QuoteNumbers.find(in: quote, chineseCounts: true)
        if found.contains(where: { matches($0, stated) }) { return nil }
        return Diagnostic(.quoteLacksFigure(figure: stated.text, found: found.map(\.text)), at: stated.range)
    }

    /// Whether a figure in the quote is the stated figure: the same printed value at the same
    /// scale (or at none, for a table row whose scale is its block's default), both percentages
    /// or neither, and no conflicting currency. The per-unit is not compared, since "$37
    /// billion in annualized revenue" prints `$37 billion/yr`.
    static func matches(_ f: QuoteNumbers.Found, _ stated: StatedValue) -> Bool {
        let close = Set([stated.unit.scale, stated.printedScale]).contains { exponent in
            var scale = 1.0
            for _ in 0..<exponent { scale *= 10 }
            let value = stated.number.value * scale
            return abs(f.value - value) <= 1e-9 * max(abs(f.value), abs(value))
        }
        let percent = stated.unit.word == .percent
        let points = stated.unit.word == .percentagePoint
        let currencyAgrees = f.currency == nil || stated.unit.currency == nil || f.currency == stated.unit.currency
        return close && f.percent == percent && f.percentagePoints == points && currencyAgrees
    }
}
