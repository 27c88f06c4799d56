/// A duty-bearer or beneficiary: the words as written and the parties they name, normalised.
public struct Party: Hashable, Sendable, Codable {
  /// The words as written ("strategic health authorities, PCT clusters, PCTs and councils").
  public var text: String
  /// The parties, singular and normalised (["strategic health authority", "PCT cluster", …]).
  public var parties: [String]
  /// Whether the party is implied rather than written: the reader of imperative guidance.
  public var implicit: Bool

  /// Creates a party.
  public init(text: String, parties: [String], implicit: Bool = false) {
    self.text = text
    self.parties = parties
    self.implicit = implicit
  }

  /// The parties for people: "the reader" for imperative guidance, else the parties joined by commas,
  /// or the words as written when they name none ("it", whose antecedent was not found).
  public var names: String {
    if implicit { return "the reader" }
    return parties.isEmpty ? text : parties.joined(separator: ", ")
  }

  /// Whether it names more than one party (a joint duty).
  public var isJoint: Bool { parties.count > 1 }
}
