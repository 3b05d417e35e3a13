/// Many claims on one quantity: one ledger fact, and `claims` claims that restate it, as a
/// quantity's figure is restated across an archive of articles.
enum OneQuantity {
    static func files(claims: Int) -> [InputFile] {
        var random = SplitMix64(state: 11)
        var ledger = """
            entity acme "Acme"

            source s "Annual report"
              grade primary

            fact acme.revenue @ 2025 = $10.40B
              source s

            """
        var text = "article bench \"Claims on one quantity\"\n\n"
        text.reserveCapacity(claims * 56)
        let restatements = ["$10.4B", "$10.40B", "about $10B", "over $10B", "$10,400M", "nearly $10.5B"]
        for i in 0..<claims {
            let draw = random.unit()
            text += "claim c\(i)\n"
            if draw < 0.01 {
                text += "  states $11.2B/yr\n  because acme.revenue @ 2025\n"
            } else if draw < 0.02 {
                text += "  states acme.revenue @ 2025 = $11.4B\n"
            } else if draw < 0.03 {
                text += "  states about $0.87B/month\n  because acme.revenue @ 2025\n"
            } else {
                let figure = restatements[Int(random.next() % UInt64(restatements.count))]
                text += "  states acme.revenue @ 2025 = \(figure)\n"
            }
        }
        ledger += "\n"
        return [InputFile(path: "one-quantity.ledger", text: ledger), InputFile(path: "one-quantity.claims", text: text)]
    }
}
