import Foundation
import RecountEngine
import RecountReport

/// The baseline of `recount test`: the committed JSON reports in `Reports/`, compared with this
/// run and, with `--update`, rewritten.
public enum Baseline {
    /// What moved between one article's committed JSON report and this run.
    public struct Change: Sendable {
        /// The committed report's path relative to the root: `Reports/ai-black-hole.json`.
        public var path: String
        public var differences: [ReportComparison.Difference]
    }

    /// The differences between this run and each article's committed JSON report. An article
    /// with no committed report, or one that is not a Recount report, has no baseline.
    public static func changes(_ audit: Audit, root: URL) -> [Change] {
        ReportFiles.outputs(audit, formats: [.json]).compactMap { output in
            guard let committed = try? Data(contentsOf: root.appendingPathComponent(output.path)),
                  let old = ReportComparison.snapshot(committed),
                  let new = ReportComparison.snapshot(Data(output.contents.utf8)) else { return nil }
            return Change(path: output.path, differences: ReportComparison.compare(old: old, new: new))
        }
    }

    /// What `update` wrote.
    public struct Update: Sendable {
        /// The claims files rewritten, each with the claims whose `expect` changed.
        public var edits: [ExpectationUpdate.Edit]
        /// The report files written, relative to the root.
        public var reports: [String]
        /// Whether the updated files failed to load, so that no report was written.
        public var loadFailed: Bool
    }

    /// `recount test --update`: every claim expects its current verdict, and the committed
    /// reports become the new baseline. The reports are made from the updated files, so that
    /// they carry the new expectations.
    public static func update(_ audit: Audit, paths: [String], root: URL) throws(AtomicFile.Failure) -> Update {
        let edits = ExpectationUpdate.edits(audit)
        _ = try AtomicFile.write(edits.map { AtomicFile.Target($0.text, to: root.appendingPathComponent($0.path), displayPath: $0.path) })
        let updated = Audit.run(paths: paths, root: root)
        guard !updated.loadFailed else { return Update(edits: edits, reports: [], loadFailed: true) }
        let reports = try ReportFiles.write(ReportFiles.outputs(updated), root: root)
        return Update(edits: edits, reports: reports, loadFailed: false)
    }

    /// Reads a JSON report for `recount diff`.
    public static func snapshot(at path: String, root: URL) -> Result<[ReportComparison.ClaimSnapshot], ReadFailure> {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path, relativeTo: root)) else {
            return .failure(ReadFailure(message: "cannot read '\(path)'"))
        }
        guard let claims = ReportComparison.snapshot(data) else {
            return .failure(ReadFailure(message: "'\(path)' is not a Recount JSON report"))
        }
        return .success(claims)
    }

    /// Why a report could not be read.
    public struct ReadFailure: Error, Sendable {
        public var message: String
    }
}
