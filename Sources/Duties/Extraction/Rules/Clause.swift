/// One trigger's clause as the rules of ``SentenceAnalyzer`` decide it: where it starts and ends,
/// its subject, who is bound, how strongly, and in what voice.
struct Clause {
  /// The trigger, its action start moved by the rules that find a subject after it.
  var match: TriggerFinder.Match
  /// The trigger's place among the sentence's triggers (from 0).
  let position: Int
  /// The trigger before it in the sentence, if any.
  let previous: TriggerFinder.Match?
  /// The token where the clause starts.
  let clauseStart: Int
  /// The token where the action ends (before the next trigger's clause).
  let actionEnd: Int
  /// The subject written before the trigger (or carried over from the clause before).
  var subject: (text: String, range: Range<Int>)?
  /// The kind of obligation.
  var kind: ObligationKind
  /// The party bound.
  var bearer: Party?
  /// How the statement is made.
  var form: ObligationForm = .active
  /// Whether the subject is an expletive "it", not a subject to repeat in the action ("It shall
  /// be prohibited to sell…").
  var impersonal = false
  /// The party a passive is done to ("passengers shall be informed").
  var patient: Party?
  /// Whether the bearer is the subject written in this clause.
  var ownSubject = false
  /// Whether a negative subject turned the kind round ("No fee shall be charged"): a thing's subject
  /// is then written without its "no" in the action.
  var negatedBySubject = false
}

/// What the rules know of the whole sentence, and carry from one trigger's clause to the next.
struct SentenceState {
  let sentence: String
  let tokens: [Token]
  /// The triggers found, in order.
  let matches: [TriggerFinder.Match]
  /// The party bound by the clause before (or the sentence before), for pronouns and shared subjects.
  var lastBearer: Party?
  /// The party written as the subject of a trigger before, in this sentence.
  var previousSubject: (party: Party, text: String, range: Range<Int>)?
  /// The thing a clause before was a requirement on ("The application MAY provide…").
  var previousThing: String?
  /// A condition that held a trigger ("Where the council must consult,"), up to the comma that closes
  /// it: no later clause starts inside it, and the clause after the comma (or after "then") has it as
  /// a condition.
  var condition: Range<Int>?
}

/// One decision of the sentence analysis about a trigger's clause: a rule reads and changes the
/// clause, in the order ``SentenceAnalyzer/clauseRules`` lists, and may drop the trigger.
protocol ClauseRule: Sendable {
  /// Decides for `clause`; `false` when the trigger imposes nothing and is dropped.
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
}

/// One way a clause's voice can be decided (passive, a state, an expletive subject…); the first
/// of ``VoiceRule/decisions`` that applies decides.
protocol VoiceDecision: Sendable {
  /// Decides the voice and bearer of `clause` and gives `true`, or leaves it and gives `false`.
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
}
