import Testing
import RecountKit

private func load(_ ledger: String, _ claims: String) -> (Project, [Diagnostic]) {
    var documents: [Syntax.Document] = []
    var all: [Diagnostic] = []
    for (path, text) in [("Evidence/x.ledger", ledger), ("Claims/t.claims", "article t \"Test\"\n" + claims)] {
        let (d, diags) = Parser.parse(SourceFile(path: path, text: text))
        documents.append(d); all += diags
    }
    let (p, r) = Resolver.resolve(documents)
    return (p, all + r)
}

private func dump(_ ledger: String, _ claims: String) {
    let (p, diags) = load(ledger, claims)
    print("LOAD", diags.map { "\($0.code) \($0.message)" })
    let a = Engine.analyze(p)
    print("values", a.valueCount, "links", a.linkCount)
    for r in a.results {
        print("CLAIM", r.claim.id, r.verdict)
        for c in r.checks { print("   ", c.basis, c.verdict, c.derivation.map { "\($0.value.interval) \($0.value.nominal) \($0.value.dimension.description) \($0.step)" } ?? "-", c.problem?.message ?? "", c.slips) }
        for rr in r.readings { print("  READING", rr.id ?? "-", rr.verdict); for c in rr.checks { print("     ", c.basis, c.verdict, c.derivation.map { "\($0.value.interval)" } ?? "-", c.problem?.message ?? "") } }
    }
    for c in a.conflicts { print("CONFLICT", c.label, c.support, c.left.value.interval, c.right.value.interval, c.cause.map { "\($0)" } ?? "nocause", c.explanations.map { "\($0.member) \($0.slips)" }) }
    print("DIAG", a.diagnostics.map { "\($0.code) \($0.message)" })
}


private let msft = """
entity msft "M"
  fiscal-year-end 06-30
entity orcl "O"
  fiscal-year-end 05-31
entity x "X"
source s "S"
  grade primary

"""
@Suite struct ProbeTests {
    @Test func probe() {
        print("=== growth forward/back")
        dump(msft + """
        fact msft.rev @ FY2025Q3 = $20B
          source s
        fact msft.rev.yoy @ FY2026Q3 = 50%
          source s
        fact msft.cap @ FY2026Q3 = $30B
          source s
        fact msft.cap.yoy @ FY2026Q3 = 50%
          source s
        """, """
        claim fwd
          states msft.rev @ FY2026Q3 = $30B
        claim back
          states msft.cap @ 2025Q1 = $20B
        """)
        print("=== qoq")
        dump(msft + """
        fact msft.rev @ 2025Q1 = $20B
          source s
        fact msft.rev.qoq @ FY2025Q4 = 10%
          source s
        """, """
        claim fwd
          states msft.rev @ 2025Q2 = $22B
        claim fwd2
          states msft.rev @ FY2025Q4 = $22B
        """)
        print("=== multiple/diff")
        dump(msft + """
        fact msft.rev @ FY2025Q3 = $20B
          source s
        fact msft.rev.yoy_multiple @ FY2026Q3 = 1.5
          source s
        fact msft.cap @ FY2026Q3 = $30B
          source s
        fact msft.cap.yoy_change @ FY2026Q3 = $10B
          source s
        fact msft.a @ FY2026Q3 = $30B
          source s
        fact msft.a @ FY2025Q3 = $20B
          source s
        """, """
        claim m
          states msft.rev @ FY2026Q3 = $30B
        claim d
          states msft.cap @ FY2025Q3 = $20B
        claim am
          states msft.a.yoy_multiple @ FY2026Q3 = 1.5
        claim ad
          states msft.a.yoy_change @ FY2026Q3 = $10B
        claim ad2
          states msft.a.yoy_change @ FY2026Q3 = $40B/yr
        """)
    }
}
