import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport
import Testing

/// The golden malformed corpus: every input under `Malformed/`, loaded as `recount check` loads
/// it, and the full diagnostics and verdicts it prints, compared with `Malformed/<name>.txt`.
///
/// An input is a file `NNN-name.claims` or `NNN-name.ledger`, whose first line is a comment
/// saying what it exercises, checked with the corpus folder as the project root; or a folder
/// `NNN-name/` with a `README` saying so, checked as its own project root, loading the paths
/// its `paths` file lists (one a line) or else the whole folder. A folder's `command` file names
/// the command whose extra checks it runs, for the codes no file alone can produce:
/// `test -v` (R406), `what-if --set QUANTITY=VALUE` (R422) or `report --format claimreview`
/// (R432). The folder is listed when the tests run, so adding an input adds a case. Record
/// with `RECOUNT_RECORD_SNAPSHOTS=1`.
@Suite struct MalformedCorpusTests {
    static let folder = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Malformed")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var root: URL
        var paths: [String]
        /// The command whose extra checks run, from the folder's `command` file.
        var command: String?
        /// The file whose first line says what the case exercises.
        var description: URL
        var testDescription: String { name }
    }

    /// What one input printed, and the codes of its diagnostics.
    struct Output: Sendable {
        var text: String
        var codes: Set<String>
    }

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name -> Case? in
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
            if isFolder.boolValue {
                let listed = (try? String(contentsOf: url.appendingPathComponent("paths"), encoding: .utf8))?
                    .split(separator: "\n").map(String.init)
                let command = (try? String(contentsOf: url.appendingPathComponent("command"), encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return Case(name: name, root: url, paths: listed ?? ["."], command: command,
                            description: url.appendingPathComponent("README"))
            }
            guard Loader.extensions.contains(url.pathExtension) else { return nil }
            return Case(name: url.deletingPathExtension().lastPathComponent, root: folder, paths: [name], command: nil, description: url)
        }
    }()

    /// Every case's output, computed once for the golden test and the coverage test alike.
    static let outputs: [String: Output] = Dictionary(uniqueKeysWithValues: cases.map { ($0.name, run($0)) })

    /// Loads and checks a case as `recount check` does, and renders what it prints, without
    /// colour: made safe as the command makes everything it prints, so that the expected files
    /// hold what a terminal receives (and no raw control character of their own).
    static func run(_ corpusCase: Case) -> Output {
        let audit = Audit.run(paths: corpusCase.paths, root: corpusCase.root)
        var files = audit.files
        let all = audit.diagnostics + commandDiagnostics(corpusCase.command, audit: audit, files: &files)
        let diagnostics = DiagnosticRenderer(files: files, style: .plain).render(all)
        var text = (corpusCase.command.map { "# command\nrecount \($0)\n" } ?? "")
        text += "# diagnostics\n" + (diagnostics.isEmpty ? "none\n" : diagnostics)
        text += "# verdicts\n"
        text += audit.loadFailed ? "none: the input could not be loaded\n" : CheckRenderer(style: .plain).render(audit)
        // The only path that depends on the machine.
        text = text.replacingAll(corpusCase.root.path, with: "<root>")
        return Output(text: TerminalText.safe(text, style: .plain), codes: Set(all.map(\.code)))
    }

    /// The diagnostics a command adds to those of loading and checking, as the command finds
    /// them; an argument's are shown under its option's name, as the command shows them.
    static func commandDiagnostics(_ command: String?, audit: Audit, files: inout [String: SourceFile]) -> [Diagnostic] {
        // A command stops where loading failed, before its own checks.
        guard let command, !audit.loadFailed else { return [] }
        if command == "test -v" { return audit.noExpectationWarnings }
        if command == "report --format claimreview" {
            return ReportFiles.warnings(ReportModel.all(audit), formats: [.claimreview])
        }
        let prefix = "what-if --set "
        guard command.hasPrefix(prefix) else {
            Issue.record("unknown corpus command '\(command)'")
            return []
        }
        let argument = String(command.dropFirst(prefix.count))
        guard case .failure(let problems) = WhatIf.parseOverride(argument, in: audit.project) else { return [] }
        files[WhatIf.argumentPath] = SourceFile(path: WhatIf.argumentPath, text: argument)
        return problems.diagnostics
    }

    @Test(arguments: cases)
    func golden(_ corpusCase: Case) throws {
        let output = try #require(Self.outputs[corpusCase.name])
        assertSnapshot(output.text, named: corpusCase.name, in: Self.folder)
    }

    @Test(arguments: cases)
    func everyInputSaysWhatItExercises(_ corpusCase: Case) throws {
        var data = try Data(contentsOf: corpusCase.description)
        // The case of a byte order mark opens with one.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        #expect(data.starts(with: Data("# ".utf8)) || corpusCase.description.lastPathComponent == "README")
        #expect(data.count > 10)
    }

    @Test func everyExpectedOutputHasItsInput() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let expected = names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        #expect(Set(expected) == Set(Self.cases.map(\.name)))
    }

    @Test func theCorpusIsLargeAndSmall() throws {
        #expect(Self.cases.count >= 80)
        let files = try #require(FileManager.default.enumerator(at: Self.folder, includingPropertiesForKeys: [.fileSizeKey]))
        var bytes = 0
        for case let url as URL in files where !url.hasDirectoryPath {
            bytes += try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
        }
        #expect(bytes < 300_000, "the corpus is \(bytes) bytes")
    }

    @Test func everyCodeIsProducedByAnInput() throws {
        let produced = Self.outputs.values.reduce(into: Set<String>()) { $0.formUnion($1.codes) }
        let all = try DiagnosticTableTests.codesInSource()
        #expect(all.subtracting(produced).sorted() == [])
    }
}
