import RecountFigures

/// What the signs and words that mean different things in different places mean in one block
/// of a file: `¥` as JPY or CNY, a bare `元` as CNY or TWD, `兆` as 10¹² or 10⁶.
///
/// A block's `defaults` says so, by its `currency` or its `region`; without it such a figure is
/// refused, since any guess would be wrong for some readers.
public struct SignMeanings: Sendable, Hashable {
    /// ISO codes by ambiguous currency sign.
    public var currencies: [String: String]
    /// Powers of ten by ambiguous scale word.
    public var scales: [String: Int]

    public init(currencies: [String: String] = [:], scales: [String: Int] = [:]) {
        self.currencies = currencies
        self.scales = scales
    }

    public static let none = SignMeanings()

    /// The meanings a region's writing gives: in Taiwan `元` is the New Taiwan dollar and `兆`
    /// 10¹²; in mainland China `元` and `¥` are the yuan and `兆` is 10⁶ (as in `兆瓦`, a
    /// megawatt); in Japan `¥` is the yen and `兆` 10¹²; in Hong Kong `兆` is 10¹².
    public static let regions: [String: SignMeanings] = [
        "CN": SignMeanings(currencies: ["¥": "CNY", "￥": "CNY", "元": "CNY"], scales: ["兆": 6]),
        "TW": SignMeanings(currencies: ["元": "TWD"], scales: ["兆": 12]),
        "HK": SignMeanings(scales: ["兆": 12]),
        "JP": SignMeanings(currencies: ["¥": "JPY", "￥": "JPY"], scales: ["兆": 12]),
    ]

    /// The meanings of a block: its region's, and its currency for every ambiguous sign that may
    /// mean that currency (`currency JPY` makes `¥` the yen), which wins.
    public static func of(region: String?, currency: String?) -> SignMeanings {
        var meanings = region.flatMap { regions[$0] } ?? .none
        if let currency {
            for (sign, codes) in FigureVocabulary.ambiguousCurrencies where codes.contains(currency) {
                meanings.currencies[sign] = currency
            }
            for (name, codes) in FigureVocabulary.ambiguousCurrencyNames where codes.contains(currency) {
                meanings.currencies[name] = currency
            }
        }
        return meanings
    }
}
