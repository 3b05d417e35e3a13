/// A claims or ledger file cut into its top-level declarations, so that a test can put them
/// in another order.
///
/// A declaration starts at a line with no indentation that is not a comment, and runs over
/// the indented lines below it. Comments and blank lines at the left margin go with the
/// declaration below them (a file's header with its first declaration), or, at the end of the
/// file, with the last one; so reordering the blocks never separates a comment from what it
/// describes and never leaves an indented line under another declaration.
struct DeclarationBlocks {
    /// Each declaration with its comments, without trailing blank lines.
    var blocks: [String]

    init(_ text: String) {
        var blocks: [[Substring]] = []
        var current: [Substring] = []
        var pending: [Substring] = []
        var started = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isMargin = line.first.map { !$0.isWhitespace } ?? false
            let isBlank = line.allSatisfy(\.isWhitespace)
            if isMargin && !line.hasPrefix("#") {
                if started { blocks.append(current) }
                current = pending + [line]
                pending = []
                started = true
            } else if isBlank || line.hasPrefix("#") {
                pending.append(line)
            } else {
                // An indented line continues the declaration above, with any blank line between.
                current += pending + [line]
                pending = []
            }
        }
        current += pending
        if started || !current.isEmpty { blocks.append(current) }
        self.blocks = blocks.map { lines in
            var lines = lines
            while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
    }

    init(blocks: [String]) { self.blocks = blocks }

    /// The file again: the blocks in their order, a blank line between two.
    var text: String { blocks.map { $0 + "\n" }.joined(separator: "\n") }

    /// The keyword that opens a block's declaration: `article`, `fact`, `claim`, …
    static func keyword(of block: String) -> Substring? {
        let declaration = block.split(separator: "\n").first { line in
            line.first.map { !$0.isWhitespace && $0 != "#" } ?? false
        }
        return declaration?.split(separator: " ").first
    }
}
