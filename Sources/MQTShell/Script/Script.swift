import Foundation

/// A parsed `.mqt` script: commands with their expected output, and everything else kept as is.
public struct Script: Equatable {
    /// One command of a script.
    public struct Step: Equatable {
        /// 1-based line of the `mqt> ` line.
        public var line: Int
        /// The command as written, continuation lines included (`mqt> ` and `...> ` lines).
        public var sourceLines: [String]
        /// The command text: the `mqt> ` line and its `...> ` lines joined as `StatementAssembler` joins them.
        public var command: String { StatementAssembler.join(sourceLines.map(Script.body)) }
        /// Expected output lines as written (`<blank>`, `...`, `[..]`, ` (re)` uninterpreted).
        public var expected: [String]
    }
    /// A line of the file: commentary/blank kept verbatim, or a step.
    public enum Item: Equatable {
        case text(String)
        case step(Step)
    }

    public var items: [Item]
    /// The steps in order.
    public var steps: [Step] { items.compactMap { if case .step(let s) = $0 { return s } else { return nil } } }

    static let prompt = "mqt> "
    static let continuation = "...> "

    /// Parses script text; it cannot fail: any line that is not a command or output is commentary.
    public init(text: String) {
        var items: [Item] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var index = 0
        let count = text.hasSuffix("\n") ? lines.count - 1 : lines.count
        while index < count {
            let line = lines[index]
            guard Self.isCommand(line) else {
                items.append(.text(line))
                index += 1
                continue
            }
            var step = Step(line: index + 1, sourceLines: [line], expected: [])
            index += 1
            while index < count, lines[index].hasPrefix(Self.continuation) {
                step.sourceLines.append(lines[index])
                index += 1
            }
            while index < count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty, !Self.isCommand(lines[index]) {
                step.expected.append(lines[index])
                index += 1
            }
            items.append(.step(step))
        }
        self.items = items
    }

    static func isCommand(_ line: String) -> Bool { line.hasPrefix(prompt) || line == "mqt>" }
    /// A typed or piped line without a leading `mqt> ` or `...> ` prompt, so that commands copied
    /// from a script or a session run as they are.
    public static func withoutPrompt(_ line: String) -> String {
        isCommand(line) || line.hasPrefix(continuation) ? body(line) : line
    }
    /// A command line's text after its `mqt> ` or `...> ` prompt.
    static func body(_ line: String) -> String {
        if line.hasPrefix(continuation) { return String(line.dropFirst(continuation.count)) }
        return line.count > prompt.count ? String(line.dropFirst(prompt.count)) : ""
    }

    /// The script written back, with step i's expected block replaced by `outputs[i]` where that is
    /// not nil (blocks that already match keep their `...` and `[..]`).
    public func rewritten(outputs: [[String]?]) -> String {
        var lines: [String] = []
        var stepIndex = 0
        for item in items {
            switch item {
            case .text(let text): lines.append(text)
            case .step(let step):
                lines.append(contentsOf: step.sourceLines)
                let output = (stepIndex < outputs.count ? outputs[stepIndex] : nil) ?? step.expected
                lines.append(contentsOf: output.map { $0.isEmpty ? "<blank>" : $0 })
                stepIndex += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
