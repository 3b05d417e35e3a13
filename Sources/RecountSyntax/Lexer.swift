import RecountCore
import RecountFigures

/// Turns a source file into tokens, with `indent` and `dedent` tokens for blocks.
///
/// The language is line-oriented: a line's indentation says whether it opens a declaration
/// or adds an attribute to the one above. Blank and comment-only lines are skipped. Comments
/// are kept aside so that a formatter can put them back. Lexical errors become diagnostics and
/// the lexer carries on with the next character.
public struct Lexer {
    public let file: SourceFile
    public private(set) var diagnostics: [Diagnostic] = []
    /// The problems found past `Parser.maximumDiagnostics`, counted and not kept.
    public private(set) var omitted = 0
    /// Every `#` comment in the file: where it starts and its text without the `#`.
    public private(set) var comments: [(span: Range<Int>, text: String)] = []

    private let s: [Unicode.Scalar]
    private var tokens: [Token] = []

    /// Words after which the next token is read as a bare run of characters.
    static let bareAfter: Set<String> = ["in", "fiscal-year-end", "published", "date"]
    /// Attribute names after which the next token is bare, when they open their line: `$` and
    /// `千` are no words, a date is no word either, and `currency`, `scale` or `reviewed` may
    /// well name a claim elsewhere.
    static let bareAfterAttribute: Set<String> = ["currency", "scale", "reviewed"]

    public init(file: SourceFile) {
        self.file = file
        self.s = file.scalars
    }

    /// Lexes the whole file.
    public mutating func tokenize() -> [Token] {
        var indentStack = [0]
        for lineIndex in 0..<file.lineStarts.count {
            let start = file.lineStarts[lineIndex]
            var end = lineIndex + 1 < file.lineStarts.count ? file.lineStarts[lineIndex + 1] - 1 : s.count
            if end > start, s[end - 1] == "\r" { end -= 1 }
            var i = start
            var sawTab = false
            while i < end, s[i] == " " || s[i] == "\t" {
                if s[i] == "\t" { sawTab = true }
                i += 1
            }
            if i == end { continue }
            if s[i] == "#" {
                comments.append((i..<end, file.text(i + 1..<end)))
                continue
            }
            var indent = i - start
            if sawTab {
                // A tab's width is unknowable; take the line as an attribute of the open block
                // so that one tab does not cascade into indentation errors.
                report(.tabIndentation, start..<i)
                indent = indentStack.count > 1 ? indentStack[indentStack.count - 1] : 2
            }
            if indent > (indentStack.last ?? 0) {
                indentStack.append(indent)
                tokens.append(Token(.indent, start..<i))
            } else {
                while let top = indentStack.last, indent < top {
                    indentStack.removeLast()
                    tokens.append(Token(.dedent, i..<i))
                }
                if indent != indentStack.last {
                    // Taken as the enclosing block's indentation, so that one misaligned line
                    // is reported once and not again as an unexpected indent.
                    report(.inconsistentIndentation, start..<i)
                    if indentStack.count == 1 {
                        indentStack.append(indent)
                        tokens.append(Token(.indent, start..<i))
                    }
                }
            }
            lexLine(from: i, to: end)
            tokens.append(Token(.newline, end..<end))
        }
        while indentStack.count > 1 {
            indentStack.removeLast()
            tokens.append(Token(.dedent, s.count..<s.count))
        }
        tokens.append(Token(.endOfFile, s.count..<s.count))
        return tokens
    }

    private mutating func report(_ kind: DiagnosticKind, _ span: Range<Int>) {
        guard diagnostics.count < Parser.maximumDiagnostics else {
            omitted += 1
            return
        }
        let range = SourceRange(path: file.path, start: file.location(of: span.lowerBound),
                                end: file.location(of: max(span.upperBound, span.lowerBound + 1)))
        diagnostics.append(Diagnostic(kind, at: range))
    }

    private mutating func lexLine(from start: Int, to end: Int) {
        var i = start
        var bareNext = false
        while i < end {
            let c = s[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c == "#" {
                comments.append((i..<end, file.text(i + 1..<end)))
                return
            }
            if bareNext {
                bareNext = false
                i = lexBare(from: i, to: end, afterFiscalYearEnd: tokens.last?.kind == .word("fiscal-year-end"))
                continue
            }
            if c == "\"" {
                i = lexString(from: i, to: end)
            } else if let figure = FigureScanner.strict.figure(in: s, at: i, end: end) {
                tokens.append(Token(.figure(figure.text(file.text)), figure.span))
                i = figure.span.upperBound
            } else if !c.isASCII, let (span, _) = FigureScanner.strict.numberWord(in: s, at: i, end: end) {
                // A Chinese fraction (十分之一) cannot be an id; English number words are read by
                // the parser, where a single word may also be a claim's id.
                let text = file.text(span)
                tokens.append(Token(.figure(FigureText(text: text, currencyPrefix: nil, number: text, suffix: "")), span))
                i = span.upperBound
            } else if isWordStart(c) {
                var j = i + 1
                while j < end, isWordContinue(at: j, end: end) { j += 1 }
                let word = file.text(i..<j)
                tokens.append(Token(.word(word), i..<j))
                bareNext = Lexer.bareAfter.contains(word) || (i == start && Lexer.bareAfterAttribute.contains(word))
                i = j
            } else if let (symbol, length) = symbol(at: i, end: end) {
                tokens.append(Token(.symbol(symbol), i..<i + length))
                bareNext = symbol == .at
                i += length
            } else {
                // A run of stray characters is one mistake: one diagnostic over the run, so
                // that a pasted line of 50 MB does not become 50 million of them.
                var j = i + 1
                while j < end, s[j] == c || isStray(at: j, end: end) { j += 1 }
                let shown = 16
                var text = String(String.UnicodeScalarView(s[i..<min(j, i + shown)]))
                if j - i > shown { text += "…" }
                if s[i..<j].allSatisfy(FigureVocabulary.isCJKUnitScalar) {
                    report(.numberWordOutsideFigure(text), i..<j)
                } else {
                    report(.unexpectedCharacter(s[i..<j].allSatisfy { $0 == c } ? String(Character(c)) : text), i..<j)
                }
                i = j
            }
        }
    }

    /// Reads a period, unit or date; `H1 2025` is one period even though it has a space, and
    /// so is a fiscal year end counted in weeks, `last Saturday of January`, up to a comment.
    private mutating func lexBare(from start: Int, to end: Int, afterFiscalYearEnd: Bool = false) -> Int {
        var j = start
        if afterFiscalYearEnd {
            while j < end, s[j] != "#" { j += 1 }
            while j > start, s[j - 1] == " " || s[j - 1] == "\t" { j -= 1 }
            tokens.append(Token(.bare(file.text(start..<j)), start..<j))
            return j
        }
        while j < end, s[j] != " ", s[j] != "\t", s[j] != "#", s[j] != ")" { j += 1 }
        let first = file.text(start..<j)
        let halfOrQuarter = first.count == 2 && (first.hasPrefix("H") || first.hasPrefix("Q"))
            && first.last?.isNumber == true
        if halfOrQuarter, j + 1 < end, s[j] == " " {
            // "Q1 2025" or "Q3 FY2025".
            let yearStart = matches("FY", at: j + 1, end: end) ? j + 3 : j + 1
            let yearEnd = yearStart + 4
            if yearEnd <= end, (yearStart..<yearEnd).allSatisfy({ isASCIIDigit(s[$0]) }),
               yearEnd == end || s[yearEnd] == " " || s[yearEnd] == "#" || s[yearEnd] == ")" {
                j = yearEnd
            }
        }
        if j > start { tokens.append(Token(.bare(file.text(start..<j)), start..<j)) }
        return j
    }

    private mutating func lexString(from start: Int, to end: Int) -> Int {
        var value = String.UnicodeScalarView()
        var j = start + 1
        while j < end {
            let c = s[j]
            if c == "\"" {
                tokens.append(Token(.string(String(value)), start..<j + 1))
                return j + 1
            }
            if c == "\\", j + 1 < end {
                let e = s[j + 1]
                switch e {
                case "\"": value.append("\""); j += 2
                case "\\": value.append("\\"); j += 2
                case "n": value.append("\n"); j += 2
                case "t": value.append("\t"); j += 2
                case "u":
                    if let (scalar, length) = unicodeEscape(at: j + 2, end: end) {
                        value.append(scalar)
                        j += 2 + length
                    } else {
                        report(.invalidEscape("u"), j..<j + 2)
                        j += 2
                    }
                default:
                    report(.invalidEscape(String(Character(e))), j..<j + 2)
                    j += 2
                }
                continue
            }
            value.append(c)
            j += 1
        }
        report(.unterminatedString, start..<start + 1)
        tokens.append(Token(.string(String(value)), start..<end))
        return end
    }

    /// Reads `{XXXX}` after `\u`, returning the scalar and how many characters it took.
    private func unicodeEscape(at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard i < end, s[i] == "{" else { return nil }
        var j = i + 1
        var hex = ""
        while j < end, s[j] != "}", hex.count <= 8 {
            hex.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < end, s[j] == "}", let code = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(code) else { return nil }
        return (scalar, j + 1 - i)
    }

    private func symbol(at i: Int, end: Int) -> (Token.Symbol, Int)? {
        let next: Unicode.Scalar? = i + 1 < end ? s[i + 1] : nil
        switch s[i] {
        case "<": return next == "=" ? (.lessEqual, 2) : (.less, 1)
        case ">": return next == "=" ? (.greaterEqual, 2) : (.greater, 1)
        case "≤": return (.lessEqual, 1)
        case "≥": return (.greaterEqual, 1)
        case "=": return (.equals, 1)
        case "!": return next == "=" ? (.notEqual, 2) : nil
        case "≠": return (.notEqual, 1)
        case "+": return (.plus, 1)
        // An en dash joins the ends of a range as articles print them: `18–34 months`.
        case "-", "−", "–": return (.minus, 1)
        case "*", "×": return (.times, 1)
        case "/", "÷": return (.divide, 1)
        case "(": return (.leftParen, 1)
        case ")": return (.rightParen, 1)
        case "@": return (.at, 1)
        case "~", "≈": return (.tilde, 1)
        default: return nil
        }
    }

    private func matches(_ text: String, at i: Int, end: Int) -> Bool {
        var j = i
        for scalar in text.unicodeScalars {
            guard j < end, s[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    // MARK: Character classes

    private func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    private func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    private func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        guard !c.isASCII else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A character that starts no token where the grammar could use it, so that a run of them
    /// (`萬億` where an id belongs, a pasted line of junk) is one mistake.
    private func isStray(at j: Int, end: Int) -> Bool {
        let c = s[j]
        if c.isASCII { return !(c == " " || c == "\t" || c == "#" || c == "\"" || c == "_" || isASCIILetter(c)
                                || isASCIIDigit(c)) && symbol(at: j, end: end) == nil }
        return !isLetter(c) && symbol(at: j, end: end) == nil
            && FigureScanner.strict.figure(in: s, at: j, end: end) == nil
            && FigureScanner.strict.numberWord(in: s, at: j, end: end) == nil
    }

    private func isWordStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || isLetter(c)
    }

    /// Letters of any script, except the CJK characters of unit words. ASCII is tested first:
    /// Unicode property lookups are slow and nearly every letter in a file is ASCII.
    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isASCIILetter(c) }
        return c.properties.isAlphabetic && !FigureVocabulary.isCJKUnitScalar(c)
    }

    /// Letters, digits and `_` continue a word; `.` and `-` do when a letter or digit follows,
    /// so that `msft.ai_run_rate` and `fiscal-year-end` are single words. A combining mark
    /// continues one too, so that `café` typed as `cafe` and U+0301 is a word, and the same
    /// identifier as the precomposed spelling: Swift compares strings by canonical equivalence.
    private func isWordContinue(at j: Int, end: Int) -> Bool {
        let c = s[j]
        if c == "_" || isASCIIDigit(c) || isLetter(c) || isCombiningMark(c) {
            return true
        }
        if c == "." || c == "-", j + 1 < end {
            let n = s[j + 1]
            return n == "_" || isASCIIDigit(n) || (n.isASCII ? isASCIILetter(n) : n.properties.isAlphabetic)
        }
        return false
    }
}
