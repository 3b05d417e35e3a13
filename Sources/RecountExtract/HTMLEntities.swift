import RecountCore

/// The character references of HTML and Markdown: `&amp;`, `&#8364;`, `&#x20AC;`.
///
/// Only the named references an article's prose uses are known; an unknown name is left as
/// written, as browsers leave a stray ampersand. A no-break space reads as a space, since
/// figures are scanned with ordinary spaces between number and unit.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "shy": "", "zwj": "", "zwnj": "", "ndash": "–", "mdash": "—", "minus": "−",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«",
        "raquo": "»", "hellip": "…", "bull": "•", "middot": "·", "euro": "€", "pound": "£", "yen": "¥",
        "cent": "¢", "curren": "¤", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×",
        "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "permil": "‰",
        "percnt": "%", "dollar": "$", "sup1": "¹", "sup2": "²", "sup3": "³", "sect": "§", "para": "¶",
        "prime": "′", "Prime": "″", "asymp": "≈", "le": "≤", "ge": "≥", "ne": "≠", "micro": "µ",
    ]

    /// The reference starting at `s[i]` (an `&`): what it stands for and where it ends, or nil
    /// when it is not one.
    static func reference(_ s: [Unicode.Scalar], at i: Int) -> (text: String, end: Int)? {
        guard i < s.count, s[i] == "&" else { return nil }
        var j = i + 1
        while j < s.count, j - i <= 32, s[j] != ";", isNameScalar(s[j]) || s[j] == "#" { j += 1 }
        guard j < s.count, s[j] == ";", j > i + 1 else { return nil }
        let name = String(scalars: s[(i + 1)..<j])
        if name.hasPrefix("#") {
            var digits = name.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" {
                digits = digits.dropFirst()
                radix = 16
            }
            guard let value = UInt32(digits, radix: radix), value != 0,
                  let scalar = Unicode.Scalar(value) else { return nil }
            return (value == 0xA0 ? " " : String(Character(scalar)), j + 1)
        }
        guard let text = named[name] else { return nil }
        return (text, j + 1)
    }

    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39)
    }
}
