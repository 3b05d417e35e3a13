@testable import RecountEngine
import RecountModel
import Testing

/// Propagation from a known fixpoint against propagation from nothing: the conflict search must
/// find the same conflicts either way, and a set certified consistent from a subset's fixpoint
/// must be one that propagation from nothing calls consistent, with the same domains when both
/// followed every narrowing.
@Suite struct IncrementalPropagationTests {
    static let seed: UInt64 = 0x1AC2_E3E7_2026_1203

    /// A quarterly ledger like the benchmark corpus's (sums of quarters into years, growth year on
    /// year, profit as revenue less cost) with claims of which a few contradict it, some through
    /// their formulas, whose links join the network only with their claim. The random
    /// projects add products, ratios and the cycles they make.
    static let fixtures: [(ledger: String, claims: String)] = [
        ("""
        source s "Filings"
          grade primary
        source p "Press"
          grade secondary
        entity e0 "Entity 0"
          fiscal-year-end 06-30
        metric e0.profit "Revenue less cost"
          equals e0.rev - e0.cost
          relation difference
        fact e0.rev @ FY2024Q1 = $1080.7M
          source s
        fact e0.rev @ FY2024Q2 = $1210.7M
          source s
        fact e0.rev @ FY2024Q3 = $1206.1M
          source s
        fact e0.rev @ FY2024Q4 = $1171.6M
          source s
        fact e0.rev @ FY2025Q1 = $1174.2M
          source s
        fact e0.cost @ FY2025Q1 = $879.0M
          source s
        fact e0.rev @ FY2025Q2 = $1240.9M
          source s
        fact e0.cost @ FY2025Q2 = $936.1M
          source s
        fact e0.rev @ FY2025Q3 = $1328.2M
          source s
        fact e0.rev @ FY2025Q4 = $1288.9M
          source s
        fact e0.cost @ FY2025Q4 = $853.8M
          source s
        fact e0.rev.yoy @ FY2025Q1 = 8.7%
          source p
        fact e0.rev.yoy @ FY2025Q2 = 12.5%
          source p
        fact e0.rev.yoy @ FY2025Q3 = 10.1%
          source p

        """, """
        claim c0
          states e0.rev.yoy @ FY2025Q4 = 10.0%
        claim c1
          states e0.profit @ FY2025Q4 = $435.1M
        claim c2
          states e0.rev @ FY2024 = $4669.1M
        claim c3
          states e0.rev @ FY2025 = $5132.2M
        claim c4
          states e0.profit @ FY2025Q2 = $314.8M
        claim c5
          states e0.rev @ FY2025H1 = $2415.1M
        claim c6
          states about $391.40M/month
          because e0.rev @ FY2025Q1
        claim c7
          states $2515.1M
          because e0.rev @ FY2025Q1 + e0.rev @ FY2025Q2
        claim c8
          states $600.0M
          because e0.rev @ FY2025Q3 - e0.cost @ FY2025Q2

        """),
    ]

    /// The fixture and a hundred of the brute-force test's random projects.
    static func projects() throws -> [Project] {
        var projects = try fixtures.map { try loadInline($0.ledger, $0.claims, allowing: ["R212"]) }
        var rng = SplitMix64(seed: seed)
        for _ in 0..<100 {
            projects.append(try BruteForcePropertyTests.analyze(RandomProject.generate(&rng)).project)
        }
        return projects
    }

    @Test func theConflictSearchFindsTheSameFromKnownFixpointsAsFromNothing() throws {
        var searched = 0
        for project in try Self.projects() {
            let network = World(project).network
            for c in 0..<network.componentCount where network.solve(component: c, active: { _ in true }).wipeout != nil {
                var incremental = ConflictSearch(network: network, component: c, weight: { _ in 1 })
                var fromNothing = ConflictSearch(network: network, component: c, weight: { _ in 1 }, incremental: false)
                incremental.run()
                fromNothing.run()
                #expect(incremental.conflicts == fromNothing.conflicts)
                #expect(incremental.exhausted == fromNothing.exhausted)
                // A set certified consistent is never propagated from nothing, so it cannot stop.
                #expect(!incremental.propagationStopped || fromNothing.propagationStopped)
                searched += 1
            }
        }
        #expect(searched > 20)
    }

    @Test func aSetExtendedFromASubsetsFixpointMeetsWhereItsPropagationFromNothingDoes() throws {
        var rng = SplitMix64(seed: Self.seed)
        var certified = 0
        var compared = 0
        for project in try Self.projects() {
            let network = World(project).network
            for c in 0..<network.componentCount {
                let n = network.bases(in: c).count
                for _ in 0..<24 {
                    let whole = (0..<n).map { _ in rng.next() % 4 != 0 }
                    let part = whole.map { $0 && rng.next() % 2 == 0 }
                    let full = network.solve(component: c, mask: whole)
                    let unrecorded = network.solve(component: c, mask: whole, recording: false)
                    // Keeping no derivations changes nothing else.
                    #expect((full.wipeout == nil, full.exhausted, full.followed)
                        == (unrecorded.wipeout == nil, unrecorded.exhausted, unrecorded.followed))
                    #expect(Self.bounds(full) == Self.bounds(unrecorded))
                    let start = network.solve(component: c, mask: part, recording: false)
                    guard start.followed, start.wipeout == nil, !start.exhausted else { continue }
                    let extended = network.extend(start, from: part, to: whole, component: c)
                    guard extended.followed, extended.wipeout == nil, !extended.exhausted else { continue }
                    certified += 1
                    #expect(full.wipeout == nil, "a certified set that wipes out from nothing")
                    if full.followed, !full.exhausted {
                        compared += 1
                        #expect(Self.bounds(full) == Self.bounds(extended))
                    }
                }
            }
        }
        #expect(certified > 100)
        #expect(compared > 100)
    }

    /// Each domain's interval and dimension, by position.
    static func bounds(_ solution: Network.Solution) -> [String] {
        solution.domains.map { d in d.map { "\($0.value.interval.lower) \($0.value.interval.upper) \($0.value.dimension)" } ?? "-" }
    }
}
