/// A thing that figures count or are priced per: each is its own base dimension, so that a price
/// per barrel cannot be added to a price per person.
public enum CountedThing: String, Sendable, Hashable, CaseIterable {
    /// A barrel of crude oil or another liquid, `bbl`.
    case barrel
    /// A barrel of oil equivalent, `boe`: oil and gas together, gas converted by its energy
    /// content. Not a barrel: the conversion is a convention (6,000 cubic feet of gas to one boe)
    /// that applies only to what a producer reports.
    case barrelOfOilEquivalent
    /// A metric tonne, `t`: 1,000 kg.
    case tonne
    /// A person: `/person`, `/capita`, `people`.
    case person
    /// A share of stock: `/share`, `shares`.
    case share

    /// The unit's symbol in the claims language: `bbl`, `boe`, `t`, `person`, `share`.
    public var symbol: String {
        switch self {
        case .barrel: "bbl"
        case .barrelOfOilEquivalent: "boe"
        case .tonne: "t"
        case .person: "person"
        case .share: "share"
        }
    }

    /// The name of the dimension in messages.
    public var name: String {
        switch self {
        case .barrel: "barrel"
        case .barrelOfOilEquivalent: "boe"
        case .tonne: "tonne"
        case .person: "person"
        case .share: "share"
        }
    }
}
