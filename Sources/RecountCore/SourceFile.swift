/// A loaded text file: its display path, its contents, and a line index for locating offsets.
///
/// Offsets are in Unicode scalars so that columns count characters a reader sees in an editor
/// for CJK text too, rather than UTF-8 bytes.
public struct SourceFile: Sendable, Hashable {
    /// The path as it is shown in diagnostics, relative to the project root where possible.
    public let path: String
    /// The file's text as Unicode scalars, which the lexer indexes directly.
    public let scalars: [Unicode.Scalar]
    /// The scalar offset at which each line starts; line `n` (1-based) starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column of a scalar offset.
    public func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<max(start, end)])
        return String(text)
    }

    /// The text between two scalar offsets.
    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        // Encoding to UTF-8 and decoding once is much faster than appending scalar by scalar,
        // and the lexer calls this for every token.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(clamped.count)
        for scalar in scalars[clamped] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                if let encoded = UTF8.encode(scalar) { bytes.append(contentsOf: encoded) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
