import Foundation
import RecountCore
import RecountEngine
import RecountModel
import Testing

/// Inputs whose messages once misled: each now says what is wrong, where, and what to write.
@Suite struct ClearMessageTests {
    typealias E2E = EndToEndTests

    static func messages(_ text: String) -> [String] {
        resolveText(text, path: "x.claims").diagnostics.map { "\($0.code) \($0.message)" }
    }

    @Test func aCJKNumberWordWhereAnIDBelongsSaysSo() {
        let (_, diagnostics) = resolveText("claim 萬億\n  states 5\n", path: "x.claims")
        let first = diagnostics.first
        #expect(first?.code == "R007")
        #expect(first?.message == "'萬億' is a number word with no digits before it")
        #expect(first?.hint?.contains("'1萬億'") == true)
        #expect(first?.hint?.contains("comments") == false)
    }

    @Test func aLocationTooLargeSaysWhatALocationIs() {
        let found = Self.messages("claim c\n  quote \"a\"\n  at line 99999999999999999999999\n  states 5\n  because 5\n")
        #expect(found.contains(
            "R101 expected the line's number, a whole number from 1 to 2147483647, found figure '99999999999999999999999'"))
        #expect(Self.messages("claim c\n  at paragraph 0\n  states 5\n  because 5\n").contains {
            $0.hasPrefix("R101 expected the paragraph's number")
        })
    }

    @Test func anInfiniteToleranceShowsItsWholeText() {
        #expect(Self.messages("article a \"A\"\n  tolerance about 1e400%\n") == ["R211 invalid tolerance '1e400%'"])
    }

    @Test func aDecomposedIdentifierIsTheSameAsThePrecomposedOne() throws {
        let decomposed = "cafe\u{301}"
        let project = try loadInline("""
            entity \(decomposed) "Café"
            source s "S"
              grade primary
            fact \(decomposed).revenue @ 2025 = $5B
              source s
            """, """
            claim c
              states café.revenue @ 2025 = $5B
            """)
        let result = try #require(Engine.check(project).results.first)
        #expect(result.verdict == .consistent)
    }

    @Test func aRangeOfRangesIsRefused() {
        #expect(Self.messages("entity e \"E\"\nclaim c\n  states e.m @ 2025..2026..2027 = 5\n  because 5\n").contains(
            "R206 invalid period '2025..2026..2027': a range has two ends, 'START..END', each a single period"))
    }

    @Test func aBecauseThatDoesNotParseGetsNoR405() {
        let found = Self.messages("claim c\n  states 5\n  because 3 +* 2\n")
        #expect(found.contains { $0.hasPrefix("R101") })
        #expect(!found.contains { $0.hasPrefix("R405") })
    }

    @Test func anEmptyOptionValueIsAUsageError() throws {
        let project = try E2E.seedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try E2E.run(["report", "-o", ""], in: project)
        #expect(run.status == 64)
        #expect(run.stderr.contains("option '-o' needs a value, not an empty one; '-' writes to standard output"))
        #expect(try E2E.run(["check", "--root", ""], in: project).status == 64)
    }
}
