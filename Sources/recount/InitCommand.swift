import Foundation
import RecountKit

extension Commands {
    /// `recount init [DIR]`: writes the scaffold's project into DIR (default: the current
    /// folder), refusing to replace any file, and says what to run next. The exit status is 0
    /// when every file was written, 73 when one exists or cannot be written, 64 for a wrong
    /// command line.
    func initialize() -> ExitCode {
        guard arguments.paths.count <= 1 else {
            return usage("init takes one folder, not \(arguments.paths.count)", help: .initialize)
        }
        let folderPath = arguments.paths.first ?? "."
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true, relativeTo: workingDirectory)
        // Paths are shown as they would be typed from here.
        let prefix = folderPath == "." ? "" : (folderPath.hasSuffix("/") ? folderPath : folderPath + "/")
        let existing = Scaffold.existing(in: folder)
        guard existing.isEmpty else {
            let list = existing.map { "  \(prefix)\($0)\n" }.joined()
            standardError("recount: error: init does not replace files, and these exist:\n\(list)nothing was written\n")
            return .cannotWrite
        }
        let written: [String]
        do {
            written = try Scaffold.write(into: folder)
        } catch {
            for path in error.written { print("wrote \(prefix)\(path)") }
            return fail(error.message, .cannotWrite)
        }
        for path in written { print("wrote \(prefix)\(path)") }
        print("")
        print(prefix.isEmpty ? "Next, try:" : "Next, in \(folderPath), try:")
        let next = [
            ("recount check", "every claim's verdict"),
            ("recount explain loans-growth", "one claim's arithmetic and sources"),
            ("recount test", "every verdict as expected, and Reports/ up to date"),
            ("recount explain R407", "what a diagnostic code means"),
        ]
        let width = next.map(\.0.count).max() ?? 0
        for (command, what) in next {
            print("  " + command + String(repeating: " ", count: width - command.count + 2) + what)
        }
        return .success
    }
}
