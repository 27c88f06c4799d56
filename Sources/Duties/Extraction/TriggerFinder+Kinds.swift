/// The kind a trigger makes when what follows the modal decides it: a possession ("have the right to",
/// "have no obligation to"), a negation, a weaker modal, a right withheld.
extension TriggerFinder {
  /// Whether a negated trigger withholds a right rather than forbids an act: "shall not be entitled to",
  /// "shall not have the right to", "in no event shall Tenant be entitled to", "has no right to".
  static func withholdsRight(_ tokens: [Token], _ match: Match) -> Bool {
    let trigger = tokens[match.tokens.lowerBound..<min(tokens.count, match.actionStart)].map(\.lower)
    if trigger.contains("entitled") || trigger.contains("right") && trigger.contains("have") {
      return true
    }
    let action = tokens[match.actionStart..<min(tokens.count, match.actionStart + 4)].map(\.lower)
    return TriggerLexicon.withheldRightPhrases.contains { action.starts(with: $0) }
  }

  /// "have the right to", "have no obligation to", "be under no obligation to" after a modal.
  func possessionPhrase(at index: Int, negated: Bool) -> (ObligationKind, Int)? {
    var words = tokens[index..<min(tokens.count, index + 6)].map(\.lower)
    // "have the absolute right to", "have the sole option": the qualifier does not change the kind.
    if words.count > 3, words[1] == "the",
      TriggerLexicon.possessionQualifiers.contains(words[2])
    {
      words.remove(at: 2)
      if let (kind, length) = possessionPhrase(words: words, negated: negated) { return (kind, length + 1) }
      return nil
    }
    return possessionPhrase(words: words, negated: negated)
  }

  func possessionPhrase(words: [String], negated: Bool) -> (ObligationKind, Int)? {
    for phrase in TriggerLexicon.permissionPhrases where words.starts(with: phrase) {
      return (negated ? .prohibition : .permission, phrase.count)
    }
    // "shall quietly have and enjoy the Premises": the verb stays in the action.
    if TriggerLexicon.enjoymentPhrases.contains(where: words.starts(with:)) {
      return (negated ? .prohibition : .permission, 0)
    }
    for phrase in TriggerLexicon.exemptionPhrases where words.starts(with: phrase) {
      return (.exemption, phrase.count)
    }
    for phrase in TriggerLexicon.exemptionNounPhrases where words.starts(with: phrase) {
      return (.exemption, phrase.count - 1)
    }
    // "Tenant shall have no right to holdover": a right withheld, as "has no right to".
    for phrase in TriggerLexicon.noRightPhrases where words.starts(with: phrase) {
      return (.noEntitlement, phrase.count)
    }
    return nil
  }

  /// A kind as the modal weakens it: "should be required to" recommends, "may be required to" permits.
  func strengthAdjusted(_ kind: ObligationKind, modal: String) -> ObligationKind {
    switch modal {
    case "should": kind == .duty ? .recommendation : kind == .prohibition ? .adviceAgainst : kind
    case "may", "can": kind.isBinding ? .permission : kind
    default: kind
    }
  }

  static func negated(_ kind: ObligationKind) -> ObligationKind {
    switch kind {
    case .duty: .exemption
    case .exemption: .duty  // "shall not be exempt from complying": still a duty
    case .permission: .prohibition
    case .prohibition: .permission
    case .recommendation: .adviceAgainst
    default: kind
    }
  }
}
