extension String {
    /// The string of `scalars`, encoded as UTF-8 straight into the string's storage.
    ///
    /// `String(String.UnicodeScalarView(scalars))` appends the scalars one at a time, which
    /// profiles of `recount extract` showed costing a third of its time; the texts built from
    /// scalars (sentences, quotes, tokens) are built this way instead. Inlinable, so that it is
    /// specialised for the collection at hand rather than run generically.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[n] = unit
                    n += 1
                }
            }
            return n
        }
    }
}
