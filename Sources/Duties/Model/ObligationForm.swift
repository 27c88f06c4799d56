/// How an obligation is stated, which says why a bearer may be missing.
public enum ObligationForm: String, Hashable, Sendable, Codable {
  /// A party is the subject: "The council must publish…".
  case active
  /// Passive: the bearer is the agent after "by", or is not stated ("Reports shall be published").
  case passive
  /// A requirement on a thing or state, not on a party: "The photograph shall be in colour".
  case state
  /// An instruction to the reader: "Do not use…", "Ensure that…".
  case imperative
}
