// swift-tools-version:6.1
import PackageDescription

/// The in-process search benchmark that `bench/search` runs: the search plugin's own sources
/// stats and qa plugins' own sources (linked from plugins/search, stats and qa Sources) over
/// the main package's MQTKit, timed command by command and pipeline by pipeline.
let package = Package(
    name: "search-bench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "SearchCommands", dependencies: [.product(name: "MQTKit", package: "main")]),
        .target(name: "StatsCommands", dependencies: [.product(name: "MQTKit", package: "main")]),
        .target(name: "QACommands", dependencies: [.product(name: "MQTKit", package: "main")]),
        .executableTarget(
            name: "SearchBench",
            dependencies: ["SearchCommands", "StatsCommands", "QACommands", .product(name: "MQTKit", package: "main"), .product(name: "MQTCore", package: "main")]),
    ]
)
