/// Folds an acronym on one side of a comparison into the words it stands for on the other: "resist DoS
/// attacks" and "resist denial-of-service attacks" name one action.
enum AcronymFold {
  /// `other`'s words with each run that spells the initials of an acronym written in `text` (whose
  /// normalised words are `own`) replaced by that acronym, lower-cased as the normalised words are. A
  /// word of `own` is an acronym when `text` writes it with two or more capitals ("DoS", "OIDC").
  static func folded(_ other: [String], against own: [String], text: String) -> [String] {
    let ownWords = Set(own)
    let otherWords = Set(other)
    let acronyms = Set(
      text.split(whereSeparator: { !$0.isLetter }).filter { word in
        (2...6).contains(word.count) && word.filter(\.isUppercase).count >= 2
          && !otherWords.contains(word.lowercased()) && ownWords.contains(word.lowercased())
      }.map(String.init))
    guard !acronyms.isEmpty else { return other }
    var result = other
    for acronym in acronyms.sorted() {
      if let run = run(spelling: acronym, in: result) {
        result.replaceSubrange(run, with: [acronym.lowercased()])
      }
    }
    return result
  }

  /// The first run of words whose initials spell `acronym` (as written), a hyphenated word counting as
  /// its parts ("denial-of-service" spells "DoS"). A small word ("of", "the") gives a letter only where
  /// the acronym writes it in lower case ("DoS"), and is otherwise passed over: "the latest security"
  /// does not spell "TLS".
  static func run(spelling acronym: String, in words: [String]) -> Range<Int>? {
    let letters = Array(acronym)
    for start in words.indices where words[start].first == letters.first?.lowercased().first {
      var remaining = letters[...]
      var end = start
      while end < words.count, !remaining.isEmpty {
        let parts = words[end].split(separator: "-")
        guard let consumed = spell(parts, from: remaining) else { break }
        remaining = remaining.dropFirst(consumed)
        end += 1
      }
      if remaining.isEmpty { return start..<end }
    }
    return nil
  }

  /// How many letters of `remaining` a word's parts spell with their initials (none for a small word
  /// passed over), or `nil` when they do not.
  private static func spell(_ parts: [Substring], from remaining: ArraySlice<Character>) -> Int? {
    var count = 0
    for part in parts {
      let index = remaining.startIndex + count
      let small = DefinitionLexicon.acronymSmallWords.contains(String(part))
      if index < remaining.endIndex, part.first == remaining[index].lowercased().first,
        !small || remaining[index].isLowercase
      {
        count += 1
      } else if !small {
        return nil
      }
    }
    return count
  }
}
