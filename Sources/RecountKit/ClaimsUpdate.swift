import Foundation
import RecountCore
import RecountExtract
import RecountFormat
import RecountModel
import RecountSyntax

/// Merges a fresh extraction into a claims file that has been edited by hand, by quote:
/// `recount extract --update`.
///
/// A claim is matched to a draft whose quote it has (whitespace aside), preferring the draft
/// with its id, then the drafts with its quote in article order. A matched claim keeps its
/// block as written (its `states`, `because`, `expect`, notes, comments and id); only its
/// `at paragraph` follows the article when the paragraph moved. A draft no claim matches is new:
/// it is written in the claims language's draft form after the claim of the draft before it in
/// article order, with its id suffixed (`-2`, `-3`) when the file already uses it. A claim whose
/// quote is no longer in the article is kept and marked with the note `stale`, which `check`
/// also reports as a quote not in the article; the note goes again when the quote comes back.
/// Declarations other than claims, and comments between blocks, are kept. The result is laid
/// out by the formatter, so an update of an unchanged article changes nothing.
public enum ClaimsUpdate {
    /// The note that marks a claim whose quote the article no longer prints.
    public static let staleNote = "stale: the quote is no longer in the article"

    /// What an update did.
    public struct Summary: Sendable, Hashable {
        public var kept = 0
        public var added = 0
        public var stale = 0
    }

    /// Why the file could not be updated.
    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    /// The updated text of `existing` (the claims file at `path`) for `extraction`, whose
    /// article's plain text is `articleText`.
    public static func merge(existing: String, path: String, extraction: Extraction, articleText: String,
                             writer: ClaimsWriter) -> Result<(text: String, summary: Summary), Failure> {
        let (document, diagnostics) = Parser.parse(SourceFile(path: path, text: existing))
        if diagnostics.hasErrors {
            return .failure(Failure(message: "cannot update '\(path)': it has syntax errors; fix them, or pass --force without --update to replace it"))
        }
        var lines = existing.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let starts = document.declarations.map(\.startLine).sorted()
        let claims: [Syntax.Claim] = document.declarations.compactMap {
            if case .claim(let c) = $0 { return c }
            return nil
        }

        // Match claims to drafts: by id and quote, then by quote in order.
        let drafts = extraction.claims
        var draftOfClaim: [Int: Int] = [:]
        var claimOfDraft: [Int: Int] = [:]
        var draftsByQuote: [String: [Int]] = [:]
        for (d, draft) in drafts.enumerated() { draftsByQuote[normalized(draft.quote), default: []].append(d) }
        for (c, claim) in claims.enumerated() {
            guard let quote = claim.quote?.value,
                  let d = draftsByQuote[normalized(quote)]?.first(where: { drafts[$0].id == claim.id.name }) else { continue }
            draftOfClaim[c] = d
            claimOfDraft[d] = c
        }
        for (c, claim) in claims.enumerated() where draftOfClaim[c] == nil {
            guard let quote = claim.quote?.value,
                  let d = draftsByQuote[normalized(quote)]?.first(where: { claimOfDraft[$0] == nil }) else { continue }
            draftOfClaim[c] = d
            claimOfDraft[d] = c
        }

        var summary = Summary()
        let locator = QuoteLocator(text: articleText)
        // Edits to the existing lines, keyed by line index: replacements, and lines added after.
        var replaced: [Int: String?] = [:]
        var after: [Int: [String]] = [:]
        var blockEnd: [Int: Int] = [:]
        for (c, claim) in claims.enumerated() {
            let start = claim.range.start.line - 1
            let next = starts.first { $0 - 1 > start }.map { $0 - 1 } ?? lines.count
            var end = start
            for i in start..<min(next, lines.count) where i == start || lines[i].first == " " || lines[i].first == "\t" {
                end = i
            }
            blockEnd[c] = end
            let staleLines = (start...end).filter { lines[$0].trimmingCharacters(in: .whitespaces) == "note \(CanonicalText.quoted(staleNote))" }
            var isStale = false
            if let d = draftOfClaim[c] {
                if let location = claim.location, location.unit.name == "paragraph", location.number != drafts[d].paragraph {
                    let i = location.range.start.line - 1
                    if lines[i].trimmingCharacters(in: .whitespaces) == "at paragraph \(location.number)" {
                        replaced[i] = "  at paragraph \(drafts[d].paragraph)"
                    }
                }
            } else if let quote = claim.quote?.value, case .found = locator.locate(quote) {
                // A quote the user shortened or moved is still printed: nothing to mark.
            } else if claim.quote != nil {
                isStale = true
            }
            if isStale {
                summary.stale += 1
                if staleLines.isEmpty { after[end, default: []].append("  note \(CanonicalText.quoted(staleNote))") }
            } else {
                summary.kept += 1
                for i in staleLines { replaced[i] = .some(nil) }
            }
        }

        // New drafts go after the block of the claim matched to the draft before them.
        var used = Set(claims.map(\.id.name))
        for declaration in document.declarations { if case .claim(let c) = declaration { for r in c.readings { used.insert(r.id.name) } } }
        var anchor = claims.indices.first.map { max(0, claims[$0].range.start.line - 2) } ?? (lines.count - 1)
        var anchorIsBefore = true
        for (d, draft) in drafts.enumerated() {
            if let c = claimOfDraft[d] {
                anchor = blockEnd[c] ?? anchor
                anchorIsBefore = false
                continue
            }
            var id = draft.id
            var n = 2
            while used.contains(id) {
                id = "\(draft.id)-\(n)"
                n += 1
            }
            used.insert(id)
            var fresh = draft
            fresh.id = id
            summary.added += 1
            let lines = writer.lines(for: fresh, suggestions: [])
            // Before the first matched claim the blank line goes after the block, to part it from
            // that claim; elsewhere before it, to part it from the claim above.
            after[max(anchor, 0), default: []].append(contentsOf: anchorIsBefore && !claims.isEmpty ? lines + [""] : [""] + lines)
        }

        var out: [String] = []
        if lines.isEmpty, let block = after[0] { out.append(contentsOf: block) }
        for (i, line) in lines.enumerated() {
            if let replacement = replaced[i] {
                if let text = replacement { out.append(text) }
            } else {
                out.append(line)
            }
            out.append(contentsOf: after[i] ?? [])
        }
        let merged = out.joined(separator: "\n") + "\n"
        switch Formatter.format(SourceFile(path: path, text: merged)) {
        case .formatted(let text): return .success((text, summary))
        case .unparsable, .refused: return .success((merged, summary))
        }
    }

    /// A quote with its runs of whitespace as single spaces, as quotes are compared.
    static func normalized(_ quote: String) -> String {
        quote.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Syntax.Declaration {
    /// The line the declaration starts on.
    var startLine: Int {
        switch self {
        case .entity(let d): d.range.start.line
        case .source(let d): d.range.start.line
        case .fact(let d): d.range.start.line
        case .article(let d): d.range.start.line
        case .use(let d): d.range.start.line
        case .claim(let d): d.range.start.line
        case .metric(let d): d.range.start.line
        case .defaults(let d): d.range.start.line
        }
    }
}
