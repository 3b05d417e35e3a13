@testable import RecountCore
@testable import RecountEngine
@testable import RecountModel
import Testing

/// Sentences in the styles of the three unseen articles that issue 12 was measured on (energy
/// impairments, Gulf banks' results, a city budget), each figure copied verbatim from its quote
/// and no arithmetic done by hand. The articles are written for this test.
@Suite struct ThreeArticlesTests {
    /// Loads one article's ledger and claims, requiring no diagnostic at load and no R407 after.
    private func audit(_ ledger: String, _ claims: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Analyzed {
        let a = try analyzeInline(ledger, claims, sourceLocation: sourceLocation)
        let quoteWarnings = a.analysis.diagnostics.filter { $0.code == "R407" }
        #expect(quoteWarnings.isEmpty, "\(quoteWarnings.map(\.message))", sourceLocation: sourceLocation)
        return a
    }

    @Test func energyImpairments() throws {
        let a = try audit("""
            entity drax "Northsea Power"
            source ar "Northsea Power annual report"
              grade primary
            fact drax.impairment.biomass @ 2025 = £198m
              source ar
            fact drax.impairment.hydro @ 2025 = £138m
              source ar
            fact drax.impairment.gas @ 2025 = £48m
              source ar
            fact oil.brent @ 2025Q3 = $80/bbl
              source ar
            """, """
            entity oil "Oil"
            claim headline
              quote "impairments of £378m"
              states drax.impairment @ 2025 = £378m
            claim parts
              quote "split as £198m, £138m and £48m, though they do not sum to that headline"
              holds drax.impairment.biomass @ 2025 + drax.impairment.hydro @ 2025 + drax.impairment.gas @ 2025 != drax.impairment @ 2025
            claim writedown
              quote "a writedown of ($23.7B) on the gas fleet"
              states ($23.7B)
              because -$23.7B
            claim leverage
              quote "net debt stood at 2.23x earnings"
              states 2.23x
              because 4.46 / 2
            claim brent
              quote "Brent averaged $80/bbl in the quarter"
              states oil.brent @ 2025Q3 = $80/bbl
            claim build
              quote "new plants take 18-34 months to build"
              states 18-34 months
              because 2 years
            claim spread
              quote "its bonds trade 36bp over gilts"
              states 36bp
              because (4.61% - 4.25%) * 10000bp
            """)
        #expect(try a.result("parts").verdict == .consistent)
        #expect(try a.result("writedown").verdict == .consistent)
        #expect(try a.result("leverage").verdict == .consistent)
        #expect(try a.result("brent").verdict == .consistent)
        #expect(try a.result("build").verdict == .consistent)
        #expect(try a.result("spread").verdict == .consistent)
    }

    @Test func gulfBanks() throws {
        let a = try audit("""
            entity enbd "Emirates Lender"
            entity qnb "Qatar Lender"
            entity cbuae "Central Bank of the UAE"
            source enbd-ar "Emirates Lender results"
              grade primary
            source qnb-ar "Qatar Lender results"
              grade primary
            source peg "The dirham's peg"
              grade primary
            fact enbd.net_profit @ 2025 = Dh16.2 billion
              source enbd-ar
            fact qnb.net_profit @ 2025 = QAR 8.67B
              source qnb-ar
            fact cbuae.aed_per_usd @ 2025 = exactly AED 3.6725/USD
              source peg
            """, """
            claim enbd
              quote "net profit rose to Dh16.2 billion"
              states enbd.net_profit @ 2025 = Dh16.2 billion
            claim qnb
              quote "QR8.67 billion in net profit"
              states qnb.net_profit @ 2025 = QR8.67 billion
            claim enbd-dollars
              quote "about $4.41 billion"
              states about $4.41B/yr
              because enbd.net_profit @ 2025 in USD/yr at cbuae.aed_per_usd @ 2025
            claim growth
              quote "profit more than doubled in five years"
              states more than doubled
              because 16.2 / 7.4
            """)
        #expect(try a.result("enbd").verdict == .consistent)
        #expect(try a.result("qnb").verdict == .consistent)
        #expect(try a.result("enbd-dollars").verdict == .consistent)
        #expect(try a.result("growth").verdict == .consistent)
    }

    @Test func cityBudget() throws {
        let a = try audit("""
            entity riv "Riverton"
            source census "National census"
              grade primary
            fact riv.residents @ 2025 = 317,842
              source census
            """, """
            claim residents
              quote "the city's 318,000 residents"
              states riv.residents @ 2025 = 318,000
            claim council
              quote "won about three quarters of the 888 seats"
              states about three quarters
              because 680 / 888
            claim safety
              quote "two fifths of the budget goes to public safety"
              states two fifths
              because $412M / $979M
            claim parks
              quote "two fifths of the budget goes to parks"
              states two fifths
              because $509M / $979M
            claim rise
              quote "property taxes rise 1 to 4 per cent"
              states 1 to 4%
              because 3.2%
            """)
        #expect(try a.result("residents").verdict == .consistent)
        #expect(try a.result("council").verdict == .consistent)
        #expect(try a.result("safety").verdict == .consistent)
        #expect(try a.result("parks").verdict == .inconsistent)
        #expect(try a.result("rise").verdict == .consistent)
    }
}
