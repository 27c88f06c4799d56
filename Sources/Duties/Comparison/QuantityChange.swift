/// Numbers and amounts are substance: "at least 10 characters" → "at least 12", "£250,000" →
/// "£400,000", "no more than 1 in 500" → "1 in 5000". Each changed number of a matched pair is
/// named with its old and new value; where the words around it say which way is stricter (a floor
/// such as "at least" or "or more", a ceiling such as "no more than", "up to" or "within", turned
/// round by "must not"), the change is called strengthened or weakened.
///
/// Numbers that are references ("section 5") or in a deadline or time limit (``TimingChange``
/// reads those) are left out.
enum QuantityChange {
  /// Which side of a quantity an obligation fixes.
  enum Bound {
    /// The value is a floor: a higher one asks more.
    case floor
    /// The value is a ceiling: a lower one asks more.
    case ceiling
  }

  /// The aspects (strengthened or weakened, else action changed) and notes for the changed numbers.
  static func assess(old: Obligation, new: Obligation, diff: [WordDiff.Segment]) -> (
    aspects: [ObligationChange.Kind], notes: [String]
  ) {
    var aspects: [ObligationChange.Kind] = []
    var notes: [String] = []
    let timing = Set(
      (old.timing + new.timing).flatMap { $0.text.lowercased().split(separator: " ").map(String.init) })
    for index in diff.indices.dropLast() {
      guard diff[index].op == .delete, diff[index + 1].op == .insert else { continue }
      let before = index > 0 && diff[index - 1].op == .equal ? words(diff[index - 1].text) : []
      let after = index + 2 < diff.count && diff[index + 2].op == .equal ? words(diff[index + 2].text) : []
      let removed = words(diff[index].text)
      let inserted = words(diff[index + 1].text)
      guard removed.count == 1, inserted.count == 1, let oldValue = value(removed[0], before: before),
        let newValue = value(inserted[0], before: before), oldValue != newValue,
        !ReferenceLexicon.comparedReferenceWords.contains(before.last?.lowercased() ?? ""),
        !timing.contains(removed[0].lowercased()) || !timing.contains(inserted[0].lowercased())
      else { continue }
      // In "no more than 1 in 500" the bound is in the words before "1 in".
      let lead = isRatio(before) ? Array(before.dropLast(2)) : before
      let shownBefore = before.suffix(isRatio(before) ? 5 : 3)
      let context = tidy(shownBefore + removed + after.prefix(2))
      let newContext = tidy(shownBefore + inserted + after.prefix(2))
      guard let bound = bound(before: lead, after: after, kind: old.kind), old.kind == new.kind else {
        aspects.append(.actionChanged)
        notes.append("amount changed: \(context) → \(newContext)")
        continue
      }
      let stricter = bound == .floor ? newValue > oldValue : newValue < oldValue
      aspects.append(stricter ? .strengthened : .weakened)
      notes.append(
        "\(bound == .floor ? "floor" : "limit") \(newValue > oldValue ? "raised" : "lowered") "
          + "(\(stricter ? "stricter" : "looser")): \(context) → \(newContext)")
    }
    return (aspects, notes)
  }

  /// A word's value as a number: "12", "£250,000", "1.5", "95%", "$3m"; after "1 in" its
  /// reciprocal ("no more than 1 in 500").
  static func value(_ word: String, before: [String]) -> Double? {
    var text = Substring(word.trimming(",.;:)"))
    while let first = text.first, "£$€(".contains(first) { text = text.dropFirst() }
    var scale = 1.0
    if text.hasSuffix("%") { text = text.dropLast() }
    if let last = text.last, "mk".contains(last), text.dropLast().contains(where: \.isNumber) {
      scale = last == "m" ? 1_000_000 : 1_000
      text = text.dropLast()
    }
    guard text.first?.isNumber == true, text.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }),
      let number = Double(text.replacingOccurrences(of: ",", with: ""))
    else { return nil }
    // A year ("the 2012 Act") names something; it is no amount.
    if text.count == 4, word.first?.isNumber == true, (1900...2100).contains(number) { return nil }
    if isRatio(before), number > 0 { return 1 / number }
    return number * scale
  }

  /// Whether the words end with "1 in" (or "one in"): the number after is a ratio's denominator.
  static func isRatio(_ before: [String]) -> Bool {
    let lower = before.suffix(2).map { $0.lowercased() }
    return lower.count == 2 && lower[1] == "in" && (lower[0] == "1" || lower[0] == "one")
  }

  /// Words joined, without the punctuation that ends a sentence.
  private static func tidy(_ words: some Sequence<String>) -> String {
    words.joined(separator: " ").trimming(".;:,")
  }

  /// The bound the words around a number set, turned round by a prohibition; `nil` when they set none.
  static func bound(before: [String], after: [String], kind: ObligationKind) -> Bound? {
    let lead = before.suffix(4).map { $0.lowercased() }.joined(separator: " ")
    // "10 or more", or with the unit between: "10 copies or more".
    let trails = [after.prefix(2), after.dropFirst().prefix(2)].map {
      $0.map { $0.lowercased() }.joined(separator: " ")
    }
    var found: Bound?
    if let phrase = ComparisonLexicon.floorPhrases.first(where: { endsWithWords(lead, $0) }) {
      let longerCeiling = ComparisonLexicon.ceilingPhrases.contains {
        endsWithWords(lead, $0) && $0.count > phrase.count
      }
      found = longerCeiling ? .ceiling : .floor
    } else if ComparisonLexicon.ceilingPhrases.contains(where: { endsWithWords(lead, $0) }) {
      found = .ceiling
    } else if startsWithAny(trails, ComparisonLexicon.floorTrails) {
      found = .floor
    } else if startsWithAny(trails, ComparisonLexicon.ceilingTrails) {
      found = .ceiling
    }
    guard let found else { return nil }
    switch kind {
    case .duty, .recommendation, .haveRegard: return found
    case .prohibition, .adviceAgainst: return found == .floor ? .ceiling : .floor
    default: return nil
    }
  }

  /// Whether `text` is `phrase` or ends with it as whole words ("moreover" does not end in "over").
  private static func endsWithWords(_ text: String, _ phrase: String) -> Bool {
    text.hasSuffix(phrase) && !(text.dropLast(phrase.count).last?.isLetter ?? false)
  }

  /// Whether any of `texts` starts with one of `prefixes` as whole words.
  private static func startsWithAny(_ texts: [String], _ prefixes: [String]) -> Bool {
    texts.contains { text in
      prefixes.contains { text.hasPrefix($0) && !(text.dropFirst($0.count).first?.isLetter ?? false) }
    }
  }

  private static func words(_ text: String) -> [String] {
    text.split(separator: " ").map(String.init)
  }
}
