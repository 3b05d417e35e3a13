// libFuzzer entry point for the whole pipeline: each input goes through `WholePipeline.run`
// (Tests/RecountKitTests/Support/WholePipeline.swift, compiled in beside this file), which
// loads, checks, renders every format, formats, extracts and runs a what-if. Any crash, hang or
// sanitizer report is a bug; diagnostics are the expected outcome.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = WholePipeline.run(text)
    return 0
}
