import RecountCore

/// How `in CURRENCY at RATE` converts a value into another currency through a rate quantity.
///
/// A rate is a quantity whose dimension is one currency per unit of another: `AED 3.6725/USD`
/// is AED/USD, `$0.2723/AED` is USD/AED. Into USD, the first divides (AED 16.2B ÷ AED
/// 3.6725/USD = $4.41B) and the second multiplies, so a rate converts in whichever direction it
/// was printed, and the arithmetic shows in the derivation as written.
public enum CurrencyExchange {
    /// The operation that applies `rate` to a value to give an amount in `target`'s currency:
    /// divide for a rate per one unit of the target currency, multiply for a rate in it; nil
    /// when the rate is not a rate between the target currency and another one.
    public static func operation(rate: Dimension, into target: Unit) -> ArithmeticOperator? {
        guard let code = target.currency, rate.terms.count == 2,
              rate.terms.allSatisfy({ $0.exponent.magnitude == 1 }) else { return nil }
        let currencies = rate.terms.compactMap { term -> (String, Int)? in
            if case .currency(let c) = term.base { (c, term.exponent) } else { nil }
        }
        guard currencies.count == 2, currencies.contains(where: { $0.1 == 1 }) else { return nil }
        if currencies.contains(where: { $0 == (code, -1) }) { return .divide }
        if currencies.contains(where: { $0 == (code, 1) }) { return .multiply }
        return nil
    }
}
