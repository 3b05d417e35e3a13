/// Generated article text for `recount extract`: paragraphs of plain prose with figures in the
/// forms articles print them, and a paragraph dense with figures.
///
/// The prose states amounts (`$12.4 billion`, `1.2兆円`, `€310 million a month`), shares and
/// growth (`36%`, `up 4.5% year-over-year`), fractions in words (`three quarters`), counts,
/// dates and years, with a Chinese paragraph every tenth one, so that each stage of extraction
/// (splitting, scanning, quoting, discovery, writing) sees its usual mix. The dense paragraph
/// is one sentence listing `figures` amounts, as a table pasted into a paragraph does: the
/// worst case for a search that looks at the figures around each figure.
enum ArticleText {
    /// About `kilobytes` KB of prose paragraphs, with `dense` figures in one more paragraph in
    /// the middle (none when 0).
    static func article(kilobytes: Int, dense: Int) -> String {
        var random = SplitMix64(state: 1_014)
        var text = "Synthetic results of the quarter\n\n"
        let target = kilobytes * 1_024
        text.reserveCapacity(target + dense * 24 + 4_096)
        var paragraph = 0
        var denseWritten = dense == 0
        while text.utf8.count < target || !denseWritten {
            if !denseWritten, text.utf8.count >= target / 2 {
                text += denseParagraph(figures: dense, &random) + "\n\n"
                denseWritten = true
                continue
            }
            paragraph += 1
            text += (paragraph % 10 == 0 ? cjkParagraph(&random) : proseParagraph(paragraph, &random)) + "\n\n"
        }
        return text
    }

    static let companies = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Woodgrove"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let fractions = ["three quarters", "a third", "half", "two thirds", "a tenth"]

    /// Four or five sentences of English prose with about ten figures.
    static func proseParagraph(_ n: Int, _ random: inout SplitMix64) -> String {
        func pick(_ words: [String]) -> String { words[Int(random.next() % UInt64(words.count))] }
        let company = pick(companies)
        let year = 2020 + Int(random.next() % 6)
        let revenue = random.tenths(1, 99)
        let growth = random.tenths(0.5, 40)
        let share = Int(random.next() % 90) + 5
        let yen = random.tenths(0.1, 9)
        let monthly = Int(random.next() % 900) + 100
        let staff = Int(random.next() % 9_000) + 1_000
        var sentences = [
            "\(company) reported revenue of $\(printed(revenue, decimals: 1)) billion for fiscal \(year), "
                + "up \(printed(growth, decimals: 1))% year-over-year.",
            "Its cloud unit made up \(share)% of the total, and \(pick(fractions)) of that came from "
                + "customers in \(pick(["Europe", "Asia", "North America"])).",
            "In Japan it booked \(printed(yen, decimals: 1))兆円 of orders on \(pick(months)) \(1 + random.next() % 28), "
                + "\(year + 1), against a plan of \(printed(yen * 0.9, decimals: 2))兆円.",
            "The company spends about €\(monthly) million a month on data centres and employs \(staff) engineers.",
        ]
        if n % 3 == 0 {
            let quarterly = random.tenths(1, 20)
            sentences.append("Quarterly capital expenditure was $\(printed(quarterly, decimals: 1)) billion, "
                + "or $\(printed(quarterly * 4, decimals: 1)) billion a year, in the year to \(year).")
        }
        return sentences.joined(separator: " ")
    }

    /// A Chinese paragraph restating figures: 億美元, 兆円, percentages.
    static func cjkParagraph(_ random: inout SplitMix64) -> String {
        let revenue = random.tenths(10, 999)
        let growth = random.tenths(1, 30)
        return "公司第三季度營收為\(printed(revenue, decimals: 1))億美元，同比增長\(printed(growth, decimals: 1))%。"
            + "雲端業務佔總營收的\(Int(random.next() % 60) + 20)%。"
    }

    /// One sentence listing `figures` amounts, each with a few words of its own.
    static func denseParagraph(figures: Int, _ random: inout SplitMix64) -> String {
        let items = ["revenue", "cost", "capital expenditure", "operating income", "orders", "backlog"]
        var parts: [String] = []
        parts.reserveCapacity(figures)
        for k in 0..<figures {
            let item = items[k % items.count]
            let value = random.tenths(1, 99)
            switch k % 4 {
            case 0: parts.append("\(item) of $\(printed(value, decimals: 1)) billion")
            case 1: parts.append("\(printed(value / 2, decimals: 1))% \(item) growth")
            case 2: parts.append("\(item) of $\(printed(value * 10, decimals: 0)) million")
            default: parts.append("\(item) of \(printed(value / 10, decimals: 2))兆円")
            }
        }
        return "The segment table lists " + parts.joined(separator: ", ") + "."
    }
}
