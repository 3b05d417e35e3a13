import RecountFigures

/// Reads the unit of a figure, or of an `in UNIT` conversion, from its written parts.
///
/// The `FigureScanner` splits the text into ASCII words, CJK words (longest match), `%` and
/// `/per` parts; they are read in order: scale, currency, unit word, per units. Each part may
/// appear once.
public enum UnitParser {
    /// Parses a figure's unit: its currency prefix (if any) and the text after its number. An
    /// ambiguous currency sign (`¥`) or scale word (`兆`) means what `meanings` says, as a
    /// block's `defaults` does; otherwise it is refused.
    public static func parse(prefix: String?, suffix: String, meanings: SignMeanings = .none) -> Result<Unit, UnitError> {
        var unit = Unit.none
        if let prefix {
            if let codes = FigureVocabulary.ambiguousCurrencies[prefix] {
                guard let code = meanings.currencies[prefix], codes.contains(code) else {
                    return .failure(UnitError(text: prefix, meanings: codes))
                }
                unit.currency = code
            } else {
                guard let code = FigureVocabulary.currencySymbols[prefix] ?? FigureVocabulary.isoCode(prefix) else {
                    return .failure(UnitError(text: prefix))
                }
                unit.currency = code
            }
            unit.currencySpelling = prefix
        }
        var perMode = false
        for part in FigureScanner.suffixParts(of: suffix) {
            if part.hasPrefix("/") {
                perMode = true
                let word = String(part.dropFirst())
                // A currency after `/` makes a rate between currencies: `AED 3.6725/USD`.
                let perCurrency = FigureVocabulary.isoCode(word).map(UnitWord.currency)
                guard let meaning = FigureVocabulary.units[word] ?? perCurrency,
                      ![.percent, .perMille, .times].contains(meaning), meaning != unit.currency.map(UnitWord.currency)
                else {
                    return .failure(UnitError(text: part))
                }
                unit.per.append(meaning)
                unit.perSpelling.append(word)
                continue
            }
            if perMode { return .failure(UnitError(text: part)) }
            let word = part.trimmingSpaces
            if let exponent = FigureVocabulary.scales[word], unit.scale == 0, unit.word == nil,
               unit.currency == nil || unit.currencyAfter == false {
                unit.scale = exponent
                unit.scaleSpelling = part
            } else if let code = FigureVocabulary.currencyWords[word] ?? FigureVocabulary.currencyNames[word]
                        ?? FigureVocabulary.isoCode(word),
                      unit.currency == nil {
                unit.currency = code
                unit.currencySpelling = part
                unit.currencyAfter = true
            } else if let meaning = FigureVocabulary.units[word], unit.word == nil {
                unit.word = meaning
                unit.wordSpelling = part
            } else if let exponents = FigureVocabulary.ambiguousScales[word] {
                guard let exponent = meanings.scales[word], exponents.contains(exponent), unit.scale == 0,
                      unit.word == nil else {
                    return .failure(UnitError(text: word, meanings: exponents.map { "10^\($0)" }, isScale: true))
                }
                unit.scale = exponent
                unit.scaleSpelling = part
            } else if let codes = FigureVocabulary.ambiguousCurrencies[word] ?? FigureVocabulary.ambiguousCurrencyNames[word] {
                guard let code = meanings.currencies[word], codes.contains(code), unit.currency == nil else {
                    return .failure(UnitError(text: word, meanings: codes))
                }
                unit.currency = code
                unit.currencySpelling = part
                unit.currencyAfter = true
            } else {
                return .failure(UnitError(text: word))
            }
        }
        return .success(unit)
    }

    /// Parses the target of `in UNIT`: a currency symbol or code, then the same parts as a
    /// figure's suffix (`$/month`, `%`, `$B/yr`, `GW`).
    public static func parseConversion(_ text: String) -> Result<Unit, UnitError> {
        guard let prefix = FigureScanner.currencyPrefix(of: text) else { return parse(prefix: nil, suffix: text) }
        let rest = text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        return parse(prefix: prefix, suffix: String(String.UnicodeScalarView(rest)))
    }
}

/// A unit that Recount does not know, as written.
public struct UnitError: Error, Sendable, Hashable {
    public var text: String
    /// The ISO codes an ambiguous currency sign may mean (`¥`: JPY or CNY), or the powers of ten
    /// an ambiguous scale word may mean (`兆`); empty for a unit that is simply unknown.
    public var meanings: [String] = []
    /// Whether `meanings` are scales rather than currencies.
    public var isScale = false
}

extension String {
    package var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
