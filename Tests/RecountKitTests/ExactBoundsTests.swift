import RecountCore
import RecountEngine
@testable import RecountModel
import Testing

/// Printed bounds that are exact doubles are kept exact, and comparisons at touching bounds
/// follow the language reference's rule (issue 11, point 3).
@Suite struct ExactBoundsTests {
    private static let ledger = """
        entity acme "Acme"
        source s "S"
          grade primary
        fact acme.a = 11
          source s
        fact acme.b = 12
          source s
        fact acme.floor = over 10
          source s
        fact acme.ceiling = under 10
          source s

        """

    /// `a = 11` is [10.5, 11.5] and `b = 12` is [11.5, 12.5]: they touch at 11.5, so `a > b`
    /// holds for no pair and `a <= b` for every pair, while `<` and `>=` hold only for some.
    @Test(arguments: [
        ("acme.a > acme.b", Verdict.inconsistent),
        ("acme.a <= acme.b", .consistent),
        ("acme.a < acme.b", .approximate),
        ("acme.a >= acme.b", .approximate),
        ("acme.b < acme.a", .inconsistent),
        ("acme.b >= acme.a", .consistent),
    ])
    func touchingPrintedBoundsDecideTheComparison(_ comparison: String, _ verdict: Verdict) throws {
        let analyzed = try analyzeInline(Self.ledger, "claim c\n  holds \(comparison)\n")
        #expect(try analyzed.result("c").verdict == verdict, "\(comparison)")
    }

    /// Hedged bounds are closed (`over 10` is [10, +∞)), and exact too.
    @Test(arguments: [
        ("acme.floor >= acme.ceiling", Verdict.consistent),
        ("acme.floor < acme.ceiling", .inconsistent),
        ("acme.floor > acme.ceiling", .approximate),
        ("acme.ceiling <= acme.floor", .consistent),
    ])
    func hedgedBoundsAreClosedAndExact(_ comparison: String, _ verdict: Verdict) throws {
        let analyzed = try analyzeInline(Self.ledger, "claim c\n  holds \(comparison)\n")
        #expect(try analyzed.result("c").verdict == verdict, "\(comparison)")
    }

    /// A figure written in a formula is an exact constant, not widened by an ulp.
    @Test(arguments: [
        ("10 <= 10", Verdict.consistent),
        ("10 < 10", .inconsistent),
        ("$1B/month = $12B/yr", .consistent),
        ("$1B/month > $12B/yr", .inconsistent),
    ])
    func exactConstantsCompareExactly(_ comparison: String, _ verdict: Verdict) throws {
        let analyzed = try analyzeInline(Self.ledger, "claim c\n  holds \(comparison)\n")
        #expect(try analyzed.result("c").verdict == verdict, "\(comparison)")
    }

    @Test func statedIntervalsHoldExactBoundsWhenTheyAreDoubles() throws {
        let project = try loadInline(Self.ledger, """
            claim plain
              states 11
              because 1
            claim money
              states $1.7B
              because 1
            claim monthly
              states $3B/month
              because 1
            claim over
              states over 10
              because 1
            claim under
              states under -2.5
              because 1
            claim exact
              states exactly 0.25
              because 1
            claim pct
              states 12%
              because 1
            """)
        func asserted(_ id: String) -> Interval? { project.claim(id)?.stated?.asserted.interval }
        #expect(asserted("plain") == Interval(10.5, 11.5))
        #expect(asserted("money") == Interval(1.65e9, 1.75e9))
        #expect(asserted("monthly") == Interval(30e9, 42e9))
        #expect(asserted("over") == Interval(10, .infinity))
        #expect(asserted("under") == Interval(-.infinity, -2.5))
        #expect(asserted("exact") == Interval(point: 0.25))
        // 0.115 is not a double: the lower bound is the double just below it (the side the
        // remainder of 115 / 1000 gives); 0.125 is exact.
        let pct = try #require(asserted("pct"))
        #expect(pct.upper == 0.125)
        let q = 115.0 / 1000
        let below = 115.0.addingProduct(-q, 1000) > 0 ? q : q.nextDown
        #expect(pct.lower == below)
    }

    /// Without a hedge or a plain tolerance, nothing widens the accepted interval either.
    @Test func theAcceptedIntervalOfAPlainFigureIsItsAssertedOne() throws {
        let project = try loadInline(Self.ledger, "claim plain\n  states 10\n  because 10\n")
        let stated = try #require(project.claim("plain")?.stated)
        #expect(stated.accepted == stated.asserted.interval)
    }

    /// For m < 2^53 and k ≤ 22, `m / 10^k` is a correctly rounded quotient of two exact doubles,
    /// and the sign of `m − q·10^k` (exact by fma) says on which side of `q` the decimal lies. The
    /// enclosure must be `[q, q]` when it is exact, and one ulp wide on the right side otherwise.
    @Test func decimalEnclosuresAreTightAndSound() {
        var rng = SplitMix64(seed: 0x0E8A_C7B0_0D5)
        var failures: [String] = []
        for _ in 0..<20_000 {
            let bits = Int(rng.next() % 53) + 1
            let m = rng.next() >> (64 - UInt64(bits))
            let k = Int(rng.next() % 23)
            var power = 1.0
            for _ in 0..<k { power *= 10 }
            let q = Double(m) / power
            let remainder = Double(m).addingProduct(-q, power)
            let expected = remainder == 0 ? Interval(point: q) : remainder > 0 ? Interval(q, q.nextUp) : Interval(q.nextDown, q)
            let enclosure = ExactDecimal(negative: false, magnitude: Natural(m), exponent: -k).enclosure
            if enclosure != expected, failures.count < 5 { failures.append("\(m)e-\(k): \(enclosure) ≠ \(expected)") }
            let negated = ExactDecimal(negative: true, magnitude: Natural(m), exponent: -k).enclosure
            if negated != -expected, failures.count < 5 { failures.append("-\(m)e-\(k): \(negated)") }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func rationalFactorsAreExactToo() {
        // 3 × 10^9 per month is 36 × 10^9 per year; 1 per day is 365 per year.
        #expect(ExactDecimal(negative: false, magnitude: Natural(3), exponent: 9, numerator: 12).enclosure
                == Interval(point: 36e9))
        #expect(ExactDecimal(negative: false, magnitude: Natural(1), exponent: 0, numerator: 365).enclosure
                == Interval(point: 365))
        // A twelfth is not a double: one ulp around it.
        let twelfth = ExactDecimal(negative: false, magnitude: Natural(1), exponent: 0, denominator: 12).enclosure
        #expect(twelfth.lower <= 1.0 / 12 && 1.0 / 12 <= twelfth.upper && twelfth.lower.nextUp == twelfth.upper)
    }
}
