/// A unified diff of two texts, as `diff -u` and `git diff` print it.
///
/// `recount fmt --check` shows what formatting would change in a form every reviewer and tool
/// reads. The common prefix and suffix are set aside first, so a one-line change in a large file
/// costs little; the rest is compared line by line (longest common subsequence), or, when it is
/// too large for that, shown as one replaced block.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let context = 3
    /// Above this many line pairs in the changed middle, the middle is shown as one block.
    static let maximumCells = 4_000_000

    /// The diff of `old` and `new` under `--- a/PATH` and `+++ b/PATH` headers; empty when the
    /// texts are equal.
    public static func render(old: String, new: String, path: String) -> String {
        guard old != new else { return "" }
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(edits) {
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .keep: out += " " + a[edit.oldIndex] + "\n"
                case .delete: out += "-" + a[edit.oldIndex] + "\n"
                case .insert: out += "+" + b[edit.newIndex] + "\n"
                }
            }
        }
        return out
    }

    /// `start,count` with 1-based start; an empty side starts at the line before.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    /// The lines of a text; a final line break does not start another line, and a missing one
    /// is marked as `diff` does.
    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" {
            result.removeLast()
        } else if !result.isEmpty {
            result[result.count - 1] += "\n\\ No newline at end of file"
        }
        return result
    }

    struct Edit {
        enum Kind { case keep, delete, insert }
        var kind: Kind
        /// The line's index in the old text (for an insert: where it goes).
        var oldIndex: Int
        /// The line's index in the new text (for a delete: where it was).
        var newIndex: Int
    }

    /// The edit script turning `a` into `b`.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var edits = (0..<prefix).map { Edit(kind: .keep, oldIndex: $0, newIndex: $0) }
        let oldMiddle = prefix..<(a.count - suffix)
        let newMiddle = prefix..<(b.count - suffix)
        if oldMiddle.count * newMiddle.count > maximumCells {
            edits += oldMiddle.map { Edit(kind: .delete, oldIndex: $0, newIndex: newMiddle.lowerBound) }
            edits += newMiddle.map { Edit(kind: .insert, oldIndex: oldMiddle.upperBound, newIndex: $0) }
        } else {
            edits += middle(a, oldMiddle, b, newMiddle)
        }
        edits += (0..<suffix).map { Edit(kind: .keep, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0) }
        return edits
    }

    /// The longest-common-subsequence script of two ranges of lines.
    private static func middle(_ a: [String], _ ra: Range<Int>, _ b: [String], _ rb: Range<Int>) -> [Edit] {
        let n = ra.count
        let m = rb.count
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] = a[ra.lowerBound + i] == b[rb.lowerBound + j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            let oldIndex = ra.lowerBound + i
            let newIndex = rb.lowerBound + j
            if i < n, j < m, a[oldIndex] == b[newIndex] {
                edits.append(Edit(kind: .keep, oldIndex: oldIndex, newIndex: newIndex))
                i += 1
                j += 1
            } else if i < n, j == m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
                edits.append(Edit(kind: .delete, oldIndex: oldIndex, newIndex: newIndex))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, oldIndex: oldIndex, newIndex: newIndex))
                j += 1
            }
        }
        return edits
    }

    /// Groups the edits into hunks: each change with up to `context` kept lines around it,
    /// merging changes whose context touches.
    private static func hunks(_ edits: [Edit]) -> [[Edit]] {
        let changed = edits.indices.filter { edits[$0].kind != .keep }
        guard !changed.isEmpty else { return [] }
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let low = max(0, index - context)
            let high = min(edits.count - 1, index + context)
            if let last = groups.last, low <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...max(last.upperBound, high)
            } else {
                groups.append(low...high)
            }
        }
        return groups.map { Array(edits[$0]) }
    }
}
