import Foundation
@testable import RecountEngine
@testable import RecountKit
@testable import RecountModel
@testable import RecountReport
import Testing

@Suite struct FragilityTests {
    private func value(_ text: String) throws -> StatedValue {
        let audit = try inlineAudit("entity x \"X\"\nsource s \"S\"\n  grade primary\nfact x.v = \(text)\n  source s\n", "")
        return try #require(audit.project.facts.first?.value)
    }

    @Test(arguments: [
        ("16.59", 1, "16.60"), ("16.59", -1, "16.58"), ("0", -1, "-1"), ("0.1", -1, "0.0"), ("0.0", -1, "-0.1"),
        ("-$23.7 billion", 1, "-$23.6 billion"), ("-$0.1B", 1, "$0.0B"), ("about $3.08B/month", 1, "about $3.09B/month"),
        ("$1,369.5B", 1, "$1369.6B"), ("more than $99B", 1, "more than $100B"), ("370億美元", -1, "360億美元"),
    ])
    /// The last digit is the last that carries precision: a whole number's trailing zeros are
    /// rounding, so `370億` moves by ten 億, to `360億`.
    func aFigureMovesByOneUnitOfItsLastDigit(_ text: String, _ steps: Int, _ expected: String) throws {
        let original = try value(text)
        let moved = try #require(original.nudged(by: steps, policy: .standard))
        #expect(moved.text == expected)
        #expect(moved.hedge == original.hedge)
        #expect(moved.number.decimals == original.number.decimals)
        #expect(moved.unit == original.unit)
        let step = pow(10, Double(original.number.precisionExponent))
        let signed = { (v: StatedValue) in (v.negative ? -1 : 1) * v.number.value }
        #expect(abs(signed(moved) - signed(original) - Double(steps) * step) < 1e-9)
    }

    @Test func aClaimOnTheEdgeIsFragile() throws {
        // $122B ± 0.5 a year is [10.125, 10.208] a month: it meets $10.21B ± 0.005 only at its
        // top. One less billion in the ledger, or one more cent in the claim, and it no longer does.
        let audit = try inlineAudit("""
            entity x "X"
            source s "S"
              grade primary
            fact x.rev @ 2025 = $122B
              source s
            """, """
            claim monthly
              states about $10.21B/month
              because x.rev @ 2025
            claim safe
              holds x.rev @ 2025 > $50B/yr
            """)
        #expect(audit.results.map(\.verdict) == [.consistent, .consistent])
        let fragility = Fragility.run(on: audit)
        #expect(fragility.inputs == 2)
        #expect(fragility.runs == 4)
        #expect(fragility.claims == ["monthly"])
        #expect(fragility.flips.map { "\($0.input.label) \($0.moved) \($0.after)" }
                == ["x.rev @ 2025 $121B approximate", "monthly about $10.22B/month approximate"])
        let text = FragilityRenderer(style: .plain).render(fragility)
        #expect(text.contains("✓ monthly  consistent"))
        #expect(text.contains("becomes   approximate when ledger x.rev @ 2025's $122B is $121B"))
        #expect(text.hasSuffix("\n1 fragile claim\n"))
    }
}
