/// A generated archive: many entities, each with twelve quarters of revenue, four of cost and
/// four growth figures in the ledger, and an article whose claims touch every fifth entity.
///
/// Per entity the ledger holds 20 facts: revenue for FY2023–FY2025 and cost for FY2025 from a
/// primary source, and FY2025's year-on-year revenue growth from a secondary one (1 in 50 of
/// those off by two points). Profit is declared as revenue minus cost. Every fifth entity gets ten
/// claims: four growth figures, two monthly run rates, a comparison, a profit and two yearly sums,
/// about one in ten wrong. So `facts` facts come with `facts / 10` claims.
enum Corpus {
    static let factsPerEntity = 20
    static let claimedEvery = 5

    static func files(facts: Int) -> [InputFile] {
        let entities = max(1, facts / factsPerEntity)
        var random = SplitMix64(state: 2026)
        var ledger = "source s \"Synthetic filings\"\n  grade primary\n\nsource p \"Synthetic press\"\n  grade secondary\n\n"
        var claims = "article bench \"Synthetic article\"\n\n"
        ledger.reserveCapacity(entities * 1_000)
        claims.reserveCapacity(entities / claimedEvery * 800)
        let quarters = (2023...2025).flatMap { y in (1...4).map { q in "FY\(y)Q\(q)" } }
        for e in 0..<entities {
            let id = "e\(e)"
            ledger += "entity \(id) \"Entity \(e)\"\n  fiscal-year-end 06-30\n\n"
            ledger += "metric \(id).profit \"Revenue less cost\"\n  equals \(id).rev - \(id).cost\n  relation difference\n\n"
            var revenue: [Double] = []
            var cost: [Double] = []
            var value = 100 + random.unit() * 900
            for (k, quarter) in quarters.enumerated() {
                value *= 1 + (random.unit() - 0.3) * 0.2
                revenue.append((value * 10).rounded() / 10)
                cost.append((value * (0.5 + random.unit() * 0.4) * 10).rounded() / 10)
                ledger += "fact \(id).rev @ \(quarter) = $\(printed(revenue[k], decimals: 1))M\n  source s\n"
                if k >= 8 { ledger += "fact \(id).cost @ \(quarter) = $\(printed(cost[k], decimals: 1))M\n  source s\n" }
            }
            for k in 8..<12 {
                var growth = (revenue[k] / revenue[k - 4] - 1) * 100
                if random.unit() < 0.02 { growth += 2 }
                ledger += "fact \(id).rev.yoy @ \(quarters[k]) = \(printed(growth, decimals: 1))%\n  source p\n"
            }
            ledger += "\n"
            guard e % claimedEvery == 0 else { continue }
            var c = 0
            func claim(_ body: String) {
                claims += "claim \(id)-c\(c)\n\(body)\n"
                c += 1
            }
            for k in 4..<8 {
                var growth = (revenue[k] / revenue[k - 4] - 1) * 100
                if random.unit() < 0.1 { growth *= 10 }
                claim("  states \(id).rev.yoy @ \(quarters[k]) = \(printed(growth, decimals: 1))%")
            }
            for k in 8..<10 {
                claim("  states about $\(printed(revenue[k] / 3, decimals: 2))M/month\n  because \(id).rev @ \(quarters[k])")
            }
            claim("  holds \(id).rev @ \(quarters[10]) > \(id).rev @ \(quarters[9])")
            claim("  states \(id).profit @ \(quarters[11]) = $\(printed(revenue[11] - cost[11], decimals: 1))M")
            for (y, year) in ["FY2024", "FY2025"].enumerated() {
                let sum = revenue[(y + 1) * 4..<(y + 1) * 4 + 4].reduce(0, +)
                claim("  states \(id).rev @ \(year) = $\(printed(sum, decimals: 1))M")
            }
            claims += "\n"
        }
        return [InputFile(path: "corpus.ledger", text: ledger), InputFile(path: "corpus.claims", text: claims)]
    }
}
