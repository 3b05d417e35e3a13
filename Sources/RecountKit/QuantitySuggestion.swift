import Foundation
import RecountModel
import RecountResolver

/// What to say about a quantity typed on the command line that nothing in the project states:
/// the name it is a slip away from, or the periods its name does have figures at.
///
/// The same near-name rule as the files' did-you-mean (`NearNames`), so that a slip is a slip
/// wherever it is typed.
public enum QuantitySuggestion {
    /// How many periods are listed before "and N more".
    public static let maximumPeriods = 6

    /// A sentence to add after "nothing states X", or nil when there is nothing helpful to say.
    public static func suggestion(for reference: QuantityReference, in project: Project) -> String? {
        var periods: [String: [String]] = [:]
        func add(_ r: QuantityReference) {
            let text = r.text.split(separator: "@", maxSplits: 1)
            let period = text.count == 2 ? text[1].trimmingCharacters(in: .whitespaces) : ""
            if !(periods[r.quantity.name]?.contains(period) ?? false) { periods[r.quantity.name, default: []].append(period) }
        }
        for fact in project.facts { add(fact.quantity) }
        for claim in project.claims { if let q = claim.statedQuantity { add(q) } }
        let name = reference.quantity.name
        if let known = periods[name] {
            let listed = known.filter { !$0.isEmpty }.sorted()
            guard !listed.isEmpty else { return "'\(name)' is stated with no period" }
            let shown = listed.prefix(maximumPeriods).joined(separator: ", ")
            let more = listed.count > maximumPeriods ? " and \(listed.count - maximumPeriods) more" : ""
            return "'\(name)' has figures at \(shown)\(more)"
        }
        guard let near = NearNames.nearest(to: name, among: periods.keys) else { return nil }
        let period = reference.text.split(separator: "@", maxSplits: 1).dropFirst().first
            .map { " @ " + $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return "did you mean '\(near)\(period)'?"
    }
}
