import Foundation
import MQTKit

/// `record FILE` / `record stop`: writes the session as a `.mqt` script, replayable by `mqt test`.
struct RecordCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "record", summary: "write what you type, with its output, to a .mqt script; `record stop` ends",
        arguments: [ArgumentSpec("file", summary: "the script to write, or `stop`", completion: .files)],
        options: [OptionSpec("force", summary: "overwrite the file if it exists")],
        returns: .text,
        examples: [
            Example("an existing file is not overwritten", "record ../seeds/prevent-in-london-2021-11-29.txt",
                output: "error: ../seeds/prevent-in-london-2021-11-29.txt already exists (add --force to overwrite it)"),
        ])

    func run(_ call: Call, session: Session) throws -> Value {
        let typed = call.argument("file") ?? ""
        if typed == "stop" {
            guard let recorder = session.recorder else { return .text("not recording") }
            session.recorder = nil
            return .text("stopped recording to \(recorder.path)")
        }
        try session.settings.safe.checkWrite(session.resolve(path: typed), shownAs: typed, force: call.flag("force"))
        let path = try OutputFile.check(typed, at: session.resolve(path: typed), force: call.flag("force"))
        session.recorder = try ScriptRecorder(path: path, shownAs: typed)
        return .text("recording to \(typed); `record stop` ends")
    }
}
