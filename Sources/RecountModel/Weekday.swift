/// A day of the week, for fiscal years that end on a weekday rather than a month's last day.
public enum Weekday: Int, Sendable, Hashable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The English name, capitalised as written in a `fiscal-year-end` rule: `Saturday`.
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// Reads an English weekday name in any letter case.
    public init?(name: String) {
        guard let day = Weekday.allCases.first(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
        self = day
    }
}
