import Foundation

/// Hidden files being written (`.NAME.PID.partial`) that must not outlive the process: a
/// termination signal (SIGTERM, SIGHUP, and SIGINT when nothing else handles it, as in `mqt -c`)
/// unlinks every registered one before the process dies as the signal says. `kill -9` cannot be
/// caught: `removeStale` deletes what a dead process left in a folder.
public enum PartialFiles {
    /// Registered paths, as C strings the signal handler reads without allocating.
    nonisolated(unsafe) private static var slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slotCount)
    private static let slotCount = 64
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Adds `path` to the files removed on a termination signal (installing the handlers once).
    public static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            slots.initialize(repeating: nil, count: slotCount)
            for signal in [SIGTERM, SIGHUP, SIGINT] { installHandler(for: signal) }
            installed = true
        }
        if let free = (0..<slotCount).first(where: { slots[$0] == nil }) { slots[free] = strdup(path) }
    }

    /// Takes `path` off the list (it was renamed into place or deleted).
    public static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard installed else { return }
        for index in 0..<slotCount {
            if let entry = slots[index], String(cString: entry) == path {
                slots[index] = nil
                free(entry)
            }
        }
    }

    /// Removes `.NAME.PID.partial` files in `folder` whose process is gone (killed with SIGKILL,
    /// or by a power cut); returns their names. Another live process's files are left alone.
    @discardableResult
    public static func removeStale(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".partial") {
            let stem = name.dropLast(".partial".count)
            guard let dot = stem.lastIndex(of: "."), let pid = Int32(stem[stem.index(after: dot)...]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH && unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// Installs the cleaning handler for `signal` when its action is the default: the REPL's own
    /// Ctrl-C handler stops commands instead (they clean up as they unwind), and an ignored
    /// signal (`nohup`) stays ignored.
    private static func installHandler(for signal: Int32) {
        var current = sigaction()
        sigaction(signal, nil, &current)
        if current.__sigaction_handler.sa_handler != nil { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { received in
            PartialFiles.unlinkAll()
            Foundation.signal(received, SIG_DFL)
            raise(received)
        }
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }

    /// Async-signal-safe: only unlink(2) on strings made beforehand.
    private static func unlinkAll() {
        for index in 0..<slotCount {
            if let entry = slots[index] { unlink(entry) }
        }
    }
}
