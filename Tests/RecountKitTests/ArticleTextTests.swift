import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountSyntax
import Testing

/// Article texts named by claims files, checked end to end through `Audit.run` in temporary
/// project folders with articles written for these tests.
@Suite struct ArticleTextTests {
    static let article = """
        Harbor Lane Foods, a regional grocer, reported its results on Tuesday.
        Quarterly revenue reached $4.2 billion, and online orders were
        up 123% year-over-year, the company said.
        """

    static let chineseArticle = """
        星河電子週二公布第三季財報。公司表示，其雲端業務的年化收入已達380億美元，
        較去年同期增長42%。
        """

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("recount-articles-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ data: Data, to path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func write(_ text: String, to path: String, in folder: URL) throws {
        try write(Data(text.utf8), to: path, in: folder)
    }

    /// A claims file for the Harbor Lane article whose text is at `textPath`.
    static func claims(text textPath: String) -> String {
        """
        article harbor "Harbor Lane Foods reports"
          text "\(textPath)"

        claim orders
          quote "online orders were up 12% year-over-year"
          states 12%

        claim revenue
          quote "Quarterly revenue reached $4.2 billion"
          states $4.2 billion

        claim dividend
          quote "Shareholders approved a new dividend policy at the annual meeting"
          states 5%

        """
    }

    /// The diagnostics of the quote and article-text checks.
    static func quoteDiagnostics(_ audit: Audit) -> [Diagnostic] {
        audit.diagnostics.filter { ["R301", "R303", "R408", "R409"].contains($0.code) }
    }

    @Test func staleAndMissingQuotesAreReportedOnTheirQuoteLines() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.claims(text: "../Articles/x.txt"), to: "Claims/x.claims", in: root)
        try Self.write(Self.article, to: "Articles/x.txt", in: root)

        let audit = Audit.run(paths: [], root: root)
        let found = Self.quoteDiagnostics(audit)
        #expect(found.map(\.code) == ["R408", "R409"])
        let failed = audit.loadFailed
        #expect(!failed)

        let stale = try #require(found.first { $0.code == "R408" })
        #expect(stale.range?.description == "Claims/x.claims:5:9")
        #expect(stale.severity == .warning)
        #expect(stale.kind == .staleQuote(closest: "online orders were up 123% year-over-year",
                                          changes: "\"12%\" → \"123%\""))
        #expect(stale.message.contains("“online orders were up 123% year-over-year”"))

        let missing = try #require(found.first { $0.code == "R409" })
        #expect(missing.range?.path == "Claims/x.claims")
        #expect(missing.range?.start.line == 13)
    }

    @Test func aChineseQuoteIsCheckedAgainstAChineseText() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("""
            article xinghe "星河電子第三季財報"
              text "../Articles/星河.txt"

            claim cloud
              quote "其雲端業務的年化收入已達370億美元"
              states 370億美元

            claim growth
              quote "較去年同期增長42%"
              states 42%

            """, to: "Claims/xinghe.claims", in: root)
        try Self.write(Self.chineseArticle, to: "Articles/星河.txt", in: root)

        let found = Self.quoteDiagnostics(Audit.run(paths: [], root: root))
        #expect(found.map(\.kind) == [.staleQuote(closest: "其雲端業務的年化收入已達380億美元",
                                                  changes: "\"370\" → \"380\"")])
        #expect(found.first?.range?.start.line == 5)
    }

    @Test func theTextPathIsRelativeToTheClaimsFile() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // Two folders deep, and named on the command line rather than found by default.
        try Self.write(Self.claims(text: "../../Articles/x.txt"), to: "Claims/2026/q3.claims", in: root)
        try Self.write(Self.article, to: "Articles/x.txt", in: root)

        let found = Self.quoteDiagnostics(Audit.run(paths: ["Claims/2026/q3.claims"], root: root))
        #expect(found.map(\.code) == ["R408", "R409"])
        #expect(found.first?.range?.description == "Claims/2026/q3.claims:5:9")
    }

    @Test func aTextOutsideTheRootIsRefused() throws {
        let outer = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outer) }
        let root = outer.appendingPathComponent("project", isDirectory: true)
        // The file exists: it is refused for where it is, not because it is missing.
        try Self.write(Self.article, to: "x.txt", in: outer)
        try Self.write(Self.claims(text: "../../x.txt"), to: "Claims/x.claims", in: root)
        let absolute = outer.appendingPathComponent("x.txt").path
        try Self.write(Self.claims(text: absolute).replacingOccurrences(of: "harbor", with: "harbor2")
            .replacingOccurrences(of: "claim ", with: "claim b-"), to: "Claims/y.claims", in: root)

        let audit = Audit.run(paths: [], root: root)
        let found = Self.quoteDiagnostics(audit)
        #expect(found.map(\.kind) == [.includeOutsideRoot("../../x.txt"), .includeOutsideRoot(absolute)])
        #expect(found.map { $0.range?.description } == ["Claims/x.claims:1:1", "Claims/y.claims:1:1"])
        let failed = audit.loadFailed
        #expect(failed)
    }

    @Test func aMissingTextCannotBeRead() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.claims(text: "../Articles/none.txt"), to: "Claims/x.claims", in: root)

        let audit = Audit.run(paths: [], root: root)
        let found = Self.quoteDiagnostics(audit)
        #expect(found.map(\.kind) == [.cannotRead(path: "../Articles/none.txt", reason: "no such file")])
        #expect(found.first?.range?.description == "Claims/x.claims:1:1")
        let failed = audit.loadFailed
        #expect(failed)
    }

    @Test func aTextThatIsNotUTF8CannotBeRead() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.claims(text: "../Articles/x.txt"), to: "Claims/x.claims", in: root)
        try Self.write(Data([0x48, 0x69, 0xFF, 0xFE, 0x0A]), to: "Articles/x.txt", in: root)

        let found = Self.quoteDiagnostics(Audit.run(paths: [], root: root))
        #expect(found.map(\.kind) == [.cannotRead(path: "../Articles/x.txt", reason: "not valid UTF-8 at line 1, column 3")])
    }

    @Test func onlyTheDeclaringFilesClaimsAreCheckedAgainstAText() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.claims(text: "../Articles/x.txt"), to: "Claims/x.claims", in: root)
        try Self.write(Self.article, to: "Articles/x.txt", in: root)
        // Another article with no text: its quotes, not in x.txt, are not checked.
        try Self.write("""
            article other "Another article"

            claim other-figure
              quote "Profits doubled at the bakery in Ghent"
              states 100%

            """, to: "Claims/other.claims", in: root)

        let found = Self.quoteDiagnostics(Audit.run(paths: [], root: root))
        #expect(found.map { $0.range?.path } == ["Claims/x.claims", "Claims/x.claims"])
    }
}
