import Foundation

/// A 128-bit content fingerprint (two FNV-1a lanes): enough to tell files apart, fast to compute.
public enum ContentHash {
    /// Hex digest of `data`.
    public static func digest(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        let prime: UInt64 = 0x0000_0100_0000_01b3
        data.withUnsafeBytes { raw in
            for byte in raw.bindMemory(to: UInt8.self) {
                a = (a ^ UInt64(byte)) &* prime
                b = (b ^ UInt64(byte ^ 0x5c)) &* prime
            }
        }
        return String(format: "%016llx%016llx", a, b ^ UInt64(data.count))
    }
}
