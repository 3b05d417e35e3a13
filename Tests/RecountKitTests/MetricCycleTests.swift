import RecountCore
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// Metric definitions that refer back to themselves are reported, at the metric, with the cycle
/// (issue 11, point 6b).
@Suite struct MetricCycleTests {
    static func resolve(_ metrics: String) -> (Project, [Diagnostic]) {
        let text = "entity acme \"Acme\"\n" + metrics
        let (document, parsed) = Parser.parse(SourceFile(path: "x.ledger", text: text))
        let (project, resolved) = Resolver.resolve([document])
        return (project, parsed + resolved)
    }

    @Test func aContradictoryCycleAndASelfReferenceAreEachReported() throws {
        let (project, diagnostics) = Self.resolve("""
            metric acme.a
              equals acme.b
            metric acme.b
              equals acme.a + 1
            metric acme.c
              equals acme.c * 2
            """)
        #expect(diagnostics.map(\.kind) == [
            .cyclicMetricDefinition("acme.a", cycle: ["acme.a", "acme.b", "acme.a"]),
            .cyclicMetricDefinition("acme.c", cycle: ["acme.c", "acme.c"]),
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.code == "R216" })
        // At the metric's name: lines 2 and 6, after `metric `.
        #expect(diagnostics.map { $0.range?.start } == [SourceLocation(line: 2, column: 8), SourceLocation(line: 6, column: 8)])
        #expect(diagnostics.first?.message == "the definition of 'acme.a' refers back to it: acme.a → acme.b → acme.a")
        // The engine never sees the cycle.
        #expect(["acme.a", "acme.b", "acme.c"].allSatisfy { project.metrics[$0]?.definition == nil })
    }

    @Test func aChainOfDefinitionsIsNoCycle() {
        let (project, diagnostics) = Self.resolve("""
            metric acme.profit
              equals acme.revenue - acme.cost
            metric acme.margin
              equals acme.profit / acme.revenue
            metric acme.double_margin
              equals acme.margin * 2 + acme.margin
            """)
        #expect(diagnostics.isEmpty)
        #expect(project.metrics["acme.margin"]?.definition != nil)
    }

    /// A longer cycle is named from its first metric in declaration order, by its shortest
    /// way back; every metric of the group loses its definition, and one diagnostic is given.
    @Test func aLongerCycleIsNamedOnceFromItsFirstMetric() {
        let (project, diagnostics) = Self.resolve("""
            metric acme.x
              equals acme.free
            metric acme.p
              equals acme.q + acme.r
            metric acme.q
              equals acme.r * 2
            metric acme.r
              equals acme.p - acme.x
            """)
        #expect(diagnostics.map(\.kind) == [.cyclicMetricDefinition("acme.p", cycle: ["acme.p", "acme.r", "acme.p"])])
        #expect(["acme.p", "acme.q", "acme.r"].allSatisfy { project.metrics[$0]?.definition == nil })
        #expect(project.metrics["acme.x"]?.definition != nil)
    }
}
