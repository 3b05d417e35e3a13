import RecountFigures
import RecountModel

/// What a `defaults` declaration says about the figures of the facts and claims after it in its
/// file: the currency and the scale of a figure that prints none, and whether figures without a
/// hedge are exact.
///
/// Tables in annual reports print `$` on the first and the total rows only and say "in
/// thousands" once, above the table; the fact checker says it once too, and copies every row as
/// printed. A figure's own currency, scale or hedge always wins, since it is what the page
/// prints; a currency that differs from the default is likely a slip, so it is reported.
struct FigureDefaults: Sendable, Hashable {
    /// The ISO code, and the default as written (`$`, `USD`).
    var currency: String?
    var currencySpelling: String?
    /// The power of ten, and the default as written (`thousand`, `K`, `千`).
    var scale: Int?
    var scaleSpelling: String?
    /// Whether a figure without a hedge is exact.
    var exact = false
    /// Whether the trailing zeros of a whole number are printed digits rather than rounding.
    var significantZeros = false
    /// The region whose writing the figures follow (`TW`, `CN`, `HK`, `JP`), and what the signs
    /// that mean different things in different places mean here, by region and currency.
    var region: String?
    var meanings = SignMeanings.none

    static let none = FigureDefaults()

    /// Whether a figure of this unit takes the defaults: a plain number of money or of
    /// nothing, possibly per a unit (`1,234`, `$1,234`, `1,234/yr`), but no percentage, multiple
    /// or unit word (`12%`, `2.23x`, `30 GW`).
    private static func takesDefaults(_ unit: Unit) -> Bool { unit.word == nil }

    /// The unit with the defaults filled in where the figure writes none.
    func apply(to unit: Unit) -> Unit {
        guard FigureDefaults.takesDefaults(unit) else { return unit }
        var u = unit
        if u.currency == nil, let currency {
            u.currency = currency
            u.currencySpelling = currencySpelling
            u.currencyAfter = false
        }
        if u.scale == 0, u.scaleSpelling.isEmpty, let scale, let scaleSpelling {
            u.scale = scale
            // Scale words print after a space, letter and CJK scales against the number.
            u.scaleSpelling = scaleSpelling.count > 3 && scaleSpelling.allSatisfy(\.isLetter) && scaleSpelling.allSatisfy(\.isASCII)
                ? " " + scaleSpelling : scaleSpelling
        }
        return u
    }

    /// The figure as written with what the defaults add to it, for showing it: `1,234` is
    /// `$1,234 thousand`.
    func figure(_ figure: FigureText, written: Unit) -> FigureText {
        let unit = apply(to: written)
        let prefix = figure.currencyPrefix ?? (unit.currency != written.currency ? unit.currencySpelling : nil)
        let scale = unit.scale != written.scale ? unit.scaleSpelling : ""
        guard prefix != figure.currencyPrefix || !scale.isEmpty, figure.percentPrefix == nil else { return figure }
        let spacedPrefix = prefix.map { $0.count == 3 && figure.currencyPrefix == nil ? $0 + " " : $0 } ?? ""
        let suffix = scale + figure.suffix
        let text = figure.currencyPrefix == nil ? spacedPrefix + figure.number + suffix
            : String(figure.text.dropLast(figure.suffix.count)) + suffix
        return FigureText(text: text, currencyPrefix: prefix, number: figure.number, suffix: suffix)
    }

    /// The currency a figure writes itself when it differs from the default one.
    func conflictingCurrency(_ unit: Unit) -> String? {
        guard let currency, let own = unit.currency, own != currency else { return nil }
        return own
    }

    /// The currency of a `currency` default: a symbol (`$`, `€`), an ISO code (`USD`) or a
    /// Chinese currency word (`美元`).
    static func currency(_ text: String) -> String? {
        FigureVocabulary.currencySymbols[text] ?? FigureVocabulary.isoCode(text) ?? FigureVocabulary.currencyWords[text]
    }

    /// The power of ten of a `scale` default: a scale word or letter (`thousand`, `K`, `千`),
    /// or a scale word in the plural, as table headings print it (`thousands`).
    static func scale(_ text: String) -> Int? {
        if let exponent = FigureVocabulary.scales[text] { return exponent }
        // Only words: `M` is a million but `m` is too, and `Ms` is nothing.
        let word = text.lowercased().hasSuffix("s") ? String(text.lowercased().dropLast()) : text.lowercased()
        guard word.count > 2 else { return nil }
        return FigureVocabulary.scales[word]
    }
}
