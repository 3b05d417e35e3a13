/// One sum over many named lines, as a budget's total is the sum of its line items.
enum WideSum {
    enum Form {
        /// A claim's `because` formula: flat (`a + b + …`) or in parenthesised groups.
        case because(flat: Bool)
        /// A declared metric, `metric x.total equals …`, and a claim stating `x.total`.
        case metric
    }

    static func files(lines: Int, form: Form) -> [InputFile] {
        var random = SplitMix64(state: 7)
        var ledger = "entity x \"X\"\n\nsource s \"Budget\"\n  grade primary\n\n"
        ledger.reserveCapacity(lines * 48)
        var total = 0 // in tenths of a million, so the stated total is exact
        for i in 1...max(lines, 1) {
            let tenths = 10 + Int(random.next() % 9_990)
            total += tenths
            ledger += "fact x.l\(i) @ 2025 = $\(printed(Double(tenths) / 10, decimals: 1))M\n  source s\n"
        }
        let stated = "$\(printed(Double(total) / 10, decimals: 1))M"
        var claims = "article bench \"One sum over \(lines) lines\"\n\n"
        switch form {
        case .because(let flat):
            let terms = (1...max(lines, 1)).map { "x.l\($0) @ 2025" }
            let formula = flat ? terms.joined(separator: " + ") : Formula.sum(terms)
            claims += "claim total\n  states x.total @ 2025 = \(stated)\n  because \(formula)\n"
        case .metric:
            let formula = Formula.sum((1...max(lines, 1)).map { "x.l\($0)" })
            ledger += "\nmetric x.total \"Total of the lines\"\n  equals \(formula)\n  relation sum\n"
            claims += "claim total\n  states x.total @ 2025 = \(stated)\n"
        }
        return [InputFile(path: "sum.ledger", text: ledger), InputFile(path: "sum.claims", text: claims)]
    }
}
