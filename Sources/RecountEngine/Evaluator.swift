import RecountCore
import RecountModel

/// Evaluates a formula for one claim, with sound interval arithmetic, into a derivation.
///
/// Quantities come from `lookup`, which prefers the article's own figures (a claim's `because`
/// checks the article's reasoning), then ledger facts, then values derived from them. The claim
/// being checked never supplies its own inputs.
struct Evaluator {
    /// Finds the value a formula should use for a quantity, on behalf of the claim being checked.
    let lookup: (Quantity) -> Derivation?
    /// The value of another claim's stated figure, by id.
    let claimValue: (String) -> Derivation?
    /// The claim being checked.
    let claim: Claim

    /// Why a formula has no value.
    struct Problem: Error, Hashable {
        var kind: DiagnosticKind
        var range: SourceRange
    }

    func evaluate(_ formula: Formula) -> Result<Derivation, Problem> {
        switch formula {
        case .constant(let measure, let text, _):
            return .success(Derivation(step: .input(label: text, stated: text, origin: .constant), value: measure,
                                       unit: nil))
        case .quantity(let ref):
            return quantity(ref)
        case .claim(let id, let range):
            guard id != claim.id, let derivation = claimValue(id) else {
                return .failure(Problem(kind: .missingInput(id), range: range))
            }
            return .success(derivation)
        case .negate(let inner, _):
            return evaluate(inner).map { d in
                Derivation(step: .negate, value: d.value.negated(), unit: d.unit, children: [d])
            }
        case .binary(let op, let a, let b, let range):
            var left: Derivation
            var right: Derivation
            switch (evaluate(a), evaluate(b)) {
            case (.success(let x), .success(let y)):
                left = x
                right = y
            case (.failure(let p), _), (_, .failure(let p)):
                return .failure(p)
            }
            if op == .add || op == .subtract {
                left = Evaluator.asRate(left, like: right)
                right = Evaluator.asRate(right, like: left)
            }
            switch Evaluator.apply(op, left.value, right.value) {
            case .success(let value):
                return .success(Derivation(step: .binary(op), value: value,
                                           unit: Evaluator.unit(left, right, value.dimension),
                                           children: [left, right]))
            case .failure(let error):
                return .failure(Problem(kind: Evaluator.kind(of: error, divisor: b), range: range))
            }
        case .convert(let inner, let unit, let rate, let text, let range):
            return evaluate(inner).flatMap { value in exchange(value, rate: rate, into: unit, range: range) }.flatMap { d in
                guard d.value.dimension == unit.dimension else {
                    return .failure(Problem(kind: .dimensionMismatch(operation: "convert",
                                                                     left: d.value.dimension.description,
                                                                     right: "'\(text)' (\(unit.dimension.description))"),
                                            range: range))
                }
                return .success(Derivation(step: .convert(text), value: d.value, unit: unit, children: [d]))
            }
        }
    }

    /// The value in the target currency: divided by the rate, or multiplied by it, as a step the
    /// derivation shows (`AED 16.2B ÷ AED 3.6725/USD`). Without a rate, the value as it is.
    private func exchange(_ value: Derivation, rate: QuantityReference?, into unit: Unit,
                          range: SourceRange) -> Result<Derivation, Problem> {
        guard let rate else { return .success(value) }
        return quantity(rate).flatMap { r in
            guard let op = CurrencyExchange.operation(rate: r.value.dimension, into: unit) else {
                return .failure(Problem(kind: .notACurrencyRate(rate: rate.text, dimension: r.value.dimension.description,
                                                                target: unit.currency ?? "'\(unit.dimension.description)'"),
                                        range: rate.range))
            }
            let result = op == .divide ? Measure.divide(value.value, r.value) : Measure.multiply(value.value, r.value)
            switch result {
            case .success(let converted):
                return .success(Derivation(step: .binary(op), value: converted, unit: nil, children: [value, r]))
            case .failure(let error):
                return .failure(Problem(kind: Evaluator.kind(of: error, divisor: .quantity(rate)), range: range))
            }
        }
    }

    private func quantity(_ ref: QuantityReference) -> Result<Derivation, Problem> {
        guard let derivation = lookup(ref.quantity) else {
            return .failure(Problem(kind: .missingInput(ref.text), range: ref.range))
        }
        return .success(derivation)
    }

    /// Another claim's figure for a flow over a period, which is an amount, as its rate per year
    /// when it is added to or subtracted from a rate: the flows it is summed with are held so.
    private static func asRate(_ d: Derivation, like other: Derivation) -> Derivation {
        guard d.flowPeriod != nil, d.value.dimension == other.value.dimension * .time else { return d }
        var rate = d
        rate.value = d.value(in: other.value.dimension)
        return rate
    }

    /// One arithmetic step on two values.
    static func apply(_ op: ArithmeticOperator, _ a: Measure, _ b: Measure) -> Result<Measure, MeasureError> {
        switch op {
        case .add: Measure.add(a, b)
        case .subtract: Measure.subtract(a, b)
        case .multiply: Measure.multiply(a, b)
        case .divide: Measure.divide(a, b)
        }
    }

    /// The unit a result is best shown in: that of the operand with the result's dimension.
    static func unit(_ a: Derivation, _ b: Derivation, _ dimension: Dimension) -> Unit? {
        if let u = a.unit, u.dimension == dimension { return u }
        if let u = b.unit, u.dimension == dimension { return u }
        return nil
    }

    private static func kind(of error: MeasureError, divisor: Formula) -> DiagnosticKind {
        switch error {
        case .dimensionMismatch(let operation, let left, let right):
            .dimensionMismatch(operation: operation, left: left.description, right: right.description)
        case .divisionByZero:
            .divisionByZero(FormulaText.render(divisor))
        case .overflow:
            .overflow
        }
    }
}
