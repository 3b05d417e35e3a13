import Foundation
import RecountReport

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
}
