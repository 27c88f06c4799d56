extension SentenceAnalyzer {
  /// A requirement stated in the present tense in a list of instructions: "All new or redesigned
  /// networks adopt the Network Principles" among "Ensure…", "Use…". Its subject is the thing
  /// required and the reader the one who must see to it, as for a requirement on a thing; outside
  /// such a list the same words describe ("All councils publish a plan").
  func statedRequirement(_ sentence: String, _ tokens: [Token]) -> Draft? {
    guard followsInstructions, let first = tokens.first,
      ImperativeLexicon.statedRequirementQuantifiers.contains(first.lower)
    else { return nil }
    let plural = first.lower == "all"
    // The verb: the first that agrees with the quantifier and takes an object ("for internal use meet
    // the…" is not "use").
    guard
      let verb = (1..<max(1, min(tokens.count - 1, ImperativeLexicon.statedRequirementReach))).first(where: {
        index in
        let base = plural ? tokens[index].lower : Self.baseForm(tokens[index].lower)
        let next = tokens[index + 1]
        return ImperativeLexicon.statedRequirementVerbs.contains(base)
          && (tokens[index - 1].isWord || tokens[index - 1].text == ",")
          && (ImperativeLexicon.objectStarts.contains(next.lower) || next.text.first?.isUppercase == true)
      })
    else { return nil }
    var end = tokens.count
    while end > verb, ImperativeLexicon.trailingMarks.contains(tokens[end - 1].text) { end -= 1 }
    let subject = ClauseParts.slice(sentence, tokens, 0..<verb).trimming(" ,")
    let thing = subject.prefix(1).lowercased() + subject.dropFirst()
    // "Every new form follows…" → "every new form to follow…".
    let base = plural ? tokens[verb].text : Self.baseForm(tokens[verb].lower)
    let rest = verb + 1 < end ? " " + ClauseParts.slice(sentence, tokens, (verb + 1)..<end) : ""
    let action = thing + " to " + tidyAction(base + rest)
    let trigger = tokens[verb].start..<tokens[verb].end
    return Draft(
      kind: .duty, trigger: trigger, triggerText: tokens[verb].text, bearer: nil, beneficiary: nil,
      action: action, conditions: [],
      timing: ClauseParts.timing(in: tokens, sentence: sentence, range: verb..<end).map(\.0),
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false, form: .state,
      subject: thing)
  }

  /// The base form of a verb in the third person singular: "follows" → "follow", "complies" →
  /// "comply", "publishes" → "publish".
  static func baseForm(_ word: String) -> String {
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("sses") {
      return String(word.dropLast(2))
    }
    return word.hasSuffix("s") ? String(word.dropLast()) : word
  }
}
