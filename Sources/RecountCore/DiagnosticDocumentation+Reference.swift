/// The language reference's words for each diagnostic code beyond its message and hint: when it
/// is raised, and an example. Written to match the reference's diagnostics table and examples,
/// which a test compares with these, so that the two cannot drift apart.
extension DiagnosticDocumentation {
    /// When each code is raised, as the table's "when it happens" column says it.
    static let whenRaised: [String: String] = [
        "R001": "a string has no closing `\"` on its line",
        "R002": "a character that starts no token: `!`, `;`, a lone `.`, `＄`; a run of them is one diagnostic, its text cut at 16 characters",
        "R003": "a backslash followed by anything but `\"`, `\\`, `n`, `t` or a valid `u{XXXX}`",
        "R004": "a line is indented with a tab",
        "R005": "a line is dedented to a depth that no open block has",
        "R006": "bad thousands groups, a comma after the point, or two points",
        "R007": "CJK number or scale characters (`萬`, `億`, `兆`, `千`…) outside a figure, e.g. as an id (`claim 萬億`)",
        "R008": "a file has more than 1,000 lexical or syntax problems: the rest are counted, so that memory and time stay bounded; the terminal adds them to its “… and N more in this file” line",
        "R101": "the line does not follow the grammar",
        "R102": "an unknown attribute, or one indented under the wrong declaration",
        "R103": "a claim without `states` or `holds`, a source without `grade`, a fact without `source`",
        "R104": "a formula nests more than 64 levels (parentheses, unary minus signs and chained operators)",
        "R105": "an attribute other than `note` or `tolerance` appears twice in one block",
        "R106": "an indented line where no block is open",
        "R107": "a claim has both `states` and `holds`",
        "R201": "a quantity names an entity no file declares; the second form when a declared one is a slip away",
        "R202": "a fact's or claim's `source` names no declared source; the second form when a declared one is a slip away",
        "R203": "a word in a formula (a metric's definition too) is neither a quantity nor a claim id; the second form when a claim id is a slip away",
        "R204": "two entities, sources, articles or claims share an id",
        "R205": "a figure or an `in` target has a currency, scale or unit Recount does not know, or repeats a part",
        "R206": "a period that is not one of the period forms",
        "R207": "an `FY…` period on an entity without `fiscal-year-end`",
        "R208": "a `published` or `date` that is not a real `YYYY-MM-DD` day, or a `fiscal-year-end` that is neither the last day of a month nor a weekday rule",
        "R209": "`expect` names no verdict",
        "R210": "`grade` is not `primary`, `secondary` or `article`",
        "R211": "a `tolerance` value that is not a finite percentage (`1e400%`), or a tolerance for `exactly`",
        "R212": "two facts about one quantity cannot both be true",
        "R213": "a metric's `kind` is not `stock` or `flow`",
        "R214": "a metric's `relation` is not `share`, `margin`, `sum`, `difference`, `multiple` or `ratio`",
        "R215": "a figure, in base units, is beyond about 1.8 × 10^308, or it (or a printed bound of a stated figure) is not zero but smaller than about 2.2 × 10^-308",
        "R216": "a metric's `equals` formula names the metric itself, or a metric whose definition leads back to it",
        "R217": "a figure or an `in` target is written with `¥` (the yen or the yuan), a bare `元` (the yuan or the New Taiwan dollar), `Rs` or a currency name several currencies share (`dirhams`, `dollars`), and no `defaults` currency says which",
        "R220": "a `defaults` currency that is no currency symbol or code, or a scale that is no scale word",
        "R221": "a figure after a `defaults` with a currency writes another currency",
        "R222": "a `fiscal-year-named` that is neither `start` nor `end`, or a `fiscal-extra-week` that is neither `Q1` nor `Q4` or belongs to an entity whose year ends on a month's last day",
        "R223": "the two ends of a range value have units of different dimensions, as in `$10B to 12%`",
        "R224": "a range value's low end is above its high end, as in `34-18 months`",
        "R225": "a figure is written with `兆`, which is 10¹² in Taiwan, Hong Kong and Japan and 10⁶ in mainland technical writing, and no `defaults` region says which",
        "R226": "an article's `language` is not shaped as a BCP 47 tag",
        "R227": "an article's `report-url` or `reviewer-url` does not start with `https://` or `http://`, or holds a space",
        "R301": "a path on the command line, in a `use` line or in an article's `text` does not exist, is not a regular file (a folder, a FIFO, a device), cannot be read (the system's reason is given), or is not UTF-8 (the line and column of the first bad byte are given); or the project root does not exist",
        "R302": "a `use` line leads back to a file that is still being loaded",
        "R303": "a `use` path (relative or absolute), a path on the command line or an article's `text` path leaves the project root, or a file or folder is a symbolic link that leads out of it",
        "R304": "a chain of `use` lines is longer than 16 files",
        "R305": "a file named on the command line or in `use` has another extension",
        "R306": "a folder on the command line holds no input, or neither `Claims/` nor `Evidence/` exists under the root",
        "R401": "adding, subtracting, comparing or converting values of different dimensions, among them two currencies with no rate between them",
        "R402": "the divisor's interval contains zero",
        "R403": "a result too large to represent, not a number, infinite at face value, or unbounded although its inputs are bounded",
        "R404": "a formula's quantity has no claim or fact, or a claim id refers to a `holds` claim or to the claim itself",
        "R405": "`states VALUE` with neither a quantity nor a `because` formula, as every claim `recount extract` drafts has: one warning per file, at its first such claim, counts the others",
        "R406": "`recount test -v` reports each claim that has no `expect` line; other commands do not",
        "R407": "a `states` claim has a `quote`, and no figure in the quote has the stated number at the stated scale, with the same percent or percentage-point unit and no conflicting currency",
        "R408": "the article names its `text`, the quote is not in it, and a close passage is",
        "R409": "the article names its `text`, and neither the quote nor a close passage is in it",
        "R410": "a fact or claim states a flow (a metric declared `kind flow`, or one whose name has a flow word and is not declared `kind stock`) with no `@ PERIOD` and a unit with no time (`$12/MW` of revenue); on a claim it is shown with the claim",
        "R411": "the propagation or the conflict search of the claim's part of the network stopped at one of its documented bounds (see \"How values are derived\")",
        "R412": "the quantity after `at` in `in CURRENCY at RATE` is not one currency per unit of another, one of them the target",
        "R413": "a claim states a quantity that no fact, formula, metric or other claim names, and a name of the same entity that something else uses is a slip away from it",
        "R414": "a claim states a quantity at a period nothing else names it at, and something else names it at the same period written in the other calendar (`2026` for `FY2026`)",
        "R415": "a quantity of an entity that says `metrics declared` names a metric no `metric` line declares",
        "R420": "an amount stated with no time is compared with a rate computed from flows over different periods (`a @ FY2026 + b @ FY2025`); see [Amounts over the period of flows](#amounts-over-the-period-of-flows)",
        "R421": "an amount stated with no time is compared with a rate that no flow over a period makes up (`$12/MW/yr * 30 GW`)",
        "R422": "`recount what-if --set` names a quantity that no claim or reading of the article states",
        "R432": "`recount report` writes ClaimReview for an article whose reviews would lack a `url` (no `report-url`, no `--base-url`), an `author` (no `reviewed-by`) or a `datePublished` (no `reviewed`, no `--date`)",
    ]

    /// The example of each code that has one: the files it writes, and the lines Recount prints.
    static let examplesByCode: [String: Example] = [
        "R001": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test
                    """##),
            ],
            output: ##"""
            x.claims:1:11: error: unterminated string [R001]
            """##
        ),
        "R002": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test" !
                    """##),
            ],
            output: ##"""
            x.claims:1:18: error: unexpected character '!' [R002]
            """##
        ),
        "R003": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Te\qst"
                    """##),
            ],
            output: ##"""
            x.claims:1:14: error: invalid escape sequence '\q' in string [R003]
            """##
        ),
        "R004": Example(
            note: "the indentation is a tab",
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                    	author "Me"
                    """##),
            ],
            output: ##"""
            x.claims:2:1: error: tab used for indentation [R004]
            """##
        ),
        "R005": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                        author "Me"
                      url "https://example.com"
                    """##),
            ],
            output: ##"""
            x.claims:3:1: error: indentation does not match any enclosing block [R005]
            x.claims:3:1: error: unexpected indentation [R106]
            """##
        ),
        "R006": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 1,23.4
                      because 1
                    """##),
            ],
            output: ##"""
            x.claims:2:10: error: malformed number '1,23.4' [R006]
            """##
        ),
        "R007": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim 萬億
                      states 5
                    """##),
            ],
            output: ##"""
            x.claims:1:7: error: '萬億' is a number word with no digits before it [R007]
            x.claims:1:9: error: expected a claim id, found end of line [R101]
            """##
        ),
        "R101": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5 furlongs
                      because 5
                    """##),
            ],
            output: ##"""
            x.claims:2:12: error: expected end of line, found 'furlongs' [R101]
            """##
        ),
        "R102": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      editor "Me"
                    """##),
            ],
            output: ##"""
            x.claims:2:3: error: 'editor' is not an attribute of article [R102]
            """##
        ),
        "R103": Example(
            note: "in a ledger",
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    source s "Acme annual report"
                    fact acme.revenue @ 2025 = $1B
                    """##),
            ],
            output: ##"""
            x.ledger:2:8: error: source 's' needs 'grade' [R103]
            x.ledger:3:6: error: fact 'acme.revenue' needs 'source' [R103]
            """##
        ),
        "R104": Example(
            note: "64 nested pairs of parentheses",
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 1
                      because ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
                    """##),
            ],
            output: ##"""
            x.claims:3:75: error: expression nested deeper than 64 levels [R104]
            """##
        ),
        "R105": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      author "A"
                      author "B"
                    """##),
            ],
            output: ##"""
            x.claims:3:3: error: 'author' is given twice [R105]
            """##
        ),
        "R106": Example(
            note: "with an empty `y.ledger` next to it",
            files: [
                File(path: "y.ledger", text: ##"""
                    # nothing yet
                    """##),
                File(path: "x.claims", text: ##"""
                    use "y.ledger"
                      note "x"
                    """##),
            ],
            output: ##"""
            x.claims:2:1: error: unexpected indentation [R106]
            """##
        ),
        "R107": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 1
                      because 1
                      holds 1 < 2
                    """##),
            ],
            output: ##"""
            x.claims:4:3: error: 'states' and 'holds' cannot both be given [R107]
            """##
        ),
        "R201": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states acme.revenue @ 2025 = $5B
                    """##),
            ],
            output: ##"""
            x.claims:2:10: error: unknown entity 'acme' [R201]
            """##
        ),
        "R202": Example(
            note: "in a ledger",
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    fact acme.revenue @ 2025 = $5B
                      source acme-10k
                    """##),
            ],
            output: ##"""
            x.ledger:3:10: error: unknown source 'acme-10k' [R202]
            """##
        ),
        "R203": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5%
                      because growht * 2
                    """##),
            ],
            output: ##"""
            x.claims:3:11: error: unknown claim 'growht' [R203]
            """##
        ),
        "R204": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5%
                      because 5%
                    claim c
                      states 6%
                      because 6%
                    """##),
            ],
            output: ##"""
            x.claims:4:7: error: claim 'c' is already defined at x.claims:1:7 [R204]
            """##
        ),
        "R205": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim d
                      states 5xyz
                      because 5
                    """##),
            ],
            output: ##"""
            x.claims:2:10: error: unknown unit 'xyz' [R205]
            """##
        ),
        "R206": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                    claim p
                      states acme.revenue @ 2025Q5 = $5B
                    """##),
            ],
            output: ##"""
            x.claims:3:25: error: invalid period '2025Q5': there is no quarter 5; quarters are Q1 to Q4 [R206]
            """##
        ),
        "R207": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                    claim p
                      states acme.revenue @ FY2025 = $5B
                    """##),
            ],
            output: ##"""
            x.claims:3:25: error: fiscal period 'FY2025' used for 'acme', which declares no fiscal calendar [R207]
            """##
        ),
        "R208": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      published 2026-02-30
                    """##),
            ],
            output: ##"""
            x.claims:2:13: error: invalid date '2026-02-30' [R208]
            """##
        ),
        "R209": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5%
                      because 5%
                      expect correct
                    """##),
            ],
            output: ##"""
            x.claims:4:10: error: unknown verdict 'correct' [R209]
            """##
        ),
        "R210": Example(
            note: "in a ledger",
            files: [
                File(path: "x.ledger", text: ##"""
                    source s "S"
                      grade tertiary
                    """##),
            ],
            output: ##"""
            x.ledger:2:9: error: unknown source grade 'tertiary' [R210]
            """##
        ),
        "R211": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      tolerance roughly 5
                    """##),
            ],
            output: ##"""
            x.claims:2:3: error: invalid tolerance '5' [R211]
            """##
        ),
        "R212": Example(
            note: "in a ledger",
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    source s "S"
                      grade primary
                    fact acme.revenue @ 2025 = $5.0B
                      source s
                    fact acme.revenue @ 2025 = $6.0B
                      source s
                    """##),
            ],
            output: ##"""
            x.ledger:6:1: warning: the ledger gives 'acme.revenue @ 2025' two values that do not meet (the other is at x.ledger:4:1) [R212]
            """##
        ),
        "R213": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                    metric acme.backlog
                      kind inventory
                    """##),
            ],
            output: ##"""
            x.claims:3:8: error: unknown metric kind 'inventory' [R213]
            """##
        ),
        "R214": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                    metric acme.margin
                      equals acme.opinc / acme.revenue
                      relation quotient
                    """##),
            ],
            output: ##"""
            x.claims:4:12: error: unknown relation 'quotient' [R214]
            """##
        ),
        "R215": Example(
            note: "`$2` followed by 296 zeros and `T`, which is $2 × 10^308, and a `1` in the 310th decimal place",
            files: [
                File(path: "x.claims", text: ##"""
                    claim big
                      states $200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000T
                      because 1
                    claim tiny
                      states 0
                      because 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
                    """##),
            ],
            output: ##"""
            x.claims:2:10: error: the figure '$200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000T' is too large to compute with [R215]
            x.claims:6:11: error: the figure '0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001' is too close to zero to compute with [R215]
            """##
        ),
        "R216": Example(
            note: "in a ledger",
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    metric acme.a
                      equals acme.b
                    metric acme.b
                      equals acme.a + 1
                    metric acme.c
                      equals acme.c * 2
                    """##),
            ],
            output: ##"""
            x.ledger:2:8: error: the definition of 'acme.a' refers back to it: acme.a → acme.b → acme.a [R216]
            x.ledger:6:8: error: the definition of 'acme.c' refers back to it: acme.c → acme.c [R216]
            """##
        ),
        "R217": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim price
                      states ¥500
                    """##),
            ],
            output: ##"""
            x.claims:2:10: error: '¥' stands for more than one currency: JPY or CNY [R217]
            """##
        ),
        "R220": Example(
            note: nil,
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    source acme-10k "Acme annual report 2025"
                      grade primary
                    defaults
                      currency $
                      scale lakh

                    fact acme.other @ 2025 = €5
                      source acme-10k
                    """##),
            ],
            output: ##"""
            x.ledger:6:9: error: invalid default scale 'lakh' [R220]
            x.ledger:8:26: warning: '€5' is in EUR, not the default USD; its own currency is used [R221]
            """##
        ),
        "R221": Example(
            note: nil,
            files: [
                File(path: "x.ledger", text: ##"""
                    entity acme "Acme"
                    source acme-10k "Acme annual report 2025"
                      grade primary
                    defaults
                      currency $
                      scale lakh

                    fact acme.other @ 2025 = €5
                      source acme-10k
                    """##),
            ],
            output: ##"""
            x.ledger:6:9: error: invalid default scale 'lakh' [R220]
            x.ledger:8:26: warning: '€5' is in EUR, not the default USD; its own currency is used [R221]
            """##
        ),
        "R222": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                      fiscal-year-end last Saturday of January
                      fiscal-year-named middle
                    """##),
            ],
            output: ##"""
            x.claims:3:21: error: invalid fiscal-year-named 'middle' [R222]
            """##
        ),
        "R301": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    use "missing.ledger"
                    """##),
            ],
            output: ##"""
            x.claims:1:5: error: cannot read 'missing.ledger': no such file [R301]
            """##
        ),
        "R302": Example(
            note: "`recount check a.ledger`, where `a.ledger` uses `b.ledger`, which uses `a.ledger`",
            files: [
                File(path: "b.ledger", text: ##"""
                    use "a.ledger"
                    """##),
                File(path: "a.ledger", text: ##"""
                    use "b.ledger"
                    """##),
            ],
            output: ##"""
            b.ledger:1:5: error: 'a.ledger' is used again by a file it uses: the 'use' lines form a cycle [R302]
            """##
        ),
        "R303": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    use "../outside.ledger"
                    """##),
            ],
            output: ##"""
            x.claims:1:5: error: '../outside.ledger' is outside the project root [R303]
            """##
        ),
        "R305": Example(
            note: "with a `notes.txt` next to it",
            files: [
                File(path: "notes.txt", text: ##"""
                    Notes on the article.
                    """##),
                File(path: "x.claims", text: ##"""
                    use "notes.txt"
                    """##),
            ],
            output: ##"""
            x.claims:1:5: error: 'notes.txt' is neither a .claims nor a .ledger file [R305]
            """##
        ),
        "R401": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim d3
                      states 37B
                      because $37B
                    """##),
            ],
            output: ##"""
            x.claims:2:10: warning: cannot compare a dimensionless number and USD [R401]
            """##
        ),
        "R402": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim d6
                      states 5
                      because 10 / (2 - 2)
                    """##),
            ],
            output: ##"""
            x.claims:3:11: warning: division by 2 - 2, which may be zero [R402]
            """##
        ),
        "R403": Example(
            note: "10^24 to the 13th power is past the largest double",
            files: [
                File(path: "x.claims", text: ##"""
                    claim big
                      states 1,000,000,000,000T
                      because 1,000,000,000,000T
                    claim c
                      states 1
                      because big * big * big * big * big * big * big * big * big * big * big * big * big
                    """##),
            ],
            output: ##"""
            x.claims:6:11: warning: the computation overflows [R403]
            """##
        ),
        "R404": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity acme "Acme"
                    claim c
                      states 12%
                      because acme.revenue @ 2025 / acme.revenue @ 2024 - 1
                    """##),
            ],
            output: ##"""
            x.claims:4:11: warning: no value for 'acme.revenue @ 2025' in the article or the ledger [R404]
            """##
        ),
        "R405": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5%
                    """##),
            ],
            output: ##"""
            x.claims:1:7: warning: claim 'c' states a figure but gives nothing to check it against [R405]
            """##
        ),
        "R406": Example(
            note: "`recount test -v x.claims`",
            files: [
                File(path: "x.claims", text: ##"""
                    claim c
                      states 5%
                      because 5%
                    """##),
            ],
            output: ##"""
            x.claims:1:1: warning: claim 'c' has no 'expect' verdict [R406]
            """##
        ),
        "R407": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    claim q1
                      quote "revenue was $4.8 billion"
                      states $4.9B
                      because $4.9B
                    """##),
            ],
            output: ##"""
            x.claims:3:10: warning: the quote prints $4.8 billion, not the stated $4.9B [R407]
            """##
        ),
        "R408": Example(
            note: "with `article.txt` next to the claims file",
            files: [
                File(path: "article.txt", text: ##"""
                    That is about $3.08 billion per month.
                    """##),
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      text "article.txt"
                    claim stale
                      quote "That is about $3.80 billion per month."
                      states about $3.80B/month
                      because $37B/yr
                    claim missing
                      quote "Revenue grew sharply in a decade."
                      states 3
                      because 3
                    """##),
            ],
            output: ##"""
            x.claims:4:9: warning: the quote is no longer in the article; the closest passage is “That is about $3.08 billion per month.” ("$3.80" → "$3.08") [R408]
            x.claims:8:9: warning: the quote is not in the article, and no passage is close to it [R409]
            x.claims:9:10: warning: the quote prints no figure, but the claim states 3 [R407]
            """##
        ),
        "R409": Example(
            note: "with `article.txt` next to the claims file",
            files: [
                File(path: "article.txt", text: ##"""
                    That is about $3.08 billion per month.
                    """##),
                File(path: "x.claims", text: ##"""
                    article a "Test"
                      text "article.txt"
                    claim stale
                      quote "That is about $3.80 billion per month."
                      states about $3.80B/month
                      because $37B/yr
                    claim missing
                      quote "Revenue grew sharply in a decade."
                      states 3
                      because 3
                    """##),
            ],
            output: ##"""
            x.claims:4:9: warning: the quote is no longer in the article; the closest passage is “That is about $3.08 billion per month.” ("$3.80" → "$3.08") [R408]
            x.claims:8:9: warning: the quote is not in the article, and no passage is close to it [R409]
            x.claims:9:10: warning: the quote prints no figure, but the claim states 3 [R407]
            """##
        ),
        "R410": Example(
            note: nil,
            files: [
                File(path: "x.claims", text: ##"""
                    entity dc "Data centres"
                    metric dc.revenue_per_mw "Revenue per megawatt of capacity"
                      kind flow
                    claim revenue-per-megawatt
                      quote "$12 per megawatt in revenue"
                      states dc.revenue_per_mw = roughly $12/MW
                    """##),
            ],
            output: ##"""
            x.claims:6:30: warning: 'dc.revenue_per_mw' is a flow, but the figure gives it no period: neither the quantity nor the unit says over how long [R410]
            """##
        ),
        "R411": Example(
            note: "the margin, cost and revenue bound the profit from below only through ever smaller steps, so the propagation runs out of revisions",
            files: [
                File(path: "x.claims", text: ##"""
                    entity e "E"
                    source p "A filing"
                      grade primary
                    source s "A press report"
                      grade secondary
                    metric e.p
                      equals e.r - e.c
                    metric e.m
                      equals e.p / e.r
                      relation margin
                    fact e.r @ 2025H1 = $78.9B
                      source p
                    fact e.c @ 2025H1 = $26.4B
                      source p
                    fact e.m @ 2025H1 = 67%
                      source s
                    claim profit
                      states e.p @ 2025H1 = under $102B/yr
                    """##),
            ],
            output: ##"""
            x.claims:17:1: warning: claim 'profit' was not fully explored: propagation stopped after 64 revisions per constraint; a conflict it is in may not be reported [R411]
            """##
        ),
        "R412": Example(
            note: "a price is not an exchange rate",
            files: [
                File(path: "x.claims", text: ##"""
                    entity oil "Oil"
                    entity acme "Acme"
                    source ice "ICE"
                      grade primary
                    fact oil.brent @ 2025 = $80/bbl
                      source ice
                    fact acme.revenue @ 2025 = AED 16.2B
                      source ice
                    claim c
                      states $4.41B/yr
                      because acme.revenue @ 2025 in USD/yr at oil.brent @ 2025
                    """##),
            ],
            output: ##"""
            x.claims:11:44: warning: 'oil.brent @ 2025' (USD/barrel) is not a rate between USD and another currency [R412]
            """##
        ),
        "R420": Example(
            note: "two years' budget lines added up to one amount",
            files: [
                File(path: "x.claims", text: ##"""
                    entity city "City"
                    source b "Budget"
                      grade primary
                    fact city.police @ 2026 = $41 million
                      source b
                    fact city.parks @ 2025 = $9 million
                      source b
                    claim spending
                      states $50 million
                      because city.police @ 2026 + city.parks @ 2025
                    """##),
            ],
            output: ##"""
            x.claims:9:10: warning: cannot compare USD with flows over different periods: 2025, 2026 [R420]
            """##
        ),
        "R421": Example(
            note: "a price per megawatt-year times a capacity, against an amount",
            files: [
                File(path: "x.claims", text: ##"""
                    claim revenue
                      states $360K
                      because $12/MW/yr * 30 GW
                    """##),
            ],
            output: ##"""
            x.claims:2:10: warning: cannot compare USD with USD/time: no input is a flow over a period, to say over how long the rate runs [R421]
            """##
        ),
    ]
}
