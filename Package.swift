// swift-tools-version: 6.0
import PackageDescription

// The targets are the pipeline, read top to bottom: each sees only the targets above it, so an
// arrow that points back up is a compile error.
//
//   RecountCore      source files, ranges, diagnostics, operators, small helpers
//   RecountFigures   the one figure vocabulary: scales, currencies, units
//   RecountSyntax    lexer, parser, syntax tree                      (files → Syntax.Document)
//   RecountModel     quantities, units, periods, intervals, claims   (the meaning of a file)
//   RecountResolver  names, units and periods looked up              (Syntax.Document → Project)
//   RecountEngine    relations, propagation, conflicts, verdicts     (Project → Audit)
//   RecountReport    terminal, Markdown, JSON, ClaimReview           (Audit → text)
//   RecountFormat    `recount fmt`: the canonical layout of a file   (Syntax → text)
//   RecountExtract   `recount extract`: a claims file drafted from an article
//   RecountKit       the pipeline: loading files, audits, what-if, impact, baselines, writing
//   RecountLanguageServer  `recount lsp`: LSP messages in, messages out (no pipes, no printing)
//   recount          the executable: arguments, commands, printing, exit codes
let package = Package(
    name: "Recount",
    products: [
        .executable(name: "recount", targets: ["recount"]),
        .library(name: "RecountKit", targets: ["RecountKit"]),
    ],
    targets: [
        .target(name: "RecountCore"),
        .target(name: "RecountFigures", dependencies: ["RecountCore"]),
        .target(name: "RecountSyntax", dependencies: ["RecountCore", "RecountFigures"]),
        .target(name: "RecountModel", dependencies: ["RecountCore", "RecountFigures"]),
        .target(name: "RecountResolver", dependencies: ["RecountCore", "RecountFigures", "RecountSyntax", "RecountModel"]),
        .target(name: "RecountEngine", dependencies: ["RecountCore", "RecountFigures", "RecountModel"]),
        .target(name: "RecountReport", dependencies: ["RecountCore", "RecountFigures", "RecountModel", "RecountEngine"]),
        .target(name: "RecountFormat", dependencies: ["RecountCore", "RecountFigures", "RecountSyntax"]),
        .target(name: "RecountExtract", dependencies: ["RecountCore", "RecountFigures", "RecountModel", "RecountFormat"]),
        .target(
            name: "RecountKit",
            dependencies: [
                "RecountCore", "RecountFigures", "RecountSyntax", "RecountModel", "RecountResolver",
                "RecountEngine", "RecountReport", "RecountFormat", "RecountExtract",
            ]
        ),
        .target(
            name: "RecountLanguageServer",
            dependencies: ["RecountKit", "RecountCore", "RecountSyntax", "RecountModel", "RecountEngine", "RecountReport"]
        ),
        .executableTarget(
            name: "recount",
            dependencies: ["RecountKit", "RecountCore", "RecountModel", "RecountResolver", "RecountEngine", "RecountReport",
                           "RecountLanguageServer"]
        ),
        .executableTarget(
            name: "RecountBenchmarks",
            dependencies: ["RecountKit", "RecountCore", "RecountSyntax", "RecountResolver", "RecountEngine", "RecountExtract"],
            exclude: ["run-all.sh", "hostile.sh", "README.md"]
        ),
        .testTarget(
            name: "RecountKitTests", dependencies: ["RecountKit", "RecountLanguageServer", "recount"],
            exclude: ["__Snapshots__", "Malformed", "LanguageServer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
