/// One deontic statement: a duty, prohibition, recommendation, permission or exemption (or, in
/// policy papers, a proposal, commitment or request), with who, what, under which conditions, by
/// when, and where it stands.
public struct Obligation: Hashable, Sendable, Codable {
  /// An identifier stable within the document: the section path and the position within the provision.
  public var id: String
  /// An identity that survives re-extraction, renumbering and edits elsewhere in the document, made
  /// from the obligation's kind, bearer, action, sentence and section headings (``ObligationKey``):
  /// "ob-3f9a0c1d2e4b". Set by ``ObligationExtractor``; absent on an obligation made otherwise.
  public var key: String?
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
  /// For a requirement on a thing (form ``ObligationForm/state``), the thing as written ("the annual
  /// plan" in "The annual plan must include…"); the party responsible for it, when the text says so,
  /// is the ``bearer``.
  public var subject: String?
  /// For a proposal, commitment or request: the kind of obligation proposed, promised or asked
  /// for ("a legal duty on primary care trusts to…" proposes a duty).
  public var proposed: ObligationKind?
  /// The provision the obligation is made under, when the sentence cites it ("under section 82 of
  /// the National Health Service Act 2006"); also listed in ``references``.
  public var basis: String?
  /// What the document says its trigger word means, when it defines its own scale ("'should'
  /// means … unless there is good reason not to").
  public var meaning: String?
  /// `true` when the statement restates a requirement already in force rather than making one
  /// ("Councils are already required by section 6 of the 1970 Act to…", "have been required to since
  /// 2003"); absent otherwise. A comparison leaves such statements out.
  public var restated: Bool?

  /// Creates an obligation.
  public init(
    id: String, kind: ObligationKind, trigger: Trigger, bearer: Party?, beneficiary: Party? = nil,
    action: String, conditions: [Condition] = [], timing: [Timing] = [], references: [String] = [],
    location: SourceLocation, section: String, sentence: String, form: ObligationForm = .active,
    subject: String? = nil, proposed: ObligationKind? = nil, basis: String? = nil, meaning: String? = nil,
    restated: Bool? = nil, key: String? = nil
  ) {
    self.id = id
    self.key = key
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
    self.subject = subject
    self.proposed = proposed
    self.basis = basis
    self.meaning = meaning
    self.restated = restated
  }
}
