import RecountCore
import RecountModel

/// `recount check --fragile`: the claims whose verdict flips when a single input figure moves by
/// one unit of its last significant digit.
///
/// A verdict that a rounding of one figure can overturn deserves a second look before it is
/// published. Every input is tried on its own, up and down: each ledger fact, each figure a
/// claim states and each figure a reading states, moved by one unit of its last significant digit
/// (`$16.59B` to `$16.60B` and `$16.58B`, `123%` to `124%` and `122%`) with its hedge, precision
/// and unit kept; the engine is run again on the whole project each time, so a move reaches
/// every claim through formulas, relations and conflicts. That is two runs per input.
public struct Fragility: Sendable {
    /// One input figure.
    public struct Input: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case fact(Int)
            case claim(String)
            case reading(claim: String, reading: String)
        }

        public var kind: Kind
        /// The quantity or claim it belongs to, as written.
        public var label: String
        /// The figure as written.
        public var text: String
        public var range: SourceRange
    }

    /// A claim whose verdict flips when one input moves.
    public struct Flip: Sendable, Hashable {
        public var claim: Claim
        public var before: Verdict
        public var after: Verdict
        public var input: Input
        /// The moved figure, as it would be written.
        public var moved: String
    }

    /// Every flip, by claim in load order, then by input in load order.
    public var flips: [Flip]
    /// How many input figures were moved.
    public var inputs: Int
    /// How many times the engine ran.
    public var runs: Int

    /// The ids of the fragile claims, in load order.
    public var claims: [String] { flips.map(\.claim.id).uniqued() }

    public static func run(on baseline: Audit) -> Fragility {
        let project = baseline.project
        let base = Dictionary(baseline.results.map { ($0.claim.id, $0.verdict) }, uniquingKeysWith: { a, _ in a })
        var found: [Flip] = []
        var inputs = 0
        var runs = 0
        /// Moves one figure up and down, checking the project edited by `edit` each time.
        func tryBoth(_ input: Input, _ value: StatedValue, policy: TolerancePolicy,
                     _ edit: (inout Project, StatedValue) -> Void) {
            inputs += 1
            for step in [1, -1] {
                guard let moved = value.nudged(by: step, policy: policy) else { continue }
                var edited = project
                edit(&edited, moved)
                runs += 1
                for result in Engine.analyze(edited).results {
                    guard let before = base[result.claim.id], before != result.verdict else { continue }
                    found.append(Flip(claim: result.claim, before: before, after: result.verdict, input: input,
                                      moved: moved.text))
                }
            }
        }
        for (i, fact) in project.facts.enumerated() {
            let input = Input(kind: .fact(i), label: fact.quantity.text, text: fact.value.text, range: fact.range)
            tryBoth(input, fact.value, policy: .standard) { $0.facts[i].value = $1 }
        }
        for (i, claim) in project.claims.enumerated() {
            let policy = project.article(claim.article)?.policy ?? .standard
            if case .states(let ref, let value)? = claim.proposition {
                let input = Input(kind: .claim(claim.id), label: claim.id, text: value.text, range: claim.range)
                tryBoth(input, value, policy: policy) { $0.claims[i].proposition = .states(ref, $1) }
            }
            for (j, reading) in claim.readings.enumerated() {
                guard case .states(let ref, let value) = reading.proposition else { continue }
                let input = Input(kind: .reading(claim: claim.id, reading: reading.id),
                                  label: "\(claim.id) (\(reading.id))", text: value.text, range: reading.range)
                tryBoth(input, value, policy: policy) { $0.claims[i].readings[j].proposition = .states(ref, $1) }
            }
        }
        let order = Dictionary(project.claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let flips = found.enumerated().sorted { a, b in
            let (x, y) = (order[a.element.claim.id] ?? 0, order[b.element.claim.id] ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return Fragility(flips: flips, inputs: inputs, runs: runs)
    }
}
