import MQTKit

/// Every command the session can run, by name and alias, with the plugin that brought it.
public struct CommandRegistry: Sendable {
    /// Plugins in the order help lists them; `core` (the shell's built-ins) first.
    public let plugins: [Plugin]
    private let byName: [String: any Command]

    /// Builds the registry; a name or alias used twice is a programming error reported by
    /// `collisions` (and a test), the first registration wins.
    public init(plugins: [Plugin]) {
        self.plugins = [Builtins.plugin] + plugins
        var table: [String: any Command] = [:]
        for plugin in self.plugins {
            for command in plugin.commands {
                for name in [command.spec.name] + command.spec.aliases where table[name] == nil {
                    table[name] = command
                }
            }
        }
        byName = table
    }

    /// The command called `name` (or aliased so).
    public func command(named name: String) -> (any Command)? { byName[name] }

    /// The command a line's words start with, and how many words name it: two for a command named
    /// in two words (`qa stats`), when the second is typed bare, else one.
    func command(startingWith words: [Word]) -> (command: any Command, words: Int)? {
        if words.count > 1, words[1].raw == words[1].value, let command = byName[words[0].value + " " + words[1].value] {
            return (command, 2)
        }
        return words.first.flatMap { byName[$0.value] }.map { ($0, 1) }
    }

    /// Names and aliases declared more than once, for the registry test.
    public var collisions: [String] {
        var seen: [String: Int] = [:]
        for plugin in plugins {
            for command in plugin.commands {
                for name in [command.spec.name] + command.spec.aliases { seen[name, default: 0] += 1 }
            }
        }
        return seen.filter { $0.value > 1 }.map(\.key).sorted()
    }

    /// Every command name and alias, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// The plugin that declares a command.
    public func plugin(of command: any Command) -> Plugin? {
        plugins.first { $0.commands.contains { $0.spec.name == command.spec.name } }
    }
}
