import Foundation
import RecountKit

extension Commands {
    /// `recount diff OLD.json NEW.json`: what moved between two JSON reports.
    func diff() -> ExitCode {
        guard arguments.paths.count == 2 else { return usage("diff needs two JSON reports: OLD.json NEW.json") }
        var snapshots: [[ReportComparison.ClaimSnapshot]] = []
        for path in arguments.paths {
            let url = URL(fileURLWithPath: path, relativeTo: root)
            guard let data = try? Data(contentsOf: url) else {
                FileHandle.standardError.write(Data("recount: error: cannot read '\(path)'\n".utf8))
                return .loadFailure
            }
            guard let claims = ReportComparison.snapshot(data) else {
                FileHandle.standardError.write(Data("recount: error: '\(path)' is not a Recount JSON report\n".utf8))
                return .loadFailure
            }
            snapshots.append(claims)
        }
        let differences = ReportComparison.compare(old: snapshots[0], new: snapshots[1])
        print(ComparisonRenderer(style: style).renderTable(differences), terminator: "")
        return differences.contains { $0.verdictChanged } ? .findings : .success
    }

    /// The differences between this run and each article's committed JSON report.
    func baselineChanges(_ audit: Audit) -> [(baseline: String, differences: [ReportComparison.Difference])] {
        ReportFiles.outputs(audit, formats: [.json]).compactMap { output in
            guard let committed = try? Data(contentsOf: root.appendingPathComponent(output.path)),
                  let old = ReportComparison.snapshot(committed),
                  let new = ReportComparison.snapshot(Data(output.contents.utf8)) else { return nil }
            return (output.path, ReportComparison.compare(old: old, new: new))
        }
    }
}

extension Commands {
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
