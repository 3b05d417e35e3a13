/// The period an article has established before a sentence: what completes the periods a
/// sentence names only relative to one it does not name itself.
///
/// "Net profit of Dh560 million in the first quarter, Dh590 million in the second … is more
/// than the Dh2.4 billion reported for the full year" names no year, because the article said
/// earlier that "net profit for 2025 rose to Dh2.4 billion". The context is the period of the
/// first figure dated in full by its own words (a year, a fiscal year, or a quarter or half
/// with its year) in the nearest earlier sentence that has one: in the same paragraph, else in
/// the paragraphs before it, the headline included. It completes a quarter or half without its
/// year ("in the first quarter" is `2025Q1`), words that name the sentence's period again ("for
/// the full year" is `2025`) and those that move from it ("a year earlier" is `2024`), exactly
/// as a period named in the sentence would; a figure with no period words takes none from it.
///
/// What is no context:
/// - a date, such as a dateline's "March 14, 2026": it says when the article was written, not
///   the period its figures report, which for annual results is usually the year before (until
///   a period is established, `ArticleDate` completes only a quarter or half without its year);
/// - a month ("in January 2026"), which dates a statement more often than a result;
/// - a year after `from`, `since`, `by` and the like, which is another period than the sentence's;
/// - a year in a sentence that dates no figure by it ("the company, founded in 1998, …"), and a
///   period completed from another ("a year earlier").
///
/// A sentence that names a period in full reads it first, so the context never overrides what
/// the sentence says.
enum ArticlePeriod {
    /// The context for the sentence after one whose figures are `expressions`, given `context`,
    /// the one before it.
    static func after(_ expressions: [NumericExpression], context: String?) -> String? {
        expressions.first(where: \.periodNamedInFull)?.period ?? context
    }
}
