import RecountCore
import RecountFigures

/// The syntax tree of a claims or ledger file, exactly as written.
///
/// Nothing here has meaning yet: figures keep their text, periods and units are bare strings.
/// The model gives them meaning. Every node carries the source range it came from.
public enum Syntax {
    /// One parsed file.
    public struct Document: Sendable, Hashable {
        public var path: String
        public var declarations: [Declaration]
    }

    /// A top-level declaration.
    public enum Declaration: Sendable, Hashable {
        case entity(Entity)
        case source(Source)
        case fact(Fact)
        case article(Article)
        case use(Use)
        case claim(Claim)
        case metric(Metric)
        case defaults(Defaults)
    }

    /// A name as written, with where it was written.
    public struct Identifier: Sendable, Hashable {
        public var name: String
        public var range: SourceRange
    }

    /// A string literal, decoded.
    public struct Text: Sendable, Hashable {
        public var value: String
        public var range: SourceRange
    }

    /// `entity ID "Name"` with an optional fiscal year end.
    public struct Entity: Sendable, Hashable {
        public var id: Identifier
        public var name: Text
        public var fiscalYearEnd: Identifier?
        /// `fiscal-year-named start` or `end`: which calendar year names a fiscal year.
        public var fiscalYearNamed: Identifier?
        /// `fiscal-extra-week Q1` or `Q4`: the quarter that takes a 53-week year's extra week.
        public var fiscalExtraWeek: Identifier?
        /// `metrics declared`: every quantity of the entity names a declared metric.
        public var metrics: Identifier?
        public var range: SourceRange
    }

    /// `source ID "Title"`: where ledger figures come from.
    public struct Source: Sendable, Hashable {
        public var id: Identifier
        public var title: Text
        public var url: Text?
        public var grade: Identifier?
        public var date: Identifier?
        public var notes: [Text]
        public var range: SourceRange
    }

    /// `fact QUANTITY = VALUE`: a sourced figure in the ledger.
    public struct Fact: Sendable, Hashable {
        public var quantity: QuantityName
        public var value: Value
        public var source: Identifier?
        public var quote: Text?
        public var notes: [Text]
        public var range: SourceRange
    }

    /// `article ID "Title"`: the article a claims file audits.
    public struct Article: Sendable, Hashable {
        public var id: Identifier
        public var title: Text
        public var author: Text?
        public var published: Identifier?
        public var url: Text?
        public var text: Text?
        /// `language zh-Hant`: the BCP 47 tag of the article's language.
        public var language: Identifier?
        /// `reviewed-by "…"`: the organisation that publishes the review.
        public var reviewedBy: Text?
        /// `reviewer-url "…"`: that organisation's web address.
        public var reviewerURL: Text?
        /// `reviewed YYYY-MM-DD`: the date the review is published.
        public var reviewed: Identifier?
        /// `report-url "…"`: the address the article's report is published at.
        public var reportURL: Text?
        public var tolerances: [Tolerance]
        public var range: SourceRange
    }

    /// `tolerance HEDGE PERCENT`: how far a hedged (or, with `plain`, an unhedged) figure may be
    /// from its printed value and still be `approximate`.
    public struct Tolerance: Sendable, Hashable {
        public var hedge: Identifier
        public var percent: FigureText
        public var range: SourceRange
    }

    /// `defaults`: the currency, scale and exactness of the bare figures of the facts and claims
    /// that follow it in its file, up to the next `defaults`.
    public struct Defaults: Sendable, Hashable {
        public var currency: Identifier?
        public var scale: Identifier?
        /// `region TW`: whose writing the figures follow, for `兆`, `¥` and `元`.
        public var region: Identifier?
        /// The `significant-zeros` attribute, where it was written.
        public var significantZeros: Identifier?
        /// The `exact` attribute, where it was written.
        public var exact: Identifier?
        public var range: SourceRange
    }

    /// `use "path"`: loads another file, relative to this one.
    public struct Use: Sendable, Hashable {
        public var path: Text
        public var range: SourceRange
    }

    /// `claim ID`: one numeric statement of the article.
    public struct Claim: Sendable, Hashable {
        public var id: Identifier
        public var quote: Text?
        public var location: Location?
        public var proposition: Proposition?
        public var because: Expression?
        public var expect: Identifier?
        public var source: Identifier?
        public var notes: [Text]
        public var readings: [Reading]
        public var range: SourceRange
        /// Whether a line of the claim's block did not parse (a `because` with a syntax error, an
        /// over-indented line): its error is reported, and the claim is not also said to have
        /// nothing to check it by, which would only be the same mistake again.
        public var hadErrors = false
    }

    /// `reading ID`: one fair way to read an ambiguous claim, checked on its own.
    public struct Reading: Sendable, Hashable {
        public var id: Identifier
        public var proposition: Proposition?
        public var because: Expression?
        public var notes: [Text]
        public var range: SourceRange
    }

    /// `metric NAME ["Title"]`: what a metric measures, and how it is defined from others.
    public struct Metric: Sendable, Hashable {
        public var name: Identifier
        public var title: Text?
        /// `kind stock` or `kind flow`.
        public var kind: Identifier?
        /// `equals FORMULA`: the metric at any period, from other metrics at the same period.
        public var equals: Expression?
        /// `relation share|margin|sum|difference|multiple|ratio`: how to name the definition.
        public var relation: Identifier?
        public var notes: [Text]
        public var range: SourceRange
    }

    /// Where a claim's quote stands in the article: `at paragraph 12`, `at bullet 6`, `at line 40`.
    public struct Location: Sendable, Hashable {
        public var unit: Identifier
        public var number: Int
        public var range: SourceRange
    }

    /// What a claim asserts.
    public enum Proposition: Sendable, Hashable {
        /// `states [QUANTITY =] VALUE`: the article gives this figure.
        case states(QuantityName?, Value)
        /// `holds LEFT OP RIGHT [and LEFT OP RIGHT …]`: the article says each comparison is true.
        case holds([Comparison])
    }

    /// A quantity: `entity.metric[.qualifier] [@ period]`.
    public struct QuantityName: Sendable, Hashable {
        public var name: Identifier
        public var period: Identifier?
        public var range: SourceRange
    }

    /// A figure with an optional hedge and sign: `about $3.08B/month`, `-$23.7B`, `($23.7B)`; or
    /// a range of two: `18-34 months`, `1 to 4%`, `between $10B and $12B`.
    public struct Value: Sendable, Hashable {
        /// How a negative figure is written: `-$23.7B`, `($23.7B)` as tables print it, or
        /// `negative $23.7B`.
        public enum Negation: Sendable, Hashable {
            case minus, parentheses, word
        }

        /// How the two ends of a range are joined, as written.
        public enum Joiner: Sendable, Hashable {
            /// `18-34 months`, `18–34 months`.
            case dash
            /// `1 to 4%`.
            case to
            /// `between $10B and $12B`.
            case between
        }

        /// The high end of a range, with how it is joined to the low end.
        public struct RangeEnd: Sendable, Hashable {
            public var joiner: Joiner
            public var negation: Negation?
            public var figure: FigureText
            public var figureRange: SourceRange
            public var negative: Bool { negation != nil }
        }

        public var hedge: Hedge?
        public var negation: Negation?
        public var negative: Bool { negation != nil }
        public var figure: FigureText
        public var figureRange: SourceRange
        /// The high end, when the value is a range.
        public var upper: RangeEnd?
        public var range: SourceRange

        public init(hedge: Hedge?, negation: Negation?, figure: FigureText, figureRange: SourceRange,
                    upper: RangeEnd? = nil, range: SourceRange) {
            self.hedge = hedge
            self.negation = negation
            self.figure = figure
            self.figureRange = figureRange
            self.upper = upper
            self.range = range
        }

        /// The figure with its sign as written, without the hedge: `($23.7B)`, `18-34 months`,
        /// `between $10B and $12B`.
        public var signedText: String {
            let low = Value.signed(figure, negation)
            guard let upper else { return low }
            let high = Value.signed(upper.figure, upper.negation)
            return switch upper.joiner {
            case .dash: low + "-" + high
            case .to: low + " to " + high
            case .between: "between " + low + " and " + high
            }
        }

        private static func signed(_ figure: FigureText, _ negation: Negation?) -> String {
            switch negation {
            case .minus?: "-" + figure.text
            case .word?: "negative " + figure.text
            case .parentheses?: "(" + figure.text + ")"
            case nil: figure.text
            }
        }
    }

    /// A hedge word as written, such as `about` or `at least`.
    public struct Hedge: Sendable, Hashable {
        public var words: String
        public var range: SourceRange

        public init(words: String, range: SourceRange) {
            self.words = words
            self.range = range
        }
    }

    /// `LEFT OP RIGHT`.
    public struct Comparison: Sendable, Hashable {
        public var left: Expression
        public var relation: ComparisonOperator
        public var right: Expression
        public var range: SourceRange
    }

    /// A formula over figures, quantities and other claims.
    public indirect enum Expression: Sendable, Hashable {
        /// A figure written in the formula; exact unless hedged.
        case figure(FigureText, SourceRange)
        case quantity(QuantityName)
        /// Another claim's stated figure, by the claim's id.
        case claim(Identifier)
        case negate(Expression, SourceRange)
        case binary(ArithmeticOperator, Expression, Expression, SourceRange)
        /// `EXPR in UNIT`: the same value, checked to have the unit's dimension and shown in it;
        /// `EXPR in CURRENCY at RATE` converts it into another currency through a rate quantity.
        case convert(Expression, Identifier, rate: QuantityName?, SourceRange)
        case parenthesized(Expression, SourceRange)
        /// A range of two figures, `$10B to $12B` or `between 18 and 34 months`: every value
        /// from the low end to the high end, exactly.
        case range(Value)

        public var range: SourceRange {
            switch self {
            case .figure(_, let r), .negate(_, let r), .binary(_, _, _, let r), .convert(_, _, _, let r),
                .parenthesized(_, let r):
                r
            case .quantity(let q): q.range
            case .range(let v): v.range
            case .claim(let id): id.range
            }
        }
    }
}
