import Foundation
import MQTCore
import MQTKit

/// What one line did: text for stdout, error text for stderr, and whether to leave.
public struct Outcome: Sendable, Equatable {
    public var output: String
    /// Notes and warnings, each a `note: ...` line: standard error at the edge, after the output.
    public var notes: [String]
    public var error: String?
    public var shouldQuit: Bool
    public init(output: String = "", notes: [String] = [], error: String? = nil, shouldQuit: Bool = false) {
        self.output = output
        self.notes = notes
        self.error = error
        self.shouldQuit = shouldQuit
    }
    /// Output, notes, then error, as a script's expected block shows them.
    public var transcript: String {
        ([output] + notes + [error ?? ""]).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// A session: the store, settings, named results and the commands. Every way of running
/// commands (REPL, `-c`, piped stdin, `run`, `mqt test`) goes through `InputLoop`, then `execute`.
public final class Session: Context {
    public private(set) var store: Store
    public var settings: Settings
    public internal(set) var registry: CommandRegistry
    public var isInteractive: Bool
    /// Folder that relative paths start from (a script's folder); nil for the working directory.
    public var baseDirectory: String?
    /// The scripts under way, outermost first, as given and as full paths: a script that runs
    /// itself must stop with an error, not overflow the stack.
    public var runningScripts: [(shownAs: String, path: String)] = []
    /// Where transient progress goes (the REPL sends it to stderr on a terminal).
    public var progressSink: ((String) -> Void)?
    /// Recording of typed lines into a script, when `record FILE` is on.
    var recorder: ScriptRecorder?
    /// Notes the running command gave (`note`), handed out with its outcome.
    var pendingNotes: [String] = []
    var variables: [String: Value] = [:]
    /// Where external plugins are found and remembered (`discoverPlugins`).
    public internal(set) var pluginLocations = PluginLocations.nowhere
    let pluginDescriber = PluginDescriber()
    /// Plugin programs found that could not be used, for `plugins`.
    var pluginFailures: [PluginFailure] = []
    /// The line `execute` is running.
    public private(set) var commandLine = ""
    /// Macros (`def`), the block being defined, and how deep macros are calling macros.
    var macroCommands: [MacroCommand] = []
    var openDefinition: MacroDefinition?
    var macroDepth = 0
    /// The values the running script reads as `:NAME` (`run SCRIPT -v NAME=VALUE`); nil outside scripts.
    public var scriptParameters: [String: String]?

    public init(plugins: [Plugin], store: Store? = nil, settings: Settings = Settings(), isInteractive: Bool = false) throws {
        self.store = try store ?? Store()
        self.settings = settings
        self.registry = CommandRegistry(plugins: plugins)
        self.isInteractive = isInteractive
    }

    /// Turns safe mode on for the rest of the session, confining files to `folder` (default: the
    /// folder paths start from, a script's or the working directory). Already on, nothing changes.
    public func enterSafeMode(folder: String? = nil) {
        guard !settings.safe.isOn else { return }
        settings.safe = SafeMode(folder: folder ?? resolve(path: "."))
        // Safe mode runs no program of its own: external plugins already added go.
        removePlugins { Self.externalPath(of: $0) != nil }
    }

    public func resolve(path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        guard let base = baseDirectory, !expanded.hasPrefix("/") else { return expanded }
        return (base as NSString).appendingPathComponent(expanded)
    }

    public var corpus: any Corpus { store }

    public var isInterrupted: Bool { Interruption.isRequested }

    public func checkInterrupted() throws {
        if Interruption.isRequested { throw CommandError.interrupted }
    }

    public func note(_ text: String) { pendingNotes.append(text.hasPrefix("note: ") ? text : "note: " + text) }

    public func progress(_ line: String) {
        if isInteractive { progressSink?(line) }
    }

    public func variable(_ name: String) -> Value? { variables[name] }

    /// Switches to another store (`open FILE`), dropping kept sets of speeches.
    public func replaceStore(_ store: Store) { _ = switchStore(to: store) }

    /// Uses another store; kept results that name speeches (by row) are dropped, since those rows
    /// belong to the previous store. Returns the names dropped, sorted.
    func switchStore(to store: Store) -> [String] {
        self.store = store
        let stale = variables.filter { if case .speeches = $0.value { return true } else { return false } }.keys.sorted()
        for name in stale { variables[name] = nil }
        return stale
    }

    /// Adds a plugin (an external program's, say); a name already taken is an error, except by
    /// an earlier copy of the same external program, which the new one replaces.
    public func register(_ plugin: Plugin) throws {
        if let path = Self.externalPath(of: plugin) {
            removePlugins { Self.externalPath(of: $0) == path }
            pluginFailures.removeAll { $0.path == path }
        }
        let taken = Set(registry.names)
        if let clash = plugin.commands.flatMap({ [$0.spec.name] + $0.spec.aliases }).first(where: taken.contains) {
            throw CommandError.invalid("plugin '\(plugin.name)' declares '\(clash)', which another command already has")
        }
        registry = CommandRegistry(plugins: Array(registry.plugins.dropFirst()) + [plugin])
    }

    /// Drops the plugins `isRemoved` picks (never the built-ins), stopping external programs.
    func removePlugins(where isRemoved: (Plugin) -> Bool) {
        let kept = registry.plugins.dropFirst().filter { plugin in
            guard isRemoved(plugin) else { return true }
            (plugin.commands.first as? ExternalCommand)?.handle.stop()
            return false
        }
        registry = CommandRegistry(plugins: Array(kept))
    }

    /// The program behind an external plugin; nil for one built into mqt.
    static func externalPath(of plugin: Plugin) -> String? { (plugin.commands.first as? ExternalCommand)?.handle.path }

    /// Runs one line (a pipeline, a `let`, or `$NAME`) and renders its result.
    public func execute(_ line: String) -> Outcome {
        Interruption.reset()
        pendingNotes = []
        adoptPlugins(before: line)
        commandLine = line
        var outcome = evaluate(line)
        outcome.notes = pendingNotes
        pendingNotes = []
        do {
            try recorder?.record(line: line, outcome: outcome)
        } catch {
            recorder = nil
            outcome.error = [outcome.error, "error: \(error)"].compactMap { $0 }.joined(separator: "\n")
        }
        return outcome
    }

    func evaluate(_ line: String) -> Outcome {
        if isDefiningMacro { return continueDefinition(line) }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return Outcome() }
        do {
            if let definition = try MacroDefinition.parse(line) {
                try begin(definition)
                return Outcome()
            }
            if trimmed == "end" { throw MacroError.endWithoutDef }
            if let assignment = try LetStatement.parse(line) {
                let (value, _) = try Pipeline.run(assignment.pipeline, offset: assignment.offset, line: line, session: self)
                variables[assignment.name] = value
                return Outcome()
            }
            let (value, format) = try Pipeline.run(line, offset: 0, line: line, session: self)
            return Outcome(output: render(try displayed(value), format: format))
        } catch is QuitRequest {
            return Outcome(shouldQuit: true)
        } catch CommandError.partial(let value, let errors) {
            return Outcome(output: render((try? displayed(value)) ?? value, format: nil), error: errors.map { $0.hasPrefix("error: ") ? $0 : "error: \($0)" }.joined(separator: "\n"))
        } catch let error as PositionedError {
            return Outcome(error: "error: \(error.message)\n\(error.pointer)")
        } catch {
            // A statement Ctrl-C stopped fails with SQLite's "interrupted"; say it plainly.
            return Outcome(error: "error: \(Interruption.isRequested ? "\(CommandError.interrupted)" : "\(error)")")
        }
    }

    /// The value with a set's page read: only what is displayed is ever paged and snippeted.
    func displayed(_ value: Value) throws -> Value {
        guard let set = value.speechSet else { return value }
        return .speeches(try set.displayed(by: store))
    }

    /// Renders a value in the session's (or the command's) format.
    public func render(_ value: Value, format: String?) -> String {
        let renderer = Renderers.named(format ?? settings.format) ?? TableRenderer()
        return renderer.render(value, options: RenderOptions(width: settings.width, color: settings.color, chart: settings.chart))
    }
}
