/// A number written as a word: a count such as `five` or a fraction such as `a tenth`.
package struct NumberWord: Sendable, Hashable {
    package var value: Double
    /// The value in decimal digits as the claims language prints it, nil when it has no finite
    /// decimal (a third).
    package var digits: String?

    package static func count(_ n: Int) -> NumberWord { NumberWord(value: Double(n), digits: String(n)) }

    package static func fraction(_ value: Double, _ digits: String?) -> NumberWord {
        NumberWord(value: value, digits: digits)
    }

    /// Whether it names a share of something (`a tenth of`) rather than a count.
    package var isFraction: Bool { value < 1 }
}
