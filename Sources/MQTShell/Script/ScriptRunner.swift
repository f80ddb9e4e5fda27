import Foundation
import MQTKit

/// Replays `.mqt` scripts as tests, each in a fresh in-memory session at 80 columns without colour.
public struct ScriptRunner {
    /// The result of replaying one script.
    public struct Result {
        public var path: String
        public var steps: Int
        /// One entry per failing step: its line, command and diff lines.
        public var failures: [(line: Int, command: String, diff: [String])]
        /// Why the script was skipped, when it was.
        public var skipped: String?
        /// Actual output of every step, for `--update`.
        public var outputs: [[String]]
        public var passed: Bool { failures.isEmpty && skipped == nil }
    }

    public let plugins: [Plugin]
    /// Whether each script runs in safe mode, confined to its own folder (`mqt test --safe`).
    public let safe: Bool
    /// Where each script's session finds external plugins; the remembered list is never read
    /// nor written, so a replay does not depend on, or change, what `plugins add` remembered.
    public let pluginLocations: PluginLocations
    public init(plugins: [Plugin], safe: Bool = false, pluginLocations: PluginLocations = .nowhere) {
        self.plugins = plugins
        self.safe = safe
        self.pluginLocations = PluginLocations(folders: pluginLocations.folders, listFile: nil, cacheFile: pluginLocations.cacheFile)
    }

    /// `# requires: PATH` in a script's commentary skips it when PATH (relative to the script) is absent.
    static let requiresPrefix = "# requires: "

    /// Replays one script file.
    public func replay(path: String) throws -> Result {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ShellError.scriptNotFound(path)
        }
        let script = Script(text: text)
        let folder = (path as NSString).deletingLastPathComponent
        var result = Result(path: path, steps: script.steps.count, failures: [], skipped: nil, outputs: [])
        for case .text(let line) in script.items where line.hasPrefix(Self.requiresPrefix) {
            let needed = String(line.dropFirst(Self.requiresPrefix.count)).trimmingCharacters(in: .whitespaces)
            let full = needed.hasPrefix("/") ? needed : (folder.isEmpty ? needed : folder + "/" + needed)
            if !FileManager.default.fileExists(atPath: full) {
                result.skipped = "\(needed) is absent"
                return result
            }
        }
        // A recipe that reads `:NAME` runs with -v (`run`), not as a test of its own.
        let commands = script.steps.isEmpty
            ? text.components(separatedBy: "\n").filter { !$0.drop(while: \.isWhitespace).hasPrefix("#") } : script.steps.map(\.command)
        if let name = commands.lazy.flatMap({ Substitution.names(in: $0, sigil: .script) }).first {
            result.skipped = "a recipe: it reads :\(name), given with run SCRIPT -v \(name)=VALUE"
            return result
        }
        let session = try Self.freshSession(plugins: plugins, folder: folder)
        // Safe mode runs no external program, so it finds none.
        if safe { session.enterSafeMode() } else { session.discoverPlugins(pluginLocations, wait: 0) }
        // Errors are output here, matched like any other, so the loop keeps going after them.
        var actual: [String] = []
        let loop = InputLoop(session: session, errorHandling: .keepGoing) { _, outcome in
            actual = OutputMatcher.lines(of: outcome.transcript)
        }
        for step in script.steps {
            actual = []
            let goesOn = loop.run(Statement(step.command, line: step.line))
            result.outputs.append(actual)
            if !OutputMatcher.matches(expected: step.expected, actual: actual) {
                result.failures.append((step.line, step.command, LineDiff.render(expected: step.expected, actual: actual)))
            }
            if !goesOn { break }
        }
        return result
    }

    /// A session as scripts get it: in memory, 80 columns, no colour, paths from `folder`.
    public static func freshSession(plugins: [Plugin], folder: String) throws -> Session {
        var settings = Settings()
        settings.width = 80
        settings.color = false
        let session = try Session(plugins: plugins, settings: settings, isInteractive: false)
        session.baseDirectory = folder.isEmpty ? nil : folder
        return session
    }

    /// Every `.mqt` file at or below the paths, sorted; hidden and build folders are left out.
    public static func scripts(in paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                let name = url.lastPathComponent
                if name.hasPrefix(".") || name == "node_modules" {
                    walker.skipDescendants()
                    continue
                }
                if url.pathExtension == "mqt" {
                    let relative = String(url.path.dropFirst(base.path.count).drop(while: { $0 == "/" }))
                    found.append(path == "." ? relative : (path.hasSuffix("/") ? path + relative : path + "/" + relative))
                }
            }
        }
        return found.sorted()
    }
}
