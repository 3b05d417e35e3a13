import RecountEngine

/// Rewrites claims files so that every claim expects the verdict it now gets.
///
/// Used by `recount test --update`, only when asked: an `expect` line that is there is changed
/// in place, and a claim without one gets one after its header line, so that comments and
/// layout are left as they were.
public enum ExpectationUpdate {
    /// A file's new text.
    public struct Edit: Sendable, Hashable {
        public var path: String
        public var text: String
        /// The claims whose expectation changed, in file order.
        public var claims: [String]
    }

    /// The edits that make every claim of the audit expect its current verdict.
    public static func edits(_ audit: Audit) -> [Edit] {
        var byFile: [String: [ClaimResult]] = [:]
        for result in audit.results where result.claim.expect != result.verdict {
            byFile[result.claim.range.path, default: []].append(result)
        }
        return byFile.keys.sorted().compactMap { path in
            guard let file = audit.files[path], let results = byFile[path] else { return nil }
            var lines = (0..<file.lineStarts.count).map { file.lineText($0 + 1) }
            // From the bottom up, so that inserted lines do not shift the ones still to edit.
            let ordered = results.sorted { $0.claim.range.start.line > $1.claim.range.start.line }
            for result in ordered {
                let verdict = result.verdict.rawValue
                if let range = result.claim.expectRange, range.start.line == range.end.line,
                   range.start.line <= lines.count {
                    var scalars = Array(lines[range.start.line - 1].unicodeScalars)
                    let from = range.start.column - 1
                    let to = min(range.end.column - 1, scalars.count)
                    guard from >= 0, from <= to else { continue }
                    scalars.replaceSubrange(from..<to, with: verdict.unicodeScalars)
                    lines[range.start.line - 1] = String(String.UnicodeScalarView(scalars))
                } else {
                    let header = result.claim.range.start.line
                    lines.insert("  expect \(verdict)", at: min(header, lines.count))
                }
            }
            return Edit(path: path, text: lines.joined(separator: "\n"),
                        claims: results.map(\.claim.id).sorted())
        }
    }
}
