/// What a trigger rule decides about a match: keep it as it is now, drop it, or leave it to the
/// rules after.
enum TriggerDecision {
  case keep, drop, undecided
}

/// What the trigger rules know of a match: its first and last words, and the verb after it.
struct TriggerContext {
  let finder: TriggerFinder
  /// The trigger's first and last words, lower-cased ("shall", "not").
  let first: String
  let last: String
  /// Whether the trigger starts with a modal.
  let isModal: Bool
  /// The token of the verb after the trigger (past adverbs), and its word.
  let verb: Int
  let next: String
  /// Whether another trigger of the sentence was accepted before this one.
  let afterTrigger: Bool
  /// The head word of the subject before the trigger ("council" in "each council must"), or "".
  let head: String

  var tokens: [Token] { finder.tokens }
}

/// One decision about a trigger the lexicon's patterns matched: whether it binds, and how
/// strongly; ``TriggerFinder/triggerRules`` runs them in order until one keeps or drops the match.
protocol TriggerRule: Sendable {
  /// Decides about `match`, which it may change.
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision
}
