import Foundation
import RecountCore
import RecountEngine
import RecountReport

/// The small working project `recount init` writes: a short article of Recount's own, its
/// claims, the evidence they are checked against, and the reports of the audit, so that
/// `recount check` and `recount test` pass in it from the first run.
///
/// The reports are rendered by the same pipeline as `recount report`, from the files in memory,
/// and the whole set is written at once (see `AtomicFile`), so that an interrupted `init` leaves
/// no half a project and the committed baseline is exactly what `report` would write.
public enum Scaffold {
    /// The article's id, which names its files.
    public static let article = "library-year"

    /// A file of the project: its path relative to the project folder, and its text.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String
    }

    /// The files written by hand before any report: the article's text, its claims, the ledger
    /// and a `.gitignore`.
    public static let sources: [File] = [
        File(path: "Claims/\(article).txt", text: articleText),
        File(path: "Claims/\(article).claims", text: claims),
        File(path: "Evidence/\(article).ledger", text: ledger),
        File(path: ".gitignore", text: ".build/\n"),
    ]

    /// Every file of the project, the reports included, in the order they are listed.
    public static func files() -> [File] {
        sources + ReportFiles.outputs(audit()).map { File(path: $0.path, text: $0.contents) }
    }

    /// The audit of the project's files, read from memory rather than disk.
    public static func audit() -> Audit {
        let inputs = sources.filter { Loader.extensions.contains(($0.path as NSString).pathExtension) }
        let loaded = Loader.Loaded.parsing(inputs.map { SourceFile(path: $0.path, text: $0.text) })
        return Audit.check(loaded) { project in
            ArticleTexts.check(project: project) { path, _ in
                path == "\(article).txt" ? .success(articleText) : .failure(.init(kind: .cannotRead(path: path, reason: "not part of the scaffold")))
            }
        }
    }

    /// The files of the project that already exist in `folder`, which `write` would replace.
    public static func existing(in folder: URL) -> [String] {
        files().map(\.path).filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Writes every file of the project into `folder`, creating the folders needed, and returns
    /// the paths written, relative to `folder`. Existing files are refused: nothing is written
    /// when one of them is there.
    public static func write(into folder: URL) throws(AtomicFile.Failure) -> [String] {
        let existing = existing(in: folder)
        if let first = existing.first {
            throw AtomicFile.Failure(path: first, reason: "it exists, and init does not replace files")
        }
        return try AtomicFile.write(files().map { AtomicFile.Target($0.text, to: folder.appendingPathComponent($0.path), displayPath: $0.path) })
    }

    static let articleText = """
    A busy year at the Harbour Street Library

    The Harbour Street Library lent 52,000 books in 2025, up from 40,000 in 2024: a rise of 30%.

    Most of the growth came from children's books. Loans of them doubled, from 9,000 to 18,000, \
    and they now make up 35% of all loans.

    The library was open on 300 days of the year, so it lent about 173 books a day.

    """

    static let claims = """
    # The claims of a short article, written by `recount init`: each quotes the words that print
    # a figure, says what the figure is (a quantity of the ledger, or a formula of other figures)
    # and the verdict it expects. Edit a figure in the article and its claim, then run
    # `recount check` to see the verdicts move.
    article \(article) "A busy year at the Harbour Street Library"
      author "Recount"
      published 2026-01-15
      text "\(article).txt"

    use "../Evidence/\(article).ledger"

    claim loans-2025
      quote "lent 52,000 books in 2025"
      states library.loans @ 2025 = 52,000
      expect consistent

    claim loans-2024
      quote "up from 40,000 in 2024"
      states library.loans @ 2024 = 40,000
      expect consistent

    claim loans-growth
      quote "a rise of 30%"
      states 30%
      because library.loans @ 2025 / library.loans @ 2024 - 1
      expect consistent

    claim children-loans
      quote "from 9,000 to 18,000"
      states library.children_loans @ 2025 = 18,000
      expect consistent

    claim children-doubled
      quote "Loans of them doubled"
      states 2
      because library.children_loans @ 2025 / library.children_loans @ 2024
      expect consistent

    claim children-share
      quote "they now make up 35% of all loans"
      states 35%
      because library.children_loans @ 2025 / library.loans @ 2025
      expect consistent

    claim per-day
      quote "it lent about 173 books a day"
      states about 173
      because library.loans @ 2025 / library.open_days @ 2025
      expect consistent

    """

    static let ledger = """
    # The evidence, written by `recount init`: who published which figures. The article's claims
    # are checked against these facts.
    entity library "Harbour Street Library"
    metric library.loans "books lent"
    metric library.children_loans "children's books lent"
    metric library.open_days "days open"

    source annual-report-2025 "Harbour Street Library: Annual Report 2025"
      grade primary

    fact library.loans @ 2025 = 52,000
      source annual-report-2025
    fact library.loans @ 2024 = 40,000
      source annual-report-2025
    fact library.children_loans @ 2025 = 18,000
      source annual-report-2025
    fact library.children_loans @ 2024 = 9,000
      source annual-report-2025
    fact library.open_days @ 2025 = 300
      source annual-report-2025

    """
}
