import Foundation

/// Where external plugins are found and remembered: `mqt-plugin-NAME` programs in
/// `$MQT_PLUGIN_PATH` (colon-separated) and `$XDG_CONFIG_HOME/mqt/plugins/` (`~/.config/mqt/plugins/`),
/// then the programs `plugins add` remembered in `$XDG_CONFIG_HOME/mqt/plugins.list`. Descriptions
/// are cached in `$XDG_CACHE_HOME/mqt/plugins.json` (`~/.cache/mqt/`) by path and modification time.
public struct PluginLocations: Sendable, Equatable {
    /// Folders searched for `mqt-plugin-NAME` programs, in order; the first program of a name wins.
    public var folders: [String]
    /// Programs added with `plugins add`, one absolute path a line; nil: nothing is remembered.
    public var listFile: String?
    /// Descriptions read before; nil: nothing is cached.
    public var cacheFile: String?

    /// The prefix of a plugin program's file name.
    public static let programPrefix = "mqt-plugin-"

    public init(folders: [String], listFile: String?, cacheFile: String?) {
        self.folders = folders
        self.listFile = listFile
        self.cacheFile = cacheFile
    }

    /// The locations an environment names (HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, MQT_PLUGIN_PATH).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let config = ConfigFolder.path(environment: environment)
        let folders = (environment["MQT_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init) + [config + "/plugins"]
        self.init(folders: folders, listFile: config + "/plugins.list", cacheFile: ConfigFolder.cache(environment: environment) + "/plugins.json")
    }

    /// Nowhere: no plugin is found, remembered or cached (a session of its own, as tests use).
    public static let nowhere = PluginLocations(folders: [], listFile: nil, cacheFile: nil)

    /// The programs to load: executables called `mqt-plugin-NAME` in the folders (the first of
    /// each name), then remembered programs not already among them.
    func programs() -> [String] {
        var names = Set<String>()
        var found: [String] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasPrefix(Self.programPrefix) && file.count > Self.programPrefix.count {
                let path = (folder as NSString).appendingPathComponent(file)
                guard FileManager.default.isExecutableFile(atPath: path), names.insert(file).inserted else { continue }
                found.append(path)
            }
        }
        return found + remembered().filter { !found.contains($0) }
    }

    /// The programs `plugins add` remembered.
    func remembered() -> [String] {
        guard let listFile, let text = try? String(contentsOfFile: listFile, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Adds `path` to the remembered programs (once).
    func remember(_ path: String) throws {
        guard let listFile else { return }
        let paths = remembered()
        guard !paths.contains(path) else { return }
        try write(paths + [path], to: listFile)
    }

    /// Drops `path` from the remembered programs; false when it was not there.
    func forget(_ path: String) throws -> Bool {
        guard let listFile else { return false }
        let paths = remembered()
        guard paths.contains(path) else { return false }
        try write(paths.filter { $0 != path }, to: listFile)
        return true
    }

    private func write(_ paths: [String], to file: String) throws {
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try paths.map { $0 + "\n" }.joined().write(toFile: file, atomically: true, encoding: .utf8)
    }
}

/// Descriptions of plugin programs read before, by path, valid while the program's modification
/// time and size are unchanged: a session starts without starting the programs.
struct PluginCache {
    let file: String?
    private var entries: [String: [String: Any]] = [:]

    init(file: String?) {
        self.file = file
        if let file, let data = FileManager.default.contents(atPath: file),
           let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: Any]] {
            entries = object
        }
    }

    /// The program's modification time and size, which a cached description must match.
    static func stamp(of path: String) -> [String: Double]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? NSNumber else { return nil }
        // Whole milliseconds: a Double written to JSON and read back need not be the same Double.
        return ["modified": (modified.timeIntervalSince1970 * 1000).rounded(), "size": size.doubleValue]
    }

    /// The description cached for `path`, when the program is unchanged since.
    func description(of path: String) -> [String: Any]? {
        guard let entry = entries[path], let stamp = Self.stamp(of: path),
              entry["modified"] as? Double == stamp["modified"], entry["size"] as? Double == stamp["size"] else { return nil }
        return entry["description"] as? [String: Any]
    }

    /// Keeps `description` for `path` and writes the cache file (a failure to write only costs time).
    mutating func store(_ description: [String: Any], of path: String) {
        guard let file, let stamp = Self.stamp(of: path) else { return }
        let entry: [String: Any] = ["modified": stamp["modified"] as Any, "size": stamp["size"] as Any, "description": description]
        entries[path] = entry
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let data = try? JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys]) {
            try? data.write(to: URL(fileURLWithPath: file), options: .atomic)
        }
    }
}
