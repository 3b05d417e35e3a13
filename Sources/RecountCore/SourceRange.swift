/// A span of text in one file, carried by every value that came from a file.
public struct SourceRange: Sendable, Hashable {
    /// The display path of the file.
    public var path: String
    /// Where the span starts.
    public var start: SourceLocation
    /// Where the span ends (exclusive). On the same line as `start` for single-line spans.
    public var end: SourceLocation

    public init(path: String, start: SourceLocation, end: SourceLocation) {
        self.path = path
        self.start = start
        self.end = end
    }

    /// The span covering both `self` and `other`, which must be in the same file.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(path: path, start: min(start, other.start), end: max(end, other.end))
    }

    /// `path:line:column`, the form editors and terminals recognise.
    public var description: String { "\(path):\(start.line):\(start.column)" }
}

extension SourceRange: Comparable {
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.path, lhs.start, lhs.end) < (rhs.path, rhs.start, rhs.end)
    }
}
