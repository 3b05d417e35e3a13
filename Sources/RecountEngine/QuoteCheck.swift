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
        // A range's two ends must both be printed; a low end that took the high end's unit
        // (`18-34 months`) is printed bare.
        let lowUnit = stated.upper?.lowTookUnit == true ? Unit.none : stated.unit
        // A range's low end may be printed without the scale it shares: "$1-2 billion".
        let lowScales: Set<Int> = stated.upper == nil ? [lowUnit.scale, stated.printedScale] : [lowUnit.scale, stated.printedScale, 0]
        var ends = [End(number: stated.number, unit: lowUnit, scales: lowScales)]
        if let upper = stated.upper { ends.append(End(number: upper.number, unit: upper.unit, scales: [upper.unit.scale])) }
        if ends.allSatisfy({ end in found.contains { matches($0, end) } }) { return nil }
        return Diagnostic(.quoteLacksFigure(figure: stated.text, found: found.map(\.text)), at: stated.range)
    }

    /// One printed figure of a stated value: its number in its unit.
    struct End {
        var number: PrintedNumber
        var unit: Unit
        /// The scales the quote may print it at: its unit's, and the one it printed before a
        /// block's `defaults` gave it a scale (a table row quoted as `1,234`).
        var scales: Set<Int>
    }

    /// Whether a figure in the quote is the stated figure: the same printed value at the same
    /// scale (or at none, for a table row whose scale is its block's default), both percentages
    /// or neither, and no conflicting currency. The per-unit is not compared, since "$37
    /// billion in annualized revenue" prints `$37 billion/yr`.
    static func matches(_ f: QuoteNumbers.Found, _ stated: StatedValue) -> Bool {
        matches(f, End(number: stated.number, unit: stated.unit, scales: [stated.unit.scale, stated.printedScale]))
    }

    static func matches(_ f: QuoteNumbers.Found, _ end: End) -> Bool {
        let close = end.scales.contains { exponent in
            var scale = 1.0
            for _ in 0..<exponent { scale *= 10 }
            let value = end.number.value * scale
            return ([f.value] + f.alternatives).contains { abs($0 - value) <= 1e-9 * max(abs($0), abs(value)) }
        }
        let percent = end.unit.word == .percent
        let points = end.unit.word == .percentagePoint
        let currencyAgrees = f.currency == nil || end.unit.currency == nil || f.currency == end.unit.currency
        return close && f.percent == percent && f.percentagePoints == points && currencyAgrees
    }
}
