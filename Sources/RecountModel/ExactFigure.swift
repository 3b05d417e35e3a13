/// A printed number in a unit, held in base units: its value and its printed interval (half a
/// unit of the last digit either side), each the tightest interval of doubles that holds it, and
/// whether the figure lies within the range of doubles.
///
/// Stated values and the constants of formulas are both built from this, so a figure means the
/// same wherever it is written, and a bound that is exactly a double is exactly that double.
package struct ExactFigure: Sendable, Hashable {
    /// The printed value itself.
    package let value: Interval
    /// Every value that prints as written.
    package let printed: Interval
    /// `.tooLarge` or `.tooSmall` when the value or a printed bound lies outside the range in
    /// which doubles hold numbers at full precision; `.normal` (or `.zero`) otherwise.
    package let range: ExactDecimal.Range
    /// The same for the value alone, which is all that a figure in a formula, being exact, uses.
    package let valueRange: ExactDecimal.Range

    package init(_ number: PrintedNumber, negative: Bool, unit: Unit) {
        guard let scale = unit.exactScale else {
            // A unit whose exact factor overflows 64 bits: plain outward arithmetic instead.
            let factor = unit.factor
            value = Interval(point: negative ? -number.value : number.value) * factor
            printed = (negative ? -number.interval : number.interval) * factor
            range = value.isBounded && printed.isBounded ? .normal : .tooLarge
            valueRange = value.isBounded ? .normal : .tooLarge
            return
        }
        let exact = number.exact(negative: negative, scale: scale)
        let v = exact.value.resolved
        let lower = exact.lower.resolved
        let upper = exact.upper.resolved
        value = v.enclosure
        printed = Interval(lower.enclosure.lower, upper.enclosure.upper)
        range = [v.range, lower.range, upper.range].first { !$0.isRepresentable } ?? v.range
        valueRange = v.range
    }
}
