import Foundation
import RecountCore
import RecountEngine
import RecountModel
import Testing

/// A quantity that a formula or a comparison reads more than once no longer widens the verdict
/// (issue 11, point 4: the dependency problem).
@Suite struct DependencyTests {
    /// "Dh1.7bn up 25%" against "Dh1.7bn less a Dh473m gain taxed at 9%".
    private static let ledger = """
        entity acme "Acme"
        source s "S"
          grade primary
        fact acme.x = AED 1.7bn
          source s
        fact acme.gain = AED 473m
          source s
        fact acme.y = AED 0.5bn
          source s

        """

    private func verdict(_ proposition: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Verdict {
        let analyzed = try analyzeInline(Self.ledger, "claim c\n  \(proposition)\n", sourceLocation: sourceLocation)
        return try analyzed.result("c", sourceLocation: sourceLocation).verdict
    }

    /// 1.7 − 0.473 × 0.91 = 1.270 against 1.7 / 1.25 = 1.36: the comparison fails for every x
    /// in [1.65, 1.75], though each side alone overlaps the other.
    @Test func theIssuesExampleIsAClearFailure() throws {
        #expect(try verdict("holds acme.x - acme.gain * (1 - 9%) > acme.x / 1.25") == .inconsistent)
        #expect(try verdict("holds acme.x - acme.gain * (1 - 9%) < acme.x / 1.25") == .consistent)
        #expect(try verdict("holds acme.x - acme.gain * (1 - 9%) = acme.x / 1.25") == .inconsistent)
    }

    @Test func theDisplayStillShowsEachSideAsComputed() throws {
        let analyzed = try analyzeInline(Self.ledger, "claim c\n  holds acme.x - acme.gain * (1 - 9%) > acme.x / 1.25\n")
        let check = try #require(try analyzed.result("c").checks.first)
        // The left side alone reaches 1.320025bn and the right side starts at 1.32bn.
        let left = try #require(check.derivation?.value.interval)
        let right = try #require(check.other?.value.interval)
        #expect(left.upper > right.lower)
        #expect(check.margin.map { $0 < 0 } == true)
    }

    /// A `because` formula: x − x / 1.25 is 0.2 x, in [0.33bn, 0.35bn]; plain interval arithmetic
    /// gives [0.25bn, 0.43bn], which would meet a stated 0.40bn.
    @Test(arguments: [
        ("AED 0.40bn", Verdict.inconsistent),
        ("AED 0.34bn", .consistent),
        ("about AED 0.36bn", .approximate),
    ])
    func aBecauseFormulaIsDecidedOverPiecesOfItsRepeatedInput(_ stated: String, _ expected: Verdict) throws {
        #expect(try verdict("states \(stated)\n  because acme.x - acme.x / 1.25") == expected, "\(stated)")
    }

    /// An input read once per side, or two different inputs, are not widened by the dependency
    /// problem, and the verdicts stay as before.
    @Test func formulasWithoutRepeatedInputsAreUnchanged() throws {
        #expect(try verdict("holds acme.x > acme.y * 3") == .approximate)
        #expect(try verdict("holds acme.x > acme.y * 4") == .inconsistent)
        #expect(try verdict("states AED 1.2bn\n  because acme.x - acme.y") == .consistent)
    }

    /// Splitting decides a comparison only where it holds for every value, or for none:
    /// x − x / 1.25 lies in [0.33bn, 0.35bn], so against 0.34bn it stays approximate.
    @Test(arguments: [
        ("AED 0.34bn", Verdict.approximate),
        ("AED 0.32bn", .consistent),
        ("AED 0.36bn", .inconsistent),
    ])
    func anOpenComparisonStaysApproximate(_ bound: String, _ expected: Verdict) throws {
        #expect(try verdict("holds acme.x - acme.x / 1.25 > \(bound)") == expected, "\(bound)")
    }

    /// On random cases of `x × a − x / b > k`, with x a printed figure read twice, the verdict
    /// agrees with sampling x across its interval: `consistent` only if every sample holds,
    /// `inconsistent` only if none does.
    @Test func verdictsAgreeWithSampling() throws {
        var rng = SplitMix64(seed: 0xD3_9E4D)
        func draw(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
        var decided = 0
        for _ in 0..<150 {
            let x = Double(draw(100...999)) / 100        // e.g. 4.37, printed to 2 decimals
            let a = Double(draw(2...30)) / 10
            let b = Double(draw(2...30)) / 10
            let k = (x * a - x / b) * (1 + Double(draw(-40...40)) / 1000)
            let text = String(format: "%.2f", x)
            let bound = String(format: "%.6f", k)
            let ledger = "entity acme \"Acme\"\nsource s \"S\"\n  grade primary\nfact acme.x = \(text)\n  source s\n"
            let analyzed = try analyzeInline(ledger, "claim c\n  holds acme.x * \(a) - acme.x / \(b) > \(bound)\n")
            let verdict = try analyzed.result("c").verdict
            let kValue = try #require(Double(bound))
            let samples = (0...200).map { i -> Bool in
                let xi = (x - 0.005) + 0.01 * Double(i) / 200
                return xi * a - xi / b > kValue
            }
            if verdict == .consistent { #expect(samples.allSatisfy { $0 }, "\(text) \(a) \(b) \(bound)") }
            if verdict == .inconsistent { #expect(!samples.contains(true), "\(text) \(a) \(b) \(bound)") }
            if verdict != .approximate { decided += 1 }
        }
        #expect(decided > 75)
    }
}
