/// A number written in Chinese numerals: `一千零五十`, `六百`, `五十七點一`, `兩萬`'s `兩`.
///
/// Chinese writes a number either in digits (`1050億`) or in numerals (`一千零五十億`), and
/// summaries of market news often do the second. A numeral is read as the digits it stands for,
/// so that it has the precision those digits would have: `一千零五十` is `1050`, rounded at its
/// last non-zero digit as every whole number is, and `五十七點一` is `57.1`.
///
/// The numerals read are the units 零〇一二兩两三四五六七八九, the multipliers 十百千 within
/// one group of four digits, and a decimal point 點 or 点 followed by unit numerals read digit by
/// digit. A bare 十 at the start is ten, and a bare 百 or 千 one hundred or one thousand when
/// more of the group follows (`千四百二十` is 1420). The larger multipliers 萬 and 億 are scale
/// words, read after the numeral as they are after digits (`一千零五十億` is `一千零五十` and
/// `億`), so a numeral stops before them; a number of several groups (`一萬二千`) is read by
/// `ScaleGroups`.
package enum ChineseNumeral {
    /// The digit each unit numeral stands for.
    static let units: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9,
    ]

    /// The power of ten of each multiplier within a group.
    static let multipliers: [Unicode.Scalar: Int] = ["十": 1, "百": 2, "千": 3]

    /// The decimal points.
    static let points: Set<Unicode.Scalar> = ["點", "点"]

    /// `百分之`, "per hundred": written before a numeral or digits, it makes them a percentage.
    package static let percentPrefix: [Unicode.Scalar] = Array("百分之".unicodeScalars)

    /// Whether `c` can begin a numeral.
    package static func canStart(_ c: Unicode.Scalar) -> Bool {
        units[c] != nil || multipliers[c] != nil
    }

    /// The numeral at `start` as ASCII digits (`1050`, `57.1`) and where it ends, or nil when none
    /// starts there or its multipliers are out of order (`十百`).
    package static func read(_ s: [Unicode.Scalar], at start: Int, end: Int) -> (digits: String, end: Int)? {
        var i = start
        var value = 0
        var pending: Int?
        var lastPower = 4
        var sawZero = false
        while i < end {
            let c = s[i]
            if let digit = units[c] {
                // Two unit numerals in a row are a digit string only after a zero (`一千零五`).
                if pending != nil, !(digit != 0 && sawZero) { break }
                if digit == 0 { sawZero = true; i += 1; continue }
                pending = digit
                i += 1
            } else if let power = multipliers[c] {
                guard power < lastPower else { break }
                // A bare 十 at the start is ten: 十五 is 15. A bare 百 or 千 is one of it only
                // with more of the group after it (千四百二十 is 1420), since alone they begin
                // words (百货, 千万 "by all means") and scales (百萬).
                let bare = i == start && (power == 1 || continuesGroup(s, after: i, end: end, below: power))
                let digit = pending ?? (bare ? 1 : -1)
                guard digit > 0 else { break }
                value += digit * pow10(power)
                pending = nil
                sawZero = false
                lastPower = power
                i += 1
            } else {
                break
            }
        }
        guard i > start else { return nil }
        if let pending {
            // `二千五` is 2500: a last numeral right after 百 or 千, with no zero between, counts
            // in the next lower place, as Chinese reads it.
            let place = lastPower > 1 && lastPower < 4 && !sawZero ? lastPower - 1 : 0
            value += pending * pow10(place)
        } else if lastPower == 4 {
            // Only zeros: not a number anyone writes in numerals.
            return nil
        }
        var digits = String(value)
        // A decimal point with at least one unit numeral after it, read digit by digit.
        if i + 1 < end, points.contains(s[i]), let first = units[s[i + 1]] {
            digits += "." + String(first)
            i += 2
            while i < end, let d = units[s[i]] { digits += String(d); i += 1 }
        }
        return (digits, i)
    }

    /// Whether a unit numeral or a smaller multiplier follows the multiplier at `i`.
    private static func continuesGroup(_ s: [Unicode.Scalar], after i: Int, end: Int, below power: Int) -> Bool {
        guard i + 1 < end else { return false }
        return units[s[i + 1]] != nil || (multipliers[s[i + 1]].map { $0 < power } ?? false)
    }

    /// The digits a whole text of numerals stands for, or nil when it is not one numeral.
    package static func digits(of text: String) -> String? {
        let s = Array(text.unicodeScalars)
        guard let (digits, end) = read(s, at: 0, end: s.count), end == s.count else { return nil }
        return digits
    }

    private static func pow10(_ n: Int) -> Int {
        var p = 1
        for _ in 0..<n { p *= 10 }
        return p
    }
}
