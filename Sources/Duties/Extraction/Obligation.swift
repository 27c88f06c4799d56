/// One deontic statement: a duty, prohibition, recommendation, permission or exemption (or, in
/// policy papers, a proposal, commitment or request), with who, what, under which conditions, by
/// when, and where it stands.
public struct Obligation: Hashable, Sendable, Codable {
  /// An identifier stable within the document: the section path and the position within the provision.
  public var id: String
  /// What kind of statement it is.
  public var kind: ObligationKind
  /// The words that make it deontic, as written, with their location.
  public var trigger: Trigger
  /// Who bears it, or nil when the text does not say (a passive without an agent).
  public var bearer: Party?
  /// Who benefits from it, when the sentence names someone ("…must provide information to the carer"),
  /// or the person or body a passive without an agent is done to ("Patients shall be informed…").
  public var beneficiary: Party?
  /// What must (or may, or should) be done, as a verb phrase.
  public var action: String
  /// Conditions and exceptions, including those stated in a lead-in or an earlier subsection.
  public var conditions: [Condition]
  /// Deadlines, frequencies and start dates.
  public var timing: [Timing]
  /// Cross-references to other provisions and instruments.
  public var references: [String]
  /// Where the statement starts.
  public var location: SourceLocation
  /// The section path ("Part 1 › 6 › (1A)").
  public var section: String
  /// The full sentence (for an item of a list, the lead-in and the item).
  public var sentence: String
  /// How the statement is made: by a party, in the passive, as a state of a thing, or as an imperative.
  public var form: ObligationForm
  /// For a proposal, commitment or request: the kind of obligation proposed, promised or asked
  /// for ("a legal duty on primary care trusts to…" proposes a duty).
  public var proposed: ObligationKind?
  /// The provision the obligation is made under, when the sentence cites it ("under section 82 of
  /// the National Health Service Act 2006"); also listed in ``references``.
  public var basis: String?
  /// What the document says its trigger word means, when it defines its own scale ("'should'
  /// means … unless there is good reason not to").
  public var meaning: String?

  /// Creates an obligation.
  public init(
    id: String, kind: ObligationKind, trigger: Trigger, bearer: Party?, beneficiary: Party? = nil,
    action: String, conditions: [Condition] = [], timing: [Timing] = [], references: [String] = [],
    location: SourceLocation, section: String, sentence: String, form: ObligationForm = .active,
    proposed: ObligationKind? = nil, basis: String? = nil, meaning: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.trigger = trigger
    self.bearer = bearer
    self.beneficiary = beneficiary
    self.action = action
    self.conditions = conditions
    self.timing = timing
    self.references = references
    self.location = location
    self.section = section
    self.sentence = sentence
    self.form = form
    self.proposed = proposed
    self.basis = basis
    self.meaning = meaning
  }
}

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

/// The kinds of deontic statement, from binding to permissive, then the statements of policy
/// papers that are not (yet) obligations.
public enum ObligationKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// Must, shall, is required to.
  case duty
  /// Must not, shall not, may not, no … may.
  case prohibition
  /// Must have regard to: a duty to consider, weaker than a duty to comply.
  case haveRegard = "have-regard"
  /// Should, ought to, is encouraged to.
  case recommendation
  /// Should not, is discouraged from.
  case adviceAgainst = "advice-against"
  /// May, can, is entitled to.
  case permission
  /// Need not, is not required to.
  case exemption
  /// Is not entitled to, shall not have the right to: a right withheld, not an act forbidden.
  case noEntitlement = "no-entitlement"
  /// A government's promise: "we will legislate to require…", "the Department will publish…".
  case commitment
  /// An idea floated, not decided: "is considering imposing a legal duty on…", "we propose…",
  /// "seeking views on whether … should…".
  case proposal
  /// An appeal, not a duty: "calling on councils to…", "urges trusts to…".
  case request

  /// The strength on the scale permission/exemption/no-entitlement (0) < recommendation/advice-against (1) <
  /// duty/prohibition/have-regard (2); proposals, commitments and requests (-1) are not in force.
  public var strength: Int {
    switch self {
    case .duty, .prohibition, .haveRegard: 2
    case .recommendation, .adviceAgainst: 1
    case .permission, .exemption, .noEntitlement: 0
    case .commitment, .proposal, .request: -1
    }
  }

  /// Whether the statement binds (a duty, prohibition or duty to have regard).
  public var isBinding: Bool { strength == 2 }

  /// Whether the statement is policy not yet in force: a proposal, commitment or request.
  public var isPolicy: Bool { strength < 0 }

  /// How far a policy has got: proposal (0) < request (1) < commitment (2) < in force (3).
  public var stage: Int {
    switch self {
    case .proposal: 0
    case .request: 1
    case .commitment: 2
    default: 3
    }
  }

  public static func < (lhs: ObligationKind, rhs: ObligationKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The words that make a statement deontic.
public struct Trigger: Hashable, Sendable, Codable {
  /// The words as written ("must", "is required to", "Do not").
  public var text: String
  /// Where they are.
  public var location: SourceLocation

  /// Creates a trigger.
  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
  }
}

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

  /// The parties for people: "the reader" for imperative guidance, else the parties joined by commas.
  public var names: String { implicit ? "the reader" : parties.joined(separator: ", ") }

  /// Whether it names more than one party (a joint duty).
  public var isJoint: Bool { parties.count > 1 }
}

/// A condition or exception on an obligation.
public struct Condition: Hashable, Sendable, Codable {
  /// The kinds of condition, by the words that introduce them.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case `if`, `where`, `when`, unless, except
    case subjectTo = "subject-to"
    case providedThat = "provided-that"
    case inTheEvent = "in-the-event"
  }

  /// What introduces it.
  public var kind: Kind
  /// Its text, from the introducing words on.
  public var text: String

  /// Creates a condition.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}

/// A deadline, frequency or start date.
public struct Timing: Hashable, Sendable, Codable {
  /// The kinds of timing.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// By when: "within 28 days", "by April 2013", "before the end of the financial year".
    case deadline
    /// How often: "annually", "every three years".
    case frequency
    /// From when: "from April 2007".
    case start
  }

  /// What kind of timing it is.
  public var kind: Kind
  /// The words as written.
  public var text: String

  /// Creates a timing.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
