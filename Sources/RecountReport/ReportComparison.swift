import Foundation
import RecountModel

/// Compares two JSON reports claim by claim: which verdicts and figures moved, and which input
/// figures changed under them.
///
/// `recount test` compares the current run with the committed report in `Reports/` (the
/// baseline) to name the edit that moved a verdict; `recount diff` compares any two reports.
/// Both sides are read from JSON the same way, so a run compares with its own report exactly.
public enum ReportComparison {
    /// What a report says about one claim, as far as a comparison needs.
    public struct ClaimSnapshot: Sendable, Hashable {
        public var id: String
        public var verdict: String
        public var stated: String?
        public var recomputed: String?
        /// The claim's quantity as written, for naming its own figure when that changed.
        public var quantity: String?
        public var location: String?
        public var inputs: [InputSnapshot]
    }

    /// One input figure of a claim's checks, with where it is written.
    public struct InputSnapshot: Sendable, Hashable {
        public var label: String
        public var stated: String
        /// The origin that identifies the figure across edits: `claim msft-growth`,
        /// `source msft-8k`.
        public var origin: String
        public var location: String?
    }

    /// How one claim differs between two reports.
    public struct Difference: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case changed, added, removed
        }

        public var id: String
        public var kind: Kind
        public var old: ClaimSnapshot?
        public var new: ClaimSnapshot?
        /// The input figures (and the claim's own figure) that changed, each as
        /// `label: old → new (file:line)`.
        public var edits: [String]

        /// Whether a verdict moved: changed, or a claim added or removed.
        public var verdictChanged: Bool { old?.verdict != new?.verdict }
    }

    /// The claims of a JSON report, in order, or nil when the data is not a Recount report.
    public static func snapshot(_ data: Data) -> [ClaimSnapshot]? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let claims = root["claims"] as? [[String: Any]] else { return nil }
        return claims.compactMap { claim in
            guard let id = claim["id"] as? String, let verdict = claim["verdict"] as? String else { return nil }
            let display = claim["display"] as? [String: Any]
            let location = (claim["location"] as? [String: Any]).flatMap(place)
            let inputs = (claim["inputs"] as? [[String: Any]] ?? []).compactMap { input -> InputSnapshot? in
                guard let label = input["label"] as? String, let stated = input["stated"] as? String else { return nil }
                let origin = input["origin"] as? [String: Any] ?? [:]
                let name = (origin["claim"] as? String).map { "claim \($0)" }
                    ?? (origin["source"] as? String).map { "source \($0)" }
                    ?? (origin["relation"] as? String).map { "relation \($0)" } ?? "constant"
                return InputSnapshot(label: label, stated: stated, origin: name, location: place(origin))
            }
            return ClaimSnapshot(id: id, verdict: verdict, stated: display?["stated"] as? String,
                                 recomputed: display?["recomputed"] as? String, quantity: claim["quantity"] as? String,
                                 location: location, inputs: inputs)
        }
    }

    private static func place(_ object: [String: Any]) -> String? {
        guard let file = object["file"] as? String, let line = object["line"] as? Int else { return nil }
        return "\(file):\(line)"
    }

    /// Every claim that is new, gone, or whose verdict, stated or recomputed figure moved.
    public static func compare(old: [ClaimSnapshot], new: [ClaimSnapshot]) -> [Difference] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [Difference] = []
        for claim in new {
            guard let previous = before[claim.id] else {
                differences.append(Difference(id: claim.id, kind: .added, old: nil, new: claim, edits: []))
                continue
            }
            guard previous.verdict != claim.verdict || previous.stated != claim.stated
                    || previous.recomputed != claim.recomputed else { continue }
            differences.append(Difference(id: claim.id, kind: .changed, old: previous, new: claim,
                                          edits: edits(from: previous, to: claim)))
        }
        for claim in old where after[claim.id] == nil {
            differences.append(Difference(id: claim.id, kind: .removed, old: claim, new: nil, edits: []))
        }
        return differences
    }

    /// The figures that changed under a claim: its own stated figure, then each input whose
    /// figure differs, matched by what it is and where it comes from.
    static func edits(from old: ClaimSnapshot, to new: ClaimSnapshot) -> [String] {
        var edits: [String] = []
        if old.stated != new.stated {
            let name = new.quantity ?? new.id
            edits.append("\(name): \(old.stated ?? "—") → \(new.stated ?? "—")" + (new.location.map { " (\($0))" } ?? ""))
        }
        let previous = Dictionary(old.inputs.map { ("\($0.label)|\($0.origin)", $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for input in new.inputs {
            let key = "\(input.label)|\(input.origin)"
            guard seen.insert(key).inserted else { continue }
            let before = previous[key]
            guard before?.stated != input.stated else { continue }
            let line = "\(input.label): \(before?.stated ?? "(new)") → \(input.stated)"
                + (input.location.map { " (\($0))" } ?? "")
            edits.append(line)
        }
        return edits
    }
}
