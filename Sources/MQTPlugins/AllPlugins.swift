import ExportPlugin
import MQTKit
import QAPlugin
import QuotesPlugin
import SQLPlugin
import SearchPlugin
import StatsPlugin

/// The one list of bundled plugins, in the order `help` shows them. A test checks that every
/// folder in plugins/ is named here and that no two commands share a name or alias.
public enum AllPlugins {
    /// Plugins keyed by their folder under plugins/.
    public static let byFolder: [(folder: String, plugin: Plugin)] = [
        ("search", searchPlugin),
        ("stats", statsPlugin),
        ("export", exportPlugin),
        ("quotes", quotesPlugin),
        ("sql", sqlPlugin),
        ("qa", qaPlugin),
    ]

    /// Every bundled plugin.
    public static var list: [Plugin] { byFolder.map(\.plugin) }
}
