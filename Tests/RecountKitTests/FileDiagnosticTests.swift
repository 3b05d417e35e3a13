import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountReport
import Testing

/// Diagnostics about files, which only loading a project from disk can produce: each test writes
/// a small project to a temporary folder, audits it as `recount check` does, and compares every
/// diagnostic as printed (location, severity, message, code, source line and hint).
@Suite struct FileDiagnosticTests {
    /// Audits `paths` under `project` and renders every diagnostic with no colour.
    static func diagnostics(_ paths: [String], in project: URL) -> String {
        let audit = Audit.run(paths: paths, root: project)
        return DiagnosticRenderer(files: audit.files, style: .plain).render(audit.diagnostics)
    }

    @Test func aChainOfMoreThanSixteenFilesIsR304() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        // l0.ledger uses l1.ledger, which uses l2.ledger, and so on; l16.ledger uses nothing.
        for n in 0..<16 {
            try EndToEndTests.write("use \"l\(n + 1).ledger\"\n", to: "l\(n).ledger", in: project)
        }
        try EndToEndTests.write("", to: "l16.ledger", in: project)

        #expect(Self.diagnostics(["l0.ledger"], in: project) == """
            l15.ledger:1:5: error: files included more than 16 levels deep [R304]
             1 | use "l16.ledger"
               |     ^~~~~~~~~~~~
              = hint: use the files directly instead of through a chain of files

            """)
        // From l1.ledger the chain is 16 files long, which is allowed.
        #expect(Self.diagnostics(["l1.ledger"], in: project) == "")
    }

    @Test func aUsedFileThatIsNeitherClaimsNorLedgerIsR305() throws {
        let project = try EndToEndTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try EndToEndTests.write("entity acme \"Acme\"\nuse \"notes.txt\"\n", to: "x.claims", in: project)
        try EndToEndTests.write("entity acme \"Acme\"\n", to: "notes.txt", in: project)

        #expect(Self.diagnostics(["x.claims"], in: project) == """
            x.claims:2:5: error: 'notes.txt' is neither a .claims nor a .ledger file [R305]
             2 | use "notes.txt"
               |     ^~~~~~~~~~~
              = hint: name files with the .claims or .ledger extension

            """)
        // Named on the command line, the file has no line to point at.
        #expect(Self.diagnostics(["notes.txt"], in: project) == """
            recount: error: 'notes.txt' is neither a .claims nor a .ledger file [R305]
              = hint: name files with the .claims or .ledger extension

            """)
    }
}
