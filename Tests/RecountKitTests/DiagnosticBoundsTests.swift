import RecountCore
import RecountReport
import RecountSyntax
import Testing

/// The diagnostic printer stays bounded and shows no raw control character, whatever the input.
@Suite struct DiagnosticBoundsTests {
    static func diagnose(_ text: String, limit: Int? = DiagnosticRenderer.defaultLimitPerFile) -> (count: Int, output: String) {
        let file = SourceFile(path: "x.claims", text: text)
        let (_, diagnostics) = Parser.parse(file)
        let output = DiagnosticRenderer(files: [file.path: file], style: .plain, limitPerFile: limit).render(diagnostics)
        return (diagnostics.count, output)
    }

    @Test func aRunOfOneStrayCharacterIsOneDiagnostic() {
        let (count, output) = Self.diagnose(String(repeating: "!", count: 8_000) + "\n")
        #expect(count == 1)
        #expect(output.utf8.count < 1_000, "\(output.utf8.count) bytes")
        #expect(output.contains("^" + String(repeating: "~", count: 150)))
    }

    @Test func theSameDiagnosticOnConsecutiveLinesIsShownOnceWithACount() {
        let (count, output) = Self.diagnose(String(repeating: "!\n", count: 5))
        #expect(count >= 5)
        #expect(output.components(separatedBy: "x.claims:").count - 1 < count)
        #expect(output.contains("= note: and 4 more like it, through line 5"), "\(output)")
    }

    @Test func eachFileShowsAtMostItsLimitAndCountsTheRest() {
        // Alternating kinds of error, so that no two neighbours merge.
        let text = (0..<60).map { $0 % 2 == 0 ? "claim \($0) x\n" : "fact\n" }.joined()
        let (count, output) = Self.diagnose(text, limit: 10)
        #expect(count >= 60)
        let shown = output.split(separator: "\n").filter { $0.hasPrefix("x.claims:") && $0.contains(" error: ") }
        #expect(shown.count == 10)
        #expect(output.hasSuffix("x.claims: note: … and \(count - 10) errors more in this file, not shown\n"), "\(output.suffix(200))")
        #expect(Self.diagnose(text, limit: nil).output.split(separator: "\n").filter { $0.hasPrefix("x.claims:") }.count == count)
    }

    @Test func aLongLineIsCutToAWindowWithTheCaretUnderItsCharacter() throws {
        let line = String(repeating: "a", count: 5_000) + "!" + String(repeating: "b", count: 5_000)
        let (_, output) = Self.diagnose(line + "\n")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let echo = try #require(lines.first { $0.hasPrefix(" 1 | …") && $0.contains("!") })
        let caret = try #require(lines.first { $0.hasPrefix("   | ") && $0.hasSuffix("^") && !$0.contains("~") })
        #expect(echo.count <= DiagnosticRenderer.maximumLineWidth + 10)
        #expect(echo.hasSuffix("b…"))
        let bang = try #require(echo.firstIndex(of: "!"))
        #expect(echo.distance(from: echo.startIndex, to: bang) == caret.count - 1)
    }

    @Test func controlAndBidiCharactersAreShownAsCodesAndTheCaretStaysAligned() throws {
        let (_, output) = Self.diagnose("\u{1B}[2J \u{202E}x !\n")
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let block = try #require(output.components(separatedBy: "x.claims:").first { $0.contains("unexpected character '!'") })
        let lines = block.split(separator: "\n")
        #expect(lines.count >= 3 && lines[1] == " 1 | U+001B[2J U+202Ex !")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 18) + "^")
    }

    @Test func safeOutputKeepsOnlyRecountsOwnColours() {
        let style = TerminalStyle(enabled: true)
        let ours = style.bold("ok")
        let hostile = "\u{1B}[2J\u{1B}]0;title\u{07}\r\u{1B}[8m"
        #expect(TerminalText.safe(ours + hostile, style: style) == ours + "U+001B[2JU+001B]0;titleU+0007U+000DU+001B[8m")
        #expect(TerminalText.safe(ours, style: .plain) == "U+001B[1mokU+001B[0m")
        #expect(TerminalText.visible("tab\tand\nnewline\u{0}\u{85}\u{2067}") == "tab\tand\nnewlineU+0000U+0085U+2067")
    }

    @Test func gitHubAnnotationsAreBoundedToo() {
        let text = (0..<60).map { $0 % 2 == 0 ? "claim \($0) x\n" : "fact\n" }.joined()
        let file = SourceFile(path: "x.claims", text: text)
        let (_, diagnostics) = Parser.parse(file)
        let out = DiagnosticRenderer(files: [:], style: .plain, limitPerFile: 10).renderGitHub(diagnostics)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.last?.hasPrefix("::notice file=x.claims,title=recount::… and ") == true)
    }
}

/// The Markdown report shows control and bidirectional characters from input as codes too.
@Suite struct MarkdownHiddenCharacterTests {
    @Test func aQuoteWithAnOverrideMarkIsShownNotObeyed() {
        #expect(MarkdownEscaping.text("a \u{202E}b\u{1B}[2J\tc") == "a U+202EbU+001B\\[2J c")
        #expect(!MarkdownEscaping.html("\u{202E}x").unicodeScalars.contains("\u{202E}"))
    }
}
