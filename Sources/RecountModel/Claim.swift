import RecountCore

/// One numeric statement of an article, ready to check.
public struct Claim: Sendable, Hashable {
    public var id: String
    /// The id of the article the claim belongs to.
    public var article: String
    public var quote: String?
    /// Where the quote is written in the claims file, so a stale quote is reported on its line.
    public var quoteRange: SourceRange? = nil
    public var location: Location?
    /// What the claim asserts; nil when only its readings do.
    public var proposition: Proposition?
    /// The formula the article's own reasoning uses to reach the stated figure.
    public var because: Formula?
    /// Other fair ways to read the claim, each checked on its own.
    public var readings: [Reading]
    public var expect: Verdict?
    /// Where the `expect` verdict is written, so that `recount test --update` can rewrite it.
    public var expectRange: SourceRange? = nil
    /// The source the article attributes the figure to, if any.
    public var source: String?
    public var notes: [String]
    public var range: SourceRange

    /// Where the quote stands in the article.
    public struct Location: Sendable, Hashable {
        public enum Unit: String, Sendable, Hashable { case paragraph, bullet, line }
        public var unit: Unit
        public var number: Int

        package init(unit: Unit, number: Int) {
            self.unit = unit
            self.number = number
        }
    }

    /// What the claim asserts.
    public enum Proposition: Sendable, Hashable {
        /// The article gives this figure, for this quantity if one is named.
        case states(QuantityReference?, StatedValue)
        /// The article says each of these comparisons is true: `holds a < b and c > d`.
        case holds([Comparison])
    }

    /// One comparison of a `holds` line.
    public struct Comparison: Sendable, Hashable {
        public var left: Formula
        public var relation: ComparisonOperator
        public var right: Formula

        public init(_ left: Formula, _ relation: ComparisonOperator, _ right: Formula) {
            self.left = left
            self.relation = relation
            self.right = right
        }
    }

    /// One way to read an ambiguous claim: its own proposition and formula.
    public struct Reading: Sendable, Hashable {
        public var id: String
        public var proposition: Proposition
        public var because: Formula?
        public var notes: [String]
        public var range: SourceRange

        package init(
            id: String,
            proposition: Proposition,
            because: Formula? = nil,
            notes: [String],
            range: SourceRange
        ) {
            self.id = id
            self.proposition = proposition
            self.because = because
            self.notes = notes
            self.range = range
        }
    }

    /// The figure the claim states, if it states one.
    public var stated: StatedValue? {
        if case .states(_, let value)? = proposition { return value }
        return nil
    }

    /// The quantity the claim states a figure for, if it names one.
    public var statedQuantity: QuantityReference? {
        if case .states(let q, _)? = proposition { return q }
        return nil
    }

    package init(
        id: String,
        article: String,
        quote: String? = nil,
        quoteRange: SourceRange? = nil,
        location: Location? = nil,
        proposition: Proposition? = nil,
        because: Formula? = nil,
        readings: [Reading],
        expect: Verdict? = nil,
        expectRange: SourceRange? = nil,
        source: String? = nil,
        notes: [String],
        range: SourceRange
    ) {
        self.id = id
        self.article = article
        self.quote = quote
        self.quoteRange = quoteRange
        self.location = location
        self.proposition = proposition
        self.because = because
        self.readings = readings
        self.expect = expect
        self.expectRange = expectRange
        self.source = source
        self.notes = notes
        self.range = range
    }
}
