import MQTCore

/// Fields of CSV (RFC 4180) and TSV: the one quoting rule, kept in MQTCore so `load` reads by it.
public typealias Delimited = MQTCore.Delimited
