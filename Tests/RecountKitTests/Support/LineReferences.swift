/// The places in claims and ledger files that reports and messages cite, which move whenever
/// the declarations of a file are reordered.
enum LineReferences {
    /// The text with each `file:line`, `file:line:column` and `file#Lline` of a claims or
    /// ledger file cut to `file:N` or `file#LN`.
    static func removed(from text: String) -> String {
        text.replacing(/(\.claims|\.ledger)(:|#L)\d+(:\d+)?/) { "\($0.output.1)\($0.output.2)N" }
    }
}
