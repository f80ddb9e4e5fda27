import Foundation
import XCTest

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The `mqt` binary built beside the test bundle.
let mqtBinary: String = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments.first { $0.contains(".xctest") } ?? CommandLine.arguments[0])
    var folder = testBinary.deletingLastPathComponent()
    while folder.path != "/" && !folder.lastPathComponent.hasSuffix("debug") && !folder.lastPathComponent.hasSuffix("release") {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("mqt").path
}()

/// Result of running a process.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `mqt` with arguments and optional stdin, in `directory`.
func runMQT(_ arguments: [String], stdin: String? = nil, directory: String = repositoryRoot, environment: [String: String] = [:]) throws -> ProcessResult {
    try runProcess(mqtBinary, arguments, stdin: stdin, directory: directory, environment: environment)
}

/// Runs a `sh -c` script with `$0` set to the `mqt` binary and `$@` to the arguments (so the
/// script can set limits, then `exec "$0" "$@"`).
func runShell(_ script: String, _ arguments: [String], stdin: String? = nil, directory: String = repositoryRoot) throws -> ProcessResult {
    try runProcess("/bin/sh", ["-c", script, mqtBinary] + arguments, stdin: stdin, directory: directory)
}

/// Runs a program with arguments and optional stdin, in `directory`, colour off, COLUMNS unset.
func runProcess(
    _ executable: String, _ arguments: [String], stdin: String? = nil, directory: String = repositoryRoot, environment: [String: String] = [:]
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    // Output to a pipe is as wide as COLUMNS says; the tests' own terminal must not decide it.
    env["COLUMNS"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

extension XCTestCase {
    /// A new empty folder, removed when the test ends.
    func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }
}

/// The words `writeGeneratedCSV` cycles through: row r's word j is words[(stride × j + r) mod 14].
let generatedCSVWords = "knife crime prevention in london needs schools police youth services and families working together".split(separator: " ")

/// Writes a CSV corpus of `rows` one-speech transcripts of 100 words each (40 speakers, dates over
/// a year): big enough that loading or exporting it takes a while to be caught in the act.
func writeGeneratedCSV(to path: String, rows: Int, stride: Int = 7) throws {
    var csv = "date,title,speaker,text\n"
    let words = generatedCSVWords
    for row in 0..<rows {
        let text = (0..<100).map { words[($0 * stride + row) % words.count] }.joined(separator: " ")
        csv += "2021-\(String(format: "%02d", row % 12 + 1))-\(String(format: "%02d", row % 28 + 1)),Debate \(row),Speaker \(row % 40),\"\(text) \(row).\"\n"
    }
    try csv.write(toFile: path, atomically: true, encoding: .utf8)
}
