import Foundation
import RecountExtract
import RecountKit

extension Commands {
    /// `recount extract ARTICLE [-o FILE] [--suggest] [--force]`: drafts a claims file from an
    /// article's text, to standard output or atomically to FILE. Exit status: 0 when the draft
    /// was written, 2 when the article cannot be read, 64 for a wrong command line, 73 when the
    /// output exists (without `--force`) or cannot be written.
    func extract() -> ExitCode {
        guard arguments.paths.count == 1, let article = arguments.paths.first else {
            return usage(arguments.paths.isEmpty ? "extract needs the article's text file"
                             : "extract takes one article; got \(arguments.paths.count)", help: .extract)
        }
        if arguments.format != nil { return usage("extract has no --format option", help: .extract) }
        var request = ExtractFiles.Request(
            article: article, output: arguments.output, force: arguments.force, suggest: arguments.suggest,
            root: root, workingDirectory: workingDirectory)
        if let input = arguments.input {
            guard let format = ArticleMarkup.Format(rawValue: input) else {
                return usage("--input takes text, markdown or html, not '\(input)'", help: .extract)
            }
            request.input = format
        }
        if arguments.update {
            guard arguments.output.map({ $0 != "-" }) ?? false else {
                return usage("extract --update needs -o FILE, the claims file to merge into", help: .extract)
            }
            if arguments.suggest { return usage("extract --update does not take --suggest: suggestions name the draft's ids; extract into a new file to see them", help: .extract) }
            request.update = true
        }
        if article == Loader.standardInputPath {
            guard let text = readStandardInput() else { return .loadFailure }
            request = request.reading(standardInput: text)
        }
        switch ExtractFiles.run(request) {
        case .success(.draft(let text)):
            writeFile(toStandardOutput: text)
        case .success(.wrote(let path, let claims, let suggestions)):
            standardError("recount: wrote \(path): \(claims) claims"
                          + (suggestions.map { ", \($0) suggestions" } ?? "") + "\n")
        case .success(.updated(let path, let summary)):
            standardError("recount: updated \(path): \(summary.kept) \(summary.kept == 1 ? "claim" : "claims") kept, "
                          + "\(summary.added) added, \(summary.stale) stale\n")
        case .failure(let failure):
            return fail(failure.message, failure.kind == .cannotRead ? .loadFailure : .cannotWrite)
        }
        return .success
    }
}
