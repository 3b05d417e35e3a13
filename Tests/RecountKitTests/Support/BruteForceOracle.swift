/// An independent decision procedure for small constraint networks: whether stated intervals
/// can all hold together under a set of equations, with a proof either way.
///
/// The model is what the language reference says a project means: one real variable per
/// quantity, one equation per relation, one interval per fact or claim. It shares no code with
/// the engine.
///
/// - **Feasible** is proved by a witness: a point whose every coordinate is an exact rational,
///   checked with exact arithmetic against every equation and every stated interval.
/// - **Infeasible** is proved by branch and prune: the box of domains is split into pieces
///   until outward-rounded interval arithmetic shows that no piece can hold a solution. Unlike
///   the engine's propagation, which stops at local consistency, splitting decides any system
///   whose answer does not hang on a single point.
/// - Anything else (the node budget runs out, or only a point of measure zero could decide) is
///   **unknown**, and callers skip and count it.
struct BruteForceOracle {
    /// A closed interval of exact rationals; nil bounds are infinite.
    struct Bounds: Hashable {
        var lower: Rational?
        var upper: Rational?

        func contains(_ x: Rational) -> Bool {
            (lower.map { $0 <= x } ?? true) && (upper.map { x <= $0 } ?? true)
        }

        func meets(_ other: Bounds) -> Bool {
            let lo = [lower, other.lower].compactMap { $0 }.max()
            let hi = [upper, other.upper].compactMap { $0 }.min()
            guard let lo, let hi else { return true }
            return lo <= hi
        }

        /// Wider by `fraction` of the width on each bounded side (of the bound's size when the
        /// other side is infinite).
        func widened(by fraction: Rational) throws -> Bounds {
            switch (lower, upper) {
            case let (lo?, hi?):
                let slack = try hi.subtracting(lo).multiplied(by: fraction)
                return try Bounds(lower: lo.subtracting(slack), upper: hi.adding(slack))
            case let (lo?, nil):
                let size = lo.numerator < 0 ? try lo.negated() : lo
                return try Bounds(lower: lo.subtracting(size.multiplied(by: fraction).multiplied(by: Rational(1, 100))), upper: nil)
            case let (nil, hi?):
                let size = hi.numerator < 0 ? try hi.negated() : hi
                return try Bounds(lower: nil, upper: hi.adding(size.multiplied(by: fraction).multiplied(by: Rational(1, 100))))
            case (nil, nil):
                return self
            }
        }

        var enclosure: OutwardInterval {
            OutwardInterval(lower?.enclosure.lower ?? -.infinity, upper?.enclosure.upper ?? .infinity)
        }
    }

    /// A fact or a claim: an interval on one quantity, with its weight as a diagnosis counts it.
    struct Statement {
        var quantity: Int
        var bounds: Bounds
        /// 1 for a claim or an article-grade fact, 10 for a secondary fact, 100 for a primary one.
        var weight: Int
        var isClaim: Bool
    }

    /// `left = right`, as the language reference states the relation.
    struct Equation {
        var left: OracleExpression
        var right: OracleExpression
    }

    enum Feasibility {
        case feasible([Rational])
        case infeasible
        case unknown

        var isFeasible: Bool { if case .feasible = self { true } else { false } }
        var isInfeasible: Bool { if case .infeasible = self { true } else { false } }
    }

    let quantityCount: Int
    let equations: [Equation]
    /// Ways to complete a witness from a few basic quantities (those a parametrization does not
    /// define): each defined quantity's value from the ones before it. The first also builds the
    /// ground truth. Several are given because a probe can only place a basic quantity that the
    /// box bounds, and which ones it bounds depends on what is stated. Only a search heuristic:
    /// every witness is checked against the equations themselves.
    let parametrizations: [[(quantity: Int, expression: OracleExpression)]]
    /// Expressions that must not be zero at a witness (the divisors of ratios).
    let nonzero: [OracleExpression]
    let statements: [Statement]
    /// The hidden ground truth the figures were printed from: a first candidate witness.
    let truth: [Rational]

    /// The most boxes one decision may examine.
    static let nodeBudget = 400

    private func basics(_ definitions: [(quantity: Int, expression: OracleExpression)]) -> [Int] {
        let defined = Set(definitions.map(\.quantity))
        return (0..<quantityCount).filter { !defined.contains($0) }
    }

    // MARK: Witnesses

    /// Whether the point satisfies every equation and the members' intervals, exactly.
    func satisfies(_ point: [Rational], _ members: [Int], widenedBy fraction: Rational? = nil) -> Bool {
        do {
            for e in equations where try e.left.value(point) != e.right.value(point) { return false }
            for d in nonzero where try d.value(point).isZero { return false }
            for i in members {
                let s = statements[i]
                let bounds = try fraction.map { try s.bounds.widened(by: $0) } ?? s.bounds
                guard bounds.contains(point[s.quantity]) else { return false }
            }
            return true
        } catch {
            return false
        }
    }

    /// The point whose basic quantities take these values, the others following by definition.
    private func complete(_ basicValues: [Int: Rational],
                          _ definitions: [(quantity: Int, expression: OracleExpression)]) -> [Rational]? {
        var point = [Rational](repeating: .zero, count: quantityCount)
        for (q, v) in basicValues { point[q] = v }
        do {
            for d in definitions { point[d.quantity] = try d.expression.value(point) }
        } catch {
            return nil
        }
        return point
    }

    // MARK: Deciding

    /// Whether the members' intervals (each widened by `fraction` of its width, if given) can
    /// all hold. `known` are points already found feasible for other sets, tried first.
    func decide(_ members: [Int], widenedBy fraction: Rational? = nil, known: [[Rational]] = []) -> Feasibility {
        var stated: [Bounds] = Array(repeating: Bounds(lower: nil, upper: nil), count: quantityCount)
        do {
            for i in members {
                let s = statements[i]
                let b = try fraction.map { try s.bounds.widened(by: $0) } ?? s.bounds
                let lo = [stated[s.quantity].lower, b.lower].compactMap { $0 }.max()
                let hi = [stated[s.quantity].upper, b.upper].compactMap { $0 }.min()
                // Two figures of one quantity that do not meet need no search at all.
                if let lo, let hi, hi < lo { return .infeasible }
                stated[s.quantity] = Bounds(lower: lo, upper: hi)
            }
        } catch {
            return .unknown
        }
        for point in [truth] + known where satisfies(point, members, widenedBy: fraction) {
            return .feasible(point)
        }
        var stack = [stated.map(\.enclosure)]
        var nodes = 0
        var undecidedLeaf = false
        while let box = stack.popLast() {
            nodes += 1
            if nodes > BruteForceOracle.nodeBudget { return .unknown }
            guard let pruned = contract(box) else { continue }
            for definitions in parametrizations {
                for strategy in Strategy.allCases {
                    if let point = probe(pruned, stated, definitions, strategy),
                       satisfies(point, members, widenedBy: fraction) {
                        return .feasible(point)
                    }
                }
            }
            guard let (i, mid) = split(pruned) else {
                undecidedLeaf = true
                continue
            }
            var low = pruned
            var high = pruned
            low[i].upper = mid
            high[i].lower = mid
            stack.append(high)
            stack.append(low)
        }
        return undecidedLeaf ? .unknown : .infeasible
    }

    /// The box narrowed by every equation to a fixpoint (or for a bounded number of sweeps), or
    /// nil when some equation cannot hold anywhere in it.
    private func contract(_ box: [OutwardInterval]) -> [OutwardInterval]? {
        var box = box
        for _ in 0..<40 {
            let before = box
            for e in equations {
                guard let both = e.left.enclosure(box).intersection(e.right.enclosure(box)),
                      e.left.narrow(&box, to: both), e.right.narrow(&box, to: both) else { return nil }
            }
            let moved = zip(before, box).contains { old, new in
                let scale = old.isBounded ? max(old.width, 1e-300) : 1
                return (new.lower - old.lower) > 1e-9 * scale || (old.upper - new.upper) > 1e-9 * scale
                    || (!old.isBounded && new != old)
            }
            if !moved { break }
        }
        return box
    }

    /// The widest bounded quantity for its size and its midpoint, or nil when every domain is
    /// already as narrow as doubles can usefully split.
    private func split(_ box: [OutwardInterval]) -> (Int, Double)? {
        var best: (Int, Double)?
        var widest = 1e-12
        for (i, d) in box.enumerated() where d.isBounded && d.width > 0 {
            let relative = d.width / max(abs(d.lower), abs(d.upper), 1e-9)
            if relative > widest {
                widest = relative
                best = (i, d.lower + d.width / 2)
            }
        }
        guard let (i, mid) = best, mid > box[i].lower, mid < box[i].upper else { return nil }
        return (i, mid)
    }

    /// Where in a domain a probe places each basic quantity.
    enum Strategy: CaseIterable {
        case middle, low, high
    }

    /// A candidate witness: each basic quantity in turn is fixed to a short decimal inside its
    /// domain, and the box contracted again, so that later choices see earlier ones.
    private func probe(_ box: [OutwardInterval], _ stated: [Bounds],
                       _ definitions: [(quantity: Int, expression: OracleExpression)], _ strategy: Strategy) -> [Rational]? {
        var box = box
        var values: [Int: Rational] = [:]
        for b in basics(definitions) {
            var placed = false
            for candidate in candidates(box[b], stated[b], truth[b], strategy) {
                var trial = box
                guard let fixed = trial[b].intersection(candidate.enclosure) else { continue }
                trial[b] = fixed
                guard let narrowed = contract(trial) else { continue }
                box = narrowed
                values[b] = candidate
                placed = true
                break
            }
            if !placed { return nil }
        }
        return complete(values, definitions)
    }

    /// Values to try for one basic quantity: a short decimal in the part of the domain the
    /// strategy prefers, then the exact stated bounds (a system that is feasible only where
    /// figures touch needs those); for a quantity nothing bounds, its ground truth, then 1.
    private func candidates(_ d: OutwardInterval, _ stated: Bounds, _ truth: Rational,
                            _ strategy: Strategy) -> [Rational] {
        var found: [Rational] = []
        if d.isBounded {
            let (lo, hi): (Double, Double)
            switch strategy {
            case .middle: (lo, hi) = (d.lower + d.width / 4, d.upper - d.width / 4)
            case .low: (lo, hi) = (d.lower, d.lower + d.width / 8)
            case .high: (lo, hi) = (d.upper - d.width / 8, d.upper)
            }
            if let r = Rational.simplest(between: lo, and: hi) ?? Rational.simplest(between: d.lower, and: d.upper) {
                found.append(r)
            }
        } else if d.lower.isFinite {
            if let r = Rational.simplest(between: d.lower, and: d.lower + max(1, abs(d.lower))) { found.append(r) }
        } else if d.upper.isFinite {
            if let r = Rational.simplest(between: d.upper - max(1, abs(d.upper)), and: d.upper) { found.append(r) }
        } else {
            found += [truth, .one]
        }
        for bound in [stated.lower, stated.upper].compactMap({ $0 }) where d.contains(bound.approximation) {
            found.append(bound)
        }
        return found
    }

    // MARK: Conflicts and diagnoses

    /// Every minimal set of statements that cannot all hold, by sets of increasing size: a set
    /// is tested unless it holds a smaller conflict (then it conflicts, but not minimally).
    /// `complete` is false when some set could not be decided.
    func minimalConflicts() -> (conflicts: [[Int]], complete: Bool) {
        let n = statements.count
        var conflicts: [UInt32] = []
        var witnesses: [[Rational]] = []
        var complete = true
        let masks = (1..<(UInt32(1) << n)).sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
        for mask in masks {
            if conflicts.contains(where: { $0 & mask == $0 }) { continue }
            let members = (0..<n).filter { mask & (1 << $0) != 0 }
            switch decide(members, known: witnesses) {
            case .feasible(let point):
                if !witnesses.contains(point) { witnesses.append(point) }
            case .infeasible:
                conflicts.append(mask)
            case .unknown:
                complete = false
            }
        }
        return (conflicts.map { mask in (0..<n).filter { mask & (1 << $0) != 0 } }, complete)
    }

    /// The lightest sets of statements that meet every conflict (the minimum-weight hitting
    /// sets), each in index order; empty when there are no conflicts.
    func lightestDiagnoses(_ conflicts: [[Int]]) -> [[Int]] {
        guard !conflicts.isEmpty else { return [] }
        let involved = Array(Set(conflicts.flatMap { $0 })).sorted()
        var best = Int.max
        var found: [[Int]] = []
        for mask in 1..<(1 << involved.count) {
            let chosen = involved.indices.filter { mask & (1 << $0) != 0 }.map { involved[$0] }
            guard conflicts.allSatisfy({ !Set($0).isDisjoint(with: chosen) }) else { continue }
            let weight = chosen.reduce(0) { $0 + statements[$1].weight }
            if weight < best {
                best = weight
                found = [chosen]
            } else if weight == best {
                found.append(chosen)
            }
        }
        return found
    }
}
