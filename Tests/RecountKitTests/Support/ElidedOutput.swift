/// The output a document shows for a command: the lines it prints, where a line that is only `…`
/// stands for any number of lines (none included) that the document leaves out.
///
/// The lines between two `…` are a segment and must appear in the real output as they are, in
/// order; the first segment starts the output unless a `…` comes before it, and the last ends it
/// unless a `…` follows it.
struct ElidedOutput: Equatable, Sendable {
    static let elision = "…"

    var lines: [String]

    var isElided: Bool { lines.contains(Self.elision) }

    /// The lines between the `…`, each with its index in `lines`.
    var segments: [[(index: Int, line: String)]] {
        var result: [[(index: Int, line: String)]] = [[]]
        for (index, line) in lines.enumerated() {
            if line == Self.elision { result.append([]) } else { result[result.count - 1].append((index, line)) }
        }
        return result
    }

    /// Whether `actual` is what the document shows.
    func matches(_ actual: [String]) -> Bool {
        guard isElided else { return lines == actual }
        let segments = self.segments.map { $0.map(\.line) }
        var cursor = 0
        for (number, segment) in segments.enumerated() {
            let first = number == 0, last = number == segments.count - 1
            if first {
                guard actual.starts(with: segment) else { return false }
                cursor = segment.count
            } else if last {
                guard actual.count - segment.count >= cursor, actual.suffix(segment.count).elementsEqual(segment) else { return false }
            } else {
                guard let at = Self.firstIndex(of: segment, in: actual, from: cursor) else { return false }
                cursor = at + segment.count
            }
        }
        return true
    }

    /// What the document should show for `actual`: `actual` itself when nothing is elided;
    /// otherwise the same `…` with each segment replaced by the lines of `actual` it lines up with
    /// best (the most equal lines, then the most lines that begin with the same word), so that a
    /// re-recorded block keeps the excerpt its author chose. Nil when a segment lines up with nothing.
    func recorded(from actual: [String]) -> ElidedOutput? {
        guard isElided else { return ElidedOutput(lines: actual) }
        let segments = self.segments.map { $0.map(\.line) }
        var result: [String] = []
        var cursor = 0
        for (number, segment) in segments.enumerated() {
            if number > 0 { result.append(Self.elision) }
            let first = number == 0, last = number == segments.count - 1
            let start: Int
            if segment.isEmpty {
                continue
            } else if first {
                start = 0
            } else if last {
                start = max(cursor, actual.count - segment.count)
            } else {
                guard let best = Self.bestPlace(of: segment, in: actual, from: cursor) else { return nil }
                start = best
            }
            let end = min(actual.count, start + segment.count)
            result += actual[min(start, end)..<end]
            cursor = end
        }
        return ElidedOutput(lines: result)
    }

    static func firstIndex(of segment: [String], in lines: [String], from start: Int) -> Int? {
        guard lines.count - segment.count >= start else { return nil }
        return (start...(lines.count - segment.count)).first { lines[$0..<($0 + segment.count)].elementsEqual(segment) }
    }

    /// Where `segment` lines up best with `lines`, at or after `start`; nil when no line agrees.
    static func bestPlace(of segment: [String], in lines: [String], from start: Int) -> Int? {
        func firstWord(_ line: String) -> Substring { line.split(separator: " ").first ?? "" }
        var best: (at: Int, score: (Int, Int))?
        for at in start..<max(start, lines.count) {
            var equal = 0, similar = 0
            for (offset, line) in segment.enumerated() where at + offset < lines.count {
                if lines[at + offset] == line { equal += 1 } else if firstWord(lines[at + offset]) == firstWord(line) { similar += 1 }
            }
            if equal + similar > 0, best.map({ (equal, similar) > $0.score }) ?? true { best = (at, (equal, similar)) }
        }
        return best?.at
    }
}
