import Foundation
import RecountEngine
import RecountKit
import RecountReport

/// The baseline of `recount test`: the committed JSON reports, compared and rewritten.
extension Commands {
    /// The differences between this run and each article's committed JSON report.
    func baselineChanges(_ audit: Audit) -> [(baseline: String, differences: [ReportComparison.Difference])] {
        ReportFiles.outputs(audit, formats: [.json]).compactMap { output in
            guard let committed = try? Data(contentsOf: root.appendingPathComponent(output.path)),
                  let old = ReportComparison.snapshot(committed),
                  let new = ReportComparison.snapshot(Data(output.contents.utf8)) else { return nil }
            return (output.path, ReportComparison.compare(old: old, new: new))
        }
    }

    /// `recount test --update`: every claim expects its current verdict, and the committed
    /// reports become the new baseline.
    func update(_ audit: Audit) -> ExitCode {
        do {
            for edit in ExpectationUpdate.edits(audit) {
                try AtomicFile.write(edit.text, to: root.appendingPathComponent(edit.path), displayPath: edit.path)
                FileHandle.standardError.write(Data("updated \(edit.path): \(edit.claims.joined(separator: ", "))\n".utf8))
            }
            // The reports are made from the updated files, so that they carry the new expectations.
            let updated = Audit.run(paths: arguments.paths, root: root)
            guard !updated.loadFailed else { return .loadFailure }
            for path in try ReportFiles.write(ReportFiles.outputs(updated), root: root) {
                FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("recount: error: \(error.path): \(error.reason)\n".utf8))
            return .cannotWrite
        }
        return .success
    }
}
