import Foundation
import RecountCore
import RecountExtract
import RecountModel
import RecountReport
import RecountSyntax

/// Reads the text of every article that names one, and checks that each claim's quote is in it.
///
/// A quote is the reader's way to find the sentence a claim is about. When the article has been
/// edited since the claims were written, the claim silently checks words that are no longer
/// printed, so a quote that has drifted is a warning (R408, with the passage it became and what
/// changed) and one with no close passage is another (R409). An article text that cannot be read
/// is an error (R301), and one outside the project root is refused (R303) like an included file,
/// so a claims file cannot make Recount read arbitrary files.
public enum ArticleTexts {
    /// The diagnostics for every article's text and its claims' quotes, in article order.
    ///
    /// `root` is the project root; each article's `path` is its claims file's display path,
    /// relative to the root, and its `text` path is relative to that claims file's folder.
    public static func check(project: Project, root: URL) -> [Diagnostic] {
        // As a folder, so that relative paths resolve inside it rather than beside it.
        let root = URL(fileURLWithPath: root.standardizedFileURL.path, isDirectory: true)
        return check(project: project) { textPath, article in read(textPath, of: article, root: root) }
    }

    /// The same check with the texts given by `text` (its text path, the article), so that
    /// texts can come from memory.
    public static func check(project: Project,
                             text read: (String, Article) -> Result<String, Problem>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for article in project.articles {
            guard let textPath = article.textPath else { continue }
            let text: String
            switch read(textPath, article) {
            case .success(let read):
                text = read
            case .failure(let problem):
                diagnostics.append(Diagnostic(problem.kind, at: article.range))
                continue
            }
            // Read as `extract` reads it, so that quotes drafted from Markdown or HTML are found.
            let locator = QuoteLocator(text: ArticleMarkup.read(text, path: textPath).text)
            for claim in project.claims where claim.article == article.id {
                guard let quote = claim.quote else { continue }
                let range = claim.quoteRange ?? claim.range
                switch locator.locate(quote) {
                case .found:
                    break
                case .stale(let closest, let changes):
                    let summary = changes.map(\.description).joined(separator: ", ")
                    diagnostics.append(Diagnostic(.staleQuote(closest: closest, changes: summary), at: range))
                case .missing:
                    diagnostics.append(Diagnostic(.quoteNotInArticle, at: range))
                }
            }
        }
        return diagnostics
    }

    /// Why an article's text could not be used.
    public struct Problem: Error {
        public var kind: DiagnosticKind

        public init(kind: DiagnosticKind) {
            self.kind = kind
        }
    }

    /// The article's text, read as UTF-8 from its path relative to the declaring claims file.
    static func read(_ textPath: String, of article: Article, root: URL) -> Result<String, Problem> {
        // Links are resolved on both sides, so that one cannot lead the text out of the root.
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let claimsFile = URL(fileURLWithPath: article.path, relativeTo: root).standardizedFileURL
        let url = URL(fileURLWithPath: textPath, relativeTo: claimsFile.deletingLastPathComponent())
            .standardizedFileURL.resolvingSymlinksInPath()
        guard url.isInside(root) else {
            return .failure(Problem(kind: .includeOutsideRoot(textPath)))
        }
        return TextFile.read(url).mapError { Problem(kind: .cannotRead(path: textPath, reason: $0.reason)) }
    }
}
