import Foundation
import Testing

/// The fuzz corpus run through the whole-pipeline harness's function without libFuzzer, so that
/// `swift test` replays every input the fuzzer kept, and the inputs that once crashed or hung.
@Suite struct FuzzCorpusTests {
    static let corpus = EndToEndTests.packageRoot.appendingPathComponent("Tests/Fuzz/corpus")

    static func inputs() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func theCorpusIsSmallAndReachesTheReports() throws {
        let inputs = try Self.inputs()
        #expect(inputs.count >= 10)
        let bytes = try inputs.reduce(0) { $0 + (try Data(contentsOf: $1)).count }
        #expect(bytes < 200_000)
        // At least one input loads without errors, so that the fuzzer starts from inputs that
        // reach the renderers and what-if.
        let reports = try inputs.filter { url in
            let outcome = WholePipeline.run(String(decoding: try Data(contentsOf: url), as: UTF8.self))
            return outcome.outputs.keys.contains { $0.hasPrefix("Reports/") }
        }
        #expect(!reports.isEmpty)
    }

    /// Every stage is a pure function of the input: two runs print the same, and every JSON
    /// report parses.
    @Test func everyInputRunsTheSameTwiceAndItsJSONParses() throws {
        for url in try Self.inputs() {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let first = WholePipeline.run(text)
            #expect(first == WholePipeline.run(text), "\(url.lastPathComponent)")
            for (path, contents) in first.outputs where path.hasPrefix("Reports/") && !path.hasSuffix(".md") {
                #expect(throws: Never.self, "\(url.lastPathComponent) \(path)") {
                    try JSONSerialization.jsonObject(with: Data(contents.utf8))
                }
            }
        }
    }

    @Test func anInputIsCutIntoItsPartsAtTheMarker() {
        let parts = WholePipeline.Parts("claim a\n%%%\nfact b\n%%%\nThe text.\n%%%\nx.y=1")
        #expect(parts.claims == "claim a")
        #expect(parts.ledger == "fact b")
        #expect(parts.article == "The text.")
        #expect(parts.override == "x.y=1")
        let whole = WholePipeline.Parts("claim a\nx.y=2\n")
        #expect(whole.claims == "claim a\nx.y=2\n")
        #expect(whole.ledger == nil)
        #expect(whole.article == "claim a\nx.y=2\n")
        #expect(whole.override == "x.y=2")
    }
}
