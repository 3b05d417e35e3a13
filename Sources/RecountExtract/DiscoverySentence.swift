/// A sentence as arithmetic discovery reads it: its scalars and what its words say, worked out
/// once and shared by all of its figures.
///
/// Scoring a relation reads the words of the target's sentence. Reading them again for every
/// candidate relation made discovery quadratic in a sentence's length: a pasted table of 1,200
/// figures in one sentence took seconds. Worked out once per sentence, each candidate costs the
/// same however long its sentence is.
struct DiscoverySentence {
    let scalars: [Unicode.Scalar]
    /// The words of `Plausibility.sumWords` that the lowercased sentence has as whole words.
    let sumWords: Set<String>
    /// Whether it says "tenth" (or 十分之一), for ÷10.
    let saysTenth: Bool
    /// Whether it names a count of quarters ("quarterly", "four") or of months ("monthly"), for
    /// ×4, ÷4, ×12 and ÷12 between amounts.
    let namesQuarters: Bool
    let namesMonths: Bool
    /// Whether it has a sum cue ("in total", "together", "of which").
    let sumCue: Bool
    /// Whether it says its figures do not add up.
    let mismatchCue: Bool
    /// Where its figures' extents end, ascending, for finding the text just before a figure.
    let figureEnds: [Int]

    init(text: String, figureEnds: [Int]) {
        scalars = Array(text.unicodeScalars)
        let lower = text.lowercased()
        sumWords = Plausibility.wholeWords(of: Plausibility.sumWords, in: lower)
        saysTenth = DiscoverySentence.saysTenth(lower)
        namesQuarters = Plausibility.firstWord(of: Plausibility.countWords(4), in: lower) != nil
        namesMonths = Plausibility.firstWord(of: Plausibility.countWords(12), in: lower) != nil
        sumCue = SubsetSum.hasCue(lower)
        mismatchCue = SubsetSum.hasMismatchCue(lower)
        self.figureEnds = figureEnds.sorted()
    }

    /// Whether lowercased text says "a tenth".
    static func saysTenth(_ lower: String) -> Bool {
        TextSearch.contains(lower, "tenth") || TextSearch.contains(lower, "十分之一")
    }

    /// The end of the last figure that ends at or before `offset`, or 0 when none does.
    func lastFigureEnd(atOrBefore offset: Int) -> Int {
        var lo = 0
        var hi = figureEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if figureEnds[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : figureEnds[lo - 1]
    }
}
