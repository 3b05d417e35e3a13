import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// What the engine made of one inline project, with look-ups that fail the test clearly.
struct Analyzed {
    var project: Project
    var analysis: Engine.Analysis

    func result(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ClaimResult {
        try #require(analysis.results.first { $0.claim.id == id }, "no claim '\(id)'", sourceLocation: sourceLocation)
    }

    /// The index of the ledger fact for `quantity` (as written) from `source`.
    func fact(_ quantity: String, source: String = "s") -> Base? {
        project.facts.firstIndex { $0.quantity.text == quantity && $0.source == source }.map(Base.fact)
    }

    /// The support of a conflict as readable names: `fact x.rev @ 2025Q1 (s)`, `claim g`.
    func names(_ support: [Base]) -> [String] {
        support.map { base in
            switch base {
            case .fact(let i): "fact \(project.facts[i].quantity.text) (\(project.facts[i].source ?? "-"))"
            case .claim(let id): "claim \(id)"
            }
        }
    }

    /// The check of claim `id` against a value derived from the ledger through a relation.
    func derived(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (relation: String, check: Check) {
        let r = try result(id, sourceLocation: sourceLocation)
        for check in r.checks {
            if case .derived(let relation) = check.basis { return (relation, check) }
        }
        Issue.record("claim '\(id)' has no derived check: \(r.verdict), \(r.checks.map(\.basis))",
                     sourceLocation: sourceLocation)
        throw Missing()
    }

    struct Missing: Error {}
}

/// Parses and resolves an inline ledger and claims file (with an `article t` line added),
/// requiring that they load without any diagnostic but those with the codes allowed.
func loadInline(_ ledgerText: String, _ claims: String, allowing codes: Set<String> = [],
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Project {
    let (project, diagnostics) = resolveInline(ledgerText, claims)
    let problems = diagnostics.filter { !codes.contains($0.code) }
    try #require(problems.isEmpty, "\(problems.map { "\($0.code) \($0.message)" })", sourceLocation: sourceLocation)
    return project
}

/// Parses and resolves an inline ledger and claims file (with an `article t` line added),
/// returning the project and every lexical, syntax and resolution diagnostic.
func resolveInline(_ ledgerText: String, _ claims: String) -> (project: Project, diagnostics: [Diagnostic]) {
    var documents: [Syntax.Document] = []
    var problems: [Diagnostic] = []
    for (path, text) in [("Evidence/t.ledger", ledgerText), ("Claims/t.claims", "article t \"Test\"\n" + claims)] {
        let (document, diagnostics) = Parser.parse(SourceFile(path: path, text: text))
        documents.append(document)
        problems += diagnostics
    }
    let (project, diagnostics) = Resolver.resolve(documents)
    return (project, problems + diagnostics)
}

/// Loads an inline project as `loadInline` does and runs the engine on it.
func analyzeInline(_ ledgerText: String, _ claims: String = "", allowing codes: Set<String> = [],
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Analyzed {
    let project = try loadInline(ledgerText, claims, allowing: codes, sourceLocation: sourceLocation)
    return Analyzed(project: project, analysis: Engine.analyze(project))
}

/// Parses and resolves one inline file, returning the project and every lexical, syntax and
/// resolution diagnostic, for tests of what a file is refused or warned for.
func resolveText(_ text: String, path: String = "a.claims") -> (project: Project, diagnostics: [Diagnostic]) {
    let (document, parseDiagnostics) = Parser.parse(SourceFile(path: path, text: text))
    let (project, diagnostics) = Resolver.resolve([document])
    return (project, parseDiagnostics + diagnostics)
}
