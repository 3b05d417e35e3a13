import RecountCore
import RecountFormat

/// Writes an extraction as a claims file: valid Recount that `recount check` loads, laid out as
/// the hand-written claims files are.
///
/// Each claim has its id, verbatim quote, `at paragraph`, the figure it `states` and a `TODO`
/// note, and no `expect`: nothing has been checked yet. What the extractor read but the language
/// cannot hold without a quantity (the period and rate words) goes in a comment under the claim,
/// and so do the proposed quantity (see ``ProposedQuantity``) and suggested formulas, so that the file loads whatever they say. A suggestion is two
/// comment lines: what the arithmetic gives, then the formula; deleting the `# ` of the second
/// turns it into a `because` (or `holds`) line that `check` evaluates.
public struct ClaimsWriter: Sendable {
    /// The article's id in the claims file.
    public var articleID: String
    public var title: String
    /// The article's text path relative to the claims file, written as `text "…"` so that
    /// `check` finds every quote in it; nil to write a commented placeholder instead.
    public var textPath: String?
    /// Why there is no `text` line, shown in its place.
    public var textNote: String?
    /// The article's file name, for the header.
    public var sourceName: String
    /// The most suggestions listed in the file's header.
    public var summaryLimit = 20

    public init(articleID: String, title: String, textPath: String?, textNote: String? = nil, sourceName: String) {
        self.articleID = articleID
        self.title = title
        self.textPath = textPath
        self.textNote = textNote
        self.sourceName = sourceName
    }

    /// The claims file for `extraction`; `suggested` says whether discovery ran, so that a run
    /// that found nothing says so.
    public func render(_ extraction: Extraction, suggested: Bool) -> String {
        var out: [String] = []
        let claims = extraction.claims
        let statements = claims.count == 1 ? "1 numeric statement" : "\(claims.count) numeric statements"
        out.append("# Claims drafted by `recount extract` from \(oneLine(sourceName)): \(statements).")
        out.append("#")
        out.append("# Each claim states its figure without naming a quantity, so `recount check` loads this")
        out.append("# file and reports every claim as undetermined (warning R405). To finish a claim, name its")
        out.append("# quantity (`states entity.metric @ PERIOD = …`), add a `because` formula or a `source`,")
        out.append("# set its `expect` and delete its TODO note. Ids read pPARAGRAPH-sSENTENCE-nFIGURE.")
        let entities = proposedEntities(claims)
        if !entities.isEmpty {
            out.append("#")
            out.append("# `# proposed, review:` under a claim is the quantity its context suggests: the entity named")
            out.append("# nearest the figure, the noun it measures and its period. Review it, declare its entity")
            out.append("# (delete the `# ` of its line below) and let it replace the claim's `states` line:")
            out.append("#")
            for (id, name) in entities { out.append("# entity \(id) \(quoted(name))") }
        }
        if suggested {
            out.append("#")
            if extraction.suggestions.isEmpty {
                out.append("# Arithmetic discovery found no relation among the figures.")
            } else {
                out.append("# Suggested formulas are comments under their claim: `# suggest` says what the arithmetic")
                out.append("# gives, and the line below it is the formula; delete its `# ` to check it. The most")
                out.append("# plausible first:")
                out.append("#")
                let shown = extraction.suggestions.prefix(summaryLimit)
                let width = String(shown.count).count
                for (n, s) in shown.enumerated() {
                    let number = String(n + 1)
                    let pad = String(repeating: " ", count: width - number.count)
                    let from = s.operands.isEmpty ? "" : " from " + s.operands.joined(separator: ", ")
                    out.append("#   \(pad)\(number). \(s.target)\(from), \(s.fitDescription): \(oneLine(s.arithmetic))")
                }
                if extraction.suggestions.count > shown.count {
                    out.append("#   and \(extraction.suggestions.count - shown.count) more under their claims.")
                }
            }
        }
        out.append("")
        out.append("article \(articleID) \(quoted(title))")
        if let textPath {
            out.append("  text \(quoted(textPath))")
            if let textNote { out.append("  # \(oneLine(textNote))") }
        } else {
            out.append("  # text \"PATH\"  # \(oneLine(textNote ?? "the article's text, relative to this file: name it to check every quote"))")
        }
        if let region = extraction.signs.region {
            // The article's own currencies say what its `¥` or `元` means (see ArticleSigns).
            out.append("")
            out.append("defaults")
            out.append("  region \(region)")
        }

        var byTarget: [String: [Suggestion]] = [:]
        for s in extraction.suggestions { byTarget[s.target, default: []].append(s) }
        var paragraph = 0
        var table: ArticleTable?
        for claim in claims {
            if claim.table != table?.number {
                if let open = table, open.currency != nil || open.scale != nil {
                    out.append("")
                    out.append("defaults")
                }
                table = extraction.tables.first { $0.number == claim.table }
                if let table { out.append(contentsOf: tableOpening(table)) }
            }
            if claim.paragraph != paragraph {
                paragraph = claim.paragraph
                out.append("")
                out.append("# Paragraph \(claim.paragraph), line \(claim.line)")
            }
            out.append("")
            out.append(contentsOf: lines(for: claim, suggestions: byTarget[claim.id] ?? []))
        }
        if let open = table, open.currency != nil || open.scale != nil {
            out.append("")
            out.append("defaults")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The lines before a table's claims: a comment with its header and, when its caption or
    /// header gives a currency or scale, the `defaults` block that applies it to the cells as
    /// printed. An empty `defaults` after the table's claims ends it.
    func tableOpening(_ table: ArticleTable) -> [String] {
        var out = ["", "# Table \(table.number): \(oneLine(table.header.joined(separator: " | ")))"]
        guard table.currency != nil || table.scale != nil else { return out }
        out.append("")
        out.append("defaults")
        if let currency = table.currency { out.append("  currency \(currency)") }
        if let scale = table.scale { out.append("  scale \(scale)") }
        return out
    }

    /// The lines of one claim with its comments.
    public func lines(for claim: ClaimDraft, suggestions: [Suggestion]) -> [String] {
        let e = claim.expression
        var out = [
            "claim \(claim.id)",
            "  quote \(quoted(claim.quote))",
            "  at paragraph \(claim.paragraph)",
            "  states \(e.statedValue)",
        ]
        switch e.role {
        case .fraction:
            out.append("  note \(quoted("TODO: a comparison; replace states with a holds line"))")
        default:
            out.append("  note \(quoted("TODO: name the quantity"))")
        }
        if let p = claim.proposal {
            out.append("  # proposed, review: states \(p.quantity) = \(e.statedValue)")
        }
        var words = e.periodWords.map { "\"\(oneLine($0))\"" }
        if let period = e.period, let first = words.first {
            words.removeFirst()
            out.append("  # period \(period) (\(first))" + (words.isEmpty ? "" : "; words: " + words.joined(separator: ", ")))
        } else if !words.isEmpty {
            out.append("  # words: " + words.joined(separator: ", "))
        }
        for s in suggestions {
            let why = s.reasons.isEmpty ? "" : " (\(oneLine(s.reasons.joined(separator: ", "))))"
            var line = "  # suggest, \(s.fitDescription)\(why): \(oneLine(s.arithmetic))"
            switch s.fit {
            case .implies, .comparison: break
            default: line += "; stated \(oneLine(s.stated))"
            }
            out.append(line)
            var formula = "  #   \(s.keyword) \(s.formula)"
            if let placeholder = s.placeholder { formula += "  # QUANTITY: \(oneLine(placeholder))" }
            if s.keyword == "holds" { formula += "  # in place of states" }
            out.append(formula)
        }
        return out
    }

    /// The entities of the proposed quantities, each once, in order of first proposal.
    func proposedEntities(_ claims: [ClaimDraft]) -> [(id: String, name: String)] {
        var seen = Set<String>()
        var out: [(id: String, name: String)] = []
        for p in claims.compactMap(\.proposal) where seen.insert(p.entity).inserted {
            out.append((p.entity, oneLine(p.entityName)))
        }
        return out
    }

    /// A string literal of the claims language, spelled as `fmt` spells it.
    func quoted(_ text: String) -> String { CanonicalText.quoted(text) }

    /// Text for a comment: one line.
    func oneLine(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 })
    }

    /// An article id from a file name: `ai-black-hole` from `ai-black-hole.txt`. Ids start with a
    /// letter and hold letters, digits, `_` and inner `-`.
    public static func articleID(fromFileName name: String) -> String {
        var stem = Substring(name)
        if let slash = stem.lastIndex(of: "/") { stem = stem[stem.index(after: slash)...] }
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var id = ""
        for scalar in stem.unicodeScalars {
            if ScalarClass.isASCIILetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "_" {
                id.unicodeScalars.append(ScalarClass.lower(scalar))
            } else if !id.isEmpty, id.last != "-" {
                id += "-"
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        if id.isEmpty { return "article" }
        if let first = id.unicodeScalars.first, !ScalarClass.isASCIILetter(first), first != "_" { id = "article-" + id }
        return id
    }

    /// A title for the article: its first line of four words or eight CJK characters or more.
    public static func title(of text: String, fallback: String) -> String {
        for s in ScalarClass.lines(of: text) {
            let r = ScalarClass.trimmed(s, 0..<s.count)
            guard !r.isEmpty else { continue }
            let weight = QuoteClause.weight(s, r)
            let cjk = s[r].filter(ScalarClass.isCJK).count
            if weight >= 4 && (cjk >= 8 || cjk == 0 || weight >= 6) {
                let t = ScalarClass.text(s, r)
                return t.unicodeScalars.count > 120 ? String(String.UnicodeScalarView(t.unicodeScalars.prefix(120))) + "…" : t
            }
        }
        return fallback
    }
}
