import Foundation
import MQTCore
import MQTKit

/// TAB completion from the command declarations: command names, option names and values,
/// speaker names, `set` keys and file paths.
public struct Completer {
    let session: Session
    public init(session: Session) { self.session = session }

    /// Candidates for the word under the cursor, given the text before the cursor.
    public func complete(_ before: String) -> (candidates: [String], wordStart: Int) {
        // External plugins described since the last line offer their commands too (a program
        // still starting gets a moment, not the whole plugin_timeout).
        session.adoptPlugins(waitingUntil: Date(timeIntervalSinceNow: 0.3))
        let stageText = before.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? before
        let stageStart = before.count - stageText.count
        let (words, current, currentStart) = Self.split(stageText)
        let start = stageStart + currentStart
        guard let commandName = words.first else {
            let names = session.registry.names.filter { !$0.contains(" ") } + session.variables.keys.map { "$" + $0 }
            return (names.filter { $0.hasPrefix(current) }.sorted(), start)
        }
        // The second word of a name in two words (`qa stats`), beside what the first command takes.
        let secondWords = words.count == 1
            ? session.registry.names.filter { $0.hasPrefix(commandName + " ") }.map { String($0.dropFirst(commandName.count + 1)) }
                .filter { $0.hasPrefix(current) && !current.isEmpty } : []
        let named = session.registry.command(startingWith: words.map { Word(value: $0, raw: $0, span: 0..<0) })
        guard let command = named?.command else { return ([], start) }
        let spec = command.spec
        let typed = named?.words == 2 ? [commandName] + words.dropFirst(2) : words
        if current.hasPrefix("--") {
            let names = spec.allOptions.map { "--" + $0.name }
            return (names.filter { $0.hasPrefix(current) }, start)
        }
        if let previous = typed.last, previous.hasPrefix("--") {
            let name = String(previous.dropFirst(2))
            if let option = spec.allOptions.first(where: { $0.name == name }), option.valueName != nil {
                return (values(option.completion, current: current, set: false), start)
            }
        }
        let positional = typed.dropFirst().filter { !$0.hasPrefix("--") }.count
        let argument = spec.arguments.indices.contains(positional) ? spec.arguments[positional]
            : spec.arguments.last.flatMap { $0.shape == .word ? nil : $0 }
        if spec.name == "set", positional == 1, let key = typed.dropFirst().first, let setting = SettingKey.named(key) {
            return (setting.choices.filter { $0.hasPrefix(current) }, start)
        }
        guard let argument else { return (secondWords, start) }
        if argument.shape == .query, let colon = current.range(of: "speaker:") {
            let prefix = String(current[..<colon.upperBound])
            let partial = String(current[colon.upperBound...])
            return (speakers(partial).map { prefix + $0 }, start)
        }
        return (secondWords + values(argument.completion, current: current, set: spec.name == "set"), start)
    }

    func values(_ source: CompletionSource, current: String, set: Bool) -> [String] {
        switch source {
        case .none: return []
        case .choices(let choices): return choices.filter { $0.hasPrefix(current) }
        case .commands: return session.registry.names.filter { $0.hasPrefix(current) }
        case .settingKeys: return SettingKey.all.map(\.key).filter { $0.hasPrefix(current) }
        case .speakers: return speakers(current)
        case .files: return files(current)
        }
    }

    /// Speaker names matching the typed start of any of their words; names with spaces come quoted.
    func speakers(_ typed: String) -> [String] {
        let bare = typed.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
        let names = (try? session.store.speakerNames()) ?? []
        return names.filter { name in
            name.lowercased().hasPrefix(bare) || name.lowercased().split(separator: " ").contains { $0.hasPrefix(bare) }
        }.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
    }

    func files(_ typed: String) -> [String] {
        let expanded = session.resolve(path: typed.isEmpty ? "./" : typed)
        let directory = typed.hasSuffix("/") || typed.isEmpty ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = typed.hasSuffix("/") || typed.isEmpty ? "" : (typed as NSString).lastPathComponent
        let shownDirectory = typed.hasSuffix("/") ? typed : (typed.contains("/") ? (typed as NSString).deletingLastPathComponent + "/" : "")
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return entries.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }

    /// Complete words before the cursor, the word being typed, and where it starts.
    static func split(_ text: String) -> (words: [String], current: String, start: Int) {
        var words: [String] = []
        var current = ""
        var start = 0
        var quote: Character?
        for (index, ch) in text.enumerated() {
            if quote == nil && ch == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
                start = index + 1
                continue
            }
            if ch == "\"" { quote = quote == nil ? ch : nil }
            current.append(ch)
        }
        return (words, current, start)
    }
}
