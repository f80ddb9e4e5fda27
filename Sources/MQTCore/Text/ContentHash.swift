import Foundation

/// A 128-bit content fingerprint (two FNV-1a lanes): enough to tell files apart, fast to compute.
public enum ContentHash {
    /// Hex digest of `data`.
    public static func digest(_ data: Data) -> String {
        var lanes = Lanes()
        lanes.add(data)
        return lanes.digest
    }

    /// Hex digest of the file at `path`, read a megabyte at a time: the same as `digest` of its
    /// bytes. Nil when it cannot be read.
    public static func digest(fileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var lanes = Lanes()
        do {
            // nil or empty: the end of the file.
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { lanes.add(chunk) }
        } catch {
            return nil
        }
        return lanes.digest
    }

    /// The two lanes and the byte count, fed in pieces.
    struct Lanes {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        var count: UInt64 = 0
        static let prime: UInt64 = 0x0000_0100_0000_01b3

        mutating func add(_ data: Data) {
            var (a, b) = (self.a, self.b)
            data.withUnsafeBytes { raw in
                for byte in raw.bindMemory(to: UInt8.self) {
                    a = (a ^ UInt64(byte)) &* Self.prime
                    b = (b ^ UInt64(byte ^ 0x5c)) &* Self.prime
                }
            }
            (self.a, self.b) = (a, b)
            count += UInt64(data.count)
        }

        var digest: String { String(format: "%016llx%016llx", a, b ^ count) }
    }
}
