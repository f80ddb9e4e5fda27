import Foundation
import MQTCore
import MQTKit
#if canImport(Glibc)
import Glibc
#endif

/// A plugin program running as its own process, spoken to in newline-delimited JSON over its stdin
/// and stdout. Every exchange has a deadline and watches for Ctrl-C: the request is written and the
/// answer read in one `poll` loop on non-blocking pipes, so a plugin that stops reading, never
/// answers or answers without a newline costs a timeout, never a hang. Standard error is captured
/// line by line for the caller to show.
final class PluginProcess: @unchecked Sendable {
    let path: String
    let pid: pid_t
    private var stdinFD: Int32
    private var stdoutFD: Int32
    private var stderrFD: Int32
    /// Bytes read from stdout and not yet returned; `scanned` of them hold no newline, so each
    /// byte is looked at once (reading is linear in the answer's size).
    private var pending: [UInt8] = []
    private var scanned = 0
    private var errorPending: [UInt8] = []
    /// Lines the plugin wrote to standard error since the last `takeErrorLines`.
    private var errorLines: [String] = []
    private var exitStatus: Int32?

    /// Starts `path` in its own process group (Ctrl-C on the terminal reaches mqt, which stops the
    /// call itself), with SIGPIPE and SIGINT at their defaults.
    init(path: String) throws {
        // Writing to a plugin that has exited must be an error (EPIPE), not kill the process
        // hosting the session (mqt, or a test runner).
        signal(SIGPIPE, SIG_IGN)
        self.path = path
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        var errorsFromChild: [Int32] = [-1, -1]
        // Pipes are made, marked close-on-exec and handed to the child under one lock: a plugin
        // another thread starts meanwhile (descriptions are read on other threads) must not
        // inherit an end, which would keep a pipe open after this plugin closed it (a request
        // would then sit in the pipe instead of failing with EPIPE).
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errorsFromChild) == 0 else {
            throw PluginError.cannotStart(path, String(cString: strerror(errno)))
        }
        for fd in toChild + fromChild + errorsFromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        for fd in [toChild[0], fromChild[1], errorsFromChild[1]] { close(fd) }
        guard status == 0 else {
            for fd in [toChild[1], fromChild[0], errorsFromChild[0]] { close(fd) }
            throw PluginError.cannotStart(path, String(cString: strerror(status)))
        }
        pid = child
        (stdinFD, stdoutFD, stderrFD) = (toChild[1], fromChild[0], errorsFromChild[0])
        for fd in [stdinFD, stdoutFD, stderrFD] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        LivePlugins.add(self)
    }

    deinit { stop() }

    /// Held while a plugin's pipes are made and its program started.
    private static let spawning = NSLock()

    /// Whether the process may still answer (it was not stopped).
    var isAlive: Bool { stdinFD >= 0 }

    /// Writes `request` (one line, newline included) and returns the next line the plugin writes,
    /// without its newline. Throws when the plugin exits, stops reading, or takes past `deadline`,
    /// and `CommandError.interrupted` on Ctrl-C; the caller then stops the process.
    func exchange(_ request: [UInt8], deadline: Date, timeout: Double) throws -> [UInt8] {
        var written = 0
        while true {
            if written == request.count, let line = takeLine() { return line }
            if Interruption.isRequested { throw CommandError.interrupted }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { throw PluginError.timedOut(path, timeout) }
            var fds = [pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0), pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)]
            if written < request.count { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
            // At most 100 ms a wait, so Ctrl-C is seen promptly.
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left, 0.1) * 1000) + 1)
            if ready < 0 && errno != EINTR { throw PluginError.exited(path, describeExit()) }
            if ready <= 0 { continue }
            if fds[1].revents != 0 { readErrors() }
            if fds.count > 2 && fds[2].revents != 0 {
                let count = request[written...].withUnsafeBytes { write(stdinFD, $0.baseAddress, $0.count) }
                if count > 0 {
                    written += count
                } else if count < 0 && errno != EAGAIN && errno != EINTR {
                    throw PluginError.exited(path, describeExit(ifRunning: "it stopped reading its input"))  // EPIPE
                }
            }
            if fds[0].revents != 0 && !readAnswer() {
                if let line = takeLine() { return line }
                throw PluginError.exited(path, describeExit(partial: pending))
            }
        }
    }

    /// The lines written to standard error so far (a last unfinished one included), emptied.
    func takeErrorLines() -> [String] {
        readErrors()
        let lines = errorLines
        errorLines = []
        return lines
    }

    /// Reads what stdout holds; false at end of file.
    private func readAnswer() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: chunk[..<count])
                if count < chunk.count { return true }
            } else if count == 0 {
                return false
            } else {
                return errno == EAGAIN || errno == EINTR
            }
        }
    }

    /// The first complete line of `pending`, scanning only bytes not scanned before.
    private func takeLine() -> [UInt8]? {
        guard let newline = pending[scanned...].firstIndex(of: 0x0A) else {
            scanned = pending.count
            return nil
        }
        let line = Array(pending[..<newline])
        pending.removeSubrange(...newline)
        scanned = 0
        return line
    }

    private func readErrors() {
        guard stderrFD >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(stderrFD, $0.baseAddress, $0.count) }
            if count > 0 {
                errorPending.append(contentsOf: chunk[..<count])
                continue
            }
            if count == 0 {
                close(stderrFD)
                stderrFD = -1
                // A last line without its newline still counts (not an empty line after it).
                if let last = errorPending.last, last != 0x0A { errorPending.append(0x0A) }
            }
            break
        }
        while let newline = errorPending.firstIndex(of: 0x0A) {
            errorLines.append(String(decoding: errorPending[..<newline], as: UTF8.self))
            errorPending.removeSubrange(...newline)
        }
    }

    /// How the process ended ("exit status 1", "killed by signal 9"), waiting briefly for it.
    private func describeExit(ifRunning: String = "it closed its output", partial: [UInt8] = []) -> String {
        readErrors()
        for _ in 0..<50 where exitStatus == nil {
            reap(blocking: false)
            if exitStatus == nil { usleep(10_000) }
        }
        var text: String
        switch exitStatus {
        case .none: text = ifRunning
        case .some(let status) where status & 0x7F == 0: text = "it exited with status \((status >> 8) & 0xFF)"
        case .some(let status): text = "it was killed by signal \(status & 0x7F)"
        }
        if !partial.isEmpty { text += " after writing \(partial.count) bytes without a newline" }
        return text
    }

    private func reap(blocking: Bool) {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, blocking ? 0 : WNOHANG) == pid { exitStatus = status }
    }

    /// Ends the plugin: its input closed, SIGTERM, and SIGKILL for its process group if it is still
    /// there after 200 ms. Safe to call twice.
    func stop() {
        if stdinFD >= 0 { close(stdinFD); stdinFD = -1 }
        if stdoutFD >= 0 { close(stdoutFD); stdoutFD = -1 }
        if stderrFD >= 0 { close(stderrFD); stderrFD = -1 }
        defer { LivePlugins.remove(self) }
        reap(blocking: false)
        guard exitStatus == nil else { return }
        kill(pid, SIGTERM)
        for _ in 0..<20 {
            reap(blocking: false)
            if exitStatus != nil { break }
            usleep(10_000)
        }
        kill(-pid, SIGKILL)  // the group: a shell script's children too
        if exitStatus == nil { kill(pid, SIGKILL); reap(blocking: true) }
    }
}

/// The plugin processes alive, stopped when mqt exits (a plugin that ignores SIGTERM must not
/// outlive it).
enum LivePlugins {
    nonisolated(unsafe) private static var processes: [ObjectIdentifier: Weak] = [:]
    private static let lock = NSLock()
    nonisolated(unsafe) private static var exitHookInstalled = false

    private struct Weak { weak var process: PluginProcess? }

    static func add(_ process: PluginProcess) {
        lock.withLock {
            processes[ObjectIdentifier(process)] = Weak(process: process)
            if !exitHookInstalled {
                exitHookInstalled = true
                atexit { LivePlugins.stopAll() }
            }
        }
    }

    static func remove(_ process: PluginProcess) { _ = lock.withLock { processes.removeValue(forKey: ObjectIdentifier(process)) } }

    static func stopAll() {
        let alive = lock.withLock { processes.values.compactMap(\.process) }
        alive.forEach { $0.stop() }
    }
}
