import Foundation
import XCTest

/// The init file (`~/.config/mqt/init.mqt`, `~/.mqtrc`, `--init FILE`, `--no-init`) runs before
/// anything else, as `.sqliterc` and `.psqlrc` do; the command line's options win over its settings.
final class InitFileTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/.config/mqt", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func mqt(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try runMQT(["seeds/prevent-in-london-2021-11-29.txt"] + arguments, environment: ["HOME": home, "XDG_CONFIG_HOME": ""].merging(environment) { $1 })
    }

    func testTheInitFileDefinesMacrosAndSettingsForEveryRoute() throws {
        try "def busiest n = speakers --limit $n\nset format csv\n".write(toFile: home + "/.config/mqt/init.mqt", atomically: true, encoding: .utf8)
        let csv = "speaker,party_or_role,turns,words,share_percent,mean_words,median_words,first_date,last_date\r\nSadiq Khan,Mayor of London,3,943,74.5,314,329,2021-11-29,2021-11-29\n"
        XCTAssertEqual(try mqt(["-c", "busiest 1"]).stdout, csv)
        XCTAssertEqual(try mqt([], environment: [:]).status, 0)
        let piped = try runMQT(["seeds/prevent-in-london-2021-11-29.txt"], stdin: "busiest 1\n", environment: ["HOME": home, "XDG_CONFIG_HOME": ""])
        XCTAssertEqual(piped.stdout, csv, "commands from stdin see it too")
        // The command line's --format wins over the init file's `set format`.
        XCTAssertEqual(try mqt(["--format", "plain", "-c", "busiest 1"]).stdout, "Sadiq Khan  Mayor of London  3  943  74.5  314  329  2021-11-29  2021-11-29\n")
        let skipped = try mqt(["--no-init", "-c", "busiest 1"])
        XCTAssertEqual(skipped.status, 1)
        XCTAssertEqual(skipped.stderr, "error: unknown command 'busiest'\n  busiest 1\n  ^^^^^^^\n")
    }

    func testMqtrcXDGAndInitChooseTheFile() throws {
        try "def who-asks = qa-stats --by asker --format csv\n".write(toFile: home + "/.mqtrc", atomically: true, encoding: .utf8)
        XCTAssertEqual(try mqt(["-c", "who-asks"]).stdout.components(separatedBy: "\r\n").first, "asker,questions,answered,unanswered,answered_percent,question_mean_words,answer_mean_words,answer_to_question_words,echo_percent")
        let xdg = home + "/xdg"
        try FileManager.default.createDirectory(atPath: xdg + "/mqt", withIntermediateDirectories: true)
        try "def who-asks = count --by kind --format csv\n".write(toFile: xdg + "/mqt/init.mqt", atomically: true, encoding: .utf8)
        XCTAssertEqual(try mqt(["-c", "who-asks"], environment: ["XDG_CONFIG_HOME": xdg]).stdout, "kind,speeches,hits\r\nquestion,4,0\r\nanswer,3,0\n", "XDG_CONFIG_HOME/mqt/init.mqt comes before ~/.mqtrc")
        try "def who-asks = count\n".write(toFile: home + "/other.mqt", atomically: true, encoding: .utf8)
        XCTAssertEqual(try mqt(["--init", home + "/other.mqt", "-c", "who-asks"]).stdout, "7 speeches, 0 hits\n")
        let missing = try mqt(["--init", home + "/none.mqt", "-c", "count"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.hasPrefix("error: --init: \(home)/none.mqt: no such script\n"), missing.stderr)
    }

    func testAnErrorInTheInitFileIsNamedAndTheSessionGoesOn() throws {
        try "set format csv\nbusiest 1\nset format json\n".write(toFile: home + "/.config/mqt/init.mqt", atomically: true, encoding: .utf8)
        let result = try mqt(["-c", "count prevent"])
        XCTAssertEqual(result.stderr, "error: \(home)/.config/mqt/init.mqt:2: unknown command 'busiest'\n  busiest 1\n  ^^^^^^^\n")
        XCTAssertEqual(result.stdout, "speeches,hits\r\n4,10\n", "the lines before the error took effect, the rest did not")
        XCTAssertEqual(result.status, 0)
    }
}
