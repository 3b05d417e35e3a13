import RecountCore

/// A sourced figure in the evidence ledger.
public struct Fact: Sendable, Hashable {
    public var quantity: QuantityReference
    public var value: StatedValue
    /// The id of the source; nil only when the fact names none, which is reported.
    public var source: String?
    public var quote: String?
    public var notes: [String]
    public var range: SourceRange

    package init(
        quantity: QuantityReference,
        value: StatedValue,
        source: String? = nil,
        quote: String? = nil,
        notes: [String],
        range: SourceRange
    ) {
        self.quantity = quantity
        self.value = value
        self.source = source
        self.quote = quote
        self.notes = notes
        self.range = range
    }
}
