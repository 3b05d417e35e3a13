/// A table of an article: its rows, each a paragraph of its own, the header first, and the
/// currency and scale its caption or header gives every figure, such as "($ millions)".
///
/// A table comes from a pipe table in plain text or Markdown (`| Sensors | $2.1 billion |`) or
/// an HTML `<table>`; the readers write each row as a paragraph, and the header is the first
/// row. A drafted claim in a table states one cell, quotes its row, and takes its proposed
/// metric and period from its row's label and its column's header (see ``ProposedQuantity``).
/// The claims file writes the table's claims after a `defaults` block with the caption's
/// currency and scale, so that its figures are copied as printed (`2,100` under
/// `scale million`).
public struct ArticleTable: Sendable, Hashable {
    /// The table's number in the article, from 1.
    public var number: Int
    /// The paragraph numbers of its rows, the header's first.
    public var rows: [Int]
    /// The header's cells.
    public var header: [String]
    /// What the caption or header says of every figure: a currency (`$`, `HKD`) and a scale
    /// (`million`), each nil when it says nothing.
    public var currency: String?
    public var scale: String?
    /// The paragraph before the table, when it is prose: its caption.
    public var caption: Int?

    public init(number: Int, rows: [Int], header: [String], currency: String?, scale: String?) {
        self.number = number
        self.rows = rows
        self.header = header
        self.currency = currency
        self.scale = scale
    }

    /// The tables of an article, from its paragraphs; the paragraph before a table, when it is
    /// prose, is its caption.
    static func tables(in paragraphs: [ArticleParagraph]) -> [ArticleTable] {
        var tables: [ArticleTable] = []
        for (k, p) in paragraphs.enumerated() {
            guard let n = p.table else { continue }
            if let last = tables.last, last.number == n {
                tables[tables.count - 1].rows.append(p.number)
                continue
            }
            let header = p.cells.map { ScalarClass.text(Array(p.text.unicodeScalars), $0) }
            let caption = k > 0 && paragraphs[k - 1].table == nil ? paragraphs[k - 1].text : ""
            let (currency, scale) = defaults(in: caption + " " + header.joined(separator: " "))
            var table = ArticleTable(number: n, rows: [p.number], header: header, currency: currency, scale: scale)
            table.caption = caption.isEmpty ? nil : paragraphs[k - 1].number
            tables.append(table)
        }
        return tables
    }

    /// Whether a pipe-table line is its rule: `|---|:---:|`.
    static func isRule(_ row: [Unicode.Scalar]) -> Bool {
        row.contains("-") && row.allSatisfy { "|-: \t".unicodeScalars.contains($0) }
    }

    /// The cells of a pipe-table line, trimmed, without the empty ends its outer pipes make.
    static func pipeCells(_ row: [Unicode.Scalar]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = 0
        for j in 0...row.count where j == row.count || (row[j] == "|" && (j == 0 || row[j - 1] != "\\")) {
            cells.append(ScalarClass.trimmed(row, start..<j))
            start = j + 1
        }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// The cells of a row the Markdown or HTML reader wrote, joined by `; `.
    static func joinedCells(_ row: [Unicode.Scalar]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = 0
        var j = 0
        while j < row.count {
            if row[j] == ";", j + 1 < row.count, row[j + 1] == " " {
                cells.append(start..<j)
                start = j + 2
                j += 2
                continue
            }
            j += 1
        }
        cells.append(start..<row.count)
        return cells
    }

    /// Scale words of a caption, as `defaults` spells them.
    static let scales: [String: String] = [
        "thousand": "thousand", "thousands": "thousand", "000s": "thousand", "k": "thousand",
        "million": "million", "millions": "million", "m": "million", "mn": "million", "mln": "million",
        "billion": "billion", "billions": "billion", "bn": "billion", "b": "billion",
    ]

    /// Currency words and codes of a caption, as `defaults` spells them.
    static let currencies: [String: String] = [
        "dollars": "$", "usd": "USD", "eur": "EUR", "euros": "€", "gbp": "GBP", "pounds": "£", "jpy": "JPY",
        "yen": "JPY", "cny": "CNY", "yuan": "CNY", "rmb": "CNY", "hkd": "HKD", "sgd": "SGD", "aud": "AUD",
        "cad": "CAD", "aed": "AED", "dirhams": "AED", "sar": "SAR", "riyals": "SAR", "qar": "QAR", "kwd": "KWD",
        "inr": "INR", "twd": "TWD", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "krw": "KRW",
        "brl": "BRL", "mxn": "MXN", "zar": "ZAR", "myr": "MYR", "nzd": "NZD", "egp": "EGP",
    ]

    /// The currency and scale a caption gives its figures: a scale word in parentheses ("($
    /// millions)", "(HK$ bn)") or after `in` ("in thousands of dollars", "$ in millions"), with
    /// the currency sign or word in the same parenthesis or phrase. A scale anywhere else (a
    /// caption's "$2 billion") says nothing of the table.
    static func defaults(in text: String) -> (currency: String?, scale: String?) {
        let t = SentenceTokens(text)
        let tokens = t.tokens
        var depth = 0
        var groupStart = 0
        for (i, token) in tokens.enumerated() {
            if token.lower == "(" { depth += 1; groupStart = i; continue }
            if token.lower == ")" { depth = max(0, depth - 1); continue }
            guard token.kind == .word, let scale = scales[token.lower] else { continue }
            let afterIn = i > 0 && tokens[i - 1].lower == "in"
            guard depth > 0 || afterIn else { continue }
            // A single letter is a scale only in parentheses: "($m)", not "in m".
            if token.lower.count == 1 && depth == 0 { continue }
            let from = depth > 0 ? groupStart + 1 : max(0, i - 3)
            var end = i + 1
            while end < tokens.count, end < i + 4, tokens[end].lower != ")" { end += 1 }
            return (currency(tokens[from..<end], t), scale)
        }
        return (nil, nil)
    }

    /// The currency among a caption's tokens: a sign with the letters glued before it
    /// (`HK$`, `US$`), or a currency word or code.
    static func currency(_ tokens: ArraySlice<SentenceTokens.Token>, _ t: SentenceTokens) -> String? {
        for (k, token) in zip(tokens.indices, tokens) {
            if ["$", "€", "£"].contains(token.lower) {
                if k > tokens.startIndex, tokens[k - 1].kind == .word, tokens[k - 1].range.upperBound == token.range.lowerBound,
                   t.text(tokens[k - 1].range).unicodeScalars.allSatisfy(ScalarClass.isUppercaseASCII) {
                    return t.text(tokens[k - 1].range) + token.lower
                }
                return token.lower
            }
            if let code = currencies[token.lower] { return code }
        }
        return nil
    }

    /// The row label and column header of the cell at `offset` of a row paragraph, when the
    /// row is not the header.
    func cell(at offset: Int, in row: ArticleParagraph) -> (label: String, column: String)? {
        guard row.number != rows.first, let index = row.cells.firstIndex(where: { $0.contains(offset) }), index > 0,
              let labelRange = row.cells.first else { return nil }
        let label = ScalarClass.text(Array(row.text.unicodeScalars), labelRange)
        let column = row.cells.count == header.count ? header[index] : ""
        return (label, column)
    }
}
