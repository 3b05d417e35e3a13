/// Text made safe to print into a terminal or a CI log: no control or bidirectional formatting
/// character from input reaches it raw.
///
/// A quote or a file name can hold an escape sequence that clears the screen or sets the
/// window's title, a carriage return that overwrites what was printed, or U+202E, which shows
/// the rest of a line reversed. Each such character is shown as `U+XXXX` instead: C0 controls
/// but line feed and tab, DEL, C1 controls, and the bidirectional marks, embeddings, overrides
/// and isolates. Output that carries Recount's own colours keeps exactly the SGR sequences
/// `TerminalStyle` writes, and only when colour is on.
public enum TerminalText {
    /// Whether a character is shown as `U+XXXX`.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        // Invisible in any font: the zero-width space, the byte-order mark, and noncharacters.
        case 0x200B, 0xFEFF, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// `text` as one line: hidden characters and line breaks written as `U+XXXX`, and at most
    /// `limit` characters, cut with `…`. For a message, a quote or a name, which are one line
    /// wherever they are printed: a line break in a file name must not print a second,
    /// forged diagnostic.
    public static func line(_ text: String, limit: Int = 300) -> String {
        var out = visible(text).replacingAll("\n", with: "U+000A")
        if out.count > limit { out = String(out.prefix(limit - 1)) + "…" }
        return out
    }

    /// `text` with every hidden character written as `U+XXXX`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) { out.append(contentsOf: code(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Rendered output made safe to print: as `visible`, but when `style` is on, the colour
    /// sequences `TerminalStyle` writes are kept.
    public static func safe(_ output: String, style: TerminalStyle) -> String {
        guard style.enabled else { return visible(output) }
        let scalars = Array(output.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", let length = styleSequence(scalars, at: i) {
                out.append(contentsOf: scalars[i..<i + length])
                i += length
                continue
            }
            if isHidden(scalars[i]) { out.append(contentsOf: code(scalars[i]).unicodeScalars) } else { out.append(scalars[i]) }
            i += 1
        }
        return String(out)
    }

    /// The length of the SGR sequence `TerminalStyle` writes that starts at `i`, if one does:
    /// `ESC [ CODE m`, CODE one of its styles or 0.
    private static func styleSequence(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 1 < s.count, s[i + 1] == "[" else { return nil }
        var j = i + 2
        var digits = ""
        while j < s.count, j < i + 5, ("0"..."9").contains(s[j]) {
            digits.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == "m", TerminalStyle.codes.contains(digits) else { return nil }
        return j + 1 - i
    }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
