/// The parts of a figure as written, before any meaning is given to them.
public struct FigureText: Sendable, Hashable {
    /// The whole figure as written.
    public var text: String
    /// A currency written before the number: `$`, `US$`, `€`, `DKK`.
    public var currencyPrefix: String?
    /// The digits as written, with any thousands separators and full-width digits.
    public var number: String
    /// Everything after the number: scale, currency word, unit and `/per` units, e.g. `B/yr`,
    /// ` billion`, `億美元`, `%`.
    public var suffix: String
    /// `百分之` written before the number, which makes the figure a percentage.
    public var percentPrefix: String?

    public init(text: String, currencyPrefix: String?, number: String, suffix: String, percentPrefix: String? = nil) {
        self.text = text
        self.currencyPrefix = currencyPrefix
        self.number = number
        self.suffix = suffix
        self.percentPrefix = percentPrefix
    }

    /// The units after the number as the claims language reads them: the suffix, with the
    /// percentage a `百分之` before the number stands for.
    public var unitSuffix: String {
        percentPrefix == nil ? suffix : "%" + suffix
    }
}
