import Duties

/// Compares two short inline texts, for differ tests.
public enum DiffProbe {
  /// The changes (without unchanged obligations) from `old` to `new`, each read from the path given
  /// (its extension decides the format).
  public static func changes(
    _ old: String, _ new: String, oldPath: String = "old.txt", newPath: String = "new.txt"
  ) throws -> [ObligationChange] {
    let reader = DocumentReader()
    return RevisionDiffer().compare(
      old: try reader.read(string: old, path: oldPath), new: try reader.read(string: new, path: newPath)
    ).realChanges
  }
}
