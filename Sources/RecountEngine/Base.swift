import RecountModel

/// A figure that checks rest on: a ledger fact (by index) or a claim of the article (by id).
public enum Base: Sendable, Hashable, Comparable {
    case fact(Int)
    case claim(String)

    public static func < (a: Base, b: Base) -> Bool {
        switch (a, b) {
        case let (.fact(x), .fact(y)): x < y
        case let (.claim(x), .claim(y)): x < y
        case (.fact, .claim): true
        case (.claim, .fact): false
        }
    }
}
