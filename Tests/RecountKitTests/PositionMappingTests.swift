import RecountCore
import RecountLanguageServer
import Testing

/// Recount counts columns in Unicode scalars from 1; LSP counts characters in UTF-16 units from
/// 0. They differ on any line with a character outside the Basic Multilingual Plane.
@Suite struct PositionMappingTests {
    typealias Position = PositionMapping.Position
    typealias SourceLocation = RecountCore.SourceLocation

    // "收入" are two scalars of one unit each; "📈" and "𠀋" (CJK Extension B) are one scalar of two.
    static let file = SourceFile(path: "t.claims", text: "ab\n收入📈x\n𠀋📈 é\r\nlast")
    static let mapping = PositionMapping(file: file)

    @Test(arguments: [
        (RecountCore.SourceLocation(line: 1, column: 1), Position(line: 0, character: 0)),
        (RecountCore.SourceLocation(line: 1, column: 3), Position(line: 0, character: 2)),
        (RecountCore.SourceLocation(line: 2, column: 3), Position(line: 1, character: 2)),
        (RecountCore.SourceLocation(line: 2, column: 4), Position(line: 1, character: 4)),
        (RecountCore.SourceLocation(line: 2, column: 5), Position(line: 1, character: 5)),
        (RecountCore.SourceLocation(line: 3, column: 2), Position(line: 2, character: 2)),
        (RecountCore.SourceLocation(line: 3, column: 4), Position(line: 2, character: 5)),
        (RecountCore.SourceLocation(line: 3, column: 5), Position(line: 2, character: 6)),
        // Past the end of a line (the `\r` is not counted), past the last line.
        (RecountCore.SourceLocation(line: 3, column: 9), Position(line: 2, character: 6)),
        (RecountCore.SourceLocation(line: 9, column: 1), Position(line: 3, character: 0)),
    ])
    func locationsBecomeUTF16Positions(location: SourceLocation, position: Position) {
        #expect(Self.mapping.position(of: location) == position)
    }

    @Test func positionsGoBackToTheSameLocation() {
        for line in 1...4 {
            for column in 1...(Self.file.lineText(line).unicodeScalars.count + 1) {
                let location = SourceLocation(line: line, column: column)
                #expect(Self.mapping.location(of: Self.mapping.position(of: location)) == location)
            }
        }
    }

    @Test func aPositionInsideASurrogatePairIsItsScalar() {
        // Character 3 of "收入📈x" is the second unit of 📈.
        #expect(Self.mapping.location(of: Position(line: 1, character: 3)) == SourceLocation(line: 2, column: 3))
        #expect(Self.mapping.location(of: Position(line: 1, character: 99)) == SourceLocation(line: 2, column: 5))
        #expect(Self.mapping.offset(of: Position(line: 7, character: 0)) == Self.file.scalars.count)
    }

    @Test func aDiagnosticAfterAnEmojiIsPlacedForTheEditor() {
        let file = SourceFile(path: "e.claims", text: "claim a\n  quote \"📈\" ?\n")
        let range = SourceRange(path: "e.claims", start: SourceLocation(line: 2, column: 13), end: SourceLocation(line: 2, column: 14))
        let json = LanguageServer.lspRange(range, in: file)
        #expect(json["start"]?["character"] == .integer(13))
        #expect(json["end"]?["character"] == .integer(14))
    }
}
