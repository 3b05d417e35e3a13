import RecountKit
import RecountReport

extension Commands {
    /// `recount diff OLD.json NEW.json`: what moved between two JSON reports.
    func diff() -> ExitCode {
        guard arguments.paths.count == 2 else { return usage("diff needs two JSON reports: OLD.json NEW.json") }
        var snapshots: [[ReportComparison.ClaimSnapshot]] = []
        for path in arguments.paths {
            switch Baseline.snapshot(at: CommandLinePath.resolve(path, from: workingDirectory, root: root), root: root) {
            case .success(let claims): snapshots.append(claims)
            case .failure(let failure): return fail(failure.message, .loadFailure)
            }
        }
        let differences = ReportComparison.compare(old: snapshots[0], new: snapshots[1])
        print(ComparisonRenderer(style: style).renderTable(differences), terminator: "")
        return differences.contains { $0.verdictChanged } ? .findings : .success
    }
}
