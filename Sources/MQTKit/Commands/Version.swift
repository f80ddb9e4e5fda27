/// mqt's version, as `mqt --version` prints it and exports record it.
public enum MQTVersion {
    /// The version of this build.
    public static let current = "0.1.0"
}
