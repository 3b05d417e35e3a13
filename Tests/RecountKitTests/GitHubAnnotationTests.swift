import Foundation
import RecountCore
import RecountEngine
import RecountReport
import Testing

/// GitHub Actions annotations: each carries the finding with its figures and cause, and nothing
/// from input can end a property or start a workflow command of its own.
@Suite struct GitHubAnnotationTests {
    static let ledger = """
        entity acme "Acme"
        source filing "Acme annual report"
          grade primary
        fact acme.revenue @ 2025 = $12.4B
          source filing
        fact acme.revenue @ 2024 = $10.0B
          source filing

        """

    static func claims(_ article: String) -> String {
        """
        article \(article) "Story"
        use "../Evidence/acme.ledger"
        claim growth
          quote "up 2.4%"
          states acme.revenue.yoy @ 2025 = 2.4%

        """
    }

    @Test func anInconsistentClaimsAnnotationGivesTheFiguresAndTheCause() throws {
        let audit = try ReportFixtures.audit(["Evidence/acme.ledger": Self.ledger, "Claims/story.claims": Self.claims("story")])
        let lines = GitHubAnnotations.verdicts(audit).split(separator: "\n")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.hasPrefix("::error file=Claims/story.claims,line=3,col=1,title=claim growth is inconsistent::"))
        #expect(line.contains("2.4%25"), "the stated figure, with % escaped")
        #expect(line.contains("24%25"), "the recomputed figure")
        #expect(line.hasSuffix("No usual slip reproduces the figure."), "the cause, as the report names it")
    }

    @Test func aHostileFileNameCannotInjectACommand() throws {
        let name = "Claims/x\n::warning title=INJECTED::pwned\r,a:b%.claims"
        let audit = try ReportFixtures.audit(["Evidence/acme.ledger": Self.ledger, name: Self.claims("x")])
        let text = GitHubAnnotations.verdicts(audit) + DiagnosticRenderer(files: audit.files, style: TerminalStyle(enabled: false))
            .renderGitHub([Diagnostic(.overflow, at: SourceRange(path: name, start: SourceLocation(line: 1, column: 1),
                                                                   end: SourceLocation(line: 1, column: 2)))])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 2, "\(lines)")
        for line in lines {
            #expect(line.contains(" file=Claims/x%0A%3A%3Awarning title=INJECTED%3A%3Apwned%0D%2Ca%3Ab%25.claims,line="),
                    "\(line)")
        }
    }

    @Test func escapingCoversEveryCharacterTheRunnerReads() {
        #expect(GitHubAnnotations.escapeData("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d")
        #expect(GitHubAnnotations.escapeProperty("50% a\r\nb: c, d") == "50%25 a%0D%0Ab%3A c%2C d")
    }
}
