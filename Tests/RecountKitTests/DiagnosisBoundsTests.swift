@testable import RecountEngine
import Testing

/// The search for the lightest diagnoses stays bounded in work, not only in branches: a
/// component of hundreds of conflicts makes every branch cost hundreds of steps. (The fuzzer
/// found a ledger of 94 facts whose 256 pairwise conflicts took 4.7 s in a debug build under
/// the branch bound alone, 0.8 s with the step bound.)
@Suite struct DiagnosisBoundsTests {
    /// Every one of `n` facts conflicts with every one of `n` others: the lightest diagnoses
    /// blame one whole side, and a branch-and-bound search has many ways to get there.
    static func bipartite(_ n: Int) -> [[Base]] {
        (0..<n).flatMap { i in (0..<n).map { j in [Base.fact(i), Base.fact(n + j)] } }
    }

    static func precedes(_ a: Base, _ b: Base) -> Bool { "\(a)" < "\(b)" }

    @Test func manyConflictsStopAtTheStepBound() {
        let diagnosis = MinimumDiagnosis(conflicts: Self.bipartite(16), weight: { _ in 1 }, precedes: Self.precedes)
        #expect(diagnosis.exhausted)
        #expect(diagnosis.branches < MinimumDiagnosis.maximumBranches)
        // One branch past the bound at most: its conflicts and its copy of the chosen figures.
        #expect(diagnosis.steps <= MinimumDiagnosis.maximumSteps + 256 + 32)
        #expect(!diagnosis.diagnoses.isEmpty)
    }

    @Test func aSmallComponentIsSearchedToTheEnd() {
        let diagnosis = MinimumDiagnosis(conflicts: Self.bipartite(3), weight: { _ in 1 }, precedes: Self.precedes)
        #expect(!diagnosis.exhausted)
        // Either side of three, whole, is a lightest diagnosis.
        #expect(diagnosis.diagnoses == [[.fact(0), .fact(1), .fact(2)], [.fact(3), .fact(4), .fact(5)]])
    }
}
