import Foundation
import Testing

/// A block of shell commands in a document, run against the built `recount` binary.
///
/// The convention, stated in the language reference's "Examples that run" section:
///
/// - ```` ```console ```` is a session: each `$ COMMAND` line is run, and the lines under it up to
///   the next `$` line are exactly what it prints, standard error and standard output together
///   as they are written. A line `…` stands for lines left out (see `ElidedOutput`). `$ echo $?`
///   prints the exit status of the command before it.
/// - ```` ```sh ```` lists commands without their output: each line (a `#` starts a comment) is
///   run, and must exit 0 or 1 (a verdict; not a usage error, input that does not load or a crash).
/// - ```` ```yaml ```` is a CI workflow: each `run:` step is run, and must exit 0.
/// - The word `files` after `console` or `sh` runs the block in a project holding only the files
///   the document's examples wrote before it (```` ```recount ```` as `x.claims`, ```` ```recount
///   Claims/x.claims ````, ```` ```file Evidence/y.ledger ````), at their paths, the last of each
///   path winning. Without it the block runs in a copy of the package's
///   own project: `Claims/`, `Evidence/`, `Reports/` and the sample article in `Tests/Articles/`.
/// - ```` ```edit PATH:LINE ```` replaces as many lines of `PATH` as it has, from `LINE` on, with
///   its own lines, and ```` ```edit PATH:FROM-TO ```` replaces lines `FROM` to `TO`; for the next
///   block of commands only, as a reader would edit the file before running it.
///
/// Each block runs in a fresh temporary copy of its project, from the project root, through
/// `/bin/sh` with `recount` (and `swift run recount`) the built binary, `NO_COLOR=1`, `TERM=dumb`
/// and `LC_ALL=C`; the commands of one block share the folder, as in a terminal. The commands of
/// `notRun` are recognised and not run, and must show no output.
struct ShellSession: Sendable, CustomTestStringConvertible {
    enum Kind: String, Sendable {
        case console, sh, yaml
    }

    /// One command of the block.
    struct Step: Sendable {
        var command: String
        /// The document's line of the command.
        var line: Int
        /// What the document shows it prints (a `console` block only).
        var output: ElidedOutput
        /// The document's lines of that output, 0-based: `outputStart..<outputStart + output.lines.count`.
        var outputStart: Int
        /// Why it is not run, when it is one of `notRun`.
        var notRunBecause: String?
    }

    /// A replacement of lines of a project file.
    struct Edit: Sendable {
        var path: String
        var line: Int
        /// How many lines of the file it replaces.
        var count: Int
        var lines: [String]
    }

    /// The commands that the harness recognises and does not run, by prefix, with the reason.
    static let notRun: [(prefix: String, why: String)] = [
        ("swift build", "builds the package; the tests run the binary it built"),
        ("swift test", "runs this test suite"),
        ("git ", "needs a repository and the network"),
        ("cp .build/release/recount ", "installs the binary on the machine"),
        ("$EDITOR ", "opens an editor"),
        ("Tests/Fuzz/run", "runs libFuzzer for minutes"),
        (".build/release/RecountBenchmarks", "times a release build for minutes"),
        ("Sources/RecountBenchmarks/run-all.sh", "times a release build for minutes"),
    ]

    var document: String
    /// The line of the opening fence.
    var line: Int
    var kind: Kind
    /// Whether it runs among the document's own files rather than in the package's project.
    var ownFiles: Bool
    var steps: [Step]
    /// The document's files written before it, by path, when `ownFiles`.
    var files: [(path: String, text: String)]
    var edits: [Edit]
    /// What is wrong with the block itself (a console block that starts with output, a not-run
    /// command that shows output), each as `FILE:LINE: message`.
    var problems: [String] = []

    var testDescription: String { "\(document):\(line)" }

    static func whyNotRun(_ command: String) -> String? {
        notRun.first { command.hasPrefix($0.prefix) }?.why
    }

    /// Every block of commands of a document, in order.
    static func all(in markdown: String, document: String) -> [ShellSession] {
        var sessions: [ShellSession] = []
        var files: [(path: String, text: String)] = []
        var edits: [Edit] = []
        for block in FencedBlock.all(in: markdown) {
            let info = block.info
            guard let first = info.first else {
                if block.lines.first?.hasPrefix("$ ") == true {
                    var session = ShellSession(document: document, line: block.line, kind: .console, ownFiles: false,
                                               steps: [], files: [], edits: [])
                    session.problems.append("\(document):\(block.line): a shell session in an untagged block; tag it ```console")
                    sessions.append(session)
                }
                continue
            }
            if first == "recount" || first == "file" {
                let path = first == "file" ? info.dropFirst().first
                    : info.dropFirst().first { $0.hasSuffix(".claims") || $0.hasSuffix(".ledger") } ?? "x.claims"
                if let path {
                    files.removeAll { $0.path == path }
                    files.append((path, block.text))
                }
                continue
            }
            if first == "edit", info.count == 2, let colon = info[1].lastIndex(of: ":") {
                let range = info[1][info[1].index(after: colon)...].split(separator: "-").compactMap { Int($0) }
                if let from = range.first, range.count <= 2 {
                    edits.append(Edit(path: String(info[1][..<colon]), line: from,
                                      count: range.count == 2 ? range[1] - from + 1 : block.lines.count, lines: block.lines))
                    continue
                }
            }
            guard let kind = Kind(rawValue: first) else { continue }
            var session = ShellSession(document: document, line: block.line, kind: kind, ownFiles: info.contains("files"),
                                       steps: [], files: info.contains("files") ? files : [], edits: edits)
            edits = []
            session.readSteps(of: block)
            sessions.append(session)
        }
        return sessions
    }

    mutating func readSteps(of block: FencedBlock) {
        let firstLine = block.line  // 0-based index of the first line inside the fence
        for (offset, text) in block.lines.enumerated() {
            let index = firstLine + offset
            switch kind {
            case .console:
                if text.hasPrefix("$ ") {
                    steps.append(Step(command: String(text.dropFirst(2)), line: index + 1, output: ElidedOutput(lines: []),
                                      outputStart: index + 1))
                } else if steps.isEmpty {
                    problems.append("\(document):\(index + 1): output before the first '$ ' command of the session")
                } else {
                    steps[steps.count - 1].output.lines.append(text)
                }
            case .sh:
                let command = text.trimmingCharacters(in: .whitespaces)
                if !command.isEmpty, !command.hasPrefix("#") {
                    steps.append(Step(command: command, line: index + 1, output: ElidedOutput(lines: []), outputStart: index + 1))
                }
            case .yaml:
                if let match = text.wholeMatch(of: /\s*(?:-\s*)?run:\s*(.+)/) {
                    steps.append(Step(command: String(match.1), line: index + 1, output: ElidedOutput(lines: []), outputStart: index + 1))
                }
            }
        }
        for index in steps.indices {
            let command = steps[index].command.replacingOccurrences(of: "swift run recount", with: "recount")
            steps[index].notRunBecause = Self.whyNotRun(steps[index].command) ?? Self.whyNotRun(command)
            if steps[index].notRunBecause != nil, !steps[index].output.lines.isEmpty {
                problems.append("\(document):\(steps[index].line): '\(steps[index].command)' is not run, so it must show no output")
            }
        }
    }

    /// What one command printed and returned.
    struct Result: Sendable {
        var output: [String]
        var status: Int32
    }

    /// Runs the block's commands in a fresh project; one result per step that runs, by step index.
    func run(packageRoot: URL, binary: URL) throws -> [Int: Result] {
        let root = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        if ownFiles {
            for file in files { try EndToEndTests.write(file.text, to: file.path, in: root) }
        } else {
            for folder in ["Claims", "Evidence", "Reports", "Tests/Articles"] {
                let target = root.appendingPathComponent(folder)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(folder), to: target)
            }
        }
        for edit in edits {
            let url = root.appendingPathComponent(edit.path)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            guard edit.line >= 1, edit.count >= 0, edit.line - 1 + edit.count <= lines.count else {
                throw ShellSessionError("\(document): the edit of \(edit.path):\(edit.line) is outside the file")
            }
            lines.replaceSubrange((edit.line - 1)..<(edit.line - 1 + edit.count), with: edit.lines)
            try Data(lines.joined(separator: "\n").utf8).write(to: url)
        }

        let marker = "\u{1E}"
        var script = """
            swift() {
              if [ "$1" = run ] && [ "$2" = recount ]; then shift 2; recount "$@"
              else echo "swift $*: not a command the documentation harness runs" >&2; return 127; fi
            }

            """
        let running = steps.indices.filter { steps[$0].notRunBecause == nil }
        for index in running {
            script += """
                \(steps[index].command)
                __status=$?
                printf '\(marker)%d\(marker)\\n' "$__status"
                (exit "$__status")

                """
        }
        let log = root.appendingPathComponent(".session-output")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "dumb"
        environment["LC_ALL"] = "C"
        environment["LANG"] = "C"
        environment["RECOUNT_RECORD_SNAPSHOTS"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)

        // The text alternates output, status, output, status, …; each output after the first
        // begins with the line break that ended the marker before it.
        let parts = text.components(separatedBy: marker)
        var results: [Int: Result] = [:]
        for (number, index) in running.enumerated() where 2 * number + 1 < parts.count {
            var output = parts[2 * number]
            if number > 0, output.hasPrefix("\n") { output.removeFirst() }
            if output.hasSuffix("\n") { output.removeLast() }
            results[index] = Result(output: output.isEmpty ? [] : output.components(separatedBy: "\n"),
                                    status: Int32(parts[2 * number + 1]) ?? -1)
        }
        return results
    }
}

struct ShellSessionError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
