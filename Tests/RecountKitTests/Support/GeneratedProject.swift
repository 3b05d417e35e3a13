/// A small project written for the shuffle test: three entities (one with a fiscal year),
/// ledger facts for quarters, halves and years from sources of every grade, growth, a declared
/// metric, and two articles whose claims are right, wrong by a usual slip, or in conflicts with
/// no single cause; with `because` formulas, `holds` comparisons, a reading and `use` lines.
/// One claim conflicts with two facts of a source that weighs as the article, so that doubting
/// any of the three is as likely. Every figure is chosen so that each kind of finding occurs.
enum GeneratedProject {
    static let files = ProjectFiles(files: [
        .init(path: "Claims/acme.claims", text: acmeClaims),
        .init(path: "Claims/bolt.claims", text: boltClaims),
        .init(path: "Evidence/entities.ledger", text: entities),
        .init(path: "Evidence/acme.ledger", text: acmeLedger),
        .init(path: "Evidence/bolt.ledger", text: boltLedger),
        .init(path: "Evidence/cell.ledger", text: cellLedger),
    ])

    static let entities = """
        # The companies and the sources.

        entity acme "Acme Corp"

        entity bolt "Bolt Inc"
          fiscal-year-end 09-30

        source acme-10k "Acme annual report 2025"
          grade primary
          date 2026-02-01

        source acme-press "Acme press release"
          grade secondary

        source wire "Newswire"
          grade secondary

        source tape "Ticker tape"
          grade secondary

        source bolt-10q "Bolt quarterly report"
          grade primary

        metric acme.margin "Operating margin"
          equals acme.profit / acme.revenue
          relation margin

        metric acme.revenue "Revenue"
          kind flow

        """

    static let acmeLedger = """
        # Acme's revenue by quarter, half and year, its profit and capital expenditure.

        fact acme.revenue @ 2025Q1 = $10B
          source acme-10k
          quote "revenue of $10 billion in the first quarter"

        fact acme.revenue @ 2025Q2 = $12B
          source acme-10k

        fact acme.revenue @ 2025H1 = $22B
          source acme-press

        fact acme.revenue @ 2025H2 = $26B
          source acme-10k

        fact acme.revenue @ 2025 = $48B
          source acme-10k

        fact acme.revenue @ 2025 = $51B
          source tape

        fact acme.revenue @ 2024 = $40B
          source acme-10k

        fact acme.revenue.yoy @ 2025 = 20%
          source acme-press

        fact acme.profit @ 2025 = $6B
          source acme-10k

        # Two secondary sources that disagree, with nothing to tell which is right.
        fact acme.capex @ 2025 = $5B
          source acme-press

        fact acme.capex @ 2025 = $5.5B
          source wire

        """

    static let boltLedger = """
        # Bolt's fiscal year ends in September: its FY2025Q1 is October to December 2024.

        fact bolt.revenue @ FY2025Q1 = $2B
          source bolt-10q

        fact bolt.revenue @ FY2024Q1 = $1.6B
          source bolt-10q

        fact bolt.revenue.yoy @ FY2025Q1 = 25%
          source wire

        fact bolt.revenue @ FY2025Q1 = $2.03B
          source tape

        """

    static let cellLedger = """
        entity cell "Cell Ltd"

        # A blog weighs as little as the article: doubting it is as likely as doubting a claim.
        source cell-blog "A blog about Cell"
          grade article

        fact cell.revenue @ 2025H2 = $31M
          source cell-blog

        fact cell.revenue @ 2025 = $51M
          source cell-blog

        """

    static let acmeClaims = """
        # Claims of "Acme's year".

        article acme-year "Acme's year"
          author "A. Writer"
          published 2026-03-01

        use "../Evidence/entities.ledger"
        use "../Evidence/acme.ledger"

        claim first-half
          quote "Acme took in $22 billion in the first half"
          at paragraph 1
          states acme.revenue @ 2025H1 = $22B
          expect consistent

        claim first-half-scale
          quote "or $2.2 billion"
          at paragraph 1
          states acme.revenue @ 2025H1 = $2.2B
          expect inconsistent

        claim year
          quote "about $48 billion for the year"
          at paragraph 2
          states acme.revenue @ 2025 = about $48B
          expect consistent

        claim growth
          quote "up 2% on the year before"
          at paragraph 2
          states acme.revenue.yoy @ 2025 = 2%
          expect inconsistent
          note "The annual report's figures give 20%: a digit was dropped."

        claim margin
          quote "a margin of 12.5%"
          at paragraph 3
          states acme.margin @ 2025 = 12.5%
          expect consistent

        claim margin-by-hand
          quote "a profit of 12.5% of revenue"
          at paragraph 3
          states 12.5%
          because acme.profit @ 2025 / acme.revenue @ 2025
          expect consistent

        claim second-half-bigger
          quote "the second half was the bigger"
          at paragraph 4
          holds acme.revenue @ 2025H2 > acme.revenue @ 2025H1
          expect consistent

        claim first-quarter-bigger
          quote "the first quarter outsold the second"
          at paragraph 4
          holds acme.revenue @ 2025Q1 > acme.revenue @ 2025Q2
          expect inconsistent

        claim double-half
          quote "twice the first half would be $44 billion"
          at paragraph 5
          states $44B
          because first-half * 2
          expect consistent

        claim capex
          quote "capital spending of about $5.2 billion"
          at paragraph 6
          states acme.capex @ 2025 = $5.2B
          expect inconsistent

        claim capex-share
          quote "about 10% of its revenue"
          at paragraph 6
          states 10%
          because capex / year
          reading literal
            states 10.8%
            because capex / year
          expect consistent

        claim cell-first-half
          quote "Cell made $31 million in the first half"
          at paragraph 7
          states cell.revenue @ 2025H1 = $31M
          expect inconsistent

        """

    static let boltClaims = """
        article bolt-quarter "Bolt's quarter"
          published 2025-02-01

        use "../Evidence/bolt.ledger"

        claim bolt-revenue
          quote "Bolt sold $2 billion"
          states bolt.revenue @ FY2025Q1 = $2B
          expect consistent

        claim bolt-growth
          quote "up 52%"
          states bolt.revenue.yoy @ FY2025Q1 = 52%
          expect inconsistent

        claim bolt-prior
          quote "a year ago it sold $1.3 billion"
          states bolt.revenue @ FY2024Q1 = about $1.3B
          because bolt.revenue @ FY2025Q1 / (1 + bolt.revenue.yoy @ FY2025Q1)
          expect inconsistent

        claim bolt-margin-low
          quote "a margin of 11%"
          states bolt.margin @ FY2025Q1 = 11%
          expect inconsistent

        claim bolt-margin-high
          quote "a margin of 14%"
          states bolt.margin @ FY2025Q1 = 14%
          expect inconsistent

        """
}
