/// An exact rational `±m × 10^exponent × numerator / denominator`: a printed figure, or one of its
/// printed bounds, in base units. It gives the tightest interval of doubles that holds the value,
/// which is a single point when the value is a double, and says whether the value lies in the
/// range where doubles hold numbers at full precision.
///
/// Printed bounds are decided with this, not with interval arithmetic: arithmetic must widen
/// every result by an ulp because it cannot know whether it rounded, but a bound such as 10.5 is
/// exactly a double, and widening it would make touching bounds (`10` against `11`) overlap.
package struct ExactDecimal: Sendable, Hashable {
    package var negative: Bool
    package var magnitude: Natural
    package var exponent: Int
    package var numerator: UInt64
    package var denominator: UInt64

    package init(negative: Bool, magnitude: Natural, exponent: Int, numerator: UInt64 = 1, denominator: UInt64 = 1) {
        self.negative = negative
        self.magnitude = magnitude
        self.exponent = exponent
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The value `digits × 10^exponent` times a unit's exact factor.
    package init(negative: Bool, magnitude: Natural, exponent: Int, scale: DecimalScale) {
        self.init(negative: negative, magnitude: magnitude, exponent: exponent + scale.exponent,
                  numerator: scale.numerator, denominator: scale.denominator)
    }

    /// Where a value lies among the doubles.
    package enum Range: Sendable, Hashable {
        case zero
        /// Between the smallest normal double (about 2.2 × 10^-308) and the largest finite one
        /// (about 1.8 × 10^308) in magnitude: held to full precision.
        case normal
        /// Above the largest finite double.
        case tooLarge
        /// Not zero, but below the smallest normal double, where doubles lose precision.
        case tooSmall

        /// Whether a value here can be computed with: neither too large nor too small.
        package var isRepresentable: Bool { self == .zero || self == .normal }
    }

    /// The range and the tightest enclosure of the value.
    package var resolved: (range: Range, enclosure: Interval) {
        let (range, positive) = positiveEnclosure()
        return (range, negative ? -positive : positive)
    }

    package var enclosure: Interval { resolved.enclosure }
    package var range: Range { resolved.range }

    private func positiveEnclosure() -> (Range, Interval) {
        if magnitude.isZero || numerator == 0 { return (.zero, Interval(point: 0)) }
        if let fast = smallEnclosure() { return (.normal, fast) }
        let approximation = (Double("\(magnitude.decimalText)e\(exponent)") ?? .infinity)
            * Double(numerator) / Double(denominator)
        // The approximation is within a few ulps, so only values near an end of the range
        // need the exact test against that end.
        if !(approximation < .greatestFiniteMagnitude / 4), compare(with: .greatestFiniteMagnitude) > 0 {
            return (.tooLarge, Interval(.greatestFiniteMagnitude, .infinity))
        }
        if approximation < 4 * Double.leastNormalMagnitude, compare(with: .leastNormalMagnitude) < 0 {
            return (.tooSmall, Interval(0, .leastNormalMagnitude))
        }
        let start = min(max(approximation, .leastNormalMagnitude), .greatestFiniteMagnitude)
        return (.normal, bracket(from: start))
    }

    /// The adjacent doubles around the value, searched from a nearby double.
    private func bracket(from start: Double) -> Interval {
        var x = start
        let order = compare(with: x)
        if order == 0 { return Interval(point: x) }
        // A handful of steps suffices; the bound on the loop only guards against a bad start.
        for _ in 0..<64 {
            let next = order < 0 ? x.nextDown : x.nextUp
            guard next.isFinite, next > 0 else { break }
            let nextOrder = compare(with: next)
            if nextOrder == 0 { return Interval(point: next) }
            if nextOrder != order { return order < 0 ? Interval(next, x) : Interval(x, next) }
            x = next
        }
        return order < 0 ? Interval(0, start) : Interval(start, .infinity)
    }

    /// The enclosure by double arithmetic when the value is `a / b` with `a` and `b` whole
    /// numbers of at most 53 bits: the quotient is then correctly rounded and its remainder, by
    /// a fused multiply-add, exact, so the remainder's sign says which side the value lies on.
    /// Nearly every printed figure takes this path. (10^15 is the largest power of ten that
    /// can take part: a larger one does not fit in 53 bits.)
    private func smallEnclosure() -> Interval? {
        let limit: UInt64 = 1 << 53
        guard let m = magnitude.uint64, abs(exponent) <= 15 else { return nil }
        var power: UInt64 = 1
        for _ in 0..<abs(exponent) { power *= 10 }
        let (a1, o1) = m.multipliedReportingOverflow(by: numerator)
        let (a, o2) = exponent >= 0 ? a1.multipliedReportingOverflow(by: power) : (a1, false)
        let (b, o3) = exponent < 0 ? denominator.multipliedReportingOverflow(by: power) : (denominator, false)
        guard !o1, !o2, !o3, a <= limit, b <= limit else { return nil }
        let q = Double(a) / Double(b)
        let remainder = Double(a).addingProduct(-q, Double(b))
        if remainder == 0 { return Interval(point: q) }
        return remainder > 0 ? Interval(q, q.nextUp) : Interval(q.nextDown, q)
    }

    /// The sign of `|value| − y`, for a finite positive double `y`, decided in whole numbers.
    private func compare(with y: Double) -> Int {
        // y = s × 2^q with s a whole number of at most 53 bits.
        let s = UInt64(y.significand * 0x1p52)
        let q = Int(y.exponent) - 52
        // m·N·10^e / D ? s·2^q  ⇔  m·N·2^(e−q)·5^e ? s·D
        var left = magnitude
        left.multiply(byWide: numerator)
        var right = Natural(s)
        right.multiply(byWide: denominator)
        let twos = exponent - q
        if twos > 0 { left.shiftLeft(twos) } else { right.shiftLeft(-twos) }
        if exponent > 0 { left.multiply(byPowerOf: 5, exponent) } else { right.multiply(byPowerOf: 5, -exponent) }
        return left < right ? -1 : right < left ? 1 : 0
    }
}

/// A unit's factor to base units as an exact rational `10^exponent × numerator / denominator`:
/// scale words and watts are powers of ten, and time units are whole fractions of a year.
package struct DecimalScale: Sendable, Hashable {
    package var exponent: Int
    package var numerator: UInt64
    package var denominator: UInt64

    package static let one = DecimalScale(exponent: 0, numerator: 1, denominator: 1)
}
