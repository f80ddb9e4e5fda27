// swift-tools-version:6.1
import PackageDescription

/// The six bundled plugins; `MQTPlugins` is the one list that names them.
let pluginTargets: [(name: String, folder: String)] = [
    ("SearchPlugin", "search"),
    ("StatsPlugin", "stats"),
    ("ExportPlugin", "export"),
    ("QuotesPlugin", "quotes"),
    ("SQLPlugin", "sql"),
    ("QAPlugin", "qa"),
]

let package = Package(
    name: "mqt",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mqt", targets: ["mqt"]),
        .library(name: "MQTKit", targets: ["MQTKit"]),
        // For the benchmarks' own profiling; plugins use MQTKit only.
        .library(name: "MQTCore", targets: ["MQTCore"]),
        // For the fuzzer (bench/fuzz): the shell's line parser (`SyntaxCheck`) and the plugins.
        .library(name: "MQTShell", targets: ["MQTShell"]),
        .library(name: "MQTPlugins", targets: ["MQTPlugins"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "MQTCore",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .target(name: "MQTKit", dependencies: ["MQTCore"]),
        .target(name: "MQTShell", dependencies: ["MQTKit", "MQTCore"]),
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),
        .target(
            name: "MQTPlugins",
            dependencies: ["MQTKit"] + pluginTargets.map { .target(name: $0.name) }),
        .executableTarget(
            name: "mqt",
            dependencies: [
                "MQTShell", "LineEditor", "MQTPlugins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "MQTCoreTests", dependencies: ["MQTCore"]),
        .testTarget(name: "MQTKitTests", dependencies: ["MQTKit"]),
        // The Swift plugin docs/WRITING-PLUGINS.md shows: built and tested, never part of mqt.
        .target(name: "GuidePlugin", dependencies: ["MQTKit"], path: "docs/plugin-guide/Sources"),
        .testTarget(name: "MQTShellTests", dependencies: ["MQTShell", "MQTPlugins", "GuidePlugin"], exclude: ["ExportGoldens"]),
        .testTarget(name: "MQTTests", dependencies: ["mqt", "MQTShell", "MQTPlugins", "LineEditor"]),
    ] + pluginTargets.map {
        .target(name: $0.name, dependencies: ["MQTKit"], path: "plugins/\($0.folder)/Sources")
    }
)
