import RecountEngine

/// A small random project in the claims language, with the brute-force oracle's model of what it
/// means.
///
/// Each project takes one of a catalogue of networks of 2 to 5 quantities (a declared sum,
/// difference, product, ratio or multiple, sums of quarters and halves, growth year on year or
/// quarter on quarter, and combinations of these), draws a hidden ground truth for it, and states
/// some quantities by ledger facts and claims with printed figures. Most figures are printed
/// from the truth, so they hold together; some are perturbed (a relative error, or two digits
/// swapped), so they may not. The oracle gets the relations as the language reference states
/// them, written by hand for each network, never read from the engine.
struct RandomProject {
    /// The network's name, for reports.
    var shape: String
    var ledger: String
    var claims: String
    var oracle: BruteForceOracle
    /// The engine's base for each of the oracle's statements: `.fact(i)` in ledger order, or the
    /// claim's id.
    var bases: [Base]
    /// How the engine tells conflicts apart when it reports each once: a fact by its quantity
    /// and figure as written, a claim by its id.
    var signatures: [String]
    /// Each statement's line, as written, for reports.
    var lines: [String]

    /// The kind of value a quantity holds, which decides how its figures are printed.
    enum Kind {
        /// Billions of dollars over the quantity's period; `years` is the period's length, so a
        /// figure may also be printed as a rate per year.
        case money(years: Rational)
        case percent
        case plain
    }

    /// One network of the catalogue: its quantities, the metric declarations it needs, and its
    /// relations as equations, with a way to draw a ground truth.
    struct Shape {
        var name: String
        var declarations: String
        var quantities: [(text: String, kind: Kind)]
        var equations: [BruteForceOracle.Equation]
        /// Ways to compute the other quantities from a few: the first from the basics below.
        var parametrizations: [[(quantity: Int, expression: OracleExpression)]]
        var nonzero: [OracleExpression] = []
        /// Values of the quantities that have no definition.
        var basics: (inout SplitMix64) -> [Int: Rational]
    }

    // MARK: Generating

    static func generate(_ rng: inout SplitMix64) throws -> RandomProject {
        let catalogue = Self.catalogue(&rng)
        let shape = catalogue[Int.random(in: 0..<catalogue.count, using: &rng)]
        let truth = try Self.truth(shape, &rng)
        let perturbing = Double.random(in: 0..<1, using: &rng) < 0.55
        var plan: [(quantity: Int, isClaim: Bool, grade: Int)] = []
        for q in shape.quantities.indices {
            let roll = Double.random(in: 0..<1, using: &rng)
            let count = roll < 0.3 ? 0 : roll < 0.85 ? 1 : 2
            for _ in 0..<count {
                plan.append((q, Double.random(in: 0..<1, using: &rng) < 0.45, Int.random(in: 0..<3, using: &rng)))
            }
        }
        while plan.count < 2 {
            plan.append((Int.random(in: 0..<shape.quantities.count, using: &rng), true, 0))
        }
        while plan.count > 7 { plan.remove(at: Int.random(in: 0..<plan.count, using: &rng)) }
        if !plan.contains(where: \.isClaim) { plan[Int.random(in: 0..<plan.count, using: &rng)].isClaim = true }
        // A consistent project perturbs nothing; the others perturb one or two figures.
        var perturbed = Set<Int>()
        if perturbing {
            perturbed.insert(Int.random(in: 0..<plan.count, using: &rng))
            if Double.random(in: 0..<1, using: &rng) < 0.3 { perturbed.insert(Int.random(in: 0..<plan.count, using: &rng)) }
        }

        var ledger = """
            entity e "E"
            source p "A filing"
              grade primary
            source s "A press report"
              grade secondary
            source a "Another article"
              grade article

            """ + shape.declarations
        var claims = ""
        var statements: [BruteForceOracle.Statement] = []
        var bases: [Base] = []
        var signatures: [String] = []
        var lines: [String] = []
        var facts = 0
        for (k, item) in plan.enumerated() {
            let (text, kind) = shape.quantities[item.quantity]
            let figure = try Self.figure(truth[item.quantity], kind, perturbed: perturbed.contains(k), &rng)
            let line = "\(text) = \(figure.text)"
            let weight: Int
            if item.isClaim {
                let id = "c\(k + 1)"
                claims += "claim \(id)\n  states \(line)\n\n"
                bases.append(.claim(id))
                signatures.append("claim \(id)")
                lines.append("claim \(id): \(line)")
                weight = 1
            } else {
                let (source, w) = [("p", 100), ("s", 10), ("a", 1)][item.grade]
                ledger += "fact \(line)\n  source \(source)\n\n"
                bases.append(.fact(facts))
                facts += 1
                signatures.append("fact \(line)")
                lines.append("fact (\(source)): \(line)")
                weight = w
            }
            statements.append(.init(quantity: item.quantity, bounds: figure.bounds, weight: weight, isClaim: item.isClaim))
        }
        let oracle = BruteForceOracle(quantityCount: shape.quantities.count, equations: shape.equations,
                                      parametrizations: shape.parametrizations, nonzero: shape.nonzero,
                                      statements: statements, truth: truth)
        return RandomProject(shape: shape.name, ledger: ledger, claims: claims, oracle: oracle, bases: bases,
                             signatures: signatures, lines: lines)
    }

    /// The ground truth: random basic quantities, the others by definition.
    private static func truth(_ shape: Shape, _ rng: inout SplitMix64) throws -> [Rational] {
        var point = [Rational](repeating: .zero, count: shape.quantities.count)
        for (q, v) in shape.basics(&rng) { point[q] = v }
        for d in shape.parametrizations[0] { point[d.quantity] = try d.expression.value(point) }
        return point
    }

    /// A printed figure for a value: rounded to a random number of decimals, perhaps perturbed,
    /// perhaps hedged, and the interval it stands for in the oracle's units (billions of dollars
    /// over the period, fractions for percentages).
    private static func figure(_ value: Rational, _ kind: Kind, perturbed: Bool,
                               _ rng: inout SplitMix64) throws -> (text: String, bounds: BruteForceOracle.Bounds) {
        var printedValue = value
        var toOracle = Rational.one
        var decimals: Int
        var prefix = ""
        var suffix = ""
        switch kind {
        case .money(let years):
            decimals = [0, 1, 1, 2][Int.random(in: 0..<4, using: &rng)]
            prefix = "$"
            suffix = "B"
            // A flow over less than a year may be printed as its rate per year.
            if years != .one, Double.random(in: 0..<1, using: &rng) < 0.15 {
                printedValue = try value.divided(by: years)
                toOracle = years
                suffix = "B/yr"
            }
        case .percent:
            decimals = Int.random(in: 0...1, using: &rng)
            printedValue = try value.multiplied(by: Rational(100))
            toOracle = try Rational(1, 100)
            suffix = "%"
        case .plain:
            decimals = Int.random(in: 1...2, using: &rng)
        }
        var swapDigits = false
        if perturbed {
            if Double.random(in: 0..<1, using: &rng) < 0.3 {
                swapDigits = true
            } else {
                let small = Double.random(in: 0..<1, using: &rng) < 0.4
                let size = small ? Double.random(in: 0.003...0.03, using: &rng) : Double.random(in: 0.03...0.4, using: &rng)
                let sign: Int64 = Bool.random(using: &rng) ? 1 : -1
                let factor = try Rational(1000 + sign * Int64((size * 1000).rounded()), 1000)
                printedValue = try printedValue.multiplied(by: factor)
            }
        }
        var printed = try printedValue.rounded(decimals: decimals)
        guard var digits = printed.decimalText(decimals: decimals) else { throw Rational.Overflow() }
        if swapDigits, let swapped = Self.swappingTwoDigits(digits, &rng), let value = Rational(decimal: swapped) {
            digits = swapped
            printed = value
        }
        let negative = digits.hasPrefix("-")
        let magnitude = negative ? String(digits.dropFirst()) : digits
        var text = (negative ? "-" : "") + prefix + magnitude + suffix
        // Half a unit of the last digit that carries precision: a whole number's trailing zeros
        // are rounding, so `$30B` is rounded at its tens, ±5.
        let trailingZeros = decimals == 0 && magnitude.contains { $0 != "0" }
            ? magnitude.reversed().prefix { $0 == "0" }.count : 0
        let half = trailingZeros > 0
            ? Rational(5 * (Rational.powerOfTen(trailingZeros - 1) ?? 1))
            : try Rational(5, Rational.powerOfTen(decimals + 1) ?? 1)
        var bounds = BruteForceOracle.Bounds(lower: try printed.subtracting(half), upper: try printed.adding(half))
        let hedge = Double.random(in: 0..<1, using: &rng)
        if hedge < 0.07 {
            text = "over " + text
            bounds = .init(lower: printed, upper: nil)
        } else if hedge < 0.14 {
            text = "under " + text
            bounds = .init(lower: nil, upper: printed)
        }
        bounds = .init(lower: try bounds.lower?.multiplied(by: toOracle), upper: try bounds.upper?.multiplied(by: toOracle))
        return (text, bounds)
    }

    /// The digits with two adjacent, different digits swapped: a transposition slip.
    private static func swappingTwoDigits(_ digits: String, _ rng: inout SplitMix64) -> String? {
        var characters = Array(digits)
        let pairs = characters.indices.dropLast().filter { i in
            characters[i].isNumber && characters[i + 1].isNumber && characters[i] != characters[i + 1]
        }
        guard !pairs.isEmpty else { return nil }
        let i = pairs[Int.random(in: 0..<pairs.count, using: &rng)]
        characters.swapAt(i, i + 1)
        // A leading zero would print differently from the value it stands for.
        if characters.first == "0", characters.count > 1, characters[1].isNumber { return nil }
        return String(characters)
    }

    // MARK: The catalogue

    private static func q(_ i: Int) -> OracleExpression { .quantity(i) }
    private static func constant(_ n: Int64, _ d: Int64 = 1) -> OracleExpression {
        .constant((try? Rational(n, d)) ?? .one)
    }
    private static func sum(_ parts: [Int]) -> OracleExpression {
        parts.dropFirst().reduce(q(parts[0])) { .add($0, q($1)) }
    }
    /// `current = previous × (1 + growth)`, the growth relation.
    private static func grown(_ previous: Int, by growth: Int) -> OracleExpression {
        .multiply(q(previous), .add(constant(1), q(growth)))
    }

    /// The growth relation solved for the previous value: `previous = current / (1 + growth)`.
    private static var shrunk: [(quantity: Int, expression: OracleExpression)] {
        [(1, .divide(q(0), .add(constant(1), q(2))))]
    }

    private static func money(_ rng: inout SplitMix64, _ range: ClosedRange<Int64> = 200...9000) -> Rational {
        (try? Rational(Int64.random(in: range, using: &rng), 100)) ?? .one
    }
    private static func share(_ rng: inout SplitMix64) -> Rational {
        (try? Rational(Int64.random(in: 20...700, using: &rng), 1000)) ?? .one
    }
    private static func growth(_ rng: inout SplitMix64) -> Rational {
        (try? Rational(Int64.random(in: -400...1200, using: &rng), 1000)) ?? .zero
    }

    private static func equation(_ left: OracleExpression, _ right: OracleExpression) -> BruteForceOracle.Equation {
        .init(left: left, right: right)
    }

    /// The networks, with the periods of the single-period ones drawn at random.
    private static func catalogue(_ rng: inout SplitMix64) -> [Shape] {
        let periods: [(String, Rational)] = [("2025", .one), ("2025H1", (try? Rational(1, 2)) ?? .one),
                                             ("2025Q3", (try? Rational(1, 4)) ?? .one)]
        let (p, years) = periods[Int.random(in: 0..<periods.count, using: &rng)]
        let half = (try? Rational(1, 2)) ?? .one
        let quarter = (try? Rational(1, 4)) ?? .one
        let k = Int.random(in: 1...4, using: &rng)
        let h = Int.random(in: 1...2, using: &rng)
        let scales: [(String, OracleExpression)] = [("* 3", constant(3)), ("* 1.5", constant(3, 2)), ("/ 4", constant(1, 4))]
        let (scaleText, scale) = scales[Int.random(in: 0..<scales.count, using: &rng)]
        return [
            Shape(name: "declared sum", declarations: "metric e.t\n  equals e.a + e.b\n\n",
                  quantities: [("e.t @ \(p)", .money(years: years)), ("e.a @ \(p)", .money(years: years)),
                               ("e.b @ \(p)", .money(years: years))],
                  equations: [equation(q(0), sum([1, 2]))], parametrizations: [[(0, sum([1, 2]))], [(1, .subtract(q(0), q(2)))]],
                  basics: { [1: money(&$0), 2: money(&$0)] }),
            Shape(name: "declared difference", declarations: "metric e.p\n  equals e.r - e.c\n\n",
                  quantities: [("e.p @ \(p)", .money(years: years)), ("e.r @ \(p)", .money(years: years)),
                               ("e.c @ \(p)", .money(years: years))],
                  equations: [equation(q(0), .subtract(q(1), q(2)))], parametrizations: [[(0, .subtract(q(1), q(2)))], [(1, .add(q(0), q(2)))]],
                  basics: { rng in [1: money(&rng, 4000...9000), 2: money(&rng, 200...3900)] }),
            Shape(name: "declared product", declarations: "metric e.c\n  equals e.r * e.s\n\n",
                  quantities: [("e.c @ \(p)", .money(years: years)), ("e.r @ \(p)", .money(years: years)),
                               ("e.s @ \(p)", .percent)],
                  equations: [equation(q(0), .multiply(q(1), q(2)))], parametrizations: [[(0, .multiply(q(1), q(2)))], [(1, .divide(q(0), q(2)))], [(2, .divide(q(0), q(1)))]],
                  basics: { [1: money(&$0), 2: share(&$0)] }),
            // The ratio m = n / d holds where d is not zero, so its equation is n = m × d.
            Shape(name: "declared ratio", declarations: "metric e.m\n  equals e.n / e.d\n\n",
                  quantities: [("e.m @ \(p)", .percent), ("e.n @ \(p)", .money(years: years)),
                               ("e.d @ \(p)", .money(years: years))],
                  equations: [equation(q(1), .multiply(q(0), q(2)))], parametrizations: [[(0, .divide(q(1), q(2)))], [(1, .multiply(q(0), q(2)))], [(2, .divide(q(1), q(0)))]],
                  nonzero: [q(2)],
                  basics: { rng in [1: money(&rng, 200...3000), 2: money(&rng, 3000...9000)] }),
            Shape(name: "declared multiple", declarations: "metric e.b\n  equals e.a \(scaleText)\n\n",
                  quantities: [("e.b @ \(p)", .money(years: years)), ("e.a @ \(p)", .money(years: years))],
                  equations: [equation(q(0), .multiply(q(1), scale))], parametrizations: [[(0, .multiply(q(1), scale))], [(1, .divide(q(0), scale))]],
                  basics: { [1: money(&$0)] }),
            Shape(name: "half of quarters", declarations: "",
                  quantities: [("e.rev @ 2025H\(h)", .money(years: half)), ("e.rev @ 2025Q\(2 * h - 1)", .money(years: quarter)),
                               ("e.rev @ 2025Q\(2 * h)", .money(years: quarter))],
                  equations: [equation(q(0), sum([1, 2]))], parametrizations: [[(0, sum([1, 2]))], [(1, .subtract(q(0), q(2)))]],
                  basics: { [1: money(&$0), 2: money(&$0)] }),
            Shape(name: "year of quarters", declarations: "",
                  quantities: [("e.rev @ 2025", .money(years: .one))]
                      + (1...4).map { ("e.rev @ 2025Q\($0)", .money(years: quarter)) },
                  equations: [equation(q(0), sum([1, 2, 3, 4]))], parametrizations: [[(0, sum([1, 2, 3, 4]))], [(1, .subtract(q(0), sum([2, 3, 4])))]],
                  basics: { rng in Dictionary(uniqueKeysWithValues: (1...4).map { ($0, money(&rng)) }) }),
            Shape(name: "year of halves", declarations: "",
                  quantities: [("e.rev @ 2025", .money(years: .one)), ("e.rev @ 2025H1", .money(years: half)),
                               ("e.rev @ 2025H2", .money(years: half))],
                  equations: [equation(q(0), sum([1, 2]))], parametrizations: [[(0, sum([1, 2]))], [(1, .subtract(q(0), q(2)))]],
                  basics: { [1: money(&$0), 2: money(&$0)] }),
            Shape(name: "year of a half and quarters", declarations: "",
                  quantities: [("e.rev @ 2025", .money(years: .one)), ("e.rev @ 2025H1", .money(years: half)),
                               ("e.rev @ 2025Q3", .money(years: quarter)), ("e.rev @ 2025Q4", .money(years: quarter))],
                  equations: [equation(q(0), sum([1, 2, 3]))], parametrizations: [[(0, sum([1, 2, 3]))], [(1, .subtract(q(0), sum([2, 3])))]],
                  basics: { [1: money(&$0), 2: money(&$0), 3: money(&$0)] }),
            Shape(name: "growth of a quarter", declarations: "",
                  quantities: [("e.rev @ 2025Q\(k)", .money(years: quarter)), ("e.rev @ 2024Q\(k)", .money(years: quarter)),
                               ("e.rev.yoy @ 2025Q\(k)", .percent)],
                  equations: [equation(q(0), grown(1, by: 2))], parametrizations: [[(0, grown(1, by: 2))], Self.shrunk],
                  basics: { [1: money(&$0), 2: growth(&$0)] }),
            Shape(name: "growth of a year", declarations: "",
                  quantities: [("e.rev @ 2025", .money(years: .one)), ("e.rev @ 2024", .money(years: .one)),
                               ("e.rev.yoy @ 2025", .percent)],
                  equations: [equation(q(0), grown(1, by: 2))], parametrizations: [[(0, grown(1, by: 2))], Self.shrunk],
                  basics: { [1: money(&$0), 2: growth(&$0)] }),
            Shape(name: "multiple of a year", declarations: "",
                  quantities: [("e.rev @ 2025", .money(years: .one)), ("e.rev @ 2024", .money(years: .one)),
                               ("e.rev.yoy_multiple @ 2025", .plain)],
                  equations: [equation(q(0), .multiply(q(1), q(2)))], parametrizations: [[(0, .multiply(q(1), q(2)))], [(1, .divide(q(0), q(2)))]],
                  basics: { rng in [1: money(&rng), 2: (try? Rational(Int64.random(in: 50...300, using: &rng), 100)) ?? .one] }),
            // Q2 grows from Q1 and both make H1: two links that share two quantities.
            Shape(name: "quarter growth within a half", declarations: "",
                  quantities: [("e.rev @ 2025Q1", .money(years: quarter)), ("e.rev @ 2025Q2", .money(years: quarter)),
                               ("e.rev.qoq @ 2025Q2", .percent), ("e.rev @ 2025H1", .money(years: half))],
                  equations: [equation(q(1), grown(0, by: 2)), equation(q(3), sum([0, 1]))],
                  parametrizations: [[(1, grown(0, by: 2)), (3, sum([0, 1]))],
                                    [(0, .divide(q(3), .add(constant(2), q(2)))), (1, .subtract(q(3), q(0)))],
                                    [(0, .divide(q(1), .add(constant(1), q(2)))), (3, sum([0, 1]))]],
                  basics: { [0: money(&$0), 2: growth(&$0)] }),
            Shape(name: "quarter on quarter chain", declarations: "",
                  quantities: [("e.rev @ 2025Q1", .money(years: quarter)), ("e.rev @ 2025Q2", .money(years: quarter)),
                               ("e.rev @ 2025Q3", .money(years: quarter)), ("e.rev.qoq @ 2025Q2", .percent),
                               ("e.rev.qoq @ 2025Q3", .percent)],
                  equations: [equation(q(1), grown(0, by: 3)), equation(q(2), grown(1, by: 4))],
                  parametrizations: [[(1, grown(0, by: 3)), (2, grown(1, by: 4))],
                                    [(0, .divide(q(1), .add(constant(1), q(3)))), (2, grown(1, by: 4))],
                                    [(1, .divide(q(2), .add(constant(1), q(4)))), (0, .divide(q(1), .add(constant(1), q(3))))]],
                  basics: { [0: money(&$0), 3: growth(&$0), 4: growth(&$0)] }),
            Shape(name: "declared sum with growth", declarations: "metric e.t\n  equals e.a + e.b\n\n",
                  quantities: [("e.t @ 2025", .money(years: .one)), ("e.a @ 2025", .money(years: .one)),
                               ("e.b @ 2025", .money(years: .one)), ("e.t @ 2024", .money(years: .one)),
                               ("e.t.yoy @ 2025", .percent)],
                  equations: [equation(q(0), sum([1, 2])), equation(q(0), grown(3, by: 4))],
                  parametrizations: [[(0, sum([1, 2])), (4, .subtract(.divide(q(0), q(3)), constant(1)))],
                                    [(0, grown(3, by: 4)), (2, .subtract(q(0), q(1)))],
                                    [(0, sum([1, 2])), (3, .divide(q(0), .add(constant(1), q(4))))]],
                  nonzero: [q(3)],
                  basics: { [1: money(&$0), 2: money(&$0), 3: money(&$0, 1000...9000)] }),
            Shape(name: "half of quarters with growth", declarations: "",
                  quantities: [("e.rev @ 2025Q1", .money(years: quarter)), ("e.rev @ 2025Q2", .money(years: quarter)),
                               ("e.rev @ 2025H1", .money(years: half)), ("e.rev @ 2024H1", .money(years: half)),
                               ("e.rev.yoy @ 2025H1", .percent)],
                  equations: [equation(q(2), sum([0, 1])), equation(q(2), grown(3, by: 4))],
                  parametrizations: [[(2, sum([0, 1])), (4, .subtract(.divide(q(2), q(3)), constant(1)))],
                                    [(2, grown(3, by: 4)), (1, .subtract(q(2), q(0)))],
                                    [(2, sum([0, 1])), (3, .divide(q(2), .add(constant(1), q(4))))]],
                  nonzero: [q(3)],
                  basics: { [0: money(&$0), 1: money(&$0), 3: money(&$0, 1000...9000)] }),
            // Two declared metrics that share the revenue: p = r − c and m = p / r.
            Shape(name: "margin of a difference",
                  declarations: "metric e.p\n  equals e.r - e.c\n\nmetric e.m\n  equals e.p / e.r\n  relation margin\n\n",
                  quantities: [("e.r @ \(p)", .money(years: years)), ("e.c @ \(p)", .money(years: years)),
                               ("e.p @ \(p)", .money(years: years)), ("e.m @ \(p)", .percent)],
                  equations: [equation(q(2), .subtract(q(0), q(1))), equation(q(2), .multiply(q(3), q(0)))],
                  parametrizations: [[(2, .subtract(q(0), q(1))), (3, .divide(q(2), q(0)))],
                                    [(0, .divide(q(1), .subtract(constant(1), q(3)))), (2, .subtract(q(0), q(1)))],
                                    [(0, .divide(q(2), q(3))), (1, .subtract(q(0), q(2)))],
                                    [(2, .multiply(q(3), q(0))), (1, .subtract(q(0), q(2)))]],
                  nonzero: [q(0)],
                  basics: { rng in [0: money(&rng, 4000...9000), 1: money(&rng, 200...3900)] }),
            // A product declared at every period: the half's product, and the half as the sum
            // of its quarters (the quarters' own products have free factors, so bind nothing).
            Shape(name: "declared product over a half", declarations: "metric e.c\n  equals e.r * e.s\n\n",
                  quantities: [("e.c @ 2025H1", .money(years: half)), ("e.c @ 2025Q1", .money(years: quarter)),
                               ("e.c @ 2025Q2", .money(years: quarter)), ("e.r @ 2025H1", .money(years: half)),
                               ("e.s @ 2025H1", .percent)],
                  equations: [equation(q(0), sum([1, 2])), equation(q(0), .multiply(q(3), q(4)))],
                  parametrizations: [[(0, sum([1, 2])), (4, .divide(q(0), q(3)))],
                                    [(0, .multiply(q(3), q(4))), (2, .subtract(q(0), q(1)))],
                                    [(3, .divide(q(0), q(4))), (2, .subtract(q(0), q(1)))]],
                  nonzero: [q(3)],
                  basics: { rng in [1: money(&rng, 200...2000), 2: money(&rng, 200...2000), 3: money(&rng, 4500...9000)] }),
        ]
    }
}
