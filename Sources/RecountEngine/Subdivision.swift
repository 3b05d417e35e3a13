import RecountCore
import RecountModel

/// Decides a check again with each input that its formulas read more than once split into
/// pieces, so that the dependency problem does not leave the verdict open.
///
/// Interval arithmetic takes every occurrence of an input as independent: over x ∈ [1.65, 1.75],
/// `x − x / 1.25` comes out as [0.25, 0.43], though for every single x it lies in [0.33, 0.35].
/// A formula in which each input occurs once is already as tight as rounding allows, so only
/// the inputs that occur more than once (in one formula, or across both sides of a comparison)
/// are split. Every piece is evaluated with the same outward-rounded arithmetic, and the pieces
/// together cover every value the inputs may take, so what holds for every piece holds.
///
/// Pieces are halved where the verdict is still open, breadth first, each time along the split
/// input that is widest relative to its whole interval, for at most `budget` evaluations of the
/// formulas (fewer for very long formulas, so that one check costs at most `operationBudget`
/// arithmetic operations). Only inputs with bounded intervals are split. When the budget runs
/// out with the verdict still open, the pieces evaluated so far decide it as plain interval
/// arithmetic would: never less favourably than without them.
///
/// The derivation trees are left as they are, for display; only the verdict uses the pieces.
struct Subdivision {
    /// The most evaluations of a check's formulas.
    static let budget = 1024
    /// The most arithmetic operations, over all evaluations, for one check.
    static let operationBudget = 1 << 20

    /// A formula over numbered inputs, as its derivation tree computed it.
    private indirect enum Expression {
        case input(Int)
        case constant(Interval)
        case negate(Expression)
        case binary(ArithmeticOperator, Expression, Expression)
    }

    /// Each distinct input's whole interval, by number.
    private var inputs: [Interval] = []
    private var numbers: [Derivation: Int] = [:]
    private var occurrences: [Int] = []
    private var operations = 0

    /// The expression of a derivation tree: its figures and derived values are the inputs, one
    /// number for equal ones, since equal derivations are the same value of the same quantity.
    private mutating func expression(_ d: Derivation) -> Expression? {
        operations += 1
        switch d.step {
        case .input(_, _, .constant):
            return .constant(d.value.interval)
        case .input, .derived:
            if let n = numbers[d] {
                occurrences[n] += 1
                return .input(n)
            }
            numbers[d] = inputs.count
            inputs.append(d.value.interval)
            occurrences.append(1)
            return .input(inputs.count - 1)
        case .negate:
            guard d.children.count == 1, let x = expression(d.children[0]) else { return nil }
            return .negate(x)
        case .convert:
            guard d.children.count == 1 else { return nil }
            return expression(d.children[0])
        case .binary(let op):
            guard d.children.count == 2, let a = expression(d.children[0]), let b = expression(d.children[1]) else {
                return nil
            }
            return .binary(op, a, b)
        }
    }

    /// The inputs worth splitting: read more than once, bounded, and not a single point.
    private var splittable: [Int] {
        inputs.indices.filter { occurrences[$0] > 1 && inputs[$0].isBounded && !inputs[$0].isPoint }
    }

    private func evaluate(_ e: Expression, _ box: [Interval]) -> Interval? {
        switch e {
        case .input(let n): return box[n]
        case .constant(let i): return i
        case .negate(let x): return evaluate(x, box).map { -$0 }
        case .binary(let op, let a, let b):
            guard let x = evaluate(a, box), let y = evaluate(b, box) else { return nil }
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return Interval.divide(x, by: y).successValue
            }
        }
    }

    /// Evaluates boxes, halving those whose outcome is `open`, breadth first, until `settled`
    /// says the outcomes so far decide the answer or the budget is spent. Returns the outcomes
    /// of a set of boxes that covers the inputs, or nil when a piece cannot be evaluated.
    private func refine<Outcome>(_ outcome: ([Interval]) -> Outcome?, open: (Outcome) -> Bool,
                                 settled: ([Outcome]) -> Bool) -> [Outcome]? {
        let split = splittable
        let evaluations = min(Subdivision.budget, Subdivision.operationBudget / max(operations, 1))
        guard let first = outcome(inputs) else { return nil }
        var closed: [Outcome] = []
        var pending: [([Interval], Outcome)] = []
        if open(first) { pending.append((inputs, first)) } else { closed.append(first) }
        var next = 0
        var spent = 1
        while next < pending.count, spent + 2 <= evaluations, !settled(closed + pending[next...].map(\.1)) {
            let (box, current) = pending[next]
            next += 1
            // The split input that is widest for its whole interval is halved.
            guard let k = split.max(by: { a, b in
                let (x, y) = (box[a].width / inputs[a].width, box[b].width / inputs[b].width)
                return x != y ? x < y : a > b
            }) else { return nil }
            let middle = box[k].lower / 2 + box[k].upper / 2
            guard box[k].lower < middle, middle < box[k].upper else {
                closed.append(current)
                continue
            }
            for half in [Interval(box[k].lower, middle), Interval(middle, box[k].upper)] {
                var piece = box
                piece[k] = half
                guard let o = outcome(piece) else { return nil }
                spent += 1
                if open(o) { pending.append((piece, o)) } else { closed.append(o) }
            }
        }
        return closed + pending[next...].map(\.1)
    }

    // MARK: Checks

    /// The value of a formula over pieces of its repeated inputs, as the hull of the pieces'
    /// values, refined until it is clear whether it meets each of `targets` in turn (the
    /// asserted interval, then the accepted one); nil when no input repeats.
    static func enclosure(of derivation: Derivation, deciding targets: [Interval]) -> Interval? {
        var built = Subdivision()
        guard let e = built.expression(derivation), !built.splittable.isEmpty else { return nil }
        let s = built
        func certain(_ values: [Interval], _ target: Interval) -> Bool? {
            // The formula is continuous on the inputs, so its values over the whole box form an
            // interval: a piece inside the target, or pieces on both sides of it, meet it.
            if values.contains(where: { target.contains($0) }) { return true }
            if values.contains(where: { $0.upper < target.lower }) && values.contains(where: { $0.lower > target.upper }) {
                return true
            }
            return values.allSatisfy { !$0.meets(target) } ? false : nil
        }
        let outcomes = s.refine({ s.evaluate(e, $0) }, open: { value in
            targets.contains { $0.meets(value) && !$0.contains(value) }
        }, settled: { values in
            for target in targets {
                guard let answer = certain(values, target) else { return false }
                if answer { return true }
            }
            return true
        })
        guard let outcomes, let first = outcomes.first else { return nil }
        return outcomes.dropFirst().reduce(first) { $0.hull($1) }
    }

    /// Whether a comparison holds for every value of its inputs, and whether for none, over
    /// pieces of the inputs that occur more than once on its two sides; nil when none does.
    static func holds(_ left: Derivation, _ relation: ComparisonOperator,
                      _ right: Derivation, widening: Double = 0) -> (always: Bool, never: Bool)? {
        var built = Subdivision()
        guard let l = built.expression(left), let r = built.expression(right), !built.splittable.isEmpty else {
            return nil
        }
        let s = built
        func sides(_ box: [Interval]) -> (Interval, Interval)? {
            guard let a = s.evaluate(l, box), let b = s.evaluate(r, box) else { return nil }
            return (a, b.widened(byFraction: widening))
        }
        if relation == .equal || relation == .notEqual || relation == .approximately {
            // `=` holds when some values make the sides equal, and `!=` is its negation: a piece on which they meet may
            // hold such values, and pieces with the left side below and above the right one do.
            guard let pieces = s.refine(sides, open: { $0.0.meets($0.1) }, settled: { pieces in
                !pieces.contains { $0.0.meets($0.1) }
                    || (pieces.contains { $0.0.upper < $0.1.lower } && pieces.contains { $0.0.lower > $0.1.upper })
            }) else { return nil }
            let possible = pieces.contains { $0.0.meets($0.1) }
                || (pieces.contains { $0.0.upper < $0.1.lower } && pieces.contains { $0.0.lower > $0.1.upper })
            return relation == .notEqual ? (!possible, possible) : (possible, !possible)
        }
        guard let outcomes = s.refine({ box in sides(box).map { Engine.holds($0.0, relation, $0.1) } },
                                      open: { !$0.always && !$0.never },
                                      settled: { outcomes in
            outcomes.allSatisfy { $0.always || $0.never }
                || (outcomes.contains { $0.always } && outcomes.contains { $0.never })
        }) else { return nil }
        return (outcomes.allSatisfy(\.always), outcomes.allSatisfy(\.never))
    }
}
