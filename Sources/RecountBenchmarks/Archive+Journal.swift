extension Archive {
    /// The archive as one journal that ledger-cli and hledger both read.
    struct Journal {
        var text: String
        /// The line of the wrong assertion that comes first by date (then by line): hledger stops
        /// at the first failing assertion, in date order, and names its line.
        var firstWrongLine: Int?
    }

    /// Each fact is a transaction of one posting, balanced by `Equity:Synthetic`; each claim is a
    /// transaction of one zero posting with a balance assertion, so that a failing assertion,
    /// which makes ledger-cli drop its transaction, drops no amount a later assertion counts.
    ///
    /// With `failing` false every assertion holds: hledger stops at the first failing one, so
    /// only that journal makes it check them all.
    func journal(failing: Bool) -> Journal {
        var text = "; A synthetic archive for ledger-cli and hledger: \(factCount) facts as postings (amounts in $M as USD,\n"
            + "; growth in percentage points as PCT) and \(claimCount) balance assertions, "
            + "\(failing ? wrongCount : 0) of them wrong.\n\n"
        text.reserveCapacity(entities.count * 1_900)
        var line = 4
        var firstWrong: (date: String, line: Int)?
        for entity in entities {
            let assertions = entity.assertions
            for k in 0..<12 {
                let date = Self.quarterEnd(k)
                for posting in entity.postings(k) {
                    text += "\(date) \(entity.id) \(Self.quarter(k))\n"
                        + "    Assets:\(posting.account)  \(Self.tenths(posting.tenths)) \(posting.commodity)\n    Equity:Synthetic\n\n"
                    line += 4
                }
                for (i, assertion) in assertions.enumerated() where assertion.quarter == k {
                    let balance = Self.tenths(failing ? assertion.asserted : assertion.balance)
                    text += "\(date) \(entity.id)-c\(entity.claims[i].kind.rawValue) check\n"
                        + "    Assets:\(assertion.account)  0 USD = \(balance) USD\n\n"
                    if failing, assertion.wrong, firstWrong.map({ date < $0.date }) ?? true { firstWrong = (date, line + 1) }
                    line += 3
                }
            }
        }
        return Journal(text: text, firstWrongLine: firstWrong?.line)
    }

    /// The archive for beancount: the same postings, and each claim a `balance` directive dated
    /// the day after its quarter, since beancount checks a balance at the start of its day.
    var beancount: String {
        var text = "; A synthetic archive for beancount: \(factCount) facts as postings and \(claimCount) balance "
            + "assertions, \(wrongCount) of them wrong.\n\n"
            + "option \"title\" \"Synthetic archive\"\n\n2020-01-01 open Equity:Synthetic\n"
        text.reserveCapacity(entities.count * 2_000)
        for entity in entities {
            for account in [Entity.revenueAccount(0), Entity.revenueAccount(4), Entity.revenueAccount(8),
                            Entity.costAccount, Entity.growthAccount] {
                text += "2020-01-01 open Assets:\(entity.account):\(account)\n"
            }
        }
        text += "\n"
        for entity in entities {
            let assertions = entity.assertions
            for k in 0..<12 {
                for posting in entity.postings(k) {
                    text += "\(Self.quarterEnd(k)) * \"\(entity.id) \(Self.quarter(k))\"\n  Assets:\(posting.account)  "
                        + "\(Self.tenths(posting.tenths)) \(posting.commodity)\n  Equity:Synthetic\n\n"
                }
                for assertion in assertions where assertion.quarter == k {
                    text += "\(Self.dayAfterQuarter(k)) balance Assets:\(assertion.account)  "
                        + "\(Self.tenths(assertion.asserted)) USD\n\n"
                }
            }
        }
        return text
    }
}
