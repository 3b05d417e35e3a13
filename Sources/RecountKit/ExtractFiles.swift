import Foundation
import RecountExtract

/// `recount extract` on files: reads the article, drafts its claims file, and prints it or
/// writes it atomically.
public enum ExtractFiles {
    /// What to extract, and where to.
    public struct Request: Sendable {
        /// The article's text file, as given on the command line; `-` is `standardInput`.
        public var article: String
        /// The article's text when `article` is `-`.
        public var standardInput: String?
        /// The claims file to write; nil or `-` prints the draft.
        public var output: String?
        /// Whether an existing output may be replaced.
        public var force: Bool
        /// Whether to propose formulas among the article's figures.
        public var suggest: Bool
        /// Whether to merge into an existing output by quote, keeping its edits (`--update`).
        public var update = false
        /// How the article is written; nil detects it from its name or content, as `check` does.
        public var input: ArticleMarkup.Format?
        /// The project root: an article inside it is named in the draft's `text` line.
        public var root: URL
        /// The folder relative paths are read from.
        public var workingDirectory: URL

        public init(article: String, output: String?, force: Bool, suggest: Bool, root: URL, workingDirectory: URL) {
            self.article = article
            self.output = output
            self.force = force
            self.suggest = suggest
            self.root = root
            self.workingDirectory = workingDirectory
        }

        /// The request, reading the article from standard input when it is `-`.
        public func reading(standardInput text: String?) -> Request {
            var request = self
            request.standardInput = text
            return request
        }
    }

    /// What was done.
    public enum Outcome: Sendable, Hashable {
        /// The draft, for standard output.
        case draft(String)
        /// The draft was written to `path`.
        case wrote(path: String, claims: Int, suggestions: Int?)
        /// The existing claims file at `path` was merged with the draft.
        case updated(path: String, summary: ClaimsUpdate.Summary)
    }

    /// Why nothing was written.
    public struct Failure: Error, Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// The article could not be read.
            case cannotRead
            /// The output exists (without `force`) or could not be written.
            case cannotWrite
        }

        public var kind: Kind
        public var message: String
    }

    public static func run(_ request: Request) -> Result<Outcome, Failure> {
        let cwd = request.workingDirectory
        let article = URL(fileURLWithPath: request.article, relativeTo: cwd).standardizedFileURL
        let fromStandardInput = request.article == Loader.standardInputPath
        let text: String
        switch fromStandardInput ? .success(request.standardInput ?? "") : TextFile.read(article) {
        case .success(let read): text = read
        case .failure(let failure):
            return .failure(Failure(kind: .cannotRead, message: "cannot read '\(request.article)': \(failure.reason)"))
        }

        let output = request.output.flatMap { $0 == "-" ? nil : $0 }
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        if let outputURL, let output, FileManager.default.fileExists(atPath: outputURL.path), !request.force, !request.update {
            return .failure(Failure(kind: .cannotWrite, message: "'\(output)' exists; pass --force to replace it"))
        }

        let detected = ArticleMarkup.detect(path: fromStandardInput ? nil : request.article, text: text)
        let markup = ArticleMarkup.read(text, as: request.input ?? detected)
        let extraction = Extraction.run(article: markup, suggest: request.suggest)
        let id = ClaimsWriter.articleID(fromFileName: output ?? (fromStandardInput ? "article" : request.article))
        var writer = ClaimsWriter(articleID: id, title: ClaimsWriter.title(of: markup.text, fallback: id), textPath: nil,
                                  sourceName: fromStandardInput ? Loader.StandardInput.name : article.lastPathComponent)
        if fromStandardInput, outputURL != nil {
            writer.textNote = "the article was read from standard input; save it under the root and name it here"
        } else if let outputURL {
            if article.isInside(request.root.standardizedFileURL) {
                writer.textPath = relativePath(to: article, from: outputURL.deletingLastPathComponent())
                if markup.format != detected {
                    writer.textNote = "read with --input \(markup.format.rawValue), but check reads this file as \(detected.rawValue): quotes may not be found"
                }
            } else {
                writer.textNote = "the article is outside the project root; copy it under the root and name it here"
            }
        }
        if request.update, let outputURL, let output, FileManager.default.fileExists(atPath: outputURL.path) {
            return update(outputURL, displayPath: output, extraction: extraction, articleText: markup.text, writer: writer)
        }
        let rendered = writer.render(extraction, suggested: request.suggest)
        guard let outputURL, let output else { return .success(.draft(rendered)) }
        do {
            try AtomicFile.write(rendered, to: outputURL, displayPath: output)
        } catch {
            return .failure(Failure(kind: .cannotWrite, message: error.message))
        }
        return .success(.wrote(path: output, claims: extraction.claims.count,
                               suggestions: request.suggest ? extraction.suggestions.count : nil))
    }

    /// Merges `extraction` into the claims file at `url` and writes it back atomically.
    static func update(_ url: URL, displayPath: String, extraction: Extraction, articleText: String,
                       writer: ClaimsWriter) -> Result<Outcome, Failure> {
        let existing: String
        switch TextFile.read(url) {
        case .success(let read): existing = read
        case .failure(let failure):
            return .failure(Failure(kind: .cannotRead, message: "cannot read '\(displayPath)': \(failure.reason)"))
        }
        switch ClaimsUpdate.merge(existing: existing, path: displayPath, extraction: extraction,
                                  articleText: articleText, writer: writer) {
        case .failure(let failure):
            return .failure(Failure(kind: .cannotWrite, message: failure.message))
        case .success(let merged):
            do {
                try AtomicFile.write(merged.text, to: url, displayPath: displayPath)
            } catch {
                return .failure(Failure(kind: .cannotWrite, message: error.message))
            }
            return .success(.updated(path: displayPath, summary: merged.summary))
        }
    }

    /// The path of `file` relative to `folder`: `../Articles/a.txt`.
    static func relativePath(to file: URL, from folder: URL) -> String {
        let target = file.standardizedFileURL.pathComponents
        let base = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < base.count, common < target.count, target[common] == base[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
