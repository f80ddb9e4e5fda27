import Foundation
import MQTKit

/// A plugin program that could not be used, as `plugins` lists it.
struct PluginFailure {
    var path: String
    var message: String
    /// The name its file gives (`mqt-plugin-NAME`), or the file's name.
    var name: String {
        let file = (path as NSString).lastPathComponent
        return file.hasPrefix(PluginLocations.programPrefix) ? String(file.dropFirst(PluginLocations.programPrefix.count)) : file
    }
}

/// Plugin programs being described on other threads, so a slow or hanging one never delays the
/// first prompt; the session adopts their descriptions between commands.
final class PluginDescriber: @unchecked Sendable {
    private let condition = NSCondition()
    private var running: [String] = []
    private var finished: [(path: String, result: Result<PluginHandle, Error>)] = []

    /// Whether descriptions are under way or waiting to be adopted.
    var hasWork: Bool { condition.withLock { !running.isEmpty || !finished.isEmpty } }

    /// The programs still being described.
    var describing: [String] { condition.withLock { running } }

    func describe(_ path: String, timeout: Double) {
        condition.withLock { running.append(path) }
        Thread.detachNewThread { [self] in
            let result = Result { try PluginHandle(path: path, timeout: timeout) }
            condition.withLock {
                finished.append((path, result))
                running.removeAll { $0 == path }
                condition.broadcast()
            }
        }
    }

    /// The descriptions finished by `deadline` (all of them, if they finish before).
    func take(waitingUntil deadline: Date) -> [(path: String, result: Result<PluginHandle, Error>)] {
        condition.withLock {
            while !running.isEmpty && condition.wait(until: deadline) {}
            defer { finished = [] }
            return finished
        }
    }
}

extension Session {
    /// Finds the plugin programs `locations` name and registers them: a program whose
    /// description is cached at once (it starts on its first call), the others once described,
    /// waiting at most `wait` seconds here; `adoptPlugins` takes the rest later.
    public func discoverPlugins(_ locations: PluginLocations, wait: Double) {
        pluginLocations = locations
        let cache = PluginCache(file: locations.cacheFile)
        for path in locations.programs() {
            if let json = cache.description(of: path), let description = try? PluginDescription(json, path: path) {
                registerDiscovered(PluginHandle(path: path, description: description))
            } else {
                pluginDescriber.describe(path, timeout: settings.pluginTimeout)
            }
        }
        adoptPlugins(waitingUntil: Date(timeIntervalSinceNow: wait))
    }

    /// Registers the plugins described by now (or by `deadline`), remembering failures.
    func adoptPlugins(waitingUntil deadline: Date) {
        guard pluginDescriber.hasWork else { return }
        var cache = PluginCache(file: pluginLocations.cacheFile)
        for (path, result) in pluginDescriber.take(waitingUntil: deadline) {
            switch result {
            case .success(let handle):
                cache.store(handle.description.json, of: path)
                registerDiscovered(handle)
            case .failure(let error):
                pluginFailures.append(PluginFailure(path: path, message: "\(error)"))
            }
        }
    }

    /// Before a line runs: plugins described meanwhile are adopted. A line naming a command
    /// nobody declared yet waits for the descriptions under way (up to `plugin_timeout`);
    /// `help` and `plugins` wait up to 2 s, then list what is known.
    func adoptPlugins(before line: String) {
        guard pluginDescriber.hasWork else { return }
        // The first word of each stage (a `|` inside quotes only makes it wait when it need not).
        var heads: [String] = []
        for stage in line.split(whereSeparator: { (c: Character) -> Bool in c == "|" || c == ";" }) {
            if let word = stage.split(separator: " ").first { heads.append(String(word)) }
        }
        var wait = 0.0
        if heads.first == "help" || heads.first == "plugins" {
            wait = min(settings.pluginTimeout, 2)
        } else if heads.contains(where: { (word: String) -> Bool in !word.hasPrefix("$") && !word.hasPrefix("#") && registry.command(named: word) == nil }) {
            wait = settings.pluginTimeout + 1
        }
        adoptPlugins(waitingUntil: Date(timeIntervalSinceNow: wait))
    }

    private func registerDiscovered(_ handle: PluginHandle) {
        do {
            try register(handle.plugin)
        } catch {
            handle.stop()
            pluginFailures.append(PluginFailure(path: handle.path, message: "\(handle.path): \(error)"))
        }
    }
}
