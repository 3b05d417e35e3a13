import Foundation
import RecountCore
import RecountEngine
import RecountModel
import RecountReport

/// The report files `recount report` keeps in `Reports/`: which ones, and their contents.
///
/// The command writes them, and a test regenerates them in memory to check that the committed
/// reports are current, so both must agree on names and contents: this is the one place that
/// decides them.
public enum ReportFiles {
    /// The folder under the project root that holds the reports.
    public static let folder = "Reports"

    /// The formats written when none is asked for: the report for people and its JSON.
    public static let defaultFormats: [ReportFormat] = [.markdown, .json]

    /// One report file: its path relative to the project root, and its text.
    public struct Output: Sendable, Hashable {
        public var path: String
        public var contents: String

        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    /// The report files of every article of an audit, article by article, format by format.
    public static func outputs(_ audit: Audit, formats: [ReportFormat] = defaultFormats,
                               date: CalendarDate? = nil) -> [Output] {
        outputs(ReportModel.all(audit, date: date), formats: formats)
    }

    public static func outputs(_ models: [ReportModel], formats: [ReportFormat] = defaultFormats) -> [Output] {
        models.flatMap { model in
            formats.map { format in
                Output(path: "\(folder)/\(fileName(for: model.article.id)).\(format.fileExtension)",
                       contents: format.render(model))
            }
        }
    }

    /// Warnings about reports that would go out incomplete: a ClaimReview with no address,
    /// reviewer or date is refused or shown without them by fact-check aggregators.
    public static func warnings(_ models: [ReportModel], formats: [ReportFormat]) -> [Diagnostic] {
        guard formats.contains(.claimreview) else { return [] }
        return models.compactMap { model in
            let missing = ClaimReviewReport(model: model).missing
            guard !missing.isEmpty else { return nil }
            return Diagnostic(.claimReviewIncomplete(article: model.article.id, missing: missing), at: model.article.range)
        }
    }

    /// An article id made safe as a file name: letters, digits, `-`, `_` and `.` are kept, any
    /// other character becomes `_`, and a leading `.` becomes `_`, so that no id can name a
    /// hidden file or a path outside `Reports/`. A name too long for a file system, with the
    /// longest format's extension, is cut and ends in a hash of the whole id, so that two long
    /// ids still name two files.
    public static func fileName(for articleID: String) -> String {
        var name = String(articleID.map { c in
            c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
        })
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { return "_" }
        let room = maximumNameBytes - 1 - (ReportFormat.allCases.map(\.fileExtension.utf8.count).max() ?? 0)
        guard name.utf8.count > room else { return name }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in articleID.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let suffix = "-" + String(hash, radix: 16)
        var cut = ""
        for c in name {
            guard cut.utf8.count + String(c).utf8.count + suffix.utf8.count <= room else { break }
            cut.append(c)
        }
        return cut + suffix
    }

    /// The longest file name, in bytes, that common file systems take (ext4, APFS, NTFS).
    public static let maximumNameBytes = 255

    /// Writes every output under `root` as one set (see `AtomicFile`) and returns the paths
    /// written: all are staged before any report is replaced, so that a failure while writing
    /// leaves the old set whole, and no file is ever left half written.
    public static func write(_ outputs: [Output], root: URL) throws(AtomicFile.Failure) -> [String] {
        // `Reports/` may not be a link that leads out of the project.
        let resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath()
        for output in outputs {
            let folder = root.appendingPathComponent(output.path).deletingLastPathComponent()
                .standardizedFileURL.resolvingSymlinksInPath()
            guard folder.path == resolvedRoot.path || folder.isInside(resolvedRoot) else {
                throw AtomicFile.Failure(path: output.path, reason: "its folder leads outside the project root, to \(folder.path)")
            }
        }
        return try AtomicFile.write(outputs.map { AtomicFile.Target($0.contents, to: root.appendingPathComponent($0.path), displayPath: $0.path) })
    }

    /// Writes one report to `path` (relative to `workingDirectory`), atomically.
    public static func write(_ text: String, toPath path: String, workingDirectory: URL) throws(AtomicFile.Failure) {
        try AtomicFile.write(text, to: URL(fileURLWithPath: path, relativeTo: workingDirectory), displayPath: path)
    }
}
