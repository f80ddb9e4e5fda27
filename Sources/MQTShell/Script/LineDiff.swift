/// A short diff of an expected block against actual output: `-` expected, `+` actual, ` ` both.
enum LineDiff {
    static func render(expected: [String], actual: [String]) -> [String] {
        let e = expected.map(OutputMatcher.normalise)
        let a = OutputMatcher.lines(of: actual.joined(separator: "\n"))
        var table = Array(repeating: Array(repeating: 0, count: a.count + 1), count: e.count + 1)
        for i in stride(from: e.count - 1, through: 0, by: -1) {
            for j in stride(from: a.count - 1, through: 0, by: -1) {
                table[i][j] = same(e[i], a[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0
        var j = 0
        while i < e.count || j < a.count {
            if i < e.count, j < a.count, same(e[i], a[j]) {
                out.append("  " + a[j])
                i += 1
                j += 1
            } else if i < e.count, e[i] == "..." {
                out.append("  ...")
                i += 1
            } else if j < a.count, i == e.count || table[i][j + 1] >= table[i + 1][j] {
                out.append("+ " + a[j])
                j += 1
            } else {
                out.append("- " + e[i])
                i += 1
            }
        }
        return out
    }

    static func same(_ pattern: String, _ line: String) -> Bool {
        pattern != "..." && OutputMatcher.lineMatches(pattern, line)
    }
}
