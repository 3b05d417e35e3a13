/// An arithmetic expression over the quantities of a brute-force oracle's model, evaluated
/// exactly at points and enclosed soundly over boxes.
///
/// The oracle needs three things of each side of an equation: its exact value at a witness
/// point (rationals, no rounding), an interval that holds every value it takes over a box of
/// quantity domains, and the backward step that narrows a box to the part where the expression
/// can take a needed value. The backward step is the textbook HC4 projection, written again
/// here on the oracle's own intervals so that no proof rests on the engine's code.
indirect enum OracleExpression: CustomStringConvertible {
    case quantity(Int)
    case constant(Rational)
    case add(OracleExpression, OracleExpression)
    case subtract(OracleExpression, OracleExpression)
    case multiply(OracleExpression, OracleExpression)
    case divide(OracleExpression, OracleExpression)

    /// A division by zero: the expression has no value at this point.
    struct Undefined: Error {}

    /// The exact value at a point; throws when it overflows or divides by zero.
    func value(_ point: [Rational]) throws -> Rational {
        switch self {
        case .quantity(let i): return point[i]
        case .constant(let c): return c
        case .add(let a, let b): return try a.value(point).adding(b.value(point))
        case .subtract(let a, let b): return try a.value(point).subtracting(b.value(point))
        case .multiply(let a, let b): return try a.value(point).multiplied(by: b.value(point))
        case .divide(let a, let b):
            let divisor = try b.value(point)
            guard !divisor.isZero else { throw Undefined() }
            return try a.value(point).divided(by: divisor)
        }
    }

    /// An interval holding every value over the box.
    func enclosure(_ box: [OutwardInterval]) -> OutwardInterval {
        switch self {
        case .quantity(let i): return box[i]
        case .constant(let c): return c.enclosure
        case .add(let a, let b): return a.enclosure(box) + b.enclosure(box)
        case .subtract(let a, let b): return a.enclosure(box) - b.enclosure(box)
        case .multiply(let a, let b): return a.enclosure(box) * b.enclosure(box)
        case .divide(let a, let b): return a.enclosure(box) / b.enclosure(box)
        }
    }

    /// Narrows the box to the points where the expression may lie in `needed`. Returns false
    /// when no point of the box can.
    func narrow(_ box: inout [OutwardInterval], to needed: OutwardInterval) -> Bool {
        guard let target = enclosure(box).intersection(needed) else { return false }
        switch self {
        case .quantity(let i):
            guard let narrowed = box[i].intersection(target) else { return false }
            box[i] = narrowed
            return true
        case .constant:
            return true
        case .add(let a, let b):
            return a.narrow(&box, to: target - b.enclosure(box)) && b.narrow(&box, to: target - a.enclosure(box))
        case .subtract(let a, let b):
            return a.narrow(&box, to: target + b.enclosure(box)) && b.narrow(&box, to: a.enclosure(box) - target)
        case .multiply(let a, let b):
            // x = t / y holds only where y is not zero; where it may be, nothing is learnt.
            return a.narrow(&box, to: target / b.enclosure(box)) && b.narrow(&box, to: target / a.enclosure(box))
        case .divide(let a, let b):
            // t = x / y with y ≠ 0: x = t·y, and y = x / t where t is not zero.
            return a.narrow(&box, to: target * b.enclosure(box)) && b.narrow(&box, to: a.enclosure(box) / target)
        }
    }

    /// The quantities the expression reads.
    var quantities: Set<Int> {
        switch self {
        case .quantity(let i): [i]
        case .constant: []
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            a.quantities.union(b.quantities)
        }
    }

    var description: String {
        switch self {
        case .quantity(let i): "q\(i)"
        case .constant(let c): "\(c)"
        case .add(let a, let b): "(\(a) + \(b))"
        case .subtract(let a, let b): "(\(a) - \(b))"
        case .multiply(let a, let b): "\(a) * \(b)"
        case .divide(let a, let b): "\(a) / \(b)"
        }
    }
}
