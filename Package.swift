// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Recount",
    products: [
        .executable(name: "recount", targets: ["recount"]),
        .library(name: "RecountKit", targets: ["RecountKit"]),
    ],
    targets: [
        .target(name: "RecountKit"),
        .executableTarget(name: "recount", dependencies: ["RecountKit"]),
        .executableTarget(name: "RecountBenchmarks", dependencies: ["RecountKit"]),
        .testTarget(name: "RecountKitTests", dependencies: ["RecountKit", "recount"], exclude: ["__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
