import RecountCore

/// Converts between Recount's locations (1-based lines and columns counted in Unicode scalars)
/// and LSP's positions (0-based lines, characters counted in UTF-16 code units).
///
/// The two differ wherever a line holds a character outside the Basic Multilingual Plane: an
/// emoji or a rare CJK ideograph is one scalar and two UTF-16 units.
public struct PositionMapping: Sendable {
    public let file: SourceFile

    public init(file: SourceFile) {
        self.file = file
    }

    /// An LSP position: 0-based line and UTF-16 offset in that line.
    public struct Position: Sendable, Hashable {
        public var line: Int
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }
    }

    /// The scalars of a 0-based line, without its line break.
    private func lineScalars(_ line: Int) -> ArraySlice<Unicode.Scalar> {
        guard line >= 0, line < file.lineStarts.count else { return [] }
        let start = file.lineStarts[line]
        var end = line + 1 < file.lineStarts.count ? file.lineStarts[line + 1] - 1 : file.scalars.count
        if end > start, file.scalars[end - 1] == "\r" { end -= 1 }
        return file.scalars[start..<max(start, end)]
    }

    /// The LSP position of a Recount location; a column past the line's end is its end.
    public func position(of location: SourceLocation) -> Position {
        let line = min(max(location.line - 1, 0), max(file.lineStarts.count - 1, 0))
        let scalars = lineScalars(line)
        let count = min(max(location.column - 1, 0), scalars.count)
        let units = scalars.prefix(count).reduce(0) { $0 + UTF16.width($1) }
        return Position(line: line, character: units)
    }

    /// The scalar offset in the file of an LSP position. A character in the middle of a
    /// surrogate pair is taken as the start of its scalar; one past the line's end as its end.
    public func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < file.lineStarts.count else { return file.scalars.count }
        let scalars = lineScalars(position.line)
        var units = 0
        var offset = scalars.startIndex
        while offset < scalars.endIndex {
            let width = UTF16.width(scalars[offset])
            if units + width > position.character { break }
            units += width
            offset += 1
        }
        return offset
    }

    /// The Recount location of an LSP position.
    public func location(of position: Position) -> SourceLocation {
        file.location(of: offset(of: position))
    }
}
