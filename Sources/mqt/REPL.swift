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
        let banner = "mqt: \(count) transcript\(count == 1 ? "" : "s")\(span). Type help, or Ctrl-D to leave.\n"
        // The banner is for the person at the terminal: with stdout piped (`mqt | tee log`) it goes
        // where the prompt goes, so the two never interleave and the log holds only results.
        fflush(nil)
        FileHandle(fileDescriptor: isatty(1) == 1 ? 1 : 2).write(Data(banner.utf8))
        let loop = InputLoop(session: session, errorHandling: .keepGoing) { _, outcome in
            if Interruption.isRequested {
                // The terminal has echoed ^C where the cursor was; start the message on a new line.
                print(outcome.error == nil ? "^C (interrupted)" : "")
            }
            Output.show(outcome, session: session, paged: true)
        }
        loop.willRun = { editor.addHistory($0.text) }
        while true {
            editor.prompt = loop.isContinuing ? "...> " : "mqt> "
            switch editor.readLine() {
            case .endOfInput:
                return
            case .interrupted:
                loop.discardPending()
            case .line(let text):
                session.settings.width = Self.terminalWidth()
                if !loop.feed(text) { return }
            }
        }
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
