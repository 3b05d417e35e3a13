/// Substring search over UTF-8 bytes, for the words discovery looks for in every figure's quote
/// and sentence.
///
/// `String.contains(_:)` on a string argument resolves to Foundation's locale-aware search,
/// which folds character clusters one by one: it took three quarters of `extract --suggest`'s
/// instructions on a generated 100 KB article. The words searched for are lowercase ASCII or
/// CJK text, so a byte search finds what that search found, but for a match followed by a
/// combining mark, which the cluster-aware search rejects and no article's cue word has.
enum TextSearch {
    /// Whether `needle` occurs in `haystack`, byte for byte; an empty needle always does.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in contains(h, n) } }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = n.first else { return true }
        guard n.count <= h.count else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
