import Foundation
import MQTKit

/// A file written in one go: text is buffered and written to a hidden temporary file beside the
/// target, which replaces the target only when everything was written. An error (a full disk, a
/// file-size limit), Ctrl-C or a termination signal part way leaves any existing file untouched
/// and no half-written one behind (`PartialFiles`); the next export to a folder removes what a
/// process killed with SIGKILL left there.
final class ExportFile: ExportSink {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    /// Bytes written so far, buffered or not.
    private(set) var bytes = 0

    /// Creates the temporary file; throws when the folder is missing or cannot be written.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).partial"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError.notFound("\(path): no such folder \(folder)")
        }
        // What an export killed with SIGKILL left here (its signal handler never ran).
        PartialFiles.removeStale(in: folder)
        PartialFiles.register(temporaryPath)
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            PartialFiles.unregister(temporaryPath)
            throw CommandError.invalid("\(path): cannot write in \(folder)")
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporaryPath) }
        PartialFiles.unregister(temporaryPath)
    }

    /// Appends text, writing out every 64 KB.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        bytes += text.utf8.count
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is left and moves the file into place.
    func commit() throws {
        try finish()
        try place()
    }

    /// Writes what is left and closes the temporary file, ready for `place`.
    func finish() throws {
        try flush()
        let result = close(descriptor)
        descriptor = -1
        guard result == 0 else { throw failure() }
    }

    /// Moves the finished temporary file over the target.
    func place() throws {
        guard rename(temporaryPath, path) == 0 else { throw failure() }
        committed = true
    }

    /// Writes the buffer, however many calls it takes (a write may be partial or interrupted).
    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// `out.csv: cannot write (No space left on device)`, from errno.
    private func failure() -> CommandError {
        CommandError.invalid("\(path): cannot write (\(String(cString: strerror(errno))))")
    }
}
