import Foundation
import RecountLanguageServer

extension Commands {
    /// `recount lsp`: feeds standard input to the server and writes its replies to standard
    /// output until the client sends `exit` or closes the input.
    func lsp() -> ExitCode {
        var server = LanguageServer(version: Help.version)
        let input = FileHandle.standardInput
        while true {
            let chunk = input.availableData
            // The end of the input without `exit` is a client gone away: exit status 1, as for
            // an `exit` without `shutdown`.
            guard !chunk.isEmpty else { return .findings }
            let replies = server.receive(chunk)
            if !replies.isEmpty { FileHandle.standardOutput.write(Data(replies)) }
            if let code = server.exitCode { return code == 0 ? .success : .findings }
        }
    }
}
