import Foundation
import MQTCore
import MQTPlugins
import MQTShell

/// One thing the fuzzer feeds bytes to. An error thrown is a correct answer to bad input; only a
/// crash, a hang or runaway memory is a finding.
enum FuzzTarget {
    /// The targets by name: each reader by its format name, then the rest.
    static let names: [String] = ReaderRegistry.all.map(\.format) + [
        "parlparse-parts", "jsonl-parts", "members", "recognise", "query", "command",
    ]

    /// A file name each reader accepts (ParlParse takes its section and date from it).
    static func fileName(for format: String) -> String {
        switch format {
        case "parlparse": return "debates2009-10-28a.xml"
        case "csv": return "fuzz.csv"
        case "jsonl": return "fuzz.jsonl"
        case "twfy-api-json", "za-questions": return "fuzz.json"
        case "twfy-html": return "fuzz.html"
        case "plain-transcript", "twfy-text": return "fuzz.txt"
        default: return "fuzz.xml"
        }
    }

    static let registry = CommandRegistry(plugins: AllPlugins.list)

    /// Feeds `data` to the target named `name`.
    static func run(_ name: String, _ data: Data) {
        if let reader = ReaderRegistry.all.first(where: { $0.format == name }) {
            guard let parsed = try? reader.read(data, path: fileName(for: name)) else { return }
            // What the loader does next: join, count words and sentences.
            for transcript in parsed { _ = PreparedTranscript(transcript, sourceFile: "fuzz", contentHash: "fuzz") }
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        switch name {
        case "parlparse-parts": checkParts(data)
        case "jsonl-parts": checkJSONLinesParts(data)
        case "members": _ = try? MemberFileReader.read(data, path: "fuzz.xml")
        case "recognise": _ = ReaderRegistry.reader(for: data, fileName: "fuzz")
        case "query": _ = try? Query(text)
        case "command": try? SyntaxCheck.check(text, registry: registry)
        default:
            FileHandle.standardError.write(Data("mqt-fuzz: no target '\(name)' (targets: \(names.joined(separator: " ")))\n".utf8))
            exit(2)
        }
    }

    /// A ParlParse file read from disk in parts (as a large file is loaded) must give what it gives
    /// read whole from memory, or fail as that does: a difference traps, so it is a finding.
    static func checkParts(_ data: Data) {
        let path = partsFolder + "/" + fileName(for: "parlparse")
        guard (try? data.write(to: URL(fileURLWithPath: path))) != nil else { return }
        let whole = Result { try ParlParseReader().read(data, path: path) }
        var parts: [ParsedTranscript] = []
        let inParts = Result { try ParlParseReader().read(file: path, partBytes: 64) { part, _, _ in parts.append(part) } }
        switch (whole, inParts) {
        case (.success(let whole), .success):
            guard whole.count == 1, whole[0].speeches == parts.flatMap(\.speeches), whole[0].transcript == parts.last?.transcript else {
                fatalError("read in \(parts.count) parts, the file gives other speeches or another transcript than read whole")
            }
        case (.failure(let whole), .failure(let inParts)):
            // A file with two problems may be refused for either: which the parser meets first
            // depends on how far ahead of the reader it has read, which differs from disk. A file
            // cut short must name the same element either way.
            let truncated = ["\(whole)", "\(inParts)"].filter { $0.contains("the file ends inside") }
            guard truncated.count != 2 || truncated[0] == truncated[1] else {
                fatalError("read whole: \(whole); read in parts: \(inParts)")
            }
        case (.success, .failure(let error)):
            fatalError("read whole it loads; read in parts: \(error)")
        case (.failure(let error), .success):
            fatalError("read in parts it loads; read whole: \(error)")
        }
    }

    /// A JSON Lines file read from disk twice and handed on in groups and parts (as a large one is
    /// loaded) must give the transcripts it gives read whole, or the same error: else it traps.
    static func checkJSONLinesParts(_ data: Data) {
        let path = partsFolder + "/fuzz.jsonl"
        guard (try? data.write(to: URL(fileURLWithPath: path))) != nil else { return }
        let whole = Result { try JSONLinesReader().read(data, path: path) }
        var transcripts: [ParsedTranscript] = []
        var current: ParsedTranscript?
        let streamed = Result {
            try JSONLinesReader().stream(path: path, groupBytes: 64) { piece, _ in
                switch piece {
                case .transcripts(let group):
                    transcripts += group.map(\.transcript)
                case .part(let part, _, let last):
                    if var joined = current {
                        joined.speeches += part.speeches
                        joined.seqs = joined.seqs.map { $0 + (part.seqs ?? []) }
                        current = joined
                    } else {
                        current = part
                    }
                    if last, let done = current {
                        transcripts.append(done)
                        current = nil
                    }
                }
            }
        }
        switch (whole, streamed) {
        case (.success(let whole), .success):
            guard whole == transcripts else { fatalError("read in parts, the file gives other transcripts than read whole") }
        case (.failure(let whole), .failure(let streamed)):
            guard "\(whole)" == "\(streamed)" else { fatalError("read whole: \(whole); in parts: \(streamed)") }
        case (.success, .failure(let error)):
            fatalError("read whole it loads; in parts: \(error)")
        case (.failure(let error), .success):
            fatalError("in parts it loads; read whole: \(error)")
        }
    }

    /// A folder of this process's own for the file `checkParts` writes.
    static let partsFolder: String = {
        let folder = NSTemporaryDirectory() + "mqt-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// The target `MQT_FUZZ_TARGET` names.
    static let chosen: String = ProcessInfo.processInfo.environment["MQT_FUZZ_TARGET"] ?? "query"
}

#if MQT_LIBFUZZER
/// libFuzzer's entry: one input to the target `MQT_FUZZ_TARGET` names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTarget.run(FuzzTarget.chosen, Data(bytes: bytes, count: count))
    return 0
}
#else
/// Without libFuzzer: `mqt-fuzz TARGET FILE...` runs each file once (a crash reproduces), and
/// `mqt-fuzz --targets` lists the targets.
@main
struct Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--targets" || arguments.isEmpty {
            print(FuzzTarget.names.joined(separator: "\n"))
            return
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzTarget.run(arguments[0], data)
            print("ok \(path)")
        }
    }
}
#endif
