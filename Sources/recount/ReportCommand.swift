import Foundation
import RecountEngine
import RecountKit
import RecountModel
import RecountReport

extension Commands {
    /// `recount report`: writes each article's audit report. By default every article's
    /// Markdown and JSON go to `Reports/` under the root; `-o FILE` writes one article's report in
    /// one format, `-o -` to standard output. The exit status is 0 when the reports were written,
    /// even when claims are inconsistent (publishing them is the point); 2 when the input could not
    /// be loaded, and then nothing is written; 73 when a file could not be written; 64 for a wrong
    /// command line.
    func report() -> ExitCode {
        var date: CalendarDate?
        if let text = arguments.date {
            guard let parsed = CalendarDate(iso: text) else {
                return usage("--date needs a date written YYYY-MM-DD, not '\(text)'", help: .report)
            }
            date = parsed
        }
        if let url = arguments.baseURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(where: \.isWhitespace) {
            return usage("--base-url needs an http or https address with no spaces, not '\(url)'", help: .report)
        }
        let format = arguments.format.flatMap(ReportFormat.init(rawValue:))
        let audit = Audit.run(paths: filePaths(arguments.paths), root: root)
        if !audit.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(files: audit.files, style: style)
            standardError(renderer.render(audit.diagnostics))
        }
        if audit.loadFailed {
            standardError("recount: the input could not be loaded; no report was written\n")
            return .loadFailure
        }
        let models = ReportModel.all(audit, date: date, baseURL: arguments.baseURL)
        if models.isEmpty {
            return fail("no claims were loaded, so there is no article to report on", .loadFailure)
        }
        func warn(_ formats: [ReportFormat], _ models: [ReportModel]) {
            let warnings = ReportFiles.warnings(models, formats: formats)
            if !warnings.isEmpty { standardError(DiagnosticRenderer(files: audit.files, style: style).render(warnings)) }
        }
        guard let output = arguments.output else {
            let formats = format.map { [$0] } ?? ReportFiles.defaultFormats
            warn(formats, models)
            let outputs = ReportFiles.outputs(models, formats: formats)
            do {
                let written = try ReportFiles.write(outputs, root: root)
                for path in written { standardError("wrote \(path)\n") }
                return .success
            } catch {
                for path in error.written { standardError("wrote \(path)\n") }
                return fail(error.message, .cannotWrite)
            }
        }
        guard models.count == 1, let model = models.first else {
            let ids = models.map(\.article.id).joined(separator: ", ")
            return usage("-o writes the report of one article, but \(models.count) were loaded (\(ids)); "
                         + "name one claims file, or leave out -o to write them all to Reports/", help: .report)
        }
        let chosen = format ?? ReportFormat(fileName: output) ?? .markdown
        warn([chosen], [model])
        let text = chosen.render(model)
        if output == "-" {
            writeFile(toStandardOutput: text)
            return .success
        }
        do {
            try ReportFiles.write(text, toPath: output, workingDirectory: workingDirectory)
        } catch {
            return fail(error.message, .cannotWrite)
        }
        standardError("wrote \(output)\n")
        return .success
    }
}
