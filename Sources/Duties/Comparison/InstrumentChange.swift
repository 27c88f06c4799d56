/// A green or white paper compared with the instrument that takes part of it forward: statutory
/// guidance, regulations or an Act. The paper's proposals and commitments that the new instrument does
/// not hold are not removed (the paper still says them, and the instrument never set out to hold them
/// all): they are reported `not-carried`, and no party counts them as duties lost. One that the new
/// instrument states without requiring it ("Councils appoint a joint director") is still `removed`.
///
/// Two papers laid before Parliament (a green paper and the white paper after it) are one line of
/// policy: what the later one drops is removed. So is anything compared with a new version whose kind
/// the tool cannot tell (a paper with no stated type, a "policy paper").
struct InstrumentChange {
  /// What the new document is, in words: "statutory guidance", "legislation".
  let newInstrument: String

  /// The change of instrument from `old` to `new`; `nil` unless `old` is a green or white paper and
  /// `new` is an instrument by its stated type (``PolicyLexicon/instrumentTypes``) or is legislation
  /// by its format.
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
      if change.change == .removed, !change.notes.contains(where: StatementCounterpart.isRemovalNote) {
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

  /// The type a document's author states: a Markdown document's front matter `type`; `nil` for other
  /// formats, whose readers name their markup there.
  static func statedType(_ document: Document) -> String? {
    guard document.metadata.format == .markdown,
      let type = document.metadata.properties["type"]?.trimmingCharacters(in: .whitespaces).lowercased(),
      !type.isEmpty
    else { return nil }
    return type
  }

  /// Whether a document is a green or white paper: by its stated type when it states one, otherwise by
  /// its title or by front matter that says it was presented to Parliament by Command.
  static func isCommandPaper(_ document: Document) -> Bool {
    if let type = statedType(document) {
      return PolicyLexicon.commandPaperTypes.contains(where: type.contains)
    }
    // A title that calls the document a paper, not one that names a paper ("Guidance on the … White Paper").
    if let title = document.metadata.title?.lowercased(),
      PolicyLexicon.commandPaperTypes.contains(where: title.contains)
    {
      return !namesInstrument(title)
    }
    var frontMatter: [String] = []
    struct Enough: Error {}
    try? document.walk { visit in
      guard let text = visit.node.text?.string else { return }
      frontMatter.append(text)
      if frontMatter.count == PolicyLexicon.frontMatterTexts { throw Enough() }
    }
    return ExtractionWalk.isCommandPaper(frontMatter)
  }

  /// Whether words name an instrument (``PolicyLexicon/instrumentTypes``, one-word types as words:
  /// "impact assessment" names no act).
  static func namesInstrument(_ text: String) -> Bool {
    let words = text.split { !$0.isLetter }.map(String.init)
    return PolicyLexicon.instrumentTypes.contains { name in
      name.contains(" ") ? text.contains(name) : words.contains(name)
    }
  }

  /// What a document says it is: an instrument's stated type, or "legislation" for a legislation
  /// format (UK CLML, USLM, an Akoma Ntoso act or bill); `nil` otherwise.
  static func instrument(_ document: Document) -> String? {
    if let type = statedType(document) { return namesInstrument(type) ? type : nil }
    switch document.metadata.format {
    case .clml, .uslm: return "legislation"
    case .akn:
      let type = document.metadata.properties["type"]?.lowercased() ?? ""
      return PolicyLexicon.legislativeDocumentTypes.contains(type) ? "legislation" : nil
    default: return nil
    }
  }
}
