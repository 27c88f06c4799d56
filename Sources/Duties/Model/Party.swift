/// A duty-bearer or beneficiary: the words as written and the parties they name, normalised.
public struct Party: Hashable, Sendable, Codable {
  /// The words as written ("strategic health authorities, PCT clusters, PCTs and councils").
  public var text: String
  /// The parties, singular and normalised (["strategic health authority", "PCT cluster", …]).
  public var parties: [String]
  /// Whether the party is implied rather than written: the reader of imperative guidance.
  public var implicit: Bool
  /// The parties a bearer named by pointing at a list covers: "Each of the bodies listed in
  /// subsection (2)" → the bodies subsection (2) names; `nil` for a bearer named outright.
  public var listed: [String]?

  /// The parties bound: those the list names for a bearer named by a list, else ``parties``.
  public var bound: [String] { listed ?? parties }

  /// Creates a party.
  public init(text: String, parties: [String], implicit: Bool = false) {
    self.text = text
    self.parties = parties
    self.implicit = implicit
  }

  /// The parties for people: "the reader" for imperative guidance, the words as written for a bearer
  /// named by a list ("Each of the bodies listed in subsection (2)"), else the parties joined by
  /// commas, or the words as written when they name none ("it", whose antecedent was not found).
  public var names: String {
    if implicit { return "the reader" }
    if listed != nil { return text }
    return parties.isEmpty ? text : parties.joined(separator: ", ")
  }

  /// Whether it names more than one party (a joint duty). Each body of a list bears the duty alone.
  public var isJoint: Bool { parties.count > 1 }
}
