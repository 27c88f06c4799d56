/// A green or white paper compared with the instrument that takes part of it forward: statutory
/// guidance, regulations or an Act. The paper's proposals and commitments that the new instrument does
/// not hold are not removed (the paper still says them, and the instrument never set out to hold them
/// all): they are reported `not-carried`, and no party counts them as duties lost.
///
/// Two papers laid before Parliament (a green paper and the white paper after it) are one line of
/// policy: what the later one drops is removed. So is anything compared with a new version whose kind
/// the tool cannot tell (a paper with no stated type or front matter).
struct InstrumentChange {
  /// What the new document is, in words: "statutory guidance", "legislation".
  let newInstrument: String

  /// The change of instrument from `old` to `new`; `nil` unless `old` is a green or white paper and
  /// `new` states that it is something else (a `type` in its front matter that is no paper laid
  /// before Parliament) or is legislation by its format.
  init?(old: Document, new: Document) {
    guard Self.isCommandPaper(old), !Self.isCommandPaper(new), let instrument = Self.instrument(new) else {
      return nil
    }
    newInstrument = instrument
  }

  /// The changes with each removal made `not-carried`, with a note that says why, and no move: the
  /// sections of two instruments are numbered each in its own way. A change that was only a move
  /// becomes `unchanged`, and is left out unless `includesUnchanged`.
  func noting(_ changes: [ObligationChange], includesUnchanged: Bool) -> [ObligationChange] {
    changes.compactMap { change in
      var noted = change
      if change.change == .removed {
        noted.change = .notCarried
        noted.aspects = [.notCarried]
        noted.notes.insert(
          "not carried into the \(newInstrument), which takes up only part of the paper", at: 0)
      } else if change.aspects.contains(.moved) {
        noted.aspects.removeAll { $0 == .moved }
        noted.change = noted.aspects.first ?? .unchanged
        if noted.aspects.isEmpty, !includesUnchanged { return nil }
      }
      return noted
    }
  }

  /// Whether a document is a green or white paper, by its stated type or title, or by front matter
  /// that says it was presented to Parliament by Command.
  static func isCommandPaper(_ document: Document) -> Bool {
    if ExtractionWalk.isPolicy(document.metadata, types: PolicyLexicon.commandPaperTypes) { return true }
    var frontMatter: [String] = []
    document.walk { visit in
      guard frontMatter.count < PolicyLexicon.frontMatterTexts, let text = visit.node.text?.string else {
        return
      }
      frontMatter.append(text)
    }
    return ExtractionWalk.isCommandPaper([document.metadata.title].compactMap { $0 } + frontMatter)
  }

  /// What a document says it is: its stated type, or "legislation" for a legislation format; `nil`
  /// when it says nothing.
  static func instrument(_ document: Document) -> String? {
    if let type = document.metadata.properties["type"]?.trimmingCharacters(in: .whitespaces),
      !type.isEmpty
    {
      return type.lowercased()
    }
    switch document.metadata.format {
    case .clml, .akn, .uslm: return "legislation"
    default: return nil
    }
  }
}
