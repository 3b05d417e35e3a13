import Foundation
import RecountKit
import RecountReport

extension Commands {
    /// `recount fmt [--check] [path ...]`: rewrites claims and ledger files in the canonical
    /// layout, or with `--check` prints a unified diff of each file that is not canonical. Exit
    /// status: 0 when every file is (now) canonical; 1 with `--check` when some file would
    /// change; 2 when some file could not be read, parsed, formatted faithfully or written (it is
    /// left unchanged); 64 for a wrong command line.
    func fmt() -> ExitCode {
        let run = FormatFiles.run(paths: filePaths(arguments.paths), root: root, write: !arguments.checkOnly)
        let renderer = DiagnosticRenderer(files: run.sources, style: style)
        var errors = renderer.render(run.diagnostics)
        var changed: [String] = []
        var unchanged = 0
        for file in run.files {
            switch file.status {
            case .formatted:
                if file.changes {
                    changed.append(file.path)
                    if arguments.checkOnly { print(file.diff, terminator: "") }
                } else {
                    unchanged += 1
                }
            case .unparsable(let problems):
                errors += renderer.render(problems)
                errors += "recount: \(file.path) has syntax errors; it was left unchanged\n"
            case .refused(let reason):
                errors += "recount: error: cannot format \(file.path): \(reason); it was left unchanged\n"
            case .unwritable(let reason):
                errors += "recount: error: \(reason); \(file.path) was left unchanged\n"
            }
        }
        FileHandle.standardError.write(Data(errors.utf8))
        if !arguments.checkOnly {
            for path in changed { print("formatted \(path)") }
        }
        let noun = { (n: Int) in n == 1 ? "1 file" : "\(n) files" }
        if arguments.checkOnly {
            print("\(noun(changed.count)) would be reformatted, \(unchanged) already canonical")
        } else {
            print("\(noun(changed.count)) reformatted, \(unchanged) already canonical")
        }
        if run.failed { return .loadFailure }
        return arguments.checkOnly && !changed.isEmpty ? .findings : .success
    }
}
