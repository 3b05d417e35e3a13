import RecountCore
import RecountModel

/// Finds a quantity that a claim states at a period nothing else names it at, when something
/// else names it at the same period written in the entity's other calendar:
/// `riv.public_safety @ 2026` where the ledger says `riv.public_safety @ FY2026`.
///
/// For an entity whose fiscal year does not end in December the two are different spans of
/// days, so the claim meets no evidence and would pass as `sourced`. Only this slip is
/// suggested: another year or quarter of a quantity the ledger has is as likely a new figure as
/// a mistake, but the same label with or without `FY` is the calendar confusion that looks right
/// on the page.
enum NearPeriods {
    /// Each stated quantity that only its statement names at its period, with the quantity at
    /// the near period that something else uses.
    static func slips(_ uses: [NearNames.Use]) -> [(use: NearNames.Use, suggestion: String)] {
        var count: [Quantity: Int] = [:]
        for use in uses { count[use.quantity, default: 0] += 1 }
        // The periods worth suggesting for each name: those a fact, a formula or two statements use.
        var labels: [String: Set<String>] = [:]
        for use in uses where !use.isStatement || count[use.quantity, default: 0] > 1 {
            if let label = period(of: use) { labels[use.quantity.name, default: []].insert(label) }
        }
        var found: [(use: NearNames.Use, suggestion: String)] = []
        for use in uses where use.isStatement && count[use.quantity] == 1 {
            guard let label = period(of: use) else { continue }
            let near = (labels[use.quantity.name] ?? []).filter { $0 != label && calendarForm($0) == calendarForm(label) }
            if let other = near.min() { found.append((use, "\(use.quantity.name) @ \(other)")) }
        }
        return found
    }

    /// The period as written after `@`, or nil for a quantity written without one.
    private static func period(of use: NearNames.Use) -> String? {
        guard use.quantity.span != nil, let at = use.text.range(of: " @ ") else { return nil }
        return String(use.text[at.upperBound...])
    }

    /// A period label without its fiscal prefixes: `FY2026Q1` is `2026Q1`, `FY2025..FY2026` is
    /// `2025..2026`.
    private static func calendarForm(_ label: String) -> String {
        label.replacingAll("FY", with: "")
    }
}
