import Foundation
import MQTPlugins
import MQTShell

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A session as scripts get it, with the seed transcript loaded.
func seededSession() throws -> Session {
    let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/examples")
    let outcome = session.execute("load ../seeds/prevent-in-london-2021-11-29.txt")
    precondition(outcome.error == nil, "seed did not load: \(outcome)")
    return session
}
