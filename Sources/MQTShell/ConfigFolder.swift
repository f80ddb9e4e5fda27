import Foundation

/// Where mqt keeps what a user sets up once: `$XDG_CONFIG_HOME/mqt`, else `~/.config/mqt`.
public enum ConfigFolder {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/mqt" }
        return home(environment) + "/.config/mqt"
    }

    /// Where mqt keeps what it can make again (plugin descriptions): `$XDG_CACHE_HOME/mqt`, else
    /// `~/.cache/mqt`.
    public static func cache(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/mqt" }
        return home(environment) + "/.cache/mqt"
    }

    static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }
}
