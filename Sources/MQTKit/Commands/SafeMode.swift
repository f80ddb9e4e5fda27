import Foundation

/// Safe mode (`mqt --safe`, `set safe on`): the one policy for what a script someone sent may do.
/// Every command that reads or writes a file the user named, opens a store or starts a program
/// asks it first. Off, all is allowed. On (for good: a session cannot turn it off), files are read
/// and written only inside one folder (the script's, else the working directory), judged after
/// following links and `..`; nothing is overwritten (`--force` is refused); no other store is
/// opened and no external plugin runs. Paths given on mqt's own command line are the user's and
/// are loaded before safe mode begins.
public struct SafeMode: Sendable, Equatable {
    /// The folder files are confined to, links resolved; nil when safe mode is off.
    public let folder: String?

    /// Everything allowed.
    public static let off = SafeMode(folder: nil)

    /// Safe mode confining files to `folder` (nil: off).
    public init(folder: String?) { self.folder = folder.map(Self.realPath) }

    /// The `--safe` option's help.
    public static let flagHelp = "Safe mode for a script someone sent: files only inside its folder, nothing overwritten, no plugins add or open (mqt help safe)."

    /// What `help safe` shows: what safe mode guarantees, and how to turn it on.
    public static let help = """
        Safe mode, for running a script someone else wrote: `mqt --safe -c ...`, `mqt run --safe
        SCRIPT`, `mqt test --safe`, `mqt --safe` (the REPL), or `set safe on` inside a session. Once
        on it stays on: `set safe off` is refused.

        The folder is the script's (for mqt run and mqt test), else the working directory, fixed
        when safe mode begins. In safe mode:
          - files are read only inside that folder or below it: load (every file in a folder
            loaded), load --members, run, --stopwords FILE;
          - files are written only there, and only new ones: export, record and
            datasette-metadata refuse a path outside, and --force (nothing is overwritten);
          - open (another database) and plugins add (an external program) are refused;
          - the sql command never attaches another database (in any mode).
        Paths are judged after following links and `..`. Files named on mqt's own command line
        (PATH ..., --db) are yours and load before safe mode begins.
        """

    /// Whether safe mode is on.
    public var isOn: Bool { folder != nil }

    /// Throws unless a command may read the file or folder at `path` (`shownAs` as typed).
    public func checkRead(_ path: String, shownAs: String) throws {
        guard let folder, !Self.isInside(Self.realPath(path), folder) else { return }
        throw CommandError.unsafe(.readOutside(shownAs, folder: folder))
    }

    /// Throws unless a command may write a file at `path`: inside the folder, and never over a
    /// file (`--force`).
    public func checkWrite(_ path: String, shownAs: String, force: Bool) throws {
        guard let folder else { return }
        if !Self.isInside(Self.realPath(path), folder) { throw CommandError.unsafe(.writeOutside(shownAs, folder: folder)) }
        if force { throw CommandError.unsafe(.overwrite) }
    }

    /// Throws when safe mode is on: for what it never allows.
    public func refuse(_ refusal: Refusal) throws {
        if isOn { throw CommandError.unsafe(refusal) }
    }

    /// What safe mode refused; the messages are `CommandError`'s.
    public enum Refusal: Sendable, Equatable {
        case readOutside(String, folder: String)
        case writeOutside(String, folder: String)
        case overwrite
        case externalPlugin
        case openStore
        case turnOff
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// `path` absolute, with links and `..` resolved as far as it exists (the rest, a file to be
    /// written, is taken as written: it cannot be a link yet).
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                var base = String(cString: resolved)
                free(resolved)
                for part in rest.reversed() {
                    switch part {
                    case "", ".": continue
                    case "..": base = (base as NSString).deletingLastPathComponent
                    default: base = base == "/" ? "/" + part : base + "/" + part
                    }
                }
                return base
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
