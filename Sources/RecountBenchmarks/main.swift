// Benchmarks for Recount: they measure and print figures, and assert nothing.
//
//   swift build -c release --product RecountBenchmarks
//   .build/release/RecountBenchmarks SCENARIO SIZE     one scenario at one size
//   .build/release/RecountBenchmarks                   lists the scenarios and their sizes
//   .build/release/RecountBenchmarks sizes SCENARIO    the sizes run-all.sh measures
//   .build/release/RecountBenchmarks write SCENARIO SIZE DIR
//                                                      writes the input as DIR/Evidence/*.ledger and
//                                                      DIR/Claims/*.claims, for `recount check --root DIR`
//                                                      (an article scenario's text as DIR/Articles/article.txt)
//   .build/release/RecountBenchmarks write archive SIZE DIR [SEED]
//                                                      the archive, and beside it DIR/Peers/archive.journal
//                                                      (ledger-cli, hledger), DIR/Peers/archive.beancount and
//                                                      DIR/manifest.txt (what each tool should find)
//   Sources/RecountBenchmarks/peers.sh                 Recount against ledger-cli, hledger and beancount
//   Sources/RecountBenchmarks/run-all.sh               every scenario and size, as a table
//
// Each run builds its input in memory from a fixed seed, then times each stage of a check:
// lexing and parsing, resolving, and the engine (relations, propagation, conflicts, verdicts).
// The article scenarios time `recount extract` instead: drafting, suggesting and writing.
// Peak memory is the process's, so run one scenario and size per process, as run-all.sh does.

import Foundation
import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax

func usage() -> Never {
    var text = "usage: RecountBenchmarks SCENARIO SIZE\n       RecountBenchmarks write SCENARIO SIZE DIR\n"
        + "       RecountBenchmarks write archive SIZE DIR [SEED]\n\nscenarios (default sizes in brackets):\n"
    for scenario in Scenario.allCases {
        let sizes = scenario.sizes.map(String.init).joined(separator: ", ")
        text += "  \(scenario.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(scenario.summary) [\(sizes)]\n"
    }
    FileHandle.standardError.write(Data(text.utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
// `sizes SCENARIO`: the default sizes, for run-all.sh.
if arguments.count == 2, arguments[0] == "sizes", let scenario = Scenario(rawValue: arguments[1]) {
    print(scenario.sizes.map(String.init).joined(separator: " "))
    exit(0)
}
// `write SCENARIO SIZE DIR [SEED]`: the generated input as a project, to look at its verdicts
// (a seed only for the archive, which also writes the peers' journals and its manifest).
if arguments.count == 4 || (arguments.count == 5 && arguments[1] == Scenario.archive.rawValue),
   arguments[0] == "write", let scenario = Scenario(rawValue: arguments[1]), let size = Int(arguments[2]), size > 0 {
    let root = URL(fileURLWithPath: arguments[3])
    guard let seed = arguments.count == 5 ? UInt64(arguments[4]) : Archive.defaultSeed else { usage() }
    let files = scenario == .archive ? Archive(facts: size, seed: seed).projectFiles : scenario.files(size: size).map { file in
        let folder = file.path.hasSuffix(".ledger") ? "Evidence" : file.path.hasSuffix(".txt") ? "Articles" : "Claims"
        return InputFile(path: folder + "/" + file.path, text: file.text)
    }
    do {
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
    } catch {
        FileHandle.standardError.write(Data("RecountBenchmarks: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
    exit(0)
}
guard arguments.count == 2, let scenario = Scenario(rawValue: arguments[0]),
      let size = Int(arguments[1].filter { $0 != "_" && $0 != "," }), size > 0 else { usage() }
if scenario.isExtraction {
    ExtractionBenchmark.run(scenario, size: size)
    exit(0)
}

let (files, generate) = Measurement.time { scenario.files(size: size) }
let inputBytes = files.reduce(0) { $0 + $1.text.utf8.count }
let generated = Measurement.peakResidentBytes()
// Loading a file (its text as scalars and line starts) counts as parsing, as it does in `recount`.
let (parsed, parse) = Measurement.time { files.map { Parser.parse(SourceFile(path: $0.path, text: $0.text)) } }
let afterParse = Measurement.peakResidentBytes()
let ((project, resolveDiagnostics), resolve) = Measurement.time { Resolver.resolve(parsed.map(\.0)) }
let afterResolve = Measurement.peakResidentBytes()
let (analysis, engine) = Measurement.time { Engine.analyze(project) }
let peak = Measurement.peakResidentBytes()

let parseDiagnostics = parsed.reduce(0) { $0 + $1.1.count }
let s = Measurement.seconds
let mb = Measurement.megabytes
print("scenario   \(scenario.rawValue) \(size): \(scenario.summary.replacingOccurrences(of: "SIZE", with: String(size)))")
print("input      \(mb(inputBytes)) in \(files.count) files, \(project.facts.count) facts, \(project.claims.count) claims "
    + "(generated in \(s(generate)), peak RSS \(mb(generated)))")
print("parse      \(s(parse))  (\(parseDiagnostics) diagnostics; peak RSS \(mb(afterParse)))")
for diagnostic in parsed.flatMap(\.1).prefix(3) { print("           \(diagnostic.message)") }
print("resolve    \(s(resolve))  (\(resolveDiagnostics.count) diagnostics; peak RSS \(mb(afterResolve)))")
for diagnostic in resolveDiagnostics.prefix(3) { print("           \(diagnostic.message)") }
print("engine     \(s(engine))  (\(analysis.linkCount) relation links, \(analysis.valueCount) values, "
    + "\(analysis.conflicts.count) conflicts, \(analysis.diagnostics.count) diagnostics; peak RSS \(mb(peak)))")
for diagnostic in analysis.diagnostics.prefix(3) { print("           \(diagnostic.message)") }
let counts = Verdict.allCases.map { v in "\(analysis.results.filter { $0.verdict == v }.count) \(v.rawValue)" }
print("verdicts   " + counts.joined(separator: ", "))
print("total      \(s(parse + resolve + engine))  (parse + resolve + engine)")
print("peak RSS   \(mb(peak)), \(mb(peak - generated)) above the process with its generated input "
    + "(\(String(format: "%.1f", Double(peak - generated) / Double(max(inputBytes, 1)))) × the input's bytes)")
// One line for run-all.sh: scenario, size, input MB, facts, claims, parse, resolve, engine and
// total seconds, peak RSS MB, and MB above the process with its generated input.
let fields = [String(format: "%.3f", Double(inputBytes) / 1_048_576), String(project.facts.count),
              String(project.claims.count)]
    + [parse, resolve, engine, parse + resolve + engine].map { String(format: "%.4f", $0) }
    + [peak, peak - generated].map { String(format: "%.1f", Double($0) / 1_048_576) }
print((["record", scenario.rawValue, String(size)] + fields).joined(separator: "\t"))
