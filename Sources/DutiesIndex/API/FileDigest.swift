import Crypto

/// The digest `duties` records for a file: the SHA-256 of its bytes, in lower-case hex.
///
/// The corpus index stores it to know an unchanged file, and the command line sets it as a
/// document's `DocumentMetadata.sha256` where it reads a file, so that the JSON of
/// `extract`, `diff` and `summary` and the index give one digest for the same file.
public enum FileDigest {
  /// The SHA-256 of `bytes`, in lower-case hex.
  public static func sha256(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }
}
