import Foundation
import XCTest

/// DESIGN §1's one-way dependencies, checked on the sources: SQL and GRDB live in MQTCore only, a
/// plugin imports MQTKit and nothing else of ours, libedit is touched only at the edge.
final class DependencyRulesTests: XCTestCase {
    func testOnlyMQTCoreImportsGRDB() throws {
        let offenders = try swiftFiles(under: ["Sources", "plugins", "examples"])
            .filter { !$0.hasPrefix("Sources/MQTCore/") && imports(of: $0).contains { $0.hasPrefix("GRDB") } }
        XCTAssertEqual(offenders, [], "GRDB imported outside MQTCore")
    }

    func testNoSQLOutsideMQTCore() throws {
        let offenders = try swiftFiles(under: ["Sources", "plugins"])
            .filter { !$0.hasPrefix("Sources/MQTCore/") }
            .filter { file in
                let text = (try? String(contentsOfFile: repositoryRoot + "/" + file, encoding: .utf8)) ?? ""
                return text.contains("sql:") || text.contains(".read {") || text.contains("Row.fetch")
            }
        XCTAssertEqual(offenders, [], "SQL written outside MQTCore")
    }

    func testPluginsImportOnlyMQTKit() throws {
        let ours: Set = ["MQTCore", "MQTShell", "MQTPlugins", "LineEditor", "CLibEdit", "CLibXML2", "GRDB", "GRDBSQLite", "mqt"]
        var offenders: [String] = []
        for file in try swiftFiles(under: ["plugins"]) {
            for module in imports(of: file) where ours.contains(module) || module.hasSuffix("Plugin") { offenders.append("\(file): \(module)") }
        }
        XCTAssertEqual(offenders, [], "plugins may import MQTKit (and the standard library, Foundation) only")
    }

    func testMQTKitDoesNotReExportTheCore() throws {
        for file in try swiftFiles(under: ["Sources/MQTKit"]) {
            let text = try String(contentsOfFile: repositoryRoot + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains("@_exported"), "\(file) re-exports a module to plugins")
        }
    }

    func testLibeditOnlyAtTheEdge() throws {
        let offenders = try swiftFiles(under: ["Sources", "plugins"])
            .filter { !$0.hasPrefix("Sources/LineEditor/") && imports(of: $0).contains("CLibEdit") }
        XCTAssertEqual(offenders, [])
    }

    /// Paths (relative to the repository) of the Swift files below these folders.
    func swiftFiles(under folders: [String]) throws -> [String] {
        var files: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: repositoryRoot + "/" + folder) else { continue }
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(".swift") { files.append(folder + "/" + path) }
            }
        }
        XCTAssertFalse(files.isEmpty)
        return files.sorted()
    }

    /// Module names a file imports (`import X`, `@testable import X`, `public import X`, ...).
    func imports(of file: String) -> [String] {
        let text = (try? String(contentsOfFile: repositoryRoot + "/" + file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0) })
            else { return nil }
            return String(words[index + 1])
        }
    }
}
