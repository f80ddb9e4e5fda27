import Foundation

/// Why a row was not read.
struct TWFYRowProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
