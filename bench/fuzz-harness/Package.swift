// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The main package's identity: its folder's name (`main`, or a worktree's), lower-cased.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent.lowercased()

/// The fuzz target `bench/fuzz` runs: every transcript reader, the member-file reader, format
/// recognition, the query parser and the shell's line parser, over the main package's modules.
/// Built with `--sanitize=fuzzer -Xswiftc -DMQT_LIBFUZZER` it is a libFuzzer binary; built
/// without, it replays the files it is given (`mqt-fuzz TARGET FILE...`), for a crash found.
let package = Package(
    name: "fuzz-harness",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "MQTFuzz",
            dependencies: [
                .product(name: "MQTCore", package: main), .product(name: "MQTShell", package: main),
                .product(name: "MQTPlugins", package: main),
            ])
    ]
)
