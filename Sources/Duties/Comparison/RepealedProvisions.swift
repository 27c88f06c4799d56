/// The provisions a revision of a document repealed: those whose whole text is now the dots that
/// legislation.gov.uk and consolidated texts print for repealed words (". . . . ."), an ellipsis,
/// or a word such as "Repealed" or "[Omitted]" (`ComparisonLexicon.repealWords`), amendment markers
/// (`F2`) and brackets aside.
///
/// A duty that the old revision held in such a provision is reported removed, with a note naming
/// the repeal, so that a reader can tell a repeal from a rewording that lost the duty.
struct RepealedProvisions {
  /// What each repealed provision now reads, by its section path ("Part 1 › 5 › (1)").
  private var marks: [String: String] = [:]

  /// The repealed provisions of a document.
  init(_ document: Document) {
    document.walk { visit in
      guard let text = visit.node.text?.string, visit.node.label != nil, Self.isRepealMark(text) else {
        return
      }
      marks[visit.sectionPath.sectionPathDescription] = text
    }
  }

  /// The changes with a note on each removal from a repealed provision.
  func noting(_ changes: [ObligationChange]) -> [ObligationChange] {
    guard !marks.isEmpty else { return changes }
    return changes.map { change in
      guard change.change == .removed, let old = change.old, let note = note(forSection: old.section) else {
        return change
      }
      var noted = change
      noted.notes.append(note)
      return noted
    }
  }

  /// The note for an obligation removed from `section`, when that provision or one containing it
  /// was repealed: `repealed: Part 1 › 5 › (1) now reads “. . .”`.
  func note(forSection section: String) -> String? {
    var path = section.components(separatedByBytes: " › ")
    while !path.isEmpty {
      let key = path.sectionPathDescription
      if let mark = marks[key] {
        let shown = mark.count > 40 ? String(mark.prefix(39)) + "…" : mark
        return "repealed: \(key) now reads “\(shown)”"
      }
      path.removeLast()
    }
    return nil
  }

  /// Whether a provision's text (its label already taken off) is only a mark of repeal.
  static func isRepealMark(_ text: String) -> Bool {
    var words = text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
    // Amendment markers (F2, F12) and years ("[Repealed—1990]") are not words of the law.
    words.removeAll { word in
      word.allSatisfy(\.isNumber)
        || (word.first == "f" && word.count > 1 && word.dropFirst().allSatisfy(\.isNumber))
    }
    if words.isEmpty {
      let dots = text.filter { $0 == "." || $0 == "…" }
      return dots.count >= 3 || text.contains("…")
    }
    return words.count == 1 && ComparisonLexicon.repealWords.contains(words[0])
  }
}
