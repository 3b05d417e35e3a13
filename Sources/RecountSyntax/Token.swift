import RecountFigures

/// One lexical unit of a claims or ledger file.
public struct Token: Sendable, Hashable {
    public var kind: Kind
    /// The scalar offsets of the token in its file.
    public var span: Range<Int>

    public init(_ kind: Kind, _ span: Range<Int>) {
        self.kind = kind
        self.span = span
    }

    public enum Kind: Sendable, Hashable {
        /// A keyword, an identifier or a dotted quantity name such as `msft.ai_run_rate.yoy`.
        case word(String)
        /// A quoted string, with escapes decoded.
        case string(String)
        /// A figure such as `$16.59B`, `12%` or `370億美元`.
        case figure(FigureText)
        /// A run of non-blank characters read where the grammar expects a period, a unit or a
        /// date: after `@`, `in`, `fiscal-year-end`, `published`, `date`, and `currency`, `scale` and
        /// `reviewed` when they open their line.
        case bare(String)
        case symbol(Symbol)
        case newline
        case indent
        case dedent
        case endOfFile
    }

    public enum Symbol: String, Sendable, Hashable, CaseIterable {
        case at = "@"
        case equals = "="
        case plus = "+"
        case minus = "-"
        case times = "*"
        case divide = "/"
        case leftParen = "("
        case rightParen = ")"
        case less = "<"
        case lessEqual = "<="
        case greater = ">"
        case greaterEqual = ">="
        case notEqual = "!="
        case tilde = "~"
    }
}

extension Token.Kind {
    /// How the token is named in "expected …, found …" messages.
    public var description: String {
        switch self {
        case .word(let w): "'\(w)'"
        case .string: "a string"
        case .figure(let f): "figure '\(f.text)'"
        case .bare(let b): "'\(b)'"
        case .symbol(let s): "'\(s.rawValue)'"
        case .newline: "end of line"
        case .indent: "an indented line"
        case .dedent: "end of block"
        case .endOfFile: "end of file"
        }
    }
}
