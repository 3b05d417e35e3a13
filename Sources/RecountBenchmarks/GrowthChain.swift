/// A chain of growth steps: a first quarter's revenue and the quarter-on-quarter growth of every
/// quarter after it, so the last quarter's revenue is known only through every step.
enum GrowthChain {
    /// The last quarter of the chain, 2025Q4; the first is `steps` quarters before it.
    static let lastQuarter = 2025 * 4 + 3

    static func files(steps: Int) -> [InputFile] {
        precondition(steps >= 1 && lastQuarter - steps >= 1000 * 4, "a chain of 1 to \(lastQuarter - 4000) steps")
        func label(_ index: Int) -> String { "\(index / 4)Q\(index % 4 + 1)" }
        var random = SplitMix64(state: 5)
        let first = lastQuarter - steps
        var ledger = "entity x \"X\"\n\nsource s \"Quarterly filings\"\n  grade primary\n\n"
        ledger.reserveCapacity(steps * 56)
        ledger += "fact x.rev @ \(label(first)) = $100.0M\n  source s\n"
        var value = 100.0
        var values = [value]
        for index in first + 1...lastQuarter {
            // Growth between -1% and +2.5% a quarter, printed to a thousandth of a percent.
            let growth = printed(-1 + random.unit() * 3.5, decimals: 3)
            value *= 1 + (Double(growth) ?? 0) / 100
            values.append(value)
            ledger += "fact x.rev.qoq @ \(label(index)) = \(growth)%\n  source s\n"
        }
        let middle = first + steps / 2
        let claims = """
            article bench "A growth chain of \(steps) steps"

            claim last
              states x.rev @ \(label(lastQuarter)) = $\(printed(value, decimals: 1))M
            claim middle
              states x.rev @ \(label(middle)) = $\(printed(values[steps / 2], decimals: 1))M

            """
        return [InputFile(path: "growth.ledger", text: ledger), InputFile(path: "growth.claims", text: claims)]
    }
}
