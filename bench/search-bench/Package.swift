// swift-tools-version:6.1
import PackageDescription

/// The in-process search benchmark that `bench/search` runs: the search plugin's own sources
/// and stats plugins' own sources (linked from plugins/search/Sources and plugins/stats/Sources) over
/// the main package's MQTKit, timed command by command and pipeline by pipeline.
let package = Package(
    name: "search-bench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "SearchCommands", dependencies: [.product(name: "MQTKit", package: "main")]),
        .target(name: "StatsCommands", dependencies: [.product(name: "MQTKit", package: "main")]),
        .executableTarget(
            name: "SearchBench",
            dependencies: ["SearchCommands", "StatsCommands", .product(name: "MQTKit", package: "main"), .product(name: "MQTCore", package: "main")]),
    ]
)
