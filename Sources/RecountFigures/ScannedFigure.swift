/// A figure the `FigureScanner` found: where it is and where its parts are, as scalar offsets
/// into the scanned text.
package struct ScannedFigure: Sendable, Hashable {
    /// One part after the number, without the spaces before it.
    package struct Part: Sendable, Hashable {
        package enum Meaning: Sendable, Hashable {
            /// Read in strict mode, which finds where a suffix ends and leaves its meaning to the
            /// `UnitParser`, so that an unknown unit is reported rather than cut off.
            case written
            /// A scale word, with its power of ten.
            case scale(Int)
            /// A scale word whose power of ten depends on where it is written (`兆`), with those
            /// it may have.
            case ambiguousScale([Int])
            /// A currency word, with its ISO code.
            case currency(String)
            /// A currency name that several currencies go by (`dirhams`), with the codes it may mean.
            case ambiguousCurrency([String])
            case percent
            case percentagePoints
            /// A unit word, with its spelling in the claims language: `GW` for `gigawatts`.
            case unit(String)
            /// A unit after `/`, with its spelling in the claims language: `yr` for `/annum`.
            case per(String)
        }

        package var meaning: Meaning
        package var range: Range<Int>
    }

    /// The whole figure: prefix, number and every part.
    package var span: Range<Int>
    /// The currency written before the number, without the spaces after it.
    package var prefix: Range<Int>?
    /// The ISO code of the currency the figure is written in: of its prefix, or in prose of its
    /// currency word.
    package var currency: String?
    package var number: Range<Int>
    package var parts: [Part]
    /// `百分之` before the number, which makes the figure a percentage: `百分之四十` is 40%.
    package var percentPrefix: Range<Int>?

    package init(span: Range<Int>, prefix: Range<Int>?, currency: String?, number: Range<Int>, parts: [Part],
                 percentPrefix: Range<Int>? = nil) {
        self.span = span
        self.prefix = prefix
        self.currency = currency
        self.number = number
        self.parts = parts
        self.percentPrefix = percentPrefix
    }

    /// The figure up to the last part its value depends on: number, scale, currency and
    /// percentage, without the unit and per units that follow. The quote check compares amounts.
    package var amount: Range<Int> {
        let last = parts.last { part in
            switch part.meaning {
            case .unit, .per: false
            default: true
            }
        }
        return span.lowerBound..<(last?.range.upperBound ?? number.upperBound)
    }

    /// The figure's parts as text, given a way to read a range of the scanned text.
    package func text(_ text: (Range<Int>) -> String) -> FigureText {
        FigureText(text: text(span), currencyPrefix: prefix.map(text), number: text(number),
                   suffix: text(number.upperBound..<span.upperBound), percentPrefix: percentPrefix.map(text))
    }
}
