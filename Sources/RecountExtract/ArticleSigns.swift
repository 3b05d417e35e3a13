import RecountFigures
import RecountModel

/// What an article's ambiguous currency signs and names mean, read from the currencies the
/// article writes unambiguously.
///
/// `¥` is the yen or the yuan, and "dirhams" the Emirati or the Moroccan dirham; the figure
/// alone cannot say which, but the article around it usually does: a piece that prints `円` or
/// "yen" elsewhere and never the yuan means the yen by `¥`, and one that prints `Dh` or `AED`
/// means the Emirati dirham by "dirhams". When exactly one of a sign's meanings is written
/// unambiguously in the article, the sign takes it; when none or several are, the sign stays
/// unread, as it is without this (the figure is drafted with no currency).
public struct ArticleSigns: Sendable, Hashable {
    /// The `defaults` region that gives `¥` and `元` their meaning here, if one does.
    public let region: String?
    /// The ISO code each ambiguous currency name (`dirhams`) stands for here.
    public let names: [String: String]
    /// The meanings for the unit parser: the region's signs and the names. Worked out once, since
    /// every figure of a sentence read with the signs asks for them.
    let meanings: SignMeanings

    public init(region: String?, names: [String: String]) {
        self.region = region
        self.names = names
        var meanings = region.flatMap { SignMeanings.regions[$0] } ?? .none
        // Only the currency signs: `兆` keeps needing its own word, since a region chosen for
        // a currency says nothing of how the article counts.
        meanings.scales = [:]
        for (name, code) in names { meanings.currencies[name] = code }
        self.meanings = meanings
    }

    public static let none = ArticleSigns(region: nil, names: [:])

    /// The signs of `text`, reading the currencies of its figures from the text itself.
    static func read(_ text: String) -> ArticleSigns {
        read(text, codes: Set(QuoteNumbers.find(in: text).compactMap(\.currency)))
    }

    /// Whether `text` prints a sign or a name of several currencies, which only the article
    /// around it can read: `¥`, `Rs`, a `元` that is no part of a currency word (`美元`), or a
    /// name such as "dirhams" as a word of its own.
    static func mayNeedReading(_ text: String) -> Bool {
        if ["¥", "￥", "Rs"].contains(where: { TextSearch.contains(text, $0) }) { return true }
        if TextSearch.contains(text, "元") {
            var rest = text
            for word in FigureVocabulary.currencyWords.keys where word.contains("元") {
                rest = rest.replacingAll(word, with: "")
            }
            if TextSearch.contains(rest, "元") { return true }
        }
        // Most sentences name no currency: a byte search rules the names out before the words are read.
        let lower = text.lowercased()
        guard FigureVocabulary.ambiguousCurrencyNames.keys.contains(where: { TextSearch.contains(lower, $0) }) else { return false }
        let words = Self.words(of: text)
        return FigureVocabulary.ambiguousCurrencyNames.keys.contains(where: words.contains)
    }

    /// The lowercased words of letters of `text`, once each.
    static func words(of text: String) -> Set<String> {
        var words = Set<String>()
        var word = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic, scalar.value < 0x2E80 {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    /// The signs of `text`, given the currencies of its figures (`codes`): those and the
    /// currencies it names in words ("the yen weakened") say what its signs mean.
    static func read(_ text: String, codes figureCodes: Set<String>) -> ArticleSigns {
        var codes = figureCodes
        let words = Self.words(of: text)
        for (name, code) in FigureVocabulary.currencyNames where words.contains(name) { codes.insert(code) }
        for (word, code) in FigureVocabulary.currencyWords where text.contains(word) { codes.insert(code) }
        var region: String?
        // The regions whose `¥` or `元` the article's own currencies agree with.
        let readings: [(region: String, code: String)] = [("JP", "JPY"), ("CN", "CNY"), ("TW", "TWD")]
        let agreeing = readings.filter { codes.contains($0.code) }
        if agreeing.count == 1 { region = agreeing.first?.region }
        var names: [String: String] = [:]
        for (name, candidates) in FigureVocabulary.ambiguousCurrencyNames {
            let written = candidates.filter(codes.contains)
            if written.count == 1, let code = written.first { names[name] = code }
        }
        return ArticleSigns(region: region, names: names)
    }
}
