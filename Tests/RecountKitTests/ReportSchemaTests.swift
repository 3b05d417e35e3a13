import Foundation
import RecountEngine
import RecountKit
import RecountReport
import Testing

/// The JSON report against its documented schema, `ReportSchema.json` in the documentation
/// catalog: the seed's report, the test projects' reports, the example in `ReportSchema.md`,
/// and each ClaimReview's arithmetic block.
@Suite struct ReportSchemaTests {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = Self.root.appendingPathComponent("Sources/RecountKit/Documentation.docc")

    static func validator() throws -> JSONSchemaValidator {
        let text = try String(contentsOf: catalog.appendingPathComponent("ReportSchema.json"), encoding: .utf8)
        return JSONSchemaValidator(root: try ParsedJSON.parse(text))
    }

    @Test func theSchemaUsesOnlyKeywordsTheValidatorChecks() throws {
        let validator = try Self.validator()
        #expect(validator.unsupportedKeywords().isEmpty, "\(validator.unsupportedKeywords())")
    }

    @Test func theSchemaVersionIsTheOneTheReportWrites() throws {
        let schema = try Self.validator().root
        #expect(schema["properties"]?["schemaVersion"]?["enum"] == .array([.string(JSONReport.schemaVersion)]))
    }

    @Test func theSeedReportValidates() throws {
        let audit = Audit.run(paths: [], root: Self.root)
        try #require(!audit.loadFailed)
        let validator = try Self.validator()
        for model in ReportModel.all(audit) {
            let json = try ParsedJSON.parse(JSONReport(model: model).render())
            let problems = validator.validate(json)
            #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        }
    }

    @Test(arguments: ["small", "hostile"])
    func theTestProjectsReportsValidate(_ name: String) throws {
        let model = try ReportFixtures.model(name == "small" ? ReportFixtures.small : ReportFixtures.hostile)
        let problems = try Self.validator().validate(try ParsedJSON.parse(JSONReport(model: model).render()))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func everyClaimReviewCarriesAValidArithmeticBlock() throws {
        let model = try ReportFixtures.model(ReportFixtures.small)
        let json = try ParsedJSON.parse(ClaimReviewReport(model: model).render())
        let validator = try Self.validator()
        for review in json["@graph"]?.arrayValue ?? [] {
            let arithmetic = try #require(review["arithmetic"])
            let problems = validator.validate(arithmetic, ref: "#/$defs/claim")
            #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        }
    }

    @Test func theDocumentedExampleValidates() throws {
        let text = try String(contentsOf: Self.catalog.appendingPathComponent("ReportSchema.md"), encoding: .utf8)
        let example = try #require(text.components(separatedBy: "```json\n").dropFirst().first?
            .components(separatedBy: "\n```").first, "no ```json example in ReportSchema.md")
        let problems = try Self.validator().validate(try ParsedJSON.parse(example))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let validator = try Self.validator()
        let model = try ReportFixtures.model(ReportFixtures.small)
        guard case .object(var pairs) = try ParsedJSON.parse(JSONReport(model: model).render()) else {
            Issue.record("the report is not an object")
            return
        }
        pairs.append(("extra", .null))
        #expect(validator.validate(.object(pairs)).contains { $0.contains("unexpected key 'extra'") })
        pairs.removeAll { $0.0 == "summary" || $0.0 == "extra" }
        #expect(validator.validate(.object(pairs)).contains { $0.contains("missing required key 'summary'") })
        let index = try #require(pairs.firstIndex { $0.0 == "schemaVersion" })
        pairs[index].1 = .string("0.9")
        #expect(validator.validate(.object(pairs)).contains { $0.contains("$.schemaVersion") })
    }
}
