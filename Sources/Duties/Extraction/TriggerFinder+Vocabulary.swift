/// The word tests a trigger is refined by: actor heads, participles and adverbs (their lists are in
/// ``TriggerLexicon``).
extension TriggerFinder {
  static func agentLike(_ head: String) -> Bool {
    PartyLexicon.isActorHead(head)
  }

  static func isParticiple(_ word: String) -> Bool {
    if TriggerLexicon.irregularParticiples.contains(word) { return true }
    return word.count > 3 && word.hasSuffix("ed")
      && !TriggerLexicon.edWordsNotParticiples.contains(word)
  }

  /// A word that may stand between "be" and its participle: "shall be personally liable", "shall be
  /// duly notified" (not "shall be timely").
  static func isAdverb(_ word: String) -> Bool {
    TriggerLexicon.adverbs.contains(word)
      || word.count > 5 && word.hasSuffix("ly")
        && !TriggerLexicon.lyWordsNotAdverbs.contains(word)
  }
}
