extension Archive {
    /// A claim as the peers can check it: the balance of one account once a given quarter is
    /// posted. Ledger-cli, hledger and beancount check sums of postings, not growth, run rates,
    /// shares or comparisons, so each claim becomes the year-to-date sum of the postings it rests
    /// on, and a wrong claim a wrong sum (half as much again, as the Recount side spoils amounts).
    struct Assertion {
        /// The account under `Assets:`, such as `E0:Revenue:FY2025`.
        var account: String
        /// The quarter whose posting is the last one the balance includes.
        var quarter: Int
        /// The balance the postings give, in tenths.
        var balance: Int
        var wrong: Bool

        /// The balance the claim asserts: the postings' own, or half as much again.
        var asserted: Int { wrong ? balance + balance / 2 : balance }
    }
}

extension Archive.Entity {
    /// The accounts of the entity's postings, one per kind of fact and fiscal year.
    static func revenueAccount(_ k: Int) -> String { "Revenue:FY\(2023 + k / 4)" }
    static let costAccount = "Cost:FY2025"
    static let growthAccount = "Growth:FY2025"

    /// The peers' check for each of the entity's claims, in the order of the claims.
    var assertions: [Archive.Assertion] {
        claims.map { claim in
            let (account, k, balance): (String, Int, Int)
            switch claim.kind {
            case .growthQ1: (account, k, balance) = (Self.revenueAccount(8), 8, revenue[8])
            case .growthQ2: (account, k, balance) = (Self.revenueAccount(9), 9, revenue[8] + revenue[9])
            case .runRateQ3: (account, k, balance) = (Self.revenueAccount(6), 6, revenue[4..<7].reduce(0, +))
            case .runRateQ4: (account, k, balance) = (Self.revenueAccount(7), 7, revenue[4..<8].reduce(0, +))
            case .costShare: (account, k, balance) = (Self.costAccount, 8, cost[0])
            case .comparison: (account, k, balance) = (Self.costAccount, 9, cost[0] + cost[1])
            case .profit: (account, k, balance) = (Self.costAccount, 10, cost[0..<3].reduce(0, +))
            case .revenueSum: (account, k, balance) = (Self.revenueAccount(3), 3, revenue[0..<4].reduce(0, +))
            case .costSum: (account, k, balance) = (Self.costAccount, 11, cost.reduce(0, +))
            case .reading: (account, k, balance) = (Self.revenueAccount(11), 11, revenue[8..<12].reduce(0, +))
            }
            return Archive.Assertion(account: "\(self.account):\(account)", quarter: k, balance: balance, wrong: claim.wrong)
        }
    }

    /// The entity's postings of quarter `k`: account under `Assets:`, amount in tenths, commodity.
    func postings(_ k: Int) -> [(account: String, tenths: Int, commodity: String)] {
        var result = [("\(account):\(Self.revenueAccount(k))", revenue[k], "USD")]
        if k >= 8 {
            result.append(("\(account):\(Self.costAccount)", cost[k - 8], "USD"))
            result.append(("\(account):\(Self.growthAccount)", growth[k - 8], "PCT"))
        }
        return result
    }
}
