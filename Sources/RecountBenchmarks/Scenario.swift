/// A benchmark input: a family of generated projects, one per size.
///
/// Every input is built in memory from a fixed seed, so a size always measures the same text.
enum Scenario: String, CaseIterable {
    case claims
    case sum
    case sumMetric = "sum-metric"
    case sumFlat = "sum-flat"
    case growth
    case corpus
    case archive
    case article
    case articleSuggest = "article-suggest"
    case dense
    case denseSuggest = "dense-suggest"

    /// What the size counts, and what the input is.
    var summary: String {
        switch self {
        case .claims:
            "SIZE claims on one quantity: one ledger fact, SIZE claims restating it in various precisions and hedges, "
                + "2 in 100 with a `because` formula, 2 in 100 wrong"
        case .sum:
            "one `because` summing SIZE named lines against a stated total (parenthesised in groups of "
                + "\(Formula.group), since each '+' nests one level and the parser stops at \(Formula.maximumNesting))"
        case .sumMetric:
            "the same sum as a declared metric: `metric x.total equals …` over SIZE lines, and a claim stating x.total"
        case .sumFlat:
            "one `because` summing SIZE named lines written flat, `a + b + c + …` "
                + "(at most \(Formula.maximumFlatTerms) terms parse)"
        case .growth:
            "a growth chain of SIZE steps: a first quarter's revenue, SIZE quarter-on-quarter growth facts, "
                + "claims on the last and the middle quarter"
        case .corpus:
            "a generated corpus of SIZE ledger facts and SIZE/10 claims: per entity 12 quarters of revenue, "
                + "4 of cost and 4 growth facts (1 in 50 wrong); every fifth entity has 10 claims "
                + "(growth, run rates, a comparison, a profit, yearly sums; about 1 in 10 wrong)"
        case .archive:
            "the peer benchmark's archive of SIZE ledger facts and SIZE/10 claims: per entity 12 quarters of "
                + "revenue, 4 of cost and 4 growth facts; every fifth entity has 10 claims (growth, run rates, a "
                + "share, a comparison, a profit, two sums, a claim with two readings; 1 in 10 wrong). "
                + "`write archive` adds the same figures as ledger-cli/hledger and beancount journals"
        case .article:
            "`recount extract` on SIZE KB of article prose: paragraphs of about ten figures each "
                + "($12.4 billion, 36%, 1.2兆円, three quarters, dates, years), every tenth one in Chinese"
        case .articleSuggest:
            "the same article with `--suggest`: drafting, then discovering the arithmetic among its figures"
        case .dense:
            "`recount extract` on one paragraph of one sentence listing SIZE figures "
                + "($ billions, %, $ millions, 兆円 in turn)"
        case .denseSuggest:
            "the same dense paragraph with `--suggest`"
        }
    }

    /// The sizes `run-all.sh` measures by default.
    var sizes: [Int] {
        switch self {
        case .claims: [1_000, 10_000, 100_000]
        case .sum, .sumMetric: [100, 1_000, 10_000]
        case .sumFlat: [Formula.maximumFlatTerms]
        case .growth: [100, 1_000]
        case .corpus, .archive: [10_000, 100_000, 1_000_000]
        case .article, .articleSuggest: [100, 1_000, 5_000]
        case .dense, .denseSuggest: [300, 1_200, 5_000]
        }
    }

    func files(size: Int) -> [InputFile] {
        switch self {
        case .claims: OneQuantity.files(claims: size)
        case .sum: WideSum.files(lines: size, form: .because(flat: false))
        case .sumMetric: WideSum.files(lines: size, form: .metric)
        case .sumFlat: WideSum.files(lines: size, form: .because(flat: true))
        case .growth: GrowthChain.files(steps: size)
        case .corpus: Corpus.files(facts: size)
        case .archive: Archive(facts: size, seed: Archive.defaultSeed).recountFiles
        case .article, .articleSuggest: [InputFile(path: "article.txt", text: ArticleText.article(kilobytes: size, dense: 0))]
        case .dense, .denseSuggest: [InputFile(path: "article.txt", text: ArticleText.article(kilobytes: 0, dense: size))]
        }
    }

    /// Whether the scenario times `recount extract` on an article rather than a check.
    var isExtraction: Bool {
        switch self {
        case .article, .articleSuggest, .dense, .denseSuggest: true
        case .claims, .sum, .sumMetric, .sumFlat, .growth, .corpus, .archive: false
        }
    }

    /// Whether an extraction scenario asks for suggestions.
    var suggests: Bool { self == .articleSuggest || self == .denseSuggest }
}

/// A generated file, before it is loaded.
struct InputFile {
    var path: String
    var text: String
}
