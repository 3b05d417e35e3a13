import RecountCore
import RecountModel

/// Where a number in a derivation came from.
public enum Origin: Sendable, Hashable {
    /// Written in the formula itself, taken exactly.
    case constant
    /// A figure the article itself states, in the claim with this id.
    case claim(id: String, range: SourceRange)
    /// A ledger fact, from this source.
    case fact(source: String?, grade: Source.Grade?, range: SourceRange)
}
