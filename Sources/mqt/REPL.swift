import Foundation
import LineEditor
import MQTCore
import MQTKit
import MQTShell

/// The interactive loop: libedit for input, the session for everything else.
struct REPL {
    let session: Session

    func run() throws {
        session.settings.color = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        session.progressSink = { line in
            let clear = "\r\u{1B}[K"
            FileHandle.standardError.write(Data((line.isEmpty ? clear : clear + line).utf8))
        }
        let completer = Completer(session: session)
        let editor = LineEditor(
            programName: "mqt", prompt: "mqt> ", historyFile: Self.historyPath(),
            completer: { before in
                let result = completer.complete(before)
                return Completion(candidates: result.candidates, wordStart: result.wordStart)
            })
        InterruptSignal.install(onInterrupt: { _ in Interruption.request() })
        let (count, from, to) = try session.store.transcriptSpan()
        let span = from.map { from in to.map { $0 == from ? ", \(from)" : ", \(from) to \($0)" } ?? "" } ?? ""
        print("mqt: \(count) transcript\(count == 1 ? "" : "s")\(span). Type help, or Ctrl-D to leave.")
        var pending = ""
        while true {
            editor.prompt = pending.isEmpty ? "mqt> " : "...> "
            switch editor.readLine() {
            case .endOfInput:
                return
            case .interrupted:
                pending = ""
                continue
            case .line(let text):
                let line = pending.isEmpty ? text : pending + "\n" + text
                if Self.needsMore(line) {
                    pending = line.hasSuffix("\\") ? String(line.dropLast()) : line
                    continue
                }
                pending = ""
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                editor.addHistory(line.replacingOccurrences(of: "\n", with: " "))
                session.settings.width = Self.terminalWidth()
                let outcome = session.execute(line.replacingOccurrences(of: "\n", with: " "))
                if Interruption.isRequested {
                    // The terminal has echoed ^C where the cursor was; start the message on a new line.
                    print(outcome.error == nil ? "^C (interrupted)" : "")
                }
                Output.show(outcome, session: session)
                if outcome.shouldQuit { return }
            }
        }
    }

    /// A line continues when it ends in a backslash or leaves a quote open.
    static func needsMore(_ line: String) -> Bool {
        if line.hasSuffix("\\") { return true }
        return line.filter { $0 == "\"" }.count % 2 == 1
    }

    static func historyPath() -> String {
        if let path = ProcessInfo.processInfo.environment["MQT_HISTORY"], !path.isEmpty { return path }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".mqt_history")
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return min(Int(size.ws_col), 1000) }
        return 80
    }
}
