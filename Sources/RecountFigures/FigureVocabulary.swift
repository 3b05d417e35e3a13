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
        "€": "EUR", "£": "GBP", "₹": "INR", "Dh": "AED", "QR": "QAR", "SR": "SAR", "CN¥": "CNY", "JP¥": "JPY",
        "KD": "KWD", "BD": "BHD", "RO": "OMR", "E£": "EGP", "RM": "MYR", "NT$": "TWD",
    ]

    /// Currency signs that stand for more than one currency, with the ISO codes they may mean.
    /// `¥` is the yen in Japan and the yuan in China; a bare `元` is the yuan in mainland text and
    /// the New Taiwan dollar in Taiwan's. The claims language refuses them (R217) rather than
    /// guess; articles' figures are read without them, as amounts of no stated currency. `Rs` is
    /// the rupee of India, Pakistan, Sri Lanka and Nepal alike.
    public static let ambiguousCurrencies: [String: [String]] = [
        "¥": ["JPY", "CNY"], "￥": ["JPY", "CNY"], "元": ["CNY", "TWD"], "Rs": ["INR", "PKR", "LKR", "NPR"],
    ]

    /// Scale words that mean different powers of ten in different places, with what each may
    /// mean as powers of ten: `兆` is 10¹² in Taiwan, Hong Kong and Japan and 10⁶ in mainland
    /// technical writing.
    public static let ambiguousScales: [String: [Int]] = ["兆": [12, 6]]

    /// The currency codes of ISO 4217 (list one, as of 2025), accepted before or after the number,
    /// and `RMB`. Left out are the codes that name no currency: precious metals (`XAU`, `XAG`,
    /// `XPT`, `XPD`), bond units (`XBA`–`XBD`), `XTS` (testing) and `XXX` (no currency).
    public static let currencyCodes: Set<String> = [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
        "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
        "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP",
        "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL",
        "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
        "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
        "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
        "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
        "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU",
        "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XDR", "XOF", "XPF", "XSU", "XUA",
        "YER", "ZAR", "ZMW", "ZWG",
        "RMB",
    ]

    /// Codes that are also English words or common capitalised abbreviations: `TOP 10`, `ALL 5
    /// members`, `PHP 8`, `AMD 7nm`. In an article they are read as a currency only when a scale
    /// follows the number (`TRY 5 billion`), since a bare number after one of these words is far
    /// more often a rank, a count or a version than an amount. The claims language reads them always.
    public static let codesThatAreWords: Set<String> = [
        "ALL", "AMD", "BAM", "BOB", "COP", "CUP", "ERN", "GEL", "MAD", "MOP", "PEN", "PHP", "RON", "RUB", "SOS",
        "TOP", "TRY",
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
        "港币": "HKD", "歐元": "EUR", "欧元": "EUR", "英鎊": "GBP", "英镑": "GBP", "日元": "JPY", "円": "JPY",
        "新台幣": "TWD", "新台币": "TWD",
    ]

    /// Currency names written after the number in English (`5.4 billion euros`, `22.6 yuan`),
    /// each of which names one currency, with its ISO 4217 code. `pounds` is left out, since
    /// after a number it is as often a weight; `won` and `dong`, since they are English words.
    public static let currencyNames: [String: String] = [
        "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR",
        "baht": "THB", "rand": "ZAR", "naira": "NGN", "rupiah": "IDR", "shekel": "ILS", "shekels": "ILS",
        "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "taka": "BDT", "lari": "GEL", "tenge": "KZT",
    ]

    /// Currency names that more than one currency goes by, with the ISO codes each may mean: the
    /// dirham of the Emirates and of Morocco, the dollar of a dozen countries. Like `¥`, they
    /// say which currency only where a `defaults` currency does.
    public static let ambiguousCurrencyNames: [String: [String]] = {
        let families: [([String], [String])] = [
            (["dollar", "dollars"], ["USD", "AUD", "CAD", "HKD", "SGD", "NZD", "TWD"]),
            (["dirham", "dirhams"], ["AED", "MAD"]),
            (["riyal", "riyals"], ["SAR", "QAR"]),
            (["rial", "rials"], ["OMR", "IRR", "YER"]),
            (["rupee", "rupees"], ["INR", "PKR", "LKR", "NPR"]),
            (["dinar", "dinars"], ["KWD", "BHD", "JOD", "IQD", "TND", "DZD", "LYD", "RSD"]),
            (["peso", "pesos"], ["MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP"]),
            (["franc", "francs"], ["CHF", "XOF", "XAF", "XPF"]),
            (["krona", "kronor"], ["SEK", "ISK"]),
            (["krone", "kroner"], ["NOK", "DKK"]),
        ]
        var names: [String: [String]] = [:]
        for (words, codes) in families { for word in words { names[word] = codes } }
        return names
    }()

    /// Unit words, with what each measures.
    public static let units: [String: UnitWord] = [
        "%": .percent, "pp": .percentagePoint, "bp": .basisPoint, "bps": .basisPoint, "basis points": .basisPoint,
        "basis point": .basisPoint, "x": .times, "×": .times, "‰": .perMille,
        "W": .watt(0), "kW": .watt(3), "MW": .watt(6), "GW": .watt(9), "TW": .watt(12),
        "Wh": .wattHour(0), "kWh": .wattHour(3), "MWh": .wattHour(6), "GWh": .wattHour(9), "TWh": .wattHour(12),
        "bbl": .counted(.barrel), "barrel": .counted(.barrel), "barrels": .counted(.barrel),
        "boe": .counted(.barrelOfOilEquivalent), "t": .counted(.tonne), "tonne": .counted(.tonne),
        "tonnes": .counted(.tonne), "person": .counted(.person), "persons": .counted(.person),
        "people": .counted(.person), "capita": .counted(.person), "share": .counted(.share),
        "shares": .counted(.share),
        "day": .time(.day), "days": .time(.day), "d": .time(.day),
        "month": .time(.month), "months": .time(.month), "mo": .time(.month),
        "quarter": .time(.quarter), "quarters": .time(.quarter), "qtr": .time(.quarter),
        "half": .time(.half), "halves": .time(.half),
        "yr": .time(.year), "year": .time(.year), "years": .time(.year), "y": .time(.year),
    ]

    /// Unit words of two words, which a scanner reads as one: `25 basis points`.
    public static let twoWordUnits: [[Unicode.Scalar]] = units.keys.filter { $0.contains(" ") }.sorted()
        .map { Array($0.unicodeScalars) }

    /// Every word that may end a figure after a space, longest first so that `萬億` wins over `萬`.
    public static let wordsAfterSpace: [String] = {
        let all = Set(scales.keys).union(units.keys).union(currencyCodes).union(currencyWords.keys)
            .union(currencyNames.keys).union(ambiguousCurrencyNames.keys).subtracting(multipleSigns)
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
        for word in Array(scales.keys) + Array(currencyWords.keys) + Array(ambiguousScales.keys) {
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
        ("basis points", .basisPoint, false), ("basis point", .basisPoint, false), ("bps", .basisPoint, true),
        ("bp", .basisPoint, true),
        ("percent", .percent, false), ("per cent", .percent, false),
    ]

    /// Unit words as articles write them, with their spelling in the claims language. Matched as
    /// written, then lowercased, so `MW` and `Months` are units and `mw` is not.
    package static let proseUnits: [String: String] = [
        "GW": "GW", "MW": "MW", "kW": "kW", "gigawatts": "GW", "gigawatt": "GW", "megawatts": "MW",
        "megawatt": "MW", "kilowatts": "kW", "months": "months", "month": "months", "years": "years",
        "days": "days", "quarters": "quarters", "halves": "halves", "TW": "TW", "kWh": "kWh", "MWh": "MWh",
        "GWh": "GWh", "TWh": "TWh",
        "barrels": "barrels", "barrel": "barrels", "bbl": "bbl", "boe": "boe", "tonnes": "tonnes", "tonne": "tonnes",
    ]

    /// Per units after `/`, `per` or `a`, lowercased, with their spelling in the claims language.
    package static let prosePerUnits: [String: String] = [
        "month": "month", "months": "month", "mo": "month", "year": "yr", "yr": "yr", "annum": "yr",
        "quarter": "quarter", "qtr": "quarter", "half": "half", "day": "day", "megawatt": "MW", "mw": "MW",
        "gigawatt": "GW", "gw": "GW", "kilowatt": "kW", "kw": "kW", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kwh": "kWh",
        "bbl": "bbl", "barrel": "bbl", "boe": "boe", "tonne": "t", "t": "t", "person": "person",
        "capita": "capita", "head": "person", "share": "share",
    ]

    /// CJK per units after `/`: `/月`, `/年`.
    package static let cjkPerUnits: [String: String] = ["月": "month", "年": "yr"]

    /// Counts in English words, lowercased.
    package static let countWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100,
    ]

    /// Fraction words, singular and plural, lowercased, with their denominator: the `quarter` of
    /// `a quarter` and the `quarters` of `three quarters`.
    package static let fractionWords: [String: Int] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]

    /// Multiples written as one word, lowercased: `revenue doubled` is the multiple 2.
    package static let multipleWords: [String: NumberWord] = [
        "doubled": .multiple(2), "twice": .multiple(2), "tripled": .multiple(3), "trebled": .multiple(3),
        "quadrupled": .multiple(4), "halved": .multiple(0, plus: 1, over: 2),
    ]

    /// Fractions in Chinese words.
    package static let cjkFractions: [String: NumberWord] = [
        "十分之一": .fraction(1, 10), "一半": .fraction(1, 2), "三分之一": .fraction(1, 3),
        "四分之一": .fraction(1, 4), "五分之一": .fraction(1, 5),
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

    /// The ambiguous signs as scalars, longest first.
    package static let ambiguousCurrenciesLongestFirst: [[Unicode.Scalar]] =
        ambiguousCurrencies.keys.sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
            .map { Array($0.unicodeScalars) }

    /// The scalars a currency prefix can start with, so that a scanner can pass over every other
    /// word without trying each symbol and code.
    package static let prefixStarts: Set<Unicode.Scalar> = {
        Set((Array(currencySymbols.keys) + Array(currencyCodes) + Array(ambiguousCurrencies.keys)).compactMap(\.unicodeScalars.first))
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
