/// Where each bracket, parenthesis and backtick run of a Markdown line closes, found in one pass.
///
/// Looking for the close of every `[` and backtick run afresh made a line of many unmatched
/// ones quadratic: 20,000 of each on a line took 45 s to read. One pass with a stack for the
/// brackets and parentheses, and one from the end for the runs, answer each in constant time,
/// with what the search found: the `]` that brings the depth back to zero past escapes, the `)`
/// that matches its `(`, the first `]` after a reference's `[`, and the next run of as many
/// backticks.
struct InlineMarks {
    let s: [Unicode.Scalar]
    let range: Range<Int>
    /// For a `[`, its matching `]`; escaped brackets do not count.
    private var bracketClose: [Int: Int] = [:]
    /// For a `(`, its matching `)`.
    private var parenClose: [Int: Int] = [:]
    /// For each position, the first `]` at or after it.
    private var nextBracket: [Int]
    /// For the first backtick of a run, where the next run of as many backticks starts.
    private(set) var runClose: [Int: Int] = [:]

    init(_ s: [Unicode.Scalar], _ r: Range<Int>) {
        self.s = s
        range = r
        var brackets: [Int] = []
        var parens: [Int] = []
        var k = r.lowerBound
        while k < r.upperBound {
            switch s[k] {
            case "\\":
                k += 1
            case "[":
                brackets.append(k)
            case "]":
                if let open = brackets.popLast() { bracketClose[open] = k }
            default:
                break
            }
            k += 1
        }
        for k in r where s[k] == "(" || s[k] == ")" {
            if s[k] == "(" { parens.append(k) } else if let open = parens.popLast() { parenClose[open] = k }
        }
        var next = Array(repeating: r.upperBound, count: r.count + 1)
        var j = r.upperBound - 1
        while j >= r.lowerBound {
            next[j - r.lowerBound] = s[j] == "]" ? j : next[j - r.lowerBound + 1]
            j -= 1
        }
        nextBracket = next
        // Runs from the end, so that each knows the next run of its length after it.
        var runs: [(start: Int, count: Int)] = []
        k = r.lowerBound
        while k < r.upperBound {
            guard s[k] == "`" else { k += 1; continue }
            var e = k
            while e < r.upperBound, s[e] == "`" { e += 1 }
            runs.append((k, e - k))
            k = e
        }
        var nextOfLength: [Int: Int] = [:]
        for run in runs.reversed() {
            if let close = nextOfLength[run.count] { runClose[run.start] = close }
            nextOfLength[run.count] = run.start
        }
    }

    /// A link `[text](target)`, `[text][ref]` or `[text][]` at `s[i]`: its text and where it ends.
    func link(at i: Int) -> (text: Range<Int>, end: Int)? {
        guard let j = bracketClose[i], j + 1 < range.upperBound else { return nil }
        let text = (i + 1)..<j
        switch s[j + 1] {
        case "(":
            return parenClose[j + 1].map { (text, $0 + 1) }
        case "[":
            let close = j + 2 <= range.upperBound ? nextBracket[j + 2 - range.lowerBound] : range.upperBound
            return close < range.upperBound ? (text, close + 1) : nil
        default:
            return nil
        }
    }
}
