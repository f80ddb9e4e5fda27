import MQTKit

/// Read-only SQL on the store, for people who know its tables (docs/STORE.md).
public let sqlPlugin = Plugin(
    name: "sql", summary: "read-only SQL on the store's tables, printed as a table",
    commands: [SQLCommand()])
