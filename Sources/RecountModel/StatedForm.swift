/// Prints a value in the form of a stated figure it is compared with, so that a reader can set
/// the two side by side: `$30.9 billion` next to the article's `$31.9 billion`, `8.88億美元` next
/// to `8.9億美元`, `71.1%` next to `~70%`.
///
/// The form is the stated figure's unit as written: its currency sign, code or CJK word and
/// where it stands, its scale word (`billion`, `B`, `億`), its unit word and its per units. The
/// value must already be in the stated figure's dimension (an amount over the stated period,
/// not a per-year rate; `Derivation.value(in:)` converts). The precision is one rule:
///
/// - one digit more than the stated figure's last printed digit (`$31.9 billion` gives tenths
///   and hundredths: `$30.95 billion`; `65%` gives `67.2%`), with trailing zeros dropped;
/// - at least three significant digits, so that a much smaller value does not print as `0`;
/// - up to two digits more when they make the value exact (a source's `$30.92B` next to a stated
///   `$31 billion` stays `$30.92 billion`): a figure someone printed is not cut;
/// - and digits more, up to four, while the printed value would fall on the other side of one of
///   the stated figure's printed bounds than the value does: `12.5%` is not shown for 12.504%
///   next to a stated `12%`, which stands for 11.5% to 12.5%.
public enum StatedForm {
    /// `value`, in the dimension of `stated`, written in the stated figure's form.
    public static func text(_ value: Measure, like stated: StatedValue) -> String {
        let unit = stated.unit
        let factor = unit.factor.midpoint
        guard factor != 0, value.nominal.isFinite else { return ValueText.nominal(value, in: unit) }
        let number = value.nominal / factor
        let d = decimals(number, like: stated)
        return ValueText.spell(NumberFormat.fixed(number, decimals: d), in: unit)
    }

    /// How many decimals to print `number` (in the stated unit) with, by the rule above.
    static func decimals(_ number: Double, like stated: StatedValue) -> Int {
        var last = stated.number.decimals
        if let upper = stated.upper {
            // A range's ends may be in different units (`$900 million to $1.2 billion`): count
            // the finer end's digits in the low end's unit.
            last = max(last, upper.number.decimals + stated.unit.scale - upper.unit.scale)
        }
        var d = max(0, last + 1)
        if number != 0 {
            var magnitude = 0
            var a = abs(number)
            while a >= 10 { a /= 10; magnitude += 1 }
            while a < 1 { a *= 10; magnitude -= 1 }
            d = max(d, 2 - magnitude)
        }
        d = min(d, 15)
        // A short decimal (a printed figure) keeps its digits.
        for extra in 1...2 where !isExact(number, decimals: d) && isExact(number, decimals: d + extra) {
            d += extra
            break
        }
        if let bounds = printedBounds(stated) {
            // -1 below the printed bounds, 0 within them, +1 above.
            let side = { (x: Double) in x < bounds.lower ? -1 : x > bounds.upper ? 1 : 0 }
            for _ in 0..<4 {
                guard let rounded = Double(NumberFormat.fixed(number, decimals: d)), side(rounded) != side(number) else { break }
                d += 1
            }
        }
        return d
    }

    /// Whether `number` printed with `decimals` digits reads back as itself, to a part in 10^12.
    private static func isExact(_ number: Double, decimals: Int) -> Bool {
        guard let back = Double(NumberFormat.fixed(number, decimals: decimals)) else { return false }
        return abs(back - number) <= abs(number) * 1e-12
    }

    /// The values the stated figure prints as, in its own unit: half a unit of the last digit
    /// either side, a range's ends included; nil for a number in words without digits.
    private static func printedBounds(_ stated: StatedValue) -> Interval? {
        let sign = stated.negative ? -1.0 : 1.0
        var bounds = Interval(sign * stated.number.interval.lower, sign * stated.number.interval.upper)
        if bounds.lower > bounds.upper { bounds = Interval(bounds.upper, bounds.lower) }
        if let upper = stated.upper {
            let f = upper.unit.factor.midpoint / stated.unit.factor.midpoint
            let s = upper.negative ? -1.0 : 1.0
            let a = s * upper.number.interval.lower * f
            let b = s * upper.number.interval.upper * f
            bounds = bounds.hull(Interval(min(a, b), max(a, b)))
        }
        return bounds.isBounded ? bounds : nil
    }
}
