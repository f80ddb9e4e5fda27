import Foundation
import XCTest

@testable import MQTCore

/// A disk that fills during a load, simulated with SQLite's page limit (`PRAGMA max_page_count`,
/// per connection): one error naming the file, what was stored before it, nothing of that file
/// half-stored, and the store loads again once there is room.
final class StoreFullTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mqt-full-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A plain London Assembly transcript of one day: `turns` turns (3 at least) of `words` words each.
    private func writeTranscript(_ name: String, day: Int, turns: Int, words: Int) throws {
        var text = "London Assembly Mayor’s Question Time – \(day) November 2021\n\n"
        for turn in 0..<turns {
            let speaker = turn % 2 == 0 ? "Unmesh Desai AM" : "Sadiq Khan (Mayor of London)"
            text += "\(speaker): " + (0..<words).map { "word\(($0 * 7 + turn * 13 + day) % 5000)" }.joined(separator: " ") + ".\n\n"
        }
        try text.write(toFile: folder + "/in/" + name, atomically: true, encoding: .utf8)
    }

    private func count(_ store: Store, _ sql: String) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    func testAFullStoreStopsAtTheFileThatDidNotFitAndLoadsOnceThereIsRoom() throws {
        try writeTranscript("a.txt", day: 1, turns: 3, words: 10)
        try writeTranscript("b.txt", day: 2, turns: 3, words: 10)
        // About 1.3 MB of text: more than 8 free pages of 16 KiB hold.
        try writeTranscript("c.txt", day: 3, turns: 2001, words: 100)
        try writeTranscript("d.txt", day: 4, turns: 3, words: 10)
        let store = try Store(path: folder + "/corpus.db")
        let loader = Loader(store: store)
        XCTAssertEqual(try loader.load([folder + "/in/a.txt"]).speeches, 3)
        try store.queue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)")
        }
        let full = try loader.load([folder + "/in"])
        // a is unchanged, b fits, c does not: the load stops there and never tries d.
        XCTAssertEqual(full.unchangedFiles, [folder + "/in/a.txt"])
        XCTAssertEqual(full.loadedFiles, [folder + "/in/b.txt"])
        XCTAssertEqual(full.failures.map(\.file), [folder + "/in/c.txt"])
        XCTAssertEqual(
            full.failures.map(\.error),
            [
                "\(folder)/in/c.txt: disk full: nothing of this file was stored, the load stopped here "
                    + "(stored 1 file before it: 1 transcript, 3 speeches); free space and load again"
            ])
        XCTAssertEqual(try count(store, "SELECT count(*) FROM transcripts"), 2)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speeches"), 6)
        XCTAssertEqual(try store.integrityChecks().filter { !$0.ok }, [])

        try store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        let again = try loader.load([folder + "/in"])
        XCTAssertEqual(again.loadedFiles, [folder + "/in/c.txt", folder + "/in/d.txt"])
        XCTAssertEqual(again.failures.map(\.file), [])
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speeches"), 3 + 3 + 2001 + 3)
        XCTAssertEqual(try store.integrityChecks().filter { !$0.ok }, [])
    }

    func testAFirstLoadThatFillsTheStoreStillBuildsItsIndexesLater() throws {
        try writeTranscript("a.txt", day: 1, turns: 3, words: 10)
        try writeTranscript("c.txt", day: 3, turns: 2001, words: 100)
        let path = folder + "/corpus.db"
        let store = try Store(path: path)
        try store.queue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)")
        }
        let report = try Loader(store: store).load([folder + "/in"])
        XCTAssertEqual(report.loadedFiles, [folder + "/in/a.txt"])
        XCTAssertEqual(report.failures.map(\.file), [folder + "/in/c.txt"])
        // Opened again (the page limit belonged to the old connection): whole and searchable.
        let reopened = try Store(path: path)
        XCTAssertEqual(try reopened.integrityChecks().filter { !$0.ok }, [])
        let indexes = try reopened.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'speeches' ORDER BY name") }
        XCTAssertEqual(
            indexes,
            [
                "speeches_by_date", "speeches_by_kind", "speeches_by_section", "speeches_by_speaker", "speeches_by_speech_id",
                "speeches_by_transcript",
            ])
    }
}

/// A second writer that waits longer than its busy timeout gets one clear error, and the store
/// is unchanged.
final class StoreBusyTests: XCTestCase {
    func testALoadWaitingTooLongForAnotherWriterSaysTheStoreIsBusy() throws {
        let folder = NSTemporaryDirectory() + "mqt-busy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/corpus.db"
        let holder = try Store(path: path)
        let waiter = try Store(path: path, busyTimeout: 1)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let thread = Thread {
            // Another writer (a load in another process, here a thread with its own connection).
            try? holder.queue.write { db in
                try db.execute(sql: "INSERT INTO mqt_meta(key, value) VALUES ('held', '1')")
                started.signal()
                release.wait()
            }
        }
        thread.start()
        started.wait()
        XCTAssertThrowsError(try Loader(store: waiter).load([root + "/seeds/prevent-in-london-2021-11-29.txt"])) { error in
            XCTAssertEqual(
                (error as? CoreError)?.description,
                "\(path) is busy: another process has been writing to it for 1 s (a load?); try again when it is done")
        }
        release.signal()
        // Once the other writer is done, the same load goes in.
        usleep(100_000)
        XCTAssertEqual(try Loader(store: waiter).load([root + "/seeds/prevent-in-london-2021-11-29.txt"]).speeches, 7)
    }
}
