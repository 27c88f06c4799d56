/// A register of who must do what across one or more documents: obligations grouped by party, with a
/// headline of counts. Schema version 1 (`docs/summary-schema.md`).
public struct ObligationRegister: Sendable, Encodable {
  /// The version of the JSON schema.
  public let schemaVersion = 1
  /// The documents the register covers.
  public var documents: [SourceInfo]
  /// Counts by kind and party, and the share of duties with conditions or deadlines.
  public var headline: Headline
  /// One entry per party, the parties with most binding duties first.
  public var parties: [PartySection]
  /// Requirements on things whose text names no party responsible ("The annual plan must include…"),
  /// one group per thing, in order of the thing's name.
  public var things: [ThingSection]
  /// Obligations whose text names no bearer and no thing (passives without an agent), listed apart.
  public var noStatedBearer: [Entry]

  /// A thing and the requirements on it.
  public struct ThingSection: Sendable, Encodable {
    /// The thing, lower-cased, without its determiner and singular ("annual plan").
    public var thing: String
    /// The requirements on it.
    public var entries: [Entry]
  }

  /// A party and its obligations: duties and prohibitions first, then recommendations, then permissions
  /// and exemptions.
  public struct PartySection: Sendable, Encodable {
    /// The party, normalised ("primary care trust").
    public var party: String
    /// The other names it is written by in the documents and merged under ``party``: its acronym
    /// ("PCT"), or the short name a document gives it ("Commission" for the Consumer Product Safety
    /// Commission); `nil` when there are none.
    public var writtenAs: [String]?
    /// How many duties and prohibitions it bears.
    public var binding: Int
    /// Its obligations.
    public var entries: [Entry]
  }

  /// One line of the register.
  public struct Entry: Sendable, Encodable {
    /// The kind of obligation.
    public var kind: ObligationKind
    /// What must be done.
    public var action: String
    /// Conditions and exceptions, as written.
    public var conditions: [String]
    /// Deadlines and frequencies, as written.
    public var timing: [String]
    /// The other parties that bear it jointly.
    public var jointWith: [String]
    /// The document's path.
    public var document: String
    /// The document's title, if known.
    public var documentTitle: String?
    /// The section path.
    public var section: String
    /// Where the obligation is.
    public var location: SourceLocation
    /// The full sentence.
    public var sentence: String
    /// The obligation's identity (``Obligation/key``): one obligation listed under several parties
    /// has one key.
    public var key: String?

    /// Whether another party bears it too.
    public var isJoint: Bool { !jointWith.isEmpty }
  }

  /// The figures at the top of a register.
  public struct Headline: Sendable, Encodable {
    /// All obligations.
    public var total: Int
    /// Obligations by kind.
    public var byKind: [String: Int]
    /// The parties with most binding duties, most first (at most ten).
    public var topParties: [PartyCount]
    /// The share of duties and prohibitions that carry a condition or exception (0–1).
    public var bindingWithConditions: Double
    /// The share of duties and prohibitions that carry a deadline or frequency (0–1).
    public var bindingWithTiming: Double
  }

  /// A party's counts by kind.
  public struct PartyCount: Sendable, Encodable {
    /// The party.
    public var party: String
    /// Duties and prohibitions.
    public var binding: Int
    /// Recommendations and advice against.
    public var recommended: Int
    /// Permissions, exemptions and rights withheld (not binding).
    public var permissive: Int
    /// Proposals, commitments and requests (policy not yet in force), so that the four counts add up
    /// to the party's entries.
    public var policy: Int
  }
}
