import RecountFigures
import RecountModel

/// Periods a sentence names relative to its own: "a year earlier", "a quarter earlier", "the
/// previous half", "for the quarter", and a quarter or half named without its year ("in the
/// second quarter", "H1") in a sentence that names the year.
///
/// Each is read from the sentence's own period, the nearest period it names in full (before
/// the phrase first, else after): in "revenue rose to $3.1 billion in the second quarter of 2025
/// from $2.8 billion a quarter earlier", `$2.8 billion` is `2025Q1`. A phrase whose sentence
/// names no such period names none, as "last year" names none: the article's date is not known.
enum RelativePeriod {
    /// How a phrase moves from the sentence's own period.
    enum Shift: Sendable, Hashable {
        /// Back by one of these units.
        case back(TimeUnit)
        /// The sentence's own period, when it is a period of this unit ("for the half"); for a
        /// year, also the year of a quarter or half ("for the full year" beside `2025Q4`).
        case same(TimeUnit)
    }

    /// The phrases, each spelt as its words, lowercase.
    static let phrases: [(words: [String], shift: Shift)] = {
        let yearBack = PeriodWords.yearEarlierWords.map { ($0, Shift.back(.year)) }
        let quarterBack: [[String]] = [
            ["a", "quarter", "earlier"], ["a", "quarter", "ago"], ["a", "quarter", "before"], ["the", "previous", "quarter"],
            ["the", "prior", "quarter"], ["the", "preceding", "quarter"], ["the", "quarter", "before"],
            ["the", "prior-quarter", "period"], ["the", "sequential", "quarter"],
        ]
        let halfBack: [[String]] = [
            ["the", "previous", "half"], ["the", "prior", "half"], ["the", "preceding", "half"], ["the", "half", "before"],
            ["a", "half", "earlier"],
        ]
        let same: [([String], TimeUnit)] = [
            (["for", "the", "half"], .half), (["in", "the", "half"], .half), (["during", "the", "half"], .half),
            (["for", "the", "quarter"], .quarter), (["in", "the", "quarter"], .quarter),
            (["during", "the", "quarter"], .quarter), (["for", "the", "year"], .year), (["during", "the", "year"], .year),
            (["for", "the", "full", "year"], .year), (["in", "the", "full", "year"], .year),
            (["over", "the", "full", "year"], .year), (["for", "the", "whole", "year"], .year), (["full-year"], .year),
        ]
        return yearBack + quarterBack.map { ($0, Shift.back(.quarter)) } + halfBack.map { ($0, Shift.back(.half)) }
            + same.map { ($0.0, Shift.same($0.1)) }
    }()

    /// A period the extractor writes, cut into its parts: `FY2025Q3` is (fiscal, 2025, Q, 3),
    /// `H1 2025` is (calendar, 2025, H, 1), `2025` is (calendar, 2025, nil).
    struct Parts: Sendable, Hashable {
        var fiscal: Bool
        var year: Int
        var letter: String?
        var number: Int

        init(fiscal: Bool, year: Int, letter: String?, number: Int) {
            self.fiscal = fiscal
            self.year = year
            self.letter = letter
            self.number = number
        }

        init?(_ period: String) {
            var rest = Substring(period)
            var letter: String?
            var number = 0
            // H1 2025, Q1 2025
            if let first = rest.first, first == "H" || first == "Q", rest.count == 7, rest.dropFirst(2).first == " ",
               let n = Int(rest.dropFirst().prefix(1)) {
                letter = String(first)
                number = n
                rest = rest.dropFirst(3)
            }
            fiscal = rest.hasPrefix("FY")
            if fiscal { rest = rest.dropFirst(2) }
            guard rest.count >= 4, let y = Int(rest.prefix(4)), rest.prefix(4).allSatisfy(\.isASCII) else { return nil }
            year = y
            rest = rest.dropFirst(4)
            if letter == nil, let first = rest.first, first == "H" || first == "Q", rest.count == 2, let n = Int(rest.dropFirst()) {
                letter = String(first)
                number = n
                rest = rest.dropFirst(2)
            }
            guard rest.isEmpty else { return nil }
            self.letter = letter
            self.number = number
        }

        var unit: TimeUnit { letter == "Q" ? .quarter : letter == "H" ? .half : .year }

        /// In Recount's syntax: `FY2025Q3`, `2025Q3`, `H1 2025`, `2025`.
        var text: String {
            guard let letter else { return (fiscal ? "FY" : "") + String(year) }
            if fiscal { return "FY\(year)\(letter)\(number)" }
            return letter == "H" ? "H\(number) \(year)" : "\(year)Q\(number)"
        }

        /// One unit back: the quarter before the first is the last of the year before.
        func back(_ unit: TimeUnit) -> Parts? {
            switch unit {
            case .year: return Parts(fiscal: fiscal, year: year - 1, letter: letter, number: number)
            case .quarter where letter == "Q", .half where letter == "H":
                let count = letter == "Q" ? 4 : 2
                return number > 1 ? Parts(fiscal: fiscal, year: year, letter: letter, number: number - 1)
                    : Parts(fiscal: fiscal, year: year - 1, letter: letter, number: count)
            default: return nil
            }
        }
    }

    /// The period `shift` makes of the sentence's own `period`, nil when it makes none.
    static func apply(_ shift: Shift, to period: String) -> String? {
        let result: String?
        switch shift {
        case .back(.year):
            result = PeriodWords.yearEarlier(period)
        case .back(let unit):
            result = Parts(period)?.back(unit)?.text
        case .same(.year):
            // The year a quarter or half is part of: "for the full year" beside the fourth quarter.
            result = Parts(period).map { Parts(fiscal: $0.fiscal, year: $0.year, letter: nil, number: 0).text }
        case .same(let unit):
            result = Parts(period).flatMap { $0.unit == unit ? $0.text : nil }
        }
        guard let result, (try? Period.parse(result).get()) != nil else { return nil }
        return result
    }

    /// A quarter or half named without its year, with the year of the sentence's own `period`:
    /// "the fourth quarter" in a sentence about 2025 is `2025Q4`, in one about fiscal 2025
    /// `FY2025Q4`.
    static func part(_ letter: String, _ number: Int, yearOf period: String) -> String? {
        guard let own = Parts(period) else { return nil }
        let text = Parts(fiscal: own.fiscal, year: own.year, letter: letter, number: number).text
        return (try? Period.parse(text).get()) != nil ? text : nil
    }
}
