import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one `LineEditor.readLine()` call produced.
public enum LineEvent: Sendable, Equatable {
    /// A line the user entered, without its trailing newline.
    case line(String)
    /// Ctrl-C dropped the line being edited.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Interactive line editing with history and TAB completion over libedit.
/// When stdin is not a terminal it reads plain lines, prints no prompt and keeps no history.
public final class LineEditor {
    private let editLine: OpaquePointer?
    private let history: OpaquePointer?
    private let historyFile: String?
    private let completer: (String) -> Completion
    private var promptStorage: UnsafeMutablePointer<CChar>?
    private var interrupted = false

    /// Whether stdin is a terminal and libedit does the editing.
    public let isInteractive: Bool

    /// The prompt shown by the next `readLine()`; terminal escapes may be wrapped in `\u{1}` pairs.
    public var prompt: String {
        didSet { replacePromptStorage() }
    }

    /// `completer` receives the line text up to the cursor and returns what may complete the word under it.
    public init(programName: String, prompt: String, historyFile: String?,
                completer: @escaping (String) -> Completion) {
        self.prompt = prompt
        self.historyFile = historyFile
        self.completer = completer
        self.promptStorage = strdup(prompt)
        mqt_setup_locale()
        let interactive = mqt_stdin_is_tty() != 0
        let editLine = interactive ? mqt_el_init(programName) : nil
        self.editLine = editLine
        self.isInteractive = editLine != nil
        self.history = editLine != nil ? history_init() : nil
        guard let editLine else { return }

        mqt_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        mqt_el_set_editor(editLine, "emacs")
        mqt_el_set_signal(editLine, 1)
        mqt_el_set_prompt(editLine) { el in
            guard let editor = LineEditor.from(el) else { return nil }
            return UnsafePointer(editor.promptStorage)
        }
        mqt_el_set_tty_noisig(editLine)
        mqt_el_addfn(editLine, "mqt-interrupt", "Drop the line being edited") { el, _ in
            guard let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
            editor.interrupted = true
            // Go to the end of the line, show ^C, then end the line through ed-newline so
            // libedit itself moves below the (possibly wrapped) line and prints the newline.
            el_push(el, "\u{5}^C\r")
            return UInt8(CC_NORM)
        }
        mqt_el_bind(editLine, "^C", "mqt-interrupt")
        mqt_el_addfn(editLine, "mqt-suspend", "Suspend the process") { _, _ in
            kill(0, SIGTSTP)  // -isig keeps the tty from doing it; libedit restores the tty
            return UInt8(CC_REDISPLAY)  // back after `fg`: draw prompt and line again
        }
        mqt_el_bind(editLine, "^Z", "mqt-suspend")
        mqt_el_bind(editLine, "^E", "ed-move-to-end")
        mqt_el_bind(editLine, "^M", "ed-newline")
        mqt_el_addfn(editLine, "mqt-complete", "Complete the word before the cursor") { el, _ in
            guard let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
            return editor.complete(el)
        }
        mqt_el_bind(editLine, "^I", "mqt-complete")
        // Last, so that the user's ~/.editrc (vi mode, bindings) wins over these defaults.
        mqt_el_source_editrc(editLine)

        if let history {
            mqt_history_setsize(history, 1000)
            mqt_history_setunique(history, 1)
            if let historyFile, access(historyFile, F_OK) == 0 {
                mqt_history_load(history, historyFile)
            }
            mqt_el_set_history(editLine, history)
        }
    }

    deinit {
        if let editLine { el_end(editLine) }
        if let history { history_end(history) }
        free(promptStorage)
    }

    /// Reads one line with editing; `.interrupted` when Ctrl-C dropped the line; `.endOfInput` on Ctrl-D on an empty line.
    public func readLine() -> LineEvent {
        guard let editLine else {
            return Swift.readLine(strippingNewline: true).map(LineEvent.line) ?? .endOfInput
        }
        while true {
            interrupted = false
            var count: Int32 = 0
            let raw = el_wgets(editLine, &count)
            if interrupted { return .interrupted }
            guard let raw, count > 0 else {
                if count < 0 && errno == EINTR { continue }
                mqt_write_stdout("\n")  // libedit leaves the cursor after its "^D"
                return .endOfInput
            }
            var text = LineEditor.string(from: raw, count: Int(count))
            if text.hasSuffix("\n") { text.removeLast() }
            return .line(text)
        }
    }

    /// Adds `line` to the history (skipping blank lines and immediate duplicates) and saves the history file at once.
    public func addHistory(_ line: String) {
        guard let history, !line.allSatisfy(\.isWhitespace) else { return }
        mqt_history_enter(history, line)
        if let historyFile { mqt_history_save(history, historyFile) }
    }

    private static func from(_ el: OpaquePointer) -> LineEditor? {
        guard let data = mqt_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static func string(from wide: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<max(count, 0) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: Int32(wide[index]))) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private func replacePromptStorage() {
        free(promptStorage)
        promptStorage = strdup(prompt)
    }

    /// The TAB key: asks the completer and edits or lists; returns a libedit CC_* code.
    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_wline(el) else { return UInt8(CC_ERROR) }
        let prefixLength = info.pointee.cursor - info.pointee.buffer
        let prefix = LineEditor.string(from: info.pointee.buffer, count: prefixLength)
        switch CompletionAction.plan(prefix: prefix, completion: completer(prefix)) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let deleteCount, let insert):
            if deleteCount > 0 { el_deletestr(el, Int32(deleteCount)) }
            var wide = insert.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            return el_winsertstr(el, wide) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let candidates):
            let table = CompletionAction.columns(candidates, width: Int(mqt_el_columns(el)))
            mqt_write_stdout("\n" + table + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }
}
