import Foundation
import MQTKit

/// A file written in one go: text is buffered and written to a hidden temporary file beside the
/// target, which replaces the target only when everything was written. An error or Ctrl-C part way
/// leaves any existing file untouched and no half-written one behind.
final class ExportFile: ExportSink {
    let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer = Data()
    private var committed = false
    /// Bytes written so far, buffered or not.
    private(set) var bytes = 0

    /// Opens the temporary file; throws when the folder cannot be written.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).partial"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError.notFound("\(path): no such folder \(folder)")
        }
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporaryPath)
        else {
            throw CommandError.invalid("\(path): cannot write in \(folder)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !committed {
            try? handle.close()  // a second close after `finish` fails harmlessly
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
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
        do {
            try handle.close()
        } catch {
            throw CommandError.invalid("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Moves the finished temporary file over the target.
    func place() throws {
        guard rename(temporaryPath, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw CommandError.invalid("\(path): cannot write the file (\(String(cString: strerror(errno))))")
        }
        committed = true
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw CommandError.invalid("\(path): cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
