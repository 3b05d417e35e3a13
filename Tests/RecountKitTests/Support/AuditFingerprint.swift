import RecountCore
import RecountEngine
import RecountModel

/// What an audit found, written so that the order of the input cannot show through: facts are
/// named by what they state rather than by their index, conflicts by their members, and no
/// derivation or message carries a line number.
///
/// Two audits of the same files in any order must have equal fingerprints. Lists whose order is
/// the input's (a claim's evidence checks follow the ledger's facts) are compared as sorted
/// lists; everything whose order the engine decides (the conflicts, which reports number from
/// 1) keeps its order.
struct AuditFingerprint: Equatable {
    /// Each claim's verdict, by id.
    var verdicts: [String: Verdict]
    /// Everything else about each claim, by id: the deciding reading, the headline check, the
    /// likely cause, the conflicts it is in and every check.
    var claims: [String: String]
    /// Each conflict's members, by name, sorted, in the audit's order.
    var conflictMembers: [[String]]
    /// Each conflict in full, in the audit's order: members, quantity, both sides, cause and
    /// explanations.
    var conflicts: [String]
    /// Every diagnostic as code, file and message, sorted.
    var diagnostics: [String]

    init(_ audit: Audit) {
        let namer = Namer(audit: audit)
        verdicts = Dictionary(audit.results.map { ($0.claim.id, $0.verdict) }, uniquingKeysWith: { a, _ in a })
        claims = Dictionary(audit.results.map { ($0.claim.id, namer.describe($0)) }, uniquingKeysWith: { a, _ in a })
        conflictMembers = audit.conflicts.map { $0.support.map(namer.name).sorted() }
        conflicts = audit.conflicts.map(namer.describe)
        diagnostics = audit.diagnostics.map { d in
            LineReferences.removed(from: "\(d.code) \(d.range?.path ?? "-") \(d.message)")
        }.sorted()
    }

    /// Writes the parts of an audit without indices or line numbers.
    private struct Namer {
        let audit: Audit

        /// A fact by its quantity, figure and source; a claim by its id.
        func name(_ base: Base) -> String {
            switch base {
            case .claim(let id): return "claim \(id)"
            case .fact(let i):
                guard i < audit.project.facts.count else { return "fact #\(i)?" }
                let f = audit.project.facts[i]
                return "fact \(f.quantity.text) = \(f.value.text) (\(f.source ?? "-"))"
            }
        }

        /// A conflict by its members, which is how a reader tells one from another.
        func conflictName(_ index: Int) -> String {
            guard index < audit.conflicts.count else { return "conflict #\(index)?" }
            return "{" + audit.conflicts[index].support.map(name).sorted().joined(separator: ", ") + "}"
        }

        func describe(_ conflict: Conflict) -> String {
            var lines = ["members " + conflict.support.map(name).sorted().joined(separator: ", ")]
            lines.append("on \(conflict.label)")
            lines += ["left:"] + tree(conflict.left, indent: "  ")
            lines += ["right:"] + tree(conflict.right, indent: "  ")
            if let cause = conflict.cause { lines.append("cause \(name(cause.member)): \(cause.slip)") }
            let explanations = conflict.explanations.map { e in
                (["explains \(name(e.member)) by \(e.slips)"] + tree(e.implied, indent: "  ")).joined(separator: "\n")
            }
            lines += explanations.sorted()
            return lines.joined(separator: "\n")
        }

        func describe(_ result: ClaimResult) -> String {
            let decision = result.decision
            var lines = ["verdict \(result.verdict.rawValue)", "reading \(decision.reading ?? "-")"]
            lines += ["headline:"] + (decision.headline.map { describe($0, indent: "  ") } ?? ["  -"])
            lines.append("attribution \(decision.attribution.map(describe) ?? "-")")
            lines.append("cause \(result.cause.map { "\($0)" } ?? "-")")
            lines.append("conflicts " + decision.conflicts.map(conflictName).sorted().joined(separator: " "))
            lines += ["checks:"] + result.checks.map { describe($0, indent: "  ").joined(separator: "\n") }.sorted()
            for reading in result.readings {
                lines.append("reading \(reading.id ?? "-"): \(reading.verdict.rawValue)")
                lines += reading.checks.map { describe($0, indent: "  ").joined(separator: "\n") }.sorted()
            }
            return lines.joined(separator: "\n")
        }

        func describe(_ attribution: Decision.Attribution) -> String {
            switch attribution {
            case .slip(let slip): "slip \(slip)"
            case .conflict(let index, let member, let slip):
                "conflict \(conflictName(index)) blames \(name(member)): \(slip)"
            case .severalSlips(let slips): "several \(slips)"
            case .tie(let others): "tie with " + others.map(name).sorted().joined(separator: ", ")
            case .unexplained: "unexplained"
            }
        }

        func describe(_ check: Check, indent: String) -> [String] {
            let basis: String = switch check.basis {
            case .formula: "formula"
            case .evidence(let source, let grade): "evidence \(source ?? "-") \(grade?.rawValue ?? "-")"
            case .derived(let relation): "derived \(relation)"
            case .comparison(let relation): "comparison \(relation.rawValue)"
            case .conflict(let index): "conflict \(conflictName(index))"
            }
            var lines = ["\(indent)\(basis): \(check.verdict.rawValue) deviation \(String(describing: check.deviation)) "
                + "margin \(String(describing: check.margin)) slips \(check.slips)"]
            if let problem = check.problem {
                lines.append("\(indent)problem \(problem.code) \(LineReferences.removed(from: problem.message))")
            }
            if let d = check.derivation { lines += tree(d, indent: indent + "  ") }
            if let o = check.other { lines += ["\(indent)other:"] + tree(o, indent: indent + "  ") }
            return lines
        }

        /// A derivation as an indented tree, every value exact, every origin without its place.
        func tree(_ d: Derivation, indent: String) -> [String] {
            let step: String = switch d.step {
            case .input(let label, let stated, let origin): "\(label) = \(stated) from \(describe(origin))"
            case .binary(let op): op.rawValue
            case .negate: "negate"
            case .convert(let unit): "in \(unit)"
            case .derived(let label, let relation): "\(label) by \(relation)"
            }
            let value = "\(d.value.nominal) [\(d.value.interval.lower), \(d.value.interval.upper)] \(d.value.dimension)"
            let years = d.flowYears.map { " over \($0.lower)...\($0.upper) yr" } ?? ""
            return ["\(indent)\(step) → \(value)\(years)"] + d.children.flatMap { tree($0, indent: indent + "  ") }
        }

        func describe(_ origin: Origin) -> String {
            switch origin {
            case .constant: "constant"
            case .claim(let id, let range): "claim \(id) in \(range.path)"
            case .fact(let source, let grade, let range):
                "fact of \(source ?? "-") \(grade?.rawValue ?? "-") in \(range.path)"
            }
        }
    }
}
