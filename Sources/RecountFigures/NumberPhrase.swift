/// Reads a number written in English words from the words that start a phrase, lowercased.
///
/// The phrases, longest first:
///
/// - `COUNT and a|one FRACTION [times]`, `COUNT and COUNT FRACTIONS [times]`: two and a half
///   (times), one and three quarters;
/// - `COUNT times`: a multiple, three times;
/// - `a|an|one FRACTION`, `COUNT FRACTIONS` with the count below the denominator: a tenth, an
///   eighth, three quarters, two fifths;
/// - `half`, and the multiples in one word: doubled, twice, tripled, trebled, quadrupled, halved;
/// - `COUNT`: five.
enum NumberPhrase {
    /// The number and how many of the words it takes, or nil when the words do not start one.
    static func read(_ words: [String]) -> (NumberWord, Int)? {
        guard let first = words.first else { return nil }
        func word(_ k: Int) -> String? { k < words.count ? words[k] : nil }
        if let n = FigureVocabulary.countWords[first] {
            if word(1) == "and", let (fraction, length) = fraction(words, from: 2), fraction.kind == .fraction {
                let taken = 2 + length
                if word(taken) == "times" {
                    return (.multiple(n, plus: fraction.numerator, over: fraction.denominator), taken + 1)
                }
                return (NumberWord(kind: .count, whole: n, numerator: fraction.numerator,
                                   denominator: fraction.denominator), taken)
            }
            if word(1) == "times" { return (.multiple(n), 2) }
        }
        if let found = fraction(words, from: 0) { return found }
        if let multiple = FigureVocabulary.multipleWords[first] { return (multiple, 1) }
        if let n = FigureVocabulary.countWords[first] { return (.count(n), 1) }
        return nil
    }

    /// A fraction at `k`: `a tenth`, `three quarters`, `half`.
    private static func fraction(_ words: [String], from k: Int) -> (NumberWord, Int)? {
        guard k < words.count else { return nil }
        if words[k] == "half" { return (.fraction(1, 2), 1) }
        guard k + 1 < words.count, let denominator = FigureVocabulary.fractionWords[words[k + 1]] else { return nil }
        let singular = FigureVocabulary.fractionWords[words[k + 1] + "s"] != nil || words[k + 1] == "half"
        if ["a", "an", "one"].contains(words[k]), singular { return (.fraction(1, denominator), 2) }
        if let n = FigureVocabulary.countWords[words[k]], n > 1, n < denominator, !singular {
            return (.fraction(n, denominator), 2)
        }
        return nil
    }
}
