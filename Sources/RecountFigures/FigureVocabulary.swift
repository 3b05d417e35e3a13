/// The words of figures: scales, currencies, units, percentages and numbers in words, as the
/// claims language spells them and as articles do.
///
/// The `FigureScanner` uses the spellings to find where a figure ends, for the lexer, the quote
/// check and the extractor alike; the model's `UnitParser` uses the meanings. Keeping them in
/// one table means a new spelling cannot be known to one reader and not the others. The prose
/// spellings map onto the claims language's, so that a figure read in an article can be written
/// back as a claim.
public enum FigureVocabulary {
    /// Scale words and suffixes, with the power of ten each stands for.
    public static let scales: [String: Int] = [
        "K": 3, "k": 3, "thousand": 3,
        "M": 6, "m": 6, "mn": 6, "million": 6,
        "B": 9, "bn": 9, "billion": 9,
        "T": 12, "tn": 12, "trillion": 12,
        "千": 3, "萬": 4, "万": 4, "百萬": 6, "百万": 6, "億": 8, "亿": 8, "十億": 9, "十亿": 9,
        "萬億": 12, "万亿": 12,
    ]

    /// Currency symbols written before the number, with their ISO 4217 code.
    public static let currencySymbols: [String: String] = [
        "US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "R$": "BRL", "$": "USD",
        "€": "EUR", "£": "GBP", "₹": "INR", "Dh": "AED", "QR": "QAR", "SR": "SAR",
    ]

    /// ISO 4217 codes accepted before or after the number.
    public static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "DKK", "AED", "CNY", "RMB", "JPY", "HKD", "TWD", "CHF", "CAD", "AUD",
        "SEK", "NOK", "INR", "KRW", "SGD", "SAR", "QAR", "KWD", "BHD", "OMR", "BRL", "ZAR", "NZD", "MXN",
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
        "%": .percent, "pp": .percentagePoint, "x": .times, "×": .times, "‰": .perMille,
        "W": .watt(0), "kW": .watt(3), "MW": .watt(6), "GW": .watt(9),
        "day": .time(.day), "days": .time(.day), "d": .time(.day),
        "month": .time(.month), "months": .time(.month), "mo": .time(.month),
        "quarter": .time(.quarter), "quarters": .time(.quarter), "qtr": .time(.quarter),
        "half": .time(.half), "halves": .time(.half),
        "yr": .time(.year), "year": .time(.year), "years": .time(.year), "y": .time(.year),
    ]

    /// Every word that may end a figure after a space, longest first so that `萬億` wins over `萬`.
    public static let wordsAfterSpace: [String] = {
        let all = Set(scales.keys).union(units.keys).union(currencyCodes).union(currencyWords.keys)
            .subtracting(multipleSigns)
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

    /// The signs of a multiple, written against the number (`2.23x`, `2.23×`), never after a
    /// space: `2 x` and `2 × 3` are not multiples.
    public static let multipleSigns: Set<String> = ["x", "×"]

    /// Unit signs that a figure written back from an article puts against its number: `2.23x`,
    /// `5.2‰`, not `2.23 x`, which would not read back as a multiple.
    public static let signsAgainstTheNumber: Set<String> = multipleSigns.union(["‰"])

    /// The signs that make a number a percentage, half- and full-width.
    package static let percentSigns: Set<Unicode.Scalar> = ["%", "％"]

    // MARK: As articles write them

    /// Scale words as articles write them, in any case: the word scales above and their plurals.
    /// Letter scales (`B`, `bn`) count in prose only when attached to the number, so that
    /// `12 Months` is not 12 million.
    package static let proseScales: [String: Int] = {
        var words = scales.filter { $0.key.count > 2 && $0.key.allSatisfy { $0.isASCII && $0.isLowercase } }
        for plural in ["millions", "billions", "trillions"] { words[plural] = scales[String(plural.dropLast())] }
        return words
    }()

    /// Percentages in words, tried in order since `percent` begins `percentage points`. A whole
    /// word must not run on into letters (`pp` is not `ppm`); the others are read even inside a
    /// longer word, so `12 percentage-point` reads as 12%.
    package static let prosePercents: [(spelling: String, word: UnitWord, wholeWord: Bool)] = [
        ("percentage points", .percentagePoint, false), ("pp", .percentagePoint, true),
        ("percent", .percent, false), ("per cent", .percent, false),
    ]

    /// Unit words as articles write them, with their spelling in the claims language. Matched as
    /// written, then lowercased, so `MW` and `Months` are units and `mw` is not.
    package static let proseUnits: [String: String] = [
        "GW": "GW", "MW": "MW", "kW": "kW", "gigawatts": "GW", "gigawatt": "GW", "megawatts": "MW",
        "megawatt": "MW", "kilowatts": "kW", "months": "months", "month": "months", "years": "years",
        "days": "days", "quarters": "quarters", "halves": "halves",
    ]

    /// Per units after `/`, `per` or `a`, lowercased, with their spelling in the claims language.
    package static let prosePerUnits: [String: String] = [
        "month": "month", "months": "month", "mo": "month", "year": "yr", "yr": "yr", "annum": "yr",
        "quarter": "quarter", "qtr": "quarter", "half": "half", "day": "day", "megawatt": "MW", "mw": "MW", "gigawatt": "GW",
        "gw": "GW", "kilowatt": "kW", "kw": "kW",
    ]

    /// CJK per units after `/`: `/月`, `/年`.
    package static let cjkPerUnits: [String: String] = ["月": "month", "年": "yr"]

    /// Numbers in English words, lowercased.
    package static let numberWords: [String: NumberWord] = [
        "one": .count(1), "two": .count(2), "three": .count(3), "four": .count(4), "five": .count(5),
        "six": .count(6), "seven": .count(7), "eight": .count(8), "nine": .count(9), "ten": .count(10),
        "eleven": .count(11), "twelve": .count(12), "dozen": .count(12), "hundred": .count(100),
        "half": .fraction(0.5, "0.5"), "third": .fraction(1.0 / 3, nil), "quarter": .fraction(0.25, "0.25"),
        "tenth": .fraction(0.1, "0.1"),
    ]

    /// Fractions in Chinese words.
    package static let cjkFractions: [String: NumberWord] = [
        "十分之一": .fraction(0.1, "0.1"), "一半": .fraction(0.5, "0.5"), "三分之一": .fraction(1.0 / 3, nil),
        "四分之一": .fraction(0.25, "0.25"), "五分之一": .fraction(0.2, "0.2"),
    ]

    /// Chinese numerals for small counts (五大 "the five largest"). 一 and 十 are left out: they
    /// occur in too many words that are not counts.
    package static let cjkNumerals: [Unicode.Scalar: Int] = [
        "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    // MARK: Derived for scanning

    /// Currency symbols as scalars with their ISO code, longest first so that `US$` wins over `$`.
    package static let currencySymbolsLongestFirst: [(symbol: [Unicode.Scalar], code: String)] =
        currencySymbols.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }
            .map { (Array($0.key.unicodeScalars), $0.value) }

    /// The scalars a currency prefix can start with, so that a scanner can pass over every other
    /// word without trying each symbol and code.
    package static let prefixStarts: Set<Unicode.Scalar> = {
        Set((Array(currencySymbols.keys) + Array(currencyCodes)).compactMap(\.unicodeScalars.first))
    }()

    /// The CJK words above as scalars, longest first, for reading a suffix without spaces.
    package static let cjkWords: [[Unicode.Scalar]] = wordsAfterSpace
        .filter { $0.unicodeScalars.contains { $0.value > 0x2E80 } }
        .map { Array($0.unicodeScalars) }

    /// The CJK scale words as scalars with their power of ten, longest first.
    package static let cjkScales: [(word: [Unicode.Scalar], exponent: Int)] = cjkWords.compactMap { word in
        scales[String(String.UnicodeScalarView(word))].map { (word, $0) }
    }

    /// The CJK currency words as scalars with their ISO code, longest first.
    package static let cjkCurrencyWords: [(word: [Unicode.Scalar], code: String)] = cjkWords.compactMap { word in
        currencyWords[String(String.UnicodeScalarView(word))].map { (word, $0) }
    }
}
