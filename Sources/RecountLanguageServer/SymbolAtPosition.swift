import RecountCore
import RecountSyntax

/// What the cursor is on, read from the buffer's own tokens: a quantity name with the period
/// that follows it, or a plain word (a claim, entity or source id, or a keyword).
enum SymbolAtPosition: Equatable {
    /// `onEntity` when the cursor is on the name's first part, the entity's id.
    case quantity(name: String, period: String?, onEntity: Bool)
    case word(String)

    /// The symbol under or just before a scalar offset of `file`, if any.
    init?(in file: SourceFile, at offset: Int) {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        // A cursor just past a word, as after a double-click or typing, is on that word.
        guard let index = tokens.firstIndex(where: { $0.span.contains(offset) && $0.isNamed })
                ?? tokens.firstIndex(where: { $0.span.upperBound == offset && $0.isNamed }) else { return nil }
        switch tokens[index].kind {
        case .word(let word) where word.contains("."):
            var period: String?
            if index + 2 < tokens.count, case .symbol(.at) = tokens[index + 1].kind,
               case .bare(let bare) = tokens[index + 2].kind {
                period = bare
            }
            let entityLength = word.unicodeScalars.prefix { $0 != "." }.count
            self = .quantity(name: word, period: period, onEntity: offset < tokens[index].span.lowerBound + entityLength)
        case .word(let word):
            self = .word(word)
        default:
            return nil
        }
    }
}

extension Token {
    fileprivate var isNamed: Bool {
        if case .word = kind { return true }
        return false
    }
}

extension Syntax.Declaration {
    /// The declaration's whole first line, where editors put its name.
    var range: SourceRange {
        switch self {
        case .entity(let d): d.range
        case .source(let d): d.range
        case .fact(let d): d.range
        case .article(let d): d.range
        case .use(let d): d.range
        case .claim(let d): d.range
        case .metric(let d): d.range
        case .defaults(let d): d.range
        }
    }
}

extension Syntax.Document {
    /// The claim whose block holds a 1-based line: from its `claim` line to the next declaration.
    func claim(atLine line: Int) -> Syntax.Claim? {
        let ordered = declarations.sorted { $0.range.start < $1.range.start }
        guard let index = ordered.lastIndex(where: { $0.range.start.line <= line }),
              case .claim(let claim) = ordered[index] else { return nil }
        return claim
    }
}
