import Foundation
import RecountKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let code: ExitCode
do {
    let arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
    code = Commands(arguments: arguments, environment: ProcessInfo.processInfo.environment,
                    standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1).run()
} catch {
    FileHandle.standardError.write(Data("recount: error: \(error.message)\nSee 'recount --help'.\n".utf8))
    code = .usage
}
exit(code.rawValue)
