import Foundation
import MQTKit

/// Arithmetic and set look-ups that keyness and collocates share.
enum Measures {
    /// G² (log-likelihood) of a 2×2 table of observed counts `o11 o12 / o21 o22`: 2 Σ O ln(O/E),
    /// each E from the table's margins (row total × column total / N). A cell with O = 0 adds 0;
    /// a negative cell (which overlapping windows can make) is taken as 0 before the margins.
    static func g2(_ o11: Double, _ o12: Double, _ o21: Double, _ o22: Double) -> Double {
        let cells = [o11, o12, o21, o22].map { max(0, $0) }
        let total = cells.reduce(0, +)
        guard total > 0 else { return 0 }
        let rows = [cells[0] + cells[1], cells[2] + cells[3]]
        let columns = [cells[0] + cells[2], cells[1] + cells[3]]
        var sum = 0.0
        for (index, observed) in cells.enumerated() where observed > 0 {
            let expected = rows[index / 2] * columns[index % 2] / total
            sum += observed * log(observed / expected)
        }
        return 2 * sum
    }

    /// `value` rounded to `places` decimals, with -0 made 0 (so nothing prints as -0.00).
    static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        let result = (value * scale).rounded() / scale
        return result == 0 ? 0 : result
    }

    /// A cell of `value` to `places` decimals, or empty (null) when it is not finite.
    static func decimal(_ value: Double, places: Int) -> Cell {
        value.isFinite ? .decimal(rounded(value, places: places), places: places) : .null
    }

    /// The set a subset argument names: `$name` (a set kept with `let`), or a query within
    /// `within` (a piped set, or the whole corpus when nil).
    static func subset(_ text: String, within: SpeechSet?, context: any Context) throws -> SpeechSet {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("$") else {
            return try context.corpus.select(trimmed, within: within, order: nil, stem: context.settings.stem)
        }
        let name = String(trimmed.dropFirst())
        guard let first = name.first, !first.isNumber, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw CommandError.invalid("'\(trimmed)' is not a kept result: give $NAME (keep one with: let NAME = COMMAND) or a query")
        }
        guard let value = context.variable(name) else {
            throw CommandError.notFound("no result named '$\(name)' (keep one with: let \(name) = COMMAND)")
        }
        guard let set = value.speechSet else {
            throw CommandError.invalid("$\(name) is \(value.kind.noun), not a set of speeches")
        }
        guard within == nil else {
            throw CommandError.invalid("$\(name) cannot be narrowed by a piped set; give one or the other")
        }
        return set
    }
}
