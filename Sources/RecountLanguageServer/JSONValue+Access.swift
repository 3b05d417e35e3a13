import RecountReport

extension JSONValue {
    /// The value of a key of an object; nil for a missing key or a value that is no object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A whole number that fits an `Int`, such as a line or a character offset.
    public var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }
}
