/// The claims whose verdict is the one they expect, those whose verdict is not, and those that
/// expect none.
public struct ExpectationTally: Sendable, Hashable {
    public var passed: Int
    public var failed: Int
    public var withoutExpectation: Int

    /// Whether `recount test` passes: no verdict differs from its expectation.
    public var passes: Bool { failed == 0 }
}
