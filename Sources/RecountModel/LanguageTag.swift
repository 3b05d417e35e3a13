/// The shape of a BCP 47 language tag, as schema.org's `inLanguage` takes it: `en`, `en-GB`,
/// `zh-Hant`, `zh-Hant-TW`, `pt-BR`.
///
/// Only the shape is checked: a primary language of two or three letters (or four to eight, for
/// registered ones), then subtags of one to eight letters or digits. Whether a subtag is
/// registered is IANA's list, which Recount does not carry.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.count != 4,
              first.unicodeScalars.allSatisfy(isLetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        }
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
}
