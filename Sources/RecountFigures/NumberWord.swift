/// A number written in words: a count (`five`), a fraction (`a tenth`, `three quarters`,
/// `十分之一`), a multiple (`doubled`, `two and a half times`) or a whole number and a fraction
/// (`two and a half`).
///
/// The value is held as a whole part and a simple fraction, since `a third` has no finite
/// decimal and the precision a fraction in words carries depends on its denominator.
package struct NumberWord: Sendable, Hashable {
    /// What the words name, which decides how precise they are.
    package enum Kind: Sendable, Hashable {
        /// A count: `five`, `twelve`.
        case count
        /// A share of something: `a tenth`, `three quarters`, `half`.
        case fraction
        /// A multiple of something: `doubled`, `twice`, `three times`, `two and a half times`.
        case multiple
    }

    package var kind: Kind
    /// The whole part: 2 in `two and a half times`, 0 in `three quarters`.
    package var whole: Int
    /// The fraction's numerator and denominator: 3 and 4 in `three quarters`, 0 and 1 when there
    /// is no fraction.
    package var numerator: Int
    package var denominator: Int

    package static func count(_ n: Int) -> NumberWord {
        NumberWord(kind: .count, whole: n, numerator: 0, denominator: 1)
    }

    package static func fraction(_ numerator: Int, _ denominator: Int) -> NumberWord {
        NumberWord(kind: .fraction, whole: 0, numerator: numerator, denominator: denominator)
    }

    package static func multiple(_ whole: Int, plus numerator: Int = 0, over denominator: Int = 1) -> NumberWord {
        NumberWord(kind: .multiple, whole: whole, numerator: numerator, denominator: denominator)
    }

    package var value: Double { Double(whole) + Double(numerator) / Double(denominator) }

    /// The value in decimal digits as the claims language prints them, nil when it has no
    /// finite decimal (a third).
    package var digits: String? {
        var d = denominator
        var twos = 0
        var fives = 0
        while d % 2 == 0 { d /= 2; twos += 1 }
        while d % 5 == 0 { d /= 5; fives += 1 }
        guard d == 1 else { return nil }
        let places = max(twos, fives)
        guard places > 0, numerator > 0 else { return String(whole) }
        var scaled = numerator
        for _ in 0..<places { scaled *= 10 }
        let fraction = String(scaled / denominator)
        return "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// Whether it names a share of something (`a tenth of`) rather than a count or a multiple.
    package var isFraction: Bool { kind == .fraction }
}
