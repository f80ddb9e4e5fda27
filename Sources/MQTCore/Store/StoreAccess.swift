import Foundation

/// How a store file can be opened by this process: read and written, or only read (the file, or
/// the folder SQLite keeps its `-wal` and `-shm` files in, is not writable).
enum StoreAccess: Equatable {
    case readWrite
    /// The file is read-only; its folder takes SQLite's `-shm` file.
    case readOnly
    /// Nothing can be created next to the file: opened immutable (no `-shm`, no locks).
    case readOnlyFolder

    /// Judged with access(2), as this process's user: a missing file is read-write (creating it
    /// fails with SQLite's own message when the folder is not writable).
    init(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
        guard access(path, F_OK) == 0 else {
            self = .readWrite
            return
        }
        let fileWritable = access(path, W_OK) == 0
        if fileWritable && folderWritable {
            self = .readWrite
        } else if folderWritable || access(path + "-shm", W_OK) == 0 {
            self = .readOnly
        } else {
            self = .readOnlyFolder
        }
    }

    /// `file:PATH?immutable=1`, the path percent-encoded where URI syntax needs it.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for character in path.unicodeScalars {
            switch character {
            case "%", "?", "#": encoded += String(format: "%%%02X", character.value)
            default: encoded.unicodeScalars.append(character)
            }
        }
        return "file:\(encoded)?immutable=1"
    }
}
