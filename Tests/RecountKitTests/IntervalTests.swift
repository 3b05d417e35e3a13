import RecountKit
import RecountModel
import Testing

/// Interval arithmetic on concrete intervals: each operation, infinite endpoints, outward
/// rounding, division by an interval holding zero, the set operations, and `Measure` overflow.
@Suite struct IntervalTests {
    /// Whether `i` holds `[lo, hi]` and is at most a few ulps wider on each side (division
    /// rounds twice, through the reciprocal, so a few ulps rather than one).
    private func tightlyContains(_ i: Interval, _ lo: Double, _ hi: Double) -> Bool {
        i.lower <= lo && hi <= i.upper
            && i.lower >= lo - 8 * lo.ulp && i.upper <= hi + 8 * hi.ulp
    }

    // MARK: The four operations and negation

    @Test func additionAddsLowerAndUpperEnds() {
        let r = Interval(1, 2) + Interval(10, 20)
        #expect(tightlyContains(r, 11, 22))
        let mixed = Interval(-5, 3) + Interval(-1, 4)
        #expect(tightlyContains(mixed, -6, 7))
    }

    @Test func subtractionPairsOppositeEnds() {
        let r = Interval(1, 2) - Interval(10, 20)
        #expect(tightlyContains(r, -19, -8))
        // x - x over an interval is not zero: it is every difference of two values in it.
        let self_ = Interval(1, 2) - Interval(1, 2)
        #expect(tightlyContains(self_, -1, 1))
    }

    @Test func negationSwapsAndNegatesEndsExactly() {
        let r = -Interval(-3, 5)
        #expect(r == Interval(-5, 3))
        #expect(-Interval(point: 2) == Interval(point: -2))
    }

    @Test(arguments: [
        // (a.lower, a.upper, b.lower, b.upper, exact lower, exact upper)
        (2.0, 3.0, 4.0, 5.0, 8.0, 15.0),          // both positive
        (-3.0, -2.0, -5.0, -4.0, 8.0, 15.0),      // both negative
        (-3.0, -2.0, 4.0, 5.0, -15.0, -8.0),      // negative × positive
        (-2.0, 3.0, 4.0, 5.0, -10.0, 15.0),       // straddling × positive
        (-2.0, 3.0, -5.0, 4.0, -15.0, 12.0),      // both straddle zero
        (-2.0, 3.0, -5.0, -4.0, -15.0, 10.0),     // straddling × negative
        (0.0, 0.0, -7.0, 9.0, 0.0, 0.0),          // zero point
    ])
    func multiplicationTakesExtremeEndpointProducts(
        _ c: (Double, Double, Double, Double, Double, Double)
    ) {
        let r = Interval(c.0, c.1) * Interval(c.2, c.3)
        #expect(tightlyContains(r, c.4, c.5), "\(r)")
    }

    @Test func divisionOfIntervalsExcludingZero() throws {
        let positive = try Interval.divide(Interval(1, 2), by: Interval(4, 8)).get()
        #expect(tightlyContains(positive, 0.125, 0.5))
        let negative = try Interval.divide(Interval(1, 2), by: Interval(-4, -2)).get()
        #expect(tightlyContains(negative, -1, -0.25))
        let straddling = try Interval.divide(Interval(-6, 3), by: Interval(2, 3)).get()
        #expect(tightlyContains(straddling, -3, 1.5))
    }

    @Test(arguments: [
        Interval(-1, 1), Interval(0, 1), Interval(-1, 0), Interval(point: 0), Interval(-.infinity, 2), .entire,
    ])
    func divisionByAnIntervalHoldingZeroFails(_ divisor: Interval) {
        #expect(Interval.divide(Interval(1, 2), by: divisor) == .failure(.divisionByZero))
    }

    // MARK: Infinite endpoints

    @Test func infiniteEndpointsPropagate() throws {
        #expect(Interval(1, .infinity) + Interval(2, 3) == Interval(3.0.nextDown, .infinity))
        #expect(Interval(-.infinity, 1) - Interval(2, 3) == Interval(-.infinity, (-1.0).nextUp))
        let product = Interval(1, .infinity) * Interval(-2, -1)
        #expect(product.lower == -.infinity)
        #expect(product.upper >= -1 && product.upper <= (-1.0).nextUp.nextUp)
        #expect(-Interval(1, .infinity) == Interval(-.infinity, -1))
        let quotient = try Interval.divide(Interval(1, 1), by: Interval(2, .infinity)).get()
        #expect(quotient.contains(0) && quotient.contains(0.5))
        #expect(quotient.upper <= 0.5.nextUp.nextUp)
        #expect(!Interval(1, .infinity).isBounded)
        #expect(Interval.entire.contains(1e308))
    }

    @Test func zeroTimesInfinityIsZeroNotNaN() {
        let zeroTimesUnbounded = Interval(point: 0) * Interval(1, .infinity)
        #expect(!zeroTimesUnbounded.lower.isNaN && !zeroTimesUnbounded.upper.isNaN)
        #expect(zeroTimesUnbounded.contains(0))
        #expect(zeroTimesUnbounded.upper <= Double.leastNonzeroMagnitude)
        #expect(zeroTimesUnbounded.lower >= -Double.leastNonzeroMagnitude)

        let zeroTimesEntire = Interval(point: 0) * .entire
        #expect(!zeroTimesEntire.lower.isNaN && !zeroTimesEntire.upper.isNaN)
        #expect(zeroTimesEntire.width <= 2 * Double.leastNonzeroMagnitude)

        let fromZero = Interval(0, 1) * Interval(1, .infinity)
        #expect(!fromZero.lower.isNaN)
        #expect(fromZero.contains(0) && fromZero.upper == .infinity)
        #expect(fromZero.lower >= -Double.leastNonzeroMagnitude)
    }

    // MARK: Outward rounding

    @Test func additionRoundsOutward() {
        // 0.1 + 0.2 rounds to 0.30000000000000004, above the exact sum of the two doubles
        // (0.3000000000000000166…) and above the decimal 0.3. The interval must hold both.
        let r = Interval(point: 0.1) + Interval(point: 0.2)
        let rounded = 0.1 + 0.2
        #expect(r.lower < rounded && rounded < r.upper)
        #expect(r.lower <= 0.3)  // the double 0.3 lies below the exact decimal 0.3
        #expect(r.upper >= 0.30000000000000004)
        #expect(r.width <= 4 * rounded.ulp)
        #expect(!r.isPoint)
    }

    @Test func everyRoundedOperationIsWidened() throws {
        let third = try Interval.divide(Interval(point: 1), by: Interval(point: 3)).get()
        #expect(third.lower < 1.0 / 3 && 1.0 / 3 < third.upper)
        #expect(third.lower * 3 <= 1 && third.upper * 3 >= 1)
        let product = Interval(point: 0.1) * Interval(point: 3)
        #expect(product.lower < 0.1 * 3 && 0.1 * 3 < product.upper)
        let difference = Interval(point: 1) - Interval(point: 1e-20)
        #expect(difference.lower < 1 && difference.upper >= 1)
    }

    /// A finite product too large for a `Double` must still contain the real result: its lower
    /// end is the largest finite double, not +∞ (an interval [+∞, +∞] holds no real number).
    @Test func finiteOverflowKeepsAFiniteLowerEnd() throws {
        let r = Interval(point: 1e200) * Interval(point: 1e200)
        #expect(r.lower <= .greatestFiniteMagnitude)
        #expect(r.upper == .infinity)
        let negative = Interval(point: -1e200) * Interval(point: 1e200)
        #expect(negative.upper >= -.greatestFiniteMagnitude)
        #expect(negative.lower == -.infinity)
        let sum = Interval(point: .greatestFiniteMagnitude) + Interval(point: .greatestFiniteMagnitude)
        #expect(sum.lower <= .greatestFiniteMagnitude)
        let reciprocal = try Interval.divide(Interval(point: 1), by: Interval(0x1p-1070, 0x1p-1040)).get()
        #expect(reciprocal.lower <= .greatestFiniteMagnitude)
    }

    // MARK: meets, intersection, hull, gap

    @Test func meetsIncludesTouchingEnds() {
        #expect(Interval(1, 2).meets(Interval(2, 3)))
        #expect(Interval(2, 3).meets(Interval(1, 2)))
        #expect(Interval(1, 5).meets(Interval(2, 3)))
        #expect(!Interval(1, 2).meets(Interval(2.0.nextUp, 3)))
        #expect(!Interval(4, 5).meets(Interval(1, 2)))
        #expect(Interval(1, .infinity).meets(Interval(1e300, 1e300)))
    }

    @Test func intersection() {
        #expect(Interval(1, 5).intersection(Interval(3, 8)) == Interval(3, 5))
        #expect(Interval(1, 5).intersection(Interval(2, 3)) == Interval(2, 3))
        #expect(Interval(1, 2).intersection(Interval(2, 3)) == Interval(point: 2))
        #expect(Interval(1, 2).intersection(Interval(3, 4)) == nil)
        #expect(Interval(-.infinity, 4).intersection(Interval(1, .infinity)) == Interval(1, 4))
    }

    @Test func hull() {
        #expect(Interval(1, 2).hull(Interval(5, 6)) == Interval(1, 6))
        #expect(Interval(5, 6).hull(Interval(1, 2)) == Interval(1, 6))
        #expect(Interval(1, 9).hull(Interval(2, 3)) == Interval(1, 9))
        #expect(Interval(1, 2).hull(Interval(0, .infinity)) == Interval(0, .infinity))
    }

    @Test func gap() {
        #expect(Interval(1, 2).gap(to: Interval(5, 6)) == 3)
        #expect(Interval(5, 6).gap(to: Interval(1, 2)) == 3)
        #expect(Interval(1, 3).gap(to: Interval(2, 6)) == 0)
        #expect(Interval(1, 2).gap(to: Interval(2, 6)) == 0)
        #expect(Interval(-.infinity, -1).gap(to: Interval(1, .infinity)) == 2)
    }

    @Test func containmentAndShape() {
        let i = Interval(-1, 4)
        #expect(i.contains(-1) && i.contains(4) && i.contains(0))
        #expect(!i.contains(4.0.nextUp))
        #expect(i.containsZero && !Interval(1, 2).containsZero)
        #expect(i.contains(Interval(0, 1)) && !i.contains(Interval(0, 5)))
        #expect(i.midpoint == 1.5 && i.width == 5)
        #expect(Interval(point: 3).isPoint)
        #expect(Interval(2, .infinity).midpoint == 2)
        #expect(Interval.entire.midpoint == 0)
    }

    // MARK: Measure

    @Test func measureProductOfHugeFiniteValuesOverflows() {
        let huge = Measure(exactly: 1e200)
        #expect(Measure.multiply(huge, huge) == .failure(.overflow))
        let max = Measure(exactly: .greatestFiniteMagnitude)
        #expect(Measure.add(max, max) == .failure(.overflow))
        #expect(Measure.subtract(max, max.negated()) == .failure(.overflow))
        #expect(Measure.divide(huge, Measure(exactly: 1e-200)) == .failure(.overflow))
    }

    @Test func measureChecksDimensionsAndZeroDivisors() throws {
        let dollars = Measure(interval: Interval(9, 11), nominal: 10, dimension: .currency("USD"))
        let months = Measure(interval: Interval(point: 2), nominal: 2, dimension: .time)
        #expect(Measure.add(dollars, months)
            == .failure(.dimensionMismatch(operation: "add", left: .currency("USD"), right: .time)))
        #expect(Measure.subtract(months, dollars)
            == .failure(.dimensionMismatch(operation: "subtract", left: .time, right: .currency("USD"))))
        let rate = try Measure.divide(dollars, months).get()
        #expect(rate.dimension == .currency("USD") / .time)
        #expect(rate.nominal == 5)
        #expect(tightlyContains(rate.interval, 4.5, 5.5))
        let zeroish = Measure(interval: Interval(-0.5, 0.5), nominal: 0.1, dimension: .none)
        #expect(Measure.divide(dollars, zeroish) == .failure(.divisionByZero))
        let product = try Measure.multiply(rate, months).get()
        #expect(product.dimension == .currency("USD"))
    }
}
