import RecountModel

/// A usual slip that turns the value the inputs imply into the figure the article printed.
///
/// An inconsistent claim is more useful to a reader when the report can say how the wrong figure
/// most likely came about, not only that it is wrong. Each case carries its values already
/// written for people (in the printed figure's unit, formatted by `NumberFormat`), so renderers
/// only place the text and never compute anything. `SlipFinder` decides which slips fit.
public enum Slip: Sendable, Hashable {
    /// One digit of the implied value is missing from the printed figure: 123% printed as 12%.
    case droppedDigit(implied: String, printed: String)
    /// The printed figure has one digit more than the implied value: 12% printed as 123%.
    case addedDigit(implied: String, printed: String)
    /// Two adjacent digits of the implied value are swapped: 3.08 printed as 3.80.
    case transposedDigits(implied: String, printed: String)
    /// The wrong scale word, or a misread thousands separator: the printed figure is the implied
    /// value times a power of ten (`factor`, such as `×10^3` or `÷10^4`).
    case scale(implied: String, printed: String, factor: String)
    /// Per month, per quarter and per year confused: the printed figure (or the compared value)
    /// is the implied value times `factor` (`×12`, `÷12`, `×4`, `÷4`, `×3` or `÷3`).
    case period(implied: String, printed: String, factor: String)
    /// The printed figure is the implied value cut off at the printed precision, not rounded.
    case truncation(implied: String, printed: String)
    /// A difference in percentage points printed as percent, or the other way round.
    case percentVersusPoints(implied: String, printed: String)
    /// A growth rate printed as a multiple or a multiple as a growth rate: up 123% is 2.23 times.
    case growthVersusMultiple(implied: String, printed: String)
    /// The printed figure is the value for `period` (the other calendar: calendar year for
    /// fiscal year, or the reverse), not for the period the claim names.
    case calendarVersusFiscal(implied: String, printed: String, period: String)
    /// Another reading of the inputs, described by the engine, gives the printed figure.
    case otherReading(reading: String)

    /// One plain sentence for a reader, e.g. "a dropped digit: the inputs give 123%, printed as 12%".
    ///
    /// The sentence starts in lower case so that a renderer can put it after a lead-in such as
    /// "Likely cause:" or capitalise it itself.
    public var sentence: String {
        switch self {
        case .droppedDigit(let implied, let printed):
            "a dropped digit: the inputs give \(implied), printed as \(printed)"
        case .addedDigit(let implied, let printed):
            "an added digit: the inputs give \(implied), printed as \(printed)"
        case .transposedDigits(let implied, let printed):
            "transposed digits: the inputs give \(implied), printed as \(printed)"
        case .scale(let implied, let printed, let factor):
            "a scale slip (\(factor)): the inputs give \(implied), printed as \(printed)"
        case .period(let implied, let printed, let factor):
            // Also used for comparisons, where the second value is not printed, so the sentence
            // states the arithmetic rather than "printed as".
            "a period slip (\(Slip.periods(factor))): the inputs give \(implied), which \(factor) makes \(printed)"
        case .truncation(let implied, let printed):
            "truncation instead of rounding: the inputs give \(implied), printed as \(printed)"
        case .percentVersusPoints(let implied, let printed):
            "percent and percentage points confused: the inputs give \(implied), printed as \(printed)"
        case .growthVersusMultiple(let implied, let printed):
            "growth and multiple confused: the inputs give \(implied), printed as \(printed)"
        case .calendarVersusFiscal(let implied, let printed, let period):
            "calendar and fiscal periods confused: the inputs give \(implied), "
                + "while \(printed) is the figure for \(period)"
        case .otherReading(let reading):
            "another reading fits: \(reading)"
        }
    }

    /// The two periods a factor confuses: ×12 and ÷12 mix a year and a month, ×4 and ÷4 a year
    /// and a quarter, ×3 and ÷3 a quarter and a month.
    static func periods(_ factor: String) -> String {
        switch factor.dropFirst() {
        case "12": "per year vs per month"
        case "4": "per year vs per quarter"
        case "3": "per quarter vs per month"
        default: "a different period"
        }
    }

    /// A short stable name for JSON and tests: "dropped-digit", "scale", "period", ...
    ///
    /// Names never change once published, because JSON consumers match on them.
    public var name: String {
        switch self {
        case .droppedDigit: "dropped-digit"
        case .addedDigit: "added-digit"
        case .transposedDigits: "transposed-digits"
        case .scale: "scale"
        case .period: "period"
        case .truncation: "truncation"
        case .percentVersusPoints: "percent-versus-points"
        case .growthVersusMultiple: "growth-versus-multiple"
        case .calendarVersusFiscal: "calendar-versus-fiscal"
        case .otherReading: "other-reading"
        }
    }
}
