/// mqt's version, as `mqt --version` prints it and exports record it.
public enum MQTVersion {
    public static let current = "0.9.0"
}
