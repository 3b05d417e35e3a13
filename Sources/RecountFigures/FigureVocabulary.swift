/// The words that may follow a number in a figure: scales, currencies and units.
///
/// The lexer uses the spellings to find where a figure ends; the model's `UnitParser` uses the
/// meanings. Keeping both in one table means a new spelling cannot be known to one and not the
/// other.
public enum LiteralVocabulary {
    /// Scale words and suffixes, with the power of ten each stands for.
    public static let scales: [String: Int] = [
        "K": 3, "k": 3, "thousand": 3,
        "M": 6, "m": 6, "mn": 6, "million": 6,
        "B": 9, "bn": 9, "billion": 9,
        "T": 12, "tn": 12, "trillion": 12,
        "萬": 4, "万": 4, "億": 8, "亿": 8, "萬億": 12, "万亿": 12,
    ]

    /// Currency symbols written before the number, with their ISO 4217 code.
    public static let currencySymbols: [String: String] = [
        "US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "$": "USD", "€": "EUR", "£": "GBP",
    ]

    /// ISO 4217 codes accepted before or after the number.
    public static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "DKK", "AED", "CNY", "RMB", "JPY", "HKD", "TWD", "CHF", "CAD", "AUD",
        "SEK", "NOK", "INR", "KRW", "SGD", "SAR",
    ]

    /// Common names that are not ISO codes, with the code they stand for.
    public static let currencyAliases: [String: String] = ["RMB": "CNY"]

    /// The ISO code of a currency code or alias: `RMB` is `CNY`.
    public static func isoCode(_ code: String) -> String? {
        guard currencyCodes.contains(code) else { return nil }
        return currencyAliases[code] ?? code
    }

    /// Chinese currency words written after the number, with their ISO 4217 code.
    public static let currencyWords: [String: String] = [
        "美元": "USD", "美金": "USD", "人民幣": "CNY", "人民币": "CNY", "港元": "HKD", "港幣": "HKD",
        "港币": "HKD", "歐元": "EUR", "欧元": "EUR", "英鎊": "GBP", "英镑": "GBP", "日元": "JPY",
        "新台幣": "TWD", "新台币": "TWD",
    ]

    /// Unit words, with what each measures.
    public static let units: [String: UnitWord] = [
        "%": .percent, "pp": .percentagePoint,
        "W": .watt(0), "kW": .watt(3), "MW": .watt(6), "GW": .watt(9),
        "day": .time(.day), "days": .time(.day), "d": .time(.day),
        "month": .time(.month), "months": .time(.month), "mo": .time(.month),
        "quarter": .time(.quarter), "quarters": .time(.quarter), "qtr": .time(.quarter),
        "yr": .time(.year), "year": .time(.year), "years": .time(.year), "y": .time(.year),
    ]

    /// Every word that may end a figure after a space, longest first so that `萬億` wins over `萬`.
    public static let wordsAfterSpace: [String] = {
        let all = Set(scales.keys).union(units.keys).union(currencyCodes).union(currencyWords.keys)
        return all.sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
    }()

    /// The same words as a set, for the lexer's membership tests.
    public static let wordSet: Set<String> = Set(wordsAfterSpace)

    /// Whether a scalar belongs to one of the CJK words above, which attach without spaces.
    public static func isCJKUnitScalar(_ scalar: Unicode.Scalar) -> Bool {
        cjkScalars.contains(scalar)
    }

    private static let cjkScalars: Set<Unicode.Scalar> = {
        var set = Set<Unicode.Scalar>()
        for word in Array(scales.keys) + Array(currencyWords.keys) {
            for scalar in word.unicodeScalars where scalar.value > 0x2E80 { set.insert(scalar) }
        }
        return set
    }()
}
