import RecountCore
import RecountFigures

/// Finds the figures written in a quote: `$16.59 billion`, `12%`, `130.4億美元`, `１２％`,
/// `five`, `a tenth`.
///
/// Used to check that a claim's stated figure really is the one its quote prints, and by the
/// extractor to draft claims from an article's text. Figures in digits are read by the
/// `FigureScanner` in prose mode, the scanner the lexer reads a claims file with.
public enum QuoteNumbers {
    /// A figure found in a text.
    public struct Found: Sendable, Hashable {
        /// The figure's amount as it appears, e.g. `$16.59 billion`: its number with the
        /// currency, scale and percentage its value depends on.
        public var text: String
        /// The printed value with its scale applied, in the figure's own unit (12 for 12%,
        /// 1.659e10 for $16.59 billion).
        public var value: Double
        /// The ISO code of the currency written with it, if any.
        public var currency: String?
        /// Whether it was written as a percentage, or in percentage points.
        public var percent: Bool
        public var percentagePoints: Bool
        /// Scalar offsets in the text.
        public var span: Range<Int>
        /// The whole figure as written, split as the lexer splits one: `text` with the unit and
        /// per units after it (`30 GW`, `$3.08B/month`), which the quote check does not compare.
        /// Nil for a number in words.
        public var figure: FigureText?
        /// Where the figure and its parts are in the text, for the extractor.
        package var scanned: ScannedFigure?
        /// The number in words, for a number written in words.
        package var word: NumberWord?
        /// The other values it may stand for: `1.2兆` is 1.2 × 10¹² or 1.2 × 10⁶, as `兆` means
        /// in one place or another.
        public var alternatives: [Double] = []
    }

    /// Every figure in `text`, in order; with `chineseCounts`, also single Chinese numerals.
    public static func find(in text: String, chineseCounts: Bool) -> [Found] {
        guard chineseCounts else { return find(in: text) }
        let s = Array(text.unicodeScalars)
        var found = find(in: text)
        for (i, scalar) in s.enumerated() {
            guard let count = FigureVocabulary.cjkNumerals[scalar], !found.contains(where: { $0.span.contains(i) }) else {
                continue
            }
            found.append(Found(text: String(Character(scalar)), value: Double(count), currency: nil, percent: false,
                               percentagePoints: false, span: i..<i + 1))
        }
        return found.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// Every figure in `text`, in order.
    public static func find(in text: String) -> [Found] {
        let s = Array(text.unicodeScalars)
        var found: [Found] = []
        var i = 0
        while i < s.count {
            if let f = figure(s, at: i) {
                found.append(f)
                // Past its units too: the `quarter` of `$2.5M/quarter` is no number word.
                i = f.scanned?.span.upperBound ?? f.span.upperBound
            } else if let f = word(s, at: i) {
                found.append(f)
                i = f.span.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    /// A number in digits with its currency, scale, percentage and unit.
    private static func figure(_ s: [Unicode.Scalar], at start: Int) -> Found? {
        guard let figure = FigureScanner.prose.figure(in: s, at: start, end: s.count),
              let number = PrintedNumber(text(s, figure.number)) else { return nil }
        var value = number.value
        var percent = figure.percentPrefix != nil
        var points = false
        for part in figure.parts {
            switch part.meaning {
            case .scale(let exponent):
                var factor = 1.0
                for _ in 0..<exponent { factor *= 10 }
                value *= factor
            case .ambiguousScale, .ambiguousCurrency: break
            case .percent: percent = true
            case .percentagePoints: points = true
            case .written, .currency, .unit, .per: break
            }
        }
        let amount = figure.amount
        var found = Found(text: text(s, amount), value: value, currency: figure.currency, percent: percent,
                          percentagePoints: points, span: amount, figure: figure.text { text(s, $0) }, scanned: figure)
        // A scale word with more than one meaning (`1.2兆`): the quote prints each of them, and
        // the claims file says which it reads.
        for part in figure.parts {
            if case .ambiguousScale(let exponents) = part.meaning {
                found.alternatives = exponents.compactMap { Double("1e\($0)") }.map { number.value * $0 }
            }
        }
        return found
    }

    /// A number written in words: `five`, `a tenth`, `three quarters`, `doubled`, `十分之一`.
    private static func word(_ s: [Unicode.Scalar], at start: Int) -> Found? {
        guard let (span, word) = FigureScanner.prose.numberWord(in: s, at: start, end: s.count) else { return nil }
        return Found(text: text(s, span), value: word.value, currency: nil, percent: false, percentagePoints: false,
                     span: span, word: word)
    }
}
