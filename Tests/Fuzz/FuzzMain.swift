// libFuzzer entry point: every input is read as a claims file, then parsed, resolved and
// checked. Any crash, hang or sanitizer report is a bug; diagnostics are the expected outcome.
import RecountCore
import RecountEngine
import RecountResolver
import RecountSyntax

/// Entities and a source the fuzzed text may refer to, so that inputs reach the engine.
let prelude = SourceFile(path: "prelude.ledger", text: """
    entity msft "Microsoft"
      fiscal-year-end 06-30
    entity x "X"
    source s "S"
      grade primary

    """)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (base, _) = Parser.parse(prelude)
    let (document, _) = Parser.parse(SourceFile(path: "fuzz.claims", text: text))
    // The engine runs even on a project with errors: the resolver leaves out what it could not
    // read, and what remains must never crash the engine.
    let (project, _) = Resolver.resolve([base, document])
    _ = Engine.analyze(project)
    return 0
}
