/// Every diagnostic Recount can emit, with its stable code, its message and its hint.
///
/// This file is the one place where diagnostic text lives. Codes never change meaning once
/// published: R0xx are lexical, R1xx syntactic, R2xx about names, units and periods, R3xx about
/// files, R4xx about evaluation.
public enum DiagnosticKind: Sendable, Hashable {
    // Lexical
    case unterminatedString
    case unexpectedCharacter(String)
    /// CJK number or scale characters with no digits before them, where a figure or an id may
    /// stand: `claim 萬億`.
    case numberWordOutsideFigure(String)
    /// The lexical and syntax problems of one file past the number kept, counted.
    case diagnosticsOmitted(count: Int)
    case invalidEscape(String)
    case tabIndentation
    case inconsistentIndentation
    case malformedNumber(String)

    // Syntax
    case expected(String, found: String)
    case unknownAttribute(String, block: String)
    case missingAttribute(String, block: String)
    case nestingTooDeep(limit: Int)
    case duplicateAttribute(String)
    case unexpectedIndent
    case conflictingAttributes(String, String)

    // Names, units, periods
    /// An entity, source or claim id that names none; `suggestion` is a declared one a slip
    /// away from it, when there is one.
    case unknownEntity(String, suggestion: String? = nil)
    case unknownSource(String, suggestion: String? = nil)
    case unknownClaim(String, suggestion: String? = nil)
    case duplicateIdentifier(String, kind: String, previous: SourceRange)
    case unknownUnit(String)
    case invalidPeriod(String, reason: String)
    case fiscalPeriodWithoutCalendar(period: String, entity: String)
    case invalidDate(String)
    case unknownVerdict(String)
    case unknownGrade(String)
    case invalidTolerance(String)
    case conflictingFacts(quantity: String, previous: SourceRange)
    case unknownMetricKind(String)
    case unknownRelation(String)
    /// A figure whose value in base units, or a printed bound of it, is beyond the largest
    /// double or, not being zero, closer to zero than the smallest normal one.
    case figureOutOfRange(String, tooLarge: Bool)
    /// A metric whose definition refers back to it, directly or through other definitions.
    case cyclicMetricDefinition(String, cycle: [String])
    /// A range whose two ends are in units of different dimensions: `$10B to 12%`.
    case rangeUnitsDiffer(low: String, high: String)
    /// A range whose low end is above its high end: `34-18 months`.
    case reversedValueRange(String)
    /// A scale word that means different powers of ten in different places (`兆`).
    case ambiguousScale(String, meanings: [String])
    /// A quantity that only one claim states, a slip away from a name something else uses.
    case nearQuantityName(String, suggestion: String)
    case invalidLanguageTag(String)
    case notAWebAddress(attribute: String, text: String)
    case claimReviewIncomplete(article: String, missing: [String])
    /// A quantity that only one claim states at its period, whose name something else uses at
    /// the same period written in the entity's other calendar (`2026` for `FY2026`).
    case nearPeriod(String, suggestion: String)
    /// A metric of an entity that declares its metrics (`metrics declared`) that no `metric`
    /// declares; `suggestion` is a declared one a slip away from it, when there is one.
    case undeclaredMetric(String, entity: String, suggestion: String?)
    /// A currency sign that stands for more than one currency (`¥`, a bare `元`), with the ISO
    /// codes it may mean.
    case ambiguousCurrency(String, meanings: [String])
    /// A `defaults` currency or scale that is not one.
    case invalidDefault(attribute: String, text: String)
    /// A figure that writes its own currency, another than its block's default.
    case currencyUnlikeDefault(figure: String, currency: String, defaultCurrency: String)
    /// A `fiscal-year-named` that is neither `start` nor `end`, or a `fiscal-extra-week` that
    /// is neither `Q1` nor `Q4` or is given for a year that ends on a month's last day.
    case invalidFiscalAttribute(attribute: String, text: String)

    // Files
    case cannotRead(path: String, reason: String)
    case includeCycle(String)
    case includeOutsideRoot(String)
    case includeTooDeep(limit: Int)
    case unknownFileKind(String)
    case noInputFiles(String)

    // Evaluation
    case dimensionMismatch(operation: String, left: String, right: String)
    case divisionByZero(String)
    case overflow
    case missingInput(String)
    case nothingToCheck(String)
    /// A file's first claim with nothing to check, standing for `others` more in the file.
    case nothingToCheckInFile(first: String, others: Int)
    case noExpectation(String)
    case quoteLacksFigure(figure: String, found: [String])
    case staleQuote(closest: String, changes: String)
    case quoteNotInArticle
    case flowWithoutPeriod(quantity: String)
    case searchBounded(claim: String, bound: String)
    /// The quantity after `at` in `in CURRENCY at RATE` is not a rate between that currency and
    /// another one.
    case notACurrencyRate(rate: String, dimension: String, target: String)
    /// An amount compared with a rate computed from flows over different periods, which are
    /// named in span order.
    case flowPeriodsDiffer(amount: String, periods: [String])
    /// An amount compared with a rate that no flow over a period makes up: nothing says over
    /// how long it runs.
    case rateWithoutPeriod(amount: String, rate: String)
    /// `what-if --set` for a quantity that no claim or reading of the article states.
    case articleStatesNothing(quantity: String)

    public var code: String {
        switch self {
        case .unterminatedString: "R001"
        case .unexpectedCharacter: "R002"
        case .numberWordOutsideFigure: "R007"
        case .diagnosticsOmitted: "R008"
        case .invalidEscape: "R003"
        case .tabIndentation: "R004"
        case .inconsistentIndentation: "R005"
        case .malformedNumber: "R006"
        case .expected: "R101"
        case .unknownAttribute: "R102"
        case .missingAttribute: "R103"
        case .nestingTooDeep: "R104"
        case .duplicateAttribute: "R105"
        case .unexpectedIndent: "R106"
        case .conflictingAttributes: "R107"
        case .unknownEntity: "R201"
        case .unknownSource: "R202"
        case .unknownClaim: "R203"
        case .duplicateIdentifier: "R204"
        case .unknownUnit: "R205"
        case .invalidPeriod: "R206"
        case .fiscalPeriodWithoutCalendar: "R207"
        case .invalidDate: "R208"
        case .unknownVerdict: "R209"
        case .unknownGrade: "R210"
        case .invalidTolerance: "R211"
        case .conflictingFacts: "R212"
        case .unknownMetricKind: "R213"
        case .unknownRelation: "R214"
        case .figureOutOfRange: "R215"
        case .cyclicMetricDefinition: "R216"
        case .rangeUnitsDiffer: "R223"
        case .reversedValueRange: "R224"
        case .ambiguousScale: "R225"
        case .nearQuantityName: "R413"
        case .invalidLanguageTag: "R226"
        case .notAWebAddress: "R227"
        case .claimReviewIncomplete: "R432"
        case .nearPeriod: "R414"
        case .undeclaredMetric: "R415"
        case .ambiguousCurrency: "R217"
        case .invalidDefault: "R220"
        case .currencyUnlikeDefault: "R221"
        case .invalidFiscalAttribute: "R222"
        case .cannotRead: "R301"
        case .includeCycle: "R302"
        case .includeOutsideRoot: "R303"
        case .includeTooDeep: "R304"
        case .unknownFileKind: "R305"
        case .noInputFiles: "R306"
        case .dimensionMismatch: "R401"
        case .divisionByZero: "R402"
        case .overflow: "R403"
        case .missingInput: "R404"
        case .nothingToCheck, .nothingToCheckInFile: "R405"
        case .noExpectation: "R406"
        case .quoteLacksFigure: "R407"
        case .staleQuote: "R408"
        case .quoteNotInArticle: "R409"
        case .flowWithoutPeriod: "R410"
        case .searchBounded: "R411"
        case .notACurrencyRate: "R412"
        case .flowPeriodsDiffer: "R420"
        case .rateWithoutPeriod: "R421"
        case .articleStatesNothing: "R422"
        }
    }

    public var severity: Severity {
        switch self {
        case .dimensionMismatch, .divisionByZero, .overflow, .missingInput, .noExpectation, .nothingToCheck, .nothingToCheckInFile,
            .quoteLacksFigure, .staleQuote, .quoteNotInArticle, .flowWithoutPeriod, .searchBounded,
            .conflictingFacts, .notACurrencyRate, .currencyUnlikeDefault, .nearQuantityName, .nearPeriod,
            .claimReviewIncomplete, .flowPeriodsDiffer, .rateWithoutPeriod:
            .warning
        default:
            .error
        }
    }

    public var message: String {
        switch self {
        case .unterminatedString: "unterminated string"
        case .unexpectedCharacter(let c): c.unicodeScalars.count == 1 ? "unexpected character '\(c)'" : "unexpected characters '\(c)'"
        case .numberWordOutsideFigure(let text): "'\(text)' is a number word with no digits before it"
        case .diagnosticsOmitted(let count): "\(count) more problems in this file were counted but not listed"
        case .invalidEscape(let e): "invalid escape sequence '\\\(e)' in string"
        case .tabIndentation: "tab used for indentation"
        case .inconsistentIndentation: "indentation does not match any enclosing block"
        case .malformedNumber(let text): "malformed number '\(text)'"
        case .expected(let what, let found): "expected \(what), found \(found)"
        case .unknownAttribute(let name, let block): "'\(name)' is not an attribute of \(block)"
        case .missingAttribute(let name, let block): "\(block) needs '\(name)'"
        case .nestingTooDeep(let limit): "expression nested deeper than \(limit) levels"
        case .duplicateAttribute(let name): "'\(name)' is given twice"
        case .unexpectedIndent: "unexpected indentation"
        case .conflictingAttributes(let a, let b): "'\(a)' and '\(b)' cannot both be given"
        case .unknownEntity(let name, let suggestion): "unknown entity '\(name)'" + Self.didYouMean(suggestion)
        case .unknownSource(let name, let suggestion): "unknown source '\(name)'" + Self.didYouMean(suggestion)
        case .unknownClaim(let name, let suggestion): "unknown claim '\(name)'" + Self.didYouMean(suggestion)
        case .duplicateIdentifier(let name, let kind, let previous):
            "\(kind) '\(name)' is already defined at \(previous.description)"
        case .unknownUnit(let text): "unknown unit '\(text)'"
        case .invalidPeriod(let text, let reason): "invalid period '\(text)': \(reason)"
        case .fiscalPeriodWithoutCalendar(let period, let entity):
            "fiscal period '\(period)' used for '\(entity)', which declares no fiscal calendar"
        case .invalidDate(let text): "invalid date '\(text)'"
        case .unknownVerdict(let text): "unknown verdict '\(text)'"
        case .unknownGrade(let text): "unknown source grade '\(text)'"
        case .invalidTolerance(let text): "invalid tolerance '\(text)'"
        case .conflictingFacts(let quantity, let previous):
            "the ledger gives '\(quantity)' two values that do not meet (the other is at \(previous.description))"
        case .unknownMetricKind(let text): "unknown metric kind '\(text)'"
        case .unknownRelation(let text): "unknown relation '\(text)'"
        case .figureOutOfRange(let text, let tooLarge):
            tooLarge
                ? "the figure '\(text)' is too large to compute with"
                : "the figure '\(text)' is too close to zero to compute with"
        case .cyclicMetricDefinition(let metric, let cycle):
            "the definition of '\(metric)' refers back to it: \(cycle.joined(separator: " → "))"
        case .rangeUnitsDiffer(let low, let high): "the ends of the range '\(low)' and '\(high)' measure different things"
        case .reversedValueRange(let text): "the range '\(text)' runs from its high end to its low end"
        case .nearQuantityName(let name, let suggestion):
            "'\(name)' is named nowhere else" + Self.didYouMean(suggestion)
        case .invalidLanguageTag(let text): "'\(text)' is not a language tag"
        case .notAWebAddress(let attribute, let text): "\(attribute) '\(text)' is not a web address"
        case .claimReviewIncomplete(let article, let missing):
            "the ClaimReview of article '\(article)' has no \(missing.joined(separator: ", no ")), which fact-check aggregators require"
        case .nearPeriod(let name, let suggestion):
            "'\(name)' is named nowhere else at that period" + Self.didYouMean(suggestion)
        case .undeclaredMetric(let name, let entity, let suggestion):
            "'\(name)' is not a declared metric of '\(entity)'" + Self.didYouMean(suggestion)
        case .ambiguousScale(let text, let meanings):
            "'\(text)' means \(meanings.joined(separator: " or ")) depending on where it is written"
        case .ambiguousCurrency(let text, let meanings):
            "'\(text)' stands for more than one currency: \(meanings.joined(separator: " or "))"
        case .invalidDefault(let attribute, let text): "invalid default \(attribute) '\(text)'"
        case .invalidFiscalAttribute(let attribute, let text): "invalid \(attribute) '\(text)'"
        case .currencyUnlikeDefault(let figure, let currency, let defaultCurrency):
            "'\(figure)' is in \(currency), not the default \(defaultCurrency); its own currency is used"
        case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
        case .includeCycle(let path): "'\(path)' is used again by a file it uses: the 'use' lines form a cycle"
        case .includeOutsideRoot(let path): "'\(path)' is outside the project root"
        case .includeTooDeep(let limit): "files included more than \(limit) levels deep"
        case .unknownFileKind(let path): "'\(path)' is neither a .claims nor a .ledger file"
        case .noInputFiles(let path): "no .claims or .ledger files found in '\(path)'"
        case .dimensionMismatch(let operation, let left, let right):
            "cannot \(operation) \(left) and \(right)"
        case .divisionByZero(let divisor): "division by \(divisor), which may be zero"
        case .overflow: "the computation overflows"
        case .missingInput(let quantity): "no value for '\(quantity)' in the article or the ledger"
        case .nothingToCheck(let claim): "claim '\(claim)' states a figure but gives nothing to check it against"
        case .nothingToCheckInFile(let first, let others):
            "claim '\(first)' and \(others) more in this file state a figure but give nothing to check it against"
        case .noExpectation(let claim): "claim '\(claim)' has no 'expect' verdict"
        case .quoteLacksFigure(let figure, let found):
            found.isEmpty
                ? "the quote prints no figure, but the claim states \(figure)"
                : "the quote prints \(found.joined(separator: ", ")), not the stated \(figure)"
        case .staleQuote(let closest, let changes):
            "the quote is no longer in the article; the closest passage is “\(closest)” (\(changes))"
        case .quoteNotInArticle: "the quote is not in the article, and no passage is close to it"
        case .flowWithoutPeriod(let quantity):
            "'\(quantity)' is a flow, but the figure gives it no period: neither the quantity nor the unit says over how long"
        case .searchBounded(let claim, let bound):
            "claim '\(claim)' was not fully explored: \(bound); a conflict it is in may not be reported"
        case .notACurrencyRate(let rate, let dimension, let target):
            "'\(rate)' (\(dimension)) is not a rate between \(target) and another currency"
        case .flowPeriodsDiffer(let amount, let periods):
            "cannot compare \(amount) with flows over different periods: \(periods.joined(separator: ", "))"
        case .rateWithoutPeriod(let amount, let rate):
            "cannot compare \(amount) with \(rate): no input is a flow over a period, to say over how long the rate runs"
        case .articleStatesNothing(let quantity):
            "the article states no figure for '\(quantity)': --set changes only what the article states"
        }
    }

    public var hint: String? {
        switch self {
        case .unterminatedString: "close the string with '\"' on the same line"
        case .unexpectedCharacter: "comments start with '#'; strings are written in double quotes"
        case .diagnosticsOmitted: "fix the problems listed first: a file with this many is most likely not a claims or ledger file"
        case .numberWordOutsideFigure:
            "a CJK number word belongs in a figure, after digits ('1萬億', '370億美元'); an id is written with letters, digits, '_' and '-' ('claim wan-yi')"
        case .invalidEscape: "use \\\", \\\\, \\n, \\t or \\u{XXXX}"
        case .tabIndentation: "indent attributes with spaces"
        case .inconsistentIndentation: "indent each attribute of a block by the same number of spaces"
        case .malformedNumber: "write digits with optional ',' thousands groups and one '.', e.g. 1,369.5"
        case .expected: nil
        case .unknownAttribute: "check the spelling, or the indentation that places it in this block"
        case .missingAttribute(let name, _): "add an indented '\(name)' line to the block"
        case .nestingTooDeep: "split the expression into claims that refer to one another"
        case .duplicateAttribute: "keep one of them"
        case .unexpectedIndent: "only attributes of a block are indented"
        case .conflictingAttributes: "a claim either 'states' a figure or says what 'holds'"
        case .unknownEntity(let name, _): "declare it with 'entity \(name) \"Name\"' in a ledger file the claims file uses"
        case .unknownSource(let name, _): "declare it with 'source \(name) \"Title\"'"
        case .unknownClaim: "claims are referred to by their id; check the spelling"
        case .duplicateIdentifier: "give each a distinct id"
        case .unknownUnit: "units are %, pp, W to TW, Wh to TWh, bbl, boe, t, person, share, day, month, quarter, yr and currencies such as $, USD, EUR, GBP, DKK"
        case .invalidPeriod: "periods look like 2025, 2025Q1, H1 2025, FY2025, FY2025Q3, 2026-05-31 or 2025..2026"
        case .fiscalPeriodWithoutCalendar(_, let entity): "add 'fiscal-year-end MM-DD' to entity '\(entity)', or use a calendar period"
        case .invalidDate: "dates are written YYYY-MM-DD; a fiscal-year-end is MM-DD (a month's last day), 'last Saturday of January' or 'Saturday nearest 01-31'"
        case .unknownVerdict: "verdicts are consistent, approximate, inconsistent, undetermined and sourced"
        case .unknownGrade: "grades are primary, secondary and article"
        case .invalidTolerance: "write a finite percentage after a hedge or 'plain', e.g. 'tolerance about 5%'; 'exactly' takes none"
        case .conflictingFacts: "check both sources; if both are right they measure different things and need different names"
        case .unknownMetricKind: "a metric is a stock (measured at a date) or a flow (accumulated over a period)"
        case .unknownRelation: "relations are share, margin, sum, difference, multiple and ratio"
        case .figureOutOfRange:
            "Recount computes with values between about 2.2 × 10^-308 and 1.8 × 10^308 in base units (one dollar, one watt, one year); check the digits and the scale word"
        case .cyclicMetricDefinition:
            "a metric cannot be defined, directly or through other metrics, by itself; remove one 'equals' of the cycle"
        case .rangeUnitsDiffer:
            "write both ends in one unit, or the low end bare to take the high end's ('18-34 months')"
        case .reversedValueRange: "write the low end first: '18-34 months'"
        case .nearQuantityName:
            "a quantity that nothing else names is checked against nothing and shows as sourced; fix the name, or give it a fact"
        case .invalidLanguageTag:
            "write a BCP 47 tag: a language code with optional script or region, such as en, en-GB, zh-Hant or pt-BR"
        case .notAWebAddress: "write an address that starts with https:// or http://"
        case .claimReviewIncomplete:
            "add 'reviewed-by', 'reviewed' and 'report-url' to the article block, or pass --date and --base-url"
        case .nearPeriod:
            "calendar and fiscal periods of an entity are different spans of days; write the period the evidence uses, or give this one a fact"
        case .undeclaredMetric(_, let entity, _):
            "the entity '\(entity)' says 'metrics declared'; fix the name, or declare the metric with 'metric \(entity).NAME'"
        case .ambiguousScale:
            "write the scale meant (萬億 or 万亿 for 10^12, 百萬 or 百万 for 10^6), or a 'defaults' block with 'region TW' (or HK, JP: 10^12; CN: 10^6) before the figures"
        case .ambiguousCurrency:
            "write the ISO code of the currency meant (JPY, CNY, TWD), a sign of one currency (JP¥, CN¥, 人民幣, 新台幣), or a 'defaults' block with 'currency JPY' or 'region JP' before the figures"
        case .invalidDefault:
            "a currency is a symbol or ISO code such as $ or USD; a scale is a scale word such as thousand, million, B or 千; a region is CN, TW, HK or JP"
        case .currencyUnlikeDefault: "write the figure without its currency, or put it after a 'defaults' with its own"
        case .invalidFiscalAttribute:
            "fiscal-year-named is start or end (the default); fiscal-extra-week is Q1 or Q4 (the default), for a fiscal-year-end on a weekday"
        case .cannotRead: nil
        case .includeCycle: "remove one of the 'use' lines that form the cycle"
        case .includeOutsideRoot: "keep claims and evidence inside the project, or pass --root"
        case .includeTooDeep: "use the files directly instead of through a chain of files"
        case .unknownFileKind: "name files with the .claims or .ledger extension"
        case .noInputFiles:
            "name .claims and .ledger files, run from inside a project (a folder holding Claims/ and Evidence/, or a .recount file, found by walking up), pass --root, or start one with 'recount init'"
        case .dimensionMismatch:
            "convert with 'in UNIT' (into another currency with 'in USD at RATE', RATE a fact such as AED 3.6725/USD), or multiply a rate by a time such as 1 month"
        case .divisionByZero: nil
        case .overflow: nil
        case .missingInput(let quantity): "add a fact for '\(quantity)' to the ledger, or a claim that states it"
        case .nothingToCheck, .nothingToCheckInFile: "add 'because FORMULA', or name the quantity it states so the ledger can be consulted"
        case .noExpectation: "add 'expect VERDICT' so that 'recount test' can catch a change"
        case .quoteLacksFigure: "quote the words that print the figure, or correct the stated figure"
        case .staleQuote: "update the quote to the article's current words, and re-check the figure"
        case .quoteNotInArticle: "copy the quote from the article's text, or check the article's 'text' path"
        case .flowWithoutPeriod: "give the quantity a period ('@ 2025'), or the figure a time unit ('/yr')"
        case .searchBounded: "split the claims file, or state fewer figures that depend on one another"
        case .notACurrencyRate:
            "a rate is one currency per unit of another, e.g. 'fact cbuae.aed_per_usd @ 2025 = AED 3.6725/USD'"
        case .flowPeriodsDiffer(_, let periods):
            "the inputs are flows over \(periods.joined(separator: " and ")); give them the one period they should share, or multiply each by its period's length ('* 1 year') to add amounts over different periods"
        case .rateWithoutPeriod:
            "give the flows a period ('@ 2025') to compare the amount over it, or multiply the rate by the time it runs for ('* 1 year')"
        case .articleStatesNothing(let quantity):
            "to change the evidence, or add a figure the ledger lacks, use --set-evidence '\(quantity)=VALUE'"
        }
    }
}

extension DiagnosticKind {
    /// The end of a message that suggests a near name: `; did you mean 'riv.parks'?`, or nothing.
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension DiagnosticKind {
    /// A value of every case, in declaration order, for tests that must see every code. The parts
    /// taken from the input are the placeholders the language reference's diagnostics table
    /// writes (‹id›, ‹path›, …), so that the messages and hints read as the table does; a case
    /// whose message has two forms has a value for each.
    ///
    /// A new case needs a value here: a test compares these codes with those this file spells out.
    package static let examples: [DiagnosticKind] = {
        let elsewhere = SourceRange(path: "‹file›", start: SourceLocation(line: 1, column: 1),
                                    end: SourceLocation(line: 1, column: 2))
        return [
            .unterminatedString,
            .unexpectedCharacter("!"),
            .unexpectedCharacter("‹text›"),
            .numberWordOutsideFigure("‹text›"),
            .diagnosticsOmitted(count: 9),
            .invalidEscape("‹c›"),
            .tabIndentation,
            .inconsistentIndentation,
            .malformedNumber("‹text›"),
            .expected("‹what›", found: "‹token›"),
            .unknownAttribute("‹name›", block: "‹block›"),
            .missingAttribute("‹name›", block: "‹block›"),
            .nestingTooDeep(limit: 64),
            .duplicateAttribute("‹name›"),
            .unexpectedIndent,
            .conflictingAttributes("‹a›", "‹b›"),
            .unknownEntity("‹id›"),
            .unknownEntity("‹id›", suggestion: "‹id›"),
            .unknownSource("‹id›"),
            .unknownSource("‹id›", suggestion: "‹id›"),
            .unknownClaim("‹id›"),
            .unknownClaim("‹id›", suggestion: "‹id›"),
            .duplicateIdentifier("‹id›", kind: "‹kind›", previous: elsewhere),
            .unknownUnit("‹text›"),
            .invalidPeriod("‹text›", reason: "‹reason›"),
            .fiscalPeriodWithoutCalendar(period: "‹period›", entity: "‹entity›"),
            .invalidDate("‹text›"),
            .unknownVerdict("‹text›"),
            .unknownGrade("‹text›"),
            .invalidTolerance("‹text›"),
            .conflictingFacts(quantity: "‹quantity›", previous: elsewhere),
            .unknownMetricKind("‹text›"),
            .unknownRelation("‹text›"),
            .figureOutOfRange("‹text›", tooLarge: true),
            .figureOutOfRange("‹text›", tooLarge: false),
            .cyclicMetricDefinition("‹metric›", cycle: ["‹metric›", "‹cycle›"]),
            .rangeUnitsDiffer(low: "‹low›", high: "‹high›"),
            .reversedValueRange("‹text›"),
            .ambiguousScale("‹word›", meanings: ["‹scale›", "‹scale›"]),
            .nearQuantityName("‹quantity›", suggestion: "‹quantity›"),
            .invalidLanguageTag("‹text›"),
            .notAWebAddress(attribute: "‹attribute›", text: "‹text›"),
            .claimReviewIncomplete(article: "‹id›", missing: ["‹field›"]),
            .nearPeriod("‹quantity›", suggestion: "‹quantity›"),
            .undeclaredMetric("‹metric›", entity: "‹entity›", suggestion: nil),
            .undeclaredMetric("‹metric›", entity: "‹entity›", suggestion: "‹metric›"),
            .ambiguousCurrency("‹sign›", meanings: ["‹code›", "‹code›"]),
            .invalidDefault(attribute: "‹attribute›", text: "‹text›"),
            .currencyUnlikeDefault(figure: "‹figure›", currency: "‹currency›", defaultCurrency: "‹default›"),
            .invalidFiscalAttribute(attribute: "‹attribute›", text: "‹text›"),
            .cannotRead(path: "‹path›", reason: "‹reason›"),
            .includeCycle("‹path›"),
            .includeOutsideRoot("‹path›"),
            .includeTooDeep(limit: 16),
            .unknownFileKind("‹path›"),
            .noInputFiles("‹path›"),
            .dimensionMismatch(operation: "‹operation›", left: "‹left›", right: "‹right›"),
            .divisionByZero("‹divisor›"),
            .overflow,
            .missingInput("‹quantity›"),
            .nothingToCheck("‹id›"),
            .nothingToCheckInFile(first: "‹id›", others: 2),
            .noExpectation("‹id›"),
            .quoteLacksFigure(figure: "‹figure›", found: ["‹figures›"]),
            .quoteLacksFigure(figure: "‹figure›", found: []),
            .staleQuote(closest: "‹text›", changes: "‹changes›"),
            .quoteNotInArticle,
            .flowWithoutPeriod(quantity: "‹quantity›"),
            .searchBounded(claim: "‹id›", bound: "‹bound›"),
            .notACurrencyRate(rate: "‹quantity›", dimension: "‹dimension›", target: "‹currency›"),
            .flowPeriodsDiffer(amount: "‹amount›", periods: ["‹period›", "‹period›"]),
            .rateWithoutPeriod(amount: "‹amount›", rate: "‹rate›"),
            .articleStatesNothing(quantity: "‹quantity›"),
        ]
    }()
}
