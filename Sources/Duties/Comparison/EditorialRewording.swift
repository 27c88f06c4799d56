/// A sentence rewritten only where nothing it requires is said: a pointer to another part of the text
/// reworded or dropped ("({{wildcards}})" → "given below"), a bracket of examples or pointers changed
/// ("(e.g., this is true of {{XMPP}})" → "(e.g., {{XMPP}})", "(…; but see also {{idn}})"), "shall" made
/// "must", a term written as the acronym it is given as ("Denial of Service" → "DoS"), or an acronym
/// given in brackets after its words ("OpenID Connect (OIDC)"). Such a pair is no change.
///
/// Numbers are compared as written, except those of cross-references (``EditorialNormalizer``); any
/// other word added, dropped or changed is wording the report shows (`reworded`).
enum EditorialRewording {
  /// Whether two obligations' sentences differ only editorially.
  static func isOnly(old: NormalizedObligation, new: NormalizedObligation) -> Bool {
    let oldWords = comparable(old.words, text: old.obligation.sentence)
    let newWords = comparable(new.words, text: new.obligation.sentence)
    if oldWords == newWords { return true }
    return AcronymFold.folded(oldWords, against: newWords, text: new.obligation.sentence) == newWords
      || AcronymFold.folded(newWords, against: oldWords, text: old.obligation.sentence) == oldWords
  }

  /// A sentence's normalised words (`words`, of `text`) without asides (brackets of examples or
  /// pointers, an acronym in brackets after its words) and pointers, its modals in one form.
  static func comparable(_ words: [String], text: String) -> [String] {
    let acronyms = Set(bracketedAcronyms(in: text))
    let kept = words.filter { !acronyms.contains($0) }
    return EditorialNormalizer.withoutPointers(EditorialNormalizer.withoutExampleBrackets(kept)).map {
      ComparisonLexicon.modalForms[$0] ?? $0
    }
  }

  /// The normalised words of each acronym that `text` gives in brackets after the words it stands for: "OpenID Connect (OIDC)", "denial of service (DoS)", the capitals of a word or else
  /// its first letter spelling it.
  static func bracketedAcronyms(in text: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "(") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: ")") else { break }
      let acronym = after[..<close]
      rest = after[after.index(after: close)...]
      guard (2...8).contains(acronym.count), acronym.allSatisfy(\.isLetter),
        acronym.filter(\.isUppercase).count >= 2
      else { continue }
      let before = text[..<open].split(whereSeparator: { $0 == " " || $0 == "-" })
      // Normalised as a word of its own ("(#)", like a list label) or before a stop ("(oidc)").
      if spells(acronym, words: before) {
        found += EditorialNormalizer.words("(" + acronym + ")") + ["(" + acronym.lowercased() + ")"]
      }
    }
    return found
  }

  /// Whether the last words before a bracket spell `acronym`, each giving its capitals ("OpenID" → "OID")
  /// or its first letter.
  private static func spells(_ acronym: Substring, words: [Substring]) -> Bool {
    let target = acronym.uppercased()
    var spelled = ""
    for word in words.reversed().prefix(target.count) {
      let capitals = word.filter(\.isUppercase)
      spelled = (capitals.isEmpty ? word.prefix(1).uppercased() : String(capitals)) + spelled
      if spelled == target { return true }
      if spelled.count >= target.count { return false }
    }
    return false
  }
}
