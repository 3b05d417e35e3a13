import Foundation
import RecountExtract
import RecountKit

extension Commands {
    /// `recount extract ARTICLE [-o FILE] [--suggest] [--force]`: drafts a claims file from an
    /// article's text, to standard output or atomically to FILE. Exit status: 0 when the draft
    /// was written, 2 when the article cannot be read, 64 for a wrong command line, 73 when the
    /// output exists (without `--force`) or cannot be written.
    func extract() -> ExitCode {
        guard arguments.paths.count == 1, let articlePath = arguments.paths.first else {
            return extractError(arguments.paths.isEmpty ? "extract needs the article's text file"
                                    : "extract takes one article; got \(arguments.paths.count)", .usage)
        }
        if arguments.format != nil { return extractError("extract has no --format option", .usage) }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let article = URL(fileURLWithPath: articlePath, relativeTo: cwd).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: article.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: article.path) else {
            return extractError("cannot read '\(articlePath)': \(isDirectory.boolValue ? "it is a folder" : "no such file")",
                                .loadFailure)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return extractError("cannot read '\(articlePath)': not valid UTF-8", .loadFailure)
        }

        let output = arguments.output.flatMap { $0 == "-" ? nil : $0 }
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        if let outputURL, let output, FileManager.default.fileExists(atPath: outputURL.path), !arguments.force {
            return extractError("'\(output)' exists; pass --force to replace it", .cannotWrite)
        }

        let extraction = Extraction.run(text: text, suggest: arguments.suggest)
        let id = ClaimsWriter.articleID(fromFileName: output ?? articlePath)
        var writer = ClaimsWriter(articleID: id, title: ClaimsWriter.title(of: text, fallback: id), textPath: nil,
                                  sourceName: article.lastPathComponent)
        if let outputURL {
            let rootPath = root.standardizedFileURL.path
            if article.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") {
                writer.textPath = Self.relativePath(to: article, from: outputURL.deletingLastPathComponent())
            } else {
                writer.textNote = "the article is outside the project root; copy it under the root and name it here"
            }
        }
        let rendered = writer.render(extraction, suggested: arguments.suggest)
        guard let outputURL, let output else {
            print(rendered, terminator: "")
            return .success
        }
        do {
            try AtomicFile.write(rendered, to: outputURL, displayPath: output)
        } catch {
            return extractError(error.message, .cannotWrite)
        }
        var summary = "recount: wrote \(output): \(extraction.claims.count) claims"
        if arguments.suggest { summary += ", \(extraction.suggestions.count) suggestions" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        return .success
    }

    private func extractError(_ message: String, _ code: ExitCode) -> ExitCode {
        var text = "recount: error: \(message)\n"
        if code == .usage { text += "See 'recount help extract'.\n" }
        FileHandle.standardError.write(Data(text.utf8))
        return code
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
