import RecountModel

/// The words an article hedges a figure with, and the hedge of the claims language each means.
///
/// Articles hedge in more ways than the claims language spells: "or more" after a figure,
/// "-plus", "around", "超過" before it. Each is mapped to one of the language's hedge words so
/// that the drafted `states` line parses and keeps the article's meaning: `$30 billion or more`
/// becomes `at least $30 billion`.
enum HedgeWords {
    /// English words before a figure, lowercased, longest first, with the claims-language words.
    static let before: [(words: [String], hedge: String)] = [
        (["no", "more", "than"], "up to"), (["no", "less", "than"], "at least"), (["in", "excess", "of"], "over"),
        (["more", "than"], "more than"), (["at", "least"], "at least"), (["less", "than"], "less than"),
        (["fewer", "than"], "less than"), (["up", "to"], "up to"), (["close", "to"], "nearly"),
        (["just", "over"], "over"), (["well", "over"], "over"), (["just", "under"], "under"),
        (["well", "under"], "under"), (["upwards", "of"], "over"), (["as", "much", "as"], "up to"),
        (["about"], "about"), (["approximately"], "approximately"), (["roughly"], "roughly"),
        (["around"], "about"), (["some"], "about"), (["nearly"], "nearly"), (["almost"], "almost"),
        (["over"], "over"), (["under"], "under"), (["exactly"], "exactly"), (["~"], "~"), (["≈"], "about"),
        (["approx"], "approximately"), (["below"], "under"), (["above"], "over"),
    ]

    /// English words after a figure.
    static let after: [(words: [String], hedge: String)] = [
        (["or", "more"], "at least"), (["or", "higher"], "at least"), (["or", "above"], "at least"),
        (["or", "less"], "up to"), (["or", "fewer"], "up to"), (["or", "so"], "about"),
        (["-plus"], "over"), (["+"], "over"),
    ]

    /// CJK words before a figure, longest first.
    static let cjkBefore: [(String, String)] = [
        ("大約為", "about"), ("大约为", "about"), ("約為", "about"), ("约为", "about"), ("超過了", "over"),
        ("超过了", "over"), ("大約", "about"), ("大约", "about"), ("大概", "about"), ("將近", "nearly"), ("将近", "nearly"),
        ("接近", "nearly"), ("幾乎", "nearly"), ("几乎", "nearly"), ("超過", "over"), ("超过", "over"),
        ("多於", "over"), ("多于", "over"), ("高於", "over"), ("高于", "over"), ("至少", "at least"),
        ("不到", "less than"), ("不足", "less than"), ("少於", "less than"), ("少于", "less than"),
        ("低於", "less than"), ("低于", "less than"), ("最多", "up to"), ("至多", "up to"), ("約", "about"),
        ("约", "about"), ("近", "nearly"), ("逾", "over"), ("超", "over"),
    ]

    /// CJK words after a figure.
    static let cjkAfter: [(String, String)] = [
        ("以上", "at least"), ("左右", "about"), ("以下", "up to"), ("之多", "at least"),
    ]

    /// The hedge a claims-language word means.
    static func hedge(_ words: String) -> Hedge {
        Hedge(words: words) ?? .none
    }
}
