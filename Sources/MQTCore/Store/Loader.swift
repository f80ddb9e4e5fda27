import Foundation

/// The result of loading a set of paths.
public struct LoadReport: Sendable, Equatable {
    /// Files stored as new or replacing an older version.
    public var loadedFiles: [String] = []
    /// Files already stored (same content) or older than the stored version of their day.
    public var unchangedFiles: [String] = []
    /// Files in a folder that are not transcripts (README, changedates.txt, ...).
    public var skippedFiles: [String] = []
    /// Files that could not be read, with the error for each.
    public var failures: [(file: String, error: String)] = []
    /// Transcripts and speeches stored by this load.
    public var transcripts = 0
    public var speeches = 0
    /// Bytes read.
    public var bytes = 0

    public init() {}

    public static func == (a: LoadReport, b: LoadReport) -> Bool {
        a.loadedFiles == b.loadedFiles && a.unchangedFiles == b.unchangedFiles && a.skippedFiles == b.skippedFiles
            && a.failures.map(\.file) == b.failures.map(\.file) && a.transcripts == b.transcripts
            && a.speeches == b.speeches
    }
}

/// Progress of a load, reported after each file.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var speeches: Int
}

/// Expands paths into files, recognises each file's format, parses it and stores it.
public struct Loader {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Loads files and folders (recursively, in name order). A file named explicitly that is not a
    /// transcript is a failure; inside a folder it is skipped.
    public func load(
        _ paths: [String], progress: ((LoadProgress) -> Void)? = nil, isCancelled: () -> Bool = { false }
    ) throws -> LoadReport {
        var report = LoadReport()
        var files: [(path: String, explicit: Bool, size: Int)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report.failures.append((path, CoreError.fileNotFound(path).description))
                continue
            }
            if isDirectory.boolValue {
                files += Self.filesBelow(path).map { ($0, false, Self.size(of: $0)) }
            } else {
                files.append((path, true, Self.size(of: path)))
            }
        }
        let bytesTotal = files.reduce(0) { $0 + $1.size }
        for (index, file) in files.enumerated() {
            if isCancelled() { break }
            loadOne(file.path, explicit: file.explicit, into: &report)
            progress?(
                LoadProgress(
                    filesDone: index + 1, filesTotal: files.count, bytesDone: report.bytes,
                    bytesTotal: bytesTotal, speeches: report.speeches))
        }
        return report
    }

    func loadOne(_ path: String, explicit: Bool, into report: inout LoadReport) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            report.failures.append((path, CoreError.unreadable(path, reason: "permission denied or not a file").description))
            return
        }
        report.bytes += data.count
        guard let reader = ReaderRegistry.reader(for: data, fileName: (path as NSString).lastPathComponent) else {
            if explicit {
                report.failures.append((path, CoreError.unrecognisedFormat(path).description))
            } else {
                report.skippedFiles.append(path)
            }
            return
        }
        do {
            let parsed = try reader.read(data, path: path)
            let hash = ContentHash.digest(data)
            var stored = false
            for (index, item) in parsed.enumerated() {
                let itemHash = parsed.count == 1 ? hash : "\(hash)#\(index)"
                switch try store.add(item, sourceFile: path, contentHash: itemHash) {
                case .added(let count), .replaced(let count):
                    report.transcripts += 1
                    report.speeches += count
                    stored = true
                case .unchanged, .superseded:
                    break
                }
            }
            if stored { report.loadedFiles.append(path) } else { report.unchangedFiles.append(path) }
        } catch let error as CoreError {
            report.failures.append((path, error.description))
        } catch {
            report.failures.append((path, "\(path): \(error)"))
        }
    }

    /// Regular files below `folder`, hidden ones left out, sorted by path.
    static func filesBelow(_ folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [String] = []
        for case let item as URL in walker {
            if (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(item.path.dropFirst(url.path.count).drop(while: { $0 == "/" }))
                result.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
            }
        }
        return result.sorted()
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
