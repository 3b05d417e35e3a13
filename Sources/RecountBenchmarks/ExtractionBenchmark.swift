import Foundation
import RecountExtract

/// Times `recount extract` on a generated article, stage by stage: drafting (paragraphs,
/// sentences, figures, quotes), discovering the arithmetic among the figures when the scenario
/// suggests, and writing the claims file.
enum ExtractionBenchmark {
    /// Measures `scenario` at `size` and prints its report, ending with the `record` line that
    /// run-all.sh reads. Its columns are the check scenarios': "facts" holds the paragraphs,
    /// "claims" the drafted claims, "parse" drafting, "resolve" discovery and "engine" writing.
    static func run(_ scenario: Scenario, size: Int) {
        let (files, generate) = Measurement.time { scenario.files(size: size) }
        let text = files.first?.text ?? ""
        let inputBytes = text.utf8.count
        let generated = Measurement.peakResidentBytes()
        let (drafted, draft) = Measurement.time { Extraction.run(text: text, suggest: false) }
        let (suggestions, discover) = Measurement.time {
            scenario.suggests ? ArithmeticDiscovery.suggestions(for: drafted.claims) : []
        }
        let extraction = Extraction(paragraphs: drafted.paragraphs, claims: drafted.claims, suggestions: suggestions)
        let (rendered, write) = Measurement.time {
            ClaimsWriter(articleID: "bench", title: "Benchmark", textPath: nil, sourceName: "article.txt")
                .render(extraction, suggested: scenario.suggests)
        }
        let peak = Measurement.peakResidentBytes()
        let s = Measurement.seconds
        let mb = Measurement.megabytes
        print("scenario   \(scenario.rawValue) \(size): \(scenario.summary.replacingOccurrences(of: "SIZE", with: String(size)))")
        print("input      \(mb(inputBytes)), \(drafted.paragraphs.count) paragraphs, \(drafted.claims.count) figures "
            + "(generated in \(s(generate)), peak RSS \(mb(generated)))")
        print("draft      \(s(draft))  (paragraphs, sentences, figures and quotes)")
        print("suggest    \(s(discover))  (\(suggestions.count) suggestions)")
        print("write      \(s(write))  (\(mb(rendered.utf8.count)) of claims file)")
        print("total      \(s(draft + discover + write))")
        print("peak RSS   \(mb(peak)), \(mb(peak - generated)) above the process with its generated input")
        let fields = [String(format: "%.3f", Double(inputBytes) / 1_048_576), String(drafted.paragraphs.count),
                      String(drafted.claims.count)]
            + [draft, discover, write, draft + discover + write].map { String(format: "%.4f", $0) }
            + [peak, peak - generated].map { String(format: "%.1f", Double($0) / 1_048_576) }
        print((["record", scenario.rawValue, String(size)] + fields).joined(separator: "\t"))
    }
}
