import RecountCore
@testable import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// Figures beyond the range of doubles, and results that are not numbers, never get a verdict
/// (issue 11, point 8).
@Suite struct FloatRangeTests {
    /// 10^400, 2 × 10^400 and 10^-400, written out in digits.
    static let huge = "1" + String(repeating: "0", count: 400)
    static let twiceHuge = "2" + String(repeating: "0", count: 400)
    static let tiny = "0." + String(repeating: "0", count: 399) + "1"

    /// The diagnostics of resolving one claims file.
    static func diagnostics(_ text: String) -> [Diagnostic] {
        let (document, parsed) = Parser.parse(SourceFile(path: "x.claims", text: text))
        let (_, resolved) = Resolver.resolve([document])
        return parsed + resolved
    }

    static func outOfRange(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { if case .figureOutOfRange = $0.kind { true } else { false } }
    }

    @Test func aFigureBeyondTheLargestDoubleIsAnErrorAtTheFigure() {
        let found = Self.diagnostics("claim big\n  states \(Self.huge)\n  because \(Self.twiceHuge)\n")
        let problems = Self.outOfRange(found)
        #expect(problems.count == 2, "\(found.map(\.message))")
        #expect(problems.allSatisfy { $0.severity == .error && $0.code == "R215" })
        #expect(problems.map { $0.range?.start.line } == [2, 3])
        #expect(problems.map { $0.range?.start.column } == [10, 11])
        #expect(problems.first?.kind == .figureOutOfRange(Self.huge, tooLarge: true))
    }

    @Test func aDifferenceOfTwoHugeFiguresIsNotComputed() {
        let problems = Self.outOfRange(Self.diagnostics("claim nan\n  states 0\n  because \(Self.huge) - \(Self.huge)\n"))
        #expect(problems.count == 2)
    }

    @Test func aNonzeroFigureTooCloseToZeroIsAnError() {
        let problems = Self.outOfRange(Self.diagnostics("claim tiny\n  states 0\n  because \(Self.tiny)\n"))
        #expect(problems.map(\.kind) == [.figureOutOfRange(Self.tiny, tooLarge: false)])
        let stated = Self.outOfRange(Self.diagnostics("claim tiny\n  states \(Self.tiny)\n  because 0\n"))
        #expect(stated.count == 1)
    }

    @Test func aScaleWordCanPushAFigureOutOfRange() {
        let digits = "1" + String(repeating: "0", count: 300)
        let problems = Self.outOfRange(Self.diagnostics("claim c\n  states \(digits)T\n  because 1\n"))
        #expect(problems.map(\.kind) == [.figureOutOfRange("\(digits)T", tooLarge: true)])
        // Without the scale word it fits.
        #expect(Self.outOfRange(Self.diagnostics("claim c\n  states \(digits)\n  because 1\n")).isEmpty)
    }

    @Test func aLedgerFactBeyondTheRangeIsAnError() {
        let text = "entity acme \"Acme\"\nsource s \"S\"\n  grade primary\nfact acme.x = \(Self.huge)\n  source s\n"
        let (document, _) = Parser.parse(SourceFile(path: "x.ledger", text: text))
        let (project, diagnostics) = Resolver.resolve([document])
        #expect(Self.outOfRange(diagnostics).count == 1)
        #expect(project.facts.isEmpty)
    }

    @Test func zeroAndOrdinaryFiguresAreInRange() {
        let text = "claim c\n  states 0.000\n  because 0\nclaim d\n  states 1,000,000T\n  because 1\n"
        #expect(Self.outOfRange(Self.diagnostics(text)).isEmpty)
    }

    /// A result that is not a number, or is infinite at face value, is an overflow: it cannot
    /// be compared with anything.
    @Test func aResultThatIsNotANumberIsAnOverflow() {
        let infinite = Measure(interval: Interval(.greatestFiniteMagnitude, .infinity), nominal: .infinity, dimension: .none)
        #expect(Measure.subtract(infinite, infinite) == .failure(.overflow))
        #expect(Measure.add(infinite, Measure(exactly: 1)) == .failure(.overflow))
    }

    @Test func aCheckOfANonFiniteValueIsUndeterminedWithR403() {
        let range = SourceRange(path: "x.claims", start: SourceLocation(line: 1, column: 1),
                                end: SourceLocation(line: 1, column: 2))
        let notANumber = Derivation(step: .binary(.subtract),
                                    value: Measure(interval: .entire, nominal: .nan, dimension: .none), unit: nil)
        let zero = Measure(interval: Interval(-0.5, 0.5), nominal: 0, dimension: .none)
        let stated = Engine.compare(zero, accepted: zero.interval, with: .success(notANumber), basis: .formula, at: range)
        #expect(stated.verdict == .undetermined)
        #expect(stated.problem?.code == "R403")
        let point = Derivation(step: .input(label: "0", stated: "0", origin: .constant), value: zero, unit: nil)
        let comparison = Engine.compare(.success(notANumber), .equal, .success(point), at: range)
        #expect(comparison.verdict == .undetermined)
        #expect(comparison.problem?.code == "R403")
    }
}
