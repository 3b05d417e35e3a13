/// A sourced figure in the evidence ledger.
public struct Fact: Sendable, Hashable {
    public var quantity: QuantityReference
    public var value: StatedValue
    /// The id of the source; nil only when the fact names none, which is reported.
    public var source: String?
    public var quote: String?
    public var notes: [String]
    public var range: SourceRange
}
