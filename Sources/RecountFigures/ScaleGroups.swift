/// A number written as groups, each with its Chinese scale: `1兆2300億`, `3億5000萬`,
/// `一億二千萬`, `3万5000`.
///
/// Chinese and Japanese write a large amount as its groups of four digits, each followed by its
/// scale, more often than as a decimal of the largest: `1兆2300億円` is 1.23 × 10¹² yen, as
/// "1 trillion 230 billion yen" would be. The groups are read as one number when
///
/// - each group is a whole number in digits or numerals, with no separators or decimals;
/// - each scale is below the one before it, and each group is below the next scale up (2300 is
///   below 10⁴, the step from `兆` to `億`), so the groups cannot overlap;
/// - the last group has its own scale, or none (`3万5000人` is 35,000 people), but a last
///   group right before `年`, `月` or `日` is a date, not a group (`5萬2025年`).
///
/// The number is rounded at its last non-zero digit, as every whole number is: `1兆2300億` is
/// 12300億, the interval [12250億, 12350億]. Within groups `兆` is 10¹², the only meaning that
/// puts it above `億` and `萬` (on its own it is 10¹² or 10⁶ by region: see
/// `FigureVocabulary.ambiguousScales`).
package enum ScaleGroups {
    /// The scales a group may end with, longest first, with their powers of ten.
    static let scales: [(word: [Unicode.Scalar], exponent: Int)] = (FigureVocabulary.cjkScales + [(Array("兆".unicodeScalars), 12)])
        .sorted { ($0.word.count, $0.exponent) > ($1.word.count, $1.exponent) }

    /// Characters after a last group without a scale that make its digits a date.
    static let dateCharacters: Set<Unicode.Scalar> = ["年", "月", "日"]

    /// One group: its digits, its scale's power of ten (0 for none) and where it ends, after its scale.
    struct Group: Sendable, Hashable {
        var digits: String
        var exponent: Int
        var end: Int
    }

    /// Where the groups starting at `start` end, the first group's number ending at `firstEnd`:
    /// after the last group's scale, or after its digits when it has none. Nil unless there are
    /// at least two groups.
    package static func end(_ s: [Unicode.Scalar], start: Int, firstEnd: Int, end: Int) -> Int? {
        let groups = read(s, start: start, firstEnd: firstEnd, end: end)
        return groups.count >= 2 ? groups.last?.end : nil
    }

    /// The number a whole text of groups stands for, as `PrintedNumber` reads it: `1兆2300億` is
    /// `12300e8`, `3万5000` is `35000`; nil when the text is not two groups or more.
    package static func digits(of text: String) -> String? {
        let s = Array(text.unicodeScalars)
        guard let (_, firstEnd) = whole(s, at: 0, end: s.count) else { return nil }
        let groups = read(s, start: 0, firstEnd: firstEnd, end: s.count)
        guard groups.count >= 2, let last = groups.last, last.end == s.count else { return nil }
        // Each later group fills the places between its scale and the one before.
        var digits = groups[0].digits
        for k in 1..<groups.count {
            let width = groups[k - 1].exponent - groups[k].exponent
            digits += String(repeating: "0", count: width - groups[k].digits.count) + groups[k].digits
        }
        return last.exponent == 0 ? digits : digits + "e" + String(last.exponent)
    }

    /// The groups from `start`, as many as follow one another by the rules above.
    static func read(_ s: [Unicode.Scalar], start: Int, firstEnd: Int, end: Int) -> [Group] {
        guard let first = wholeDigits(s, start..<firstEnd), let (exponent, length) = scale(s, at: firstEnd, end: end)
        else { return [] }
        var groups = [Group(digits: first, exponent: exponent, end: firstEnd + length)]
        while let previous = groups.last, previous.exponent > 0, let (digits, numberEnd) = whole(s, at: previous.end, end: end) {
            if let (exponent, length) = scale(s, at: numberEnd, end: end), exponent < previous.exponent {
                guard digits.count <= previous.exponent - exponent else { break }
                groups.append(Group(digits: digits, exponent: exponent, end: numberEnd + length))
                continue
            }
            // A last group with no scale: not a date's digits, and not the start of a decimal.
            guard digits.count <= previous.exponent,
                  numberEnd == end || !(dateCharacters.contains(s[numberEnd]) || [".", ",", "．", "，"].contains(s[numberEnd]))
            else { break }
            groups.append(Group(digits: digits, exponent: 0, end: numberEnd))
            break
        }
        return groups
    }

    /// A whole number at `i` in ASCII digits or numerals, as plain digits without leading zeros,
    /// and where it ends.
    static func whole(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (String, Int)? {
        var j = i
        while j < end, s[j].value >= 0x30, s[j].value <= 0x39 { j += 1 }
        if j > i { return wholeDigits(s, i..<j).map { ($0, j) } }
        guard i < end, let (digits, numeralEnd) = ChineseNumeral.read(s, at: i, end: end), !digits.contains(".") else { return nil }
        return (digits, numeralEnd)
    }

    /// The digits of a whole number written in `range`, in ASCII digits or numerals.
    private static func wholeDigits(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        if range.allSatisfy({ s[$0].value >= 0x30 && s[$0].value <= 0x39 }) {
            let digits = String(String.UnicodeScalarView(s[range])).drop { $0 == "0" }
            return digits.isEmpty ? "0" : String(digits)
        }
        guard let (digits, numeralEnd) = ChineseNumeral.read(s, at: range.lowerBound, end: range.upperBound),
              numeralEnd == range.upperBound, !digits.contains(".") else { return nil }
        return digits
    }

    /// A scale at `i`, longest first: its power of ten and length.
    private static func scale(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
        for (word, exponent) in scales where i + word.count <= end {
            if word.indices.allSatisfy({ s[i + $0] == word[$0] }) { return (exponent, word.count) }
        }
        return nil
    }
}
