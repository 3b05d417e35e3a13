extension Archive {
    /// The archive as a Recount project: one ledger of facts and one article of claims.
    ///
    /// Every claim carries `expect`, so `recount test` on the written project says whether the
    /// generator's idea of which claims are wrong is Recount's.
    var recountFiles: [InputFile] {
        var ledger = "source s \"Synthetic filings\"\n  grade primary\n\n"
        var claims = "article archive \"Synthetic archive\"\n\n"
        ledger.reserveCapacity(entities.count * 1_150)
        claims.reserveCapacity(entities.count / Self.claimedEvery * 1_600)
        for entity in entities {
            ledger += entity.ledgerText
            claims += entity.claimsText
        }
        return [InputFile(path: "archive.ledger", text: ledger), InputFile(path: "archive.claims", text: claims)]
    }
}

extension Archive.Entity {
    var ledgerText: String {
        var text = "entity \(id) \"Entity \(index)\"\n  fiscal-year-end 06-30\n\n"
        text += "metric \(id).profit \"Revenue less cost\"\n  equals \(id).rev - \(id).cost\n  relation difference\n\n"
        text += "metric \(id).cost_share \"Cost as a share of revenue\"\n  equals \(id).cost / \(id).rev\n  relation share\n\n"
        for k in 0..<12 {
            text += "fact \(id).rev @ \(Archive.quarter(k)) = $\(Archive.tenths(revenue[k]))M\n  source s\n"
            if k >= 8 {
                text += "fact \(id).cost @ \(Archive.quarter(k)) = $\(Archive.tenths(cost[k - 8]))M\n  source s\n"
                text += "fact \(id).rev.yoy @ \(Archive.quarter(k)) = \(Archive.tenths(growth[k - 8]))%\n  source s\n"
            }
        }
        return text + "\n"
    }

    /// A wrong amount: half as much again, beyond any `about`.
    static func spoiled(_ x: Double, _ wrong: Bool) -> Double { wrong ? x * 1.5 : x }

    var claimsText: String {
        var text = ""
        for claim in claims {
            let w = claim.wrong
            let verdict = w ? "inconsistent" : "consistent"
            let money = { (tenths: Int) in "$\(printed(Self.spoiled(Double(tenths) / 10, w), decimals: 1))M" }
            var body: String
            switch claim.kind {
            case .growthQ1, .growthQ2:
                let k = claim.kind == .growthQ1 ? 8 : 9
                let points = Double(growth[k - 8]) / 10 + (w ? 5 : 0)
                body = "  states \(id).rev.yoy @ \(Archive.quarter(k)) = \(printed(points, decimals: 1))%\n"
            case .runRateQ3, .runRateQ4:
                let k = claim.kind == .runRateQ3 ? 6 : 7
                let monthly = Self.spoiled(Double(revenue[k]) / 30, w)
                body = "  states about $\(printed(monthly, decimals: 2))M/month\n  because \(id).rev @ \(Archive.quarter(k))\n"
            case .costShare:
                let percent = Double(cost[0]) / Double(revenue[8]) * 100 + (w ? 10 : 0)
                body = "  states \(id).cost_share @ \(Archive.quarter(8)) = \(printed(percent, decimals: 1))%\n"
            case .comparison:
                // Cost is at most 90% of revenue, so the comparison is never a near thing.
                body = "  holds \(id).rev @ \(Archive.quarter(9)) \(w ? "<" : ">") \(id).cost @ \(Archive.quarter(9))\n"
            case .profit:
                body = "  states \(id).profit @ \(Archive.quarter(10)) = \(money(revenue[10] - cost[2]))\n"
            case .revenueSum:
                body = "  states \(id).rev @ FY2023 = \(money(revenue[0..<4].reduce(0, +)))\n"
            case .costSum:
                body = "  states \(id).cost @ FY2025 = \(money(cost.reduce(0, +)))\n"
            case .reading:
                let annual = printed(Self.spoiled(Double(revenue[11]) * 4 / 10, w), decimals: 1)
                body = "  reading quarterly\n    states \(id).rev @ \(Archive.quarter(11)) = \(money(revenue[11]))\n"
                    + "  reading annualised\n    states about $\(annual)M/yr\n    because \(id).rev @ \(Archive.quarter(11))\n"
            }
            text += "claim \(id)-c\(claim.kind.rawValue)\n\(body)  expect \(verdict)\n"
        }
        return text.isEmpty ? text : text + "\n"
    }
}
