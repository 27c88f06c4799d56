/// Finds a document's statements of commencement (``Commencement``): a sentence whose subject, in
/// the first few words, "takes effect on", "comes into force on" or "applies from" a date or event
/// (`CommencementLexicon`).
public enum CommencementFinder {
  /// The commencements a document states, in document order. A text without a cue is passed over
  /// before anything else is done with it: every reading of a file ends here.
  public static func commencements(in document: Document) -> [Commencement] {
    var result: [Commencement] = []
    var path: [String] = []
    func visit(_ nodes: [Node]) {
      for node in nodes {
        let label = node.label
        if let label { path.append(label) }
        if let run = node.text, holdsCue(run.string) {
          let section = path.sectionPathDescription
          result += commencements(in: run.string) { document.location(of: run, at: $0) }.map { found in
            var commencement = found
            commencement.section = section
            return commencement
          }
        }
        if !node.children.isEmpty { visit(node.children) }
        if label != nil { path.removeLast() }
      }
    }
    visit(document.children)
    return result
  }

  /// The commencements in one text; `locate` gives the location of a UTF-8 offset in it.
  static func commencements(in text: String, locate: (Int) -> SourceLocation) -> [Commencement] {
    guard holdsCue(text) else { return [] }
    var result: [Commencement] = []
    let utf8 = text.utf8
    for span in SentenceSplitter.sentences(in: text) {
      let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
      let sentence = text[start..<utf8.index(start, offsetBy: span.count)]
      let lower = sentence.lowercased()
      // The phrase as whole words: "take effect on" is not "take effect only upon".
      guard let phrase = CommencementLexicon.phrases.first(where: { lower.containsBytes(" " + $0 + " ") }),
        let range = lower.range(of: " " + phrase + " ")
      else { continue }
      let subjectEnd = sentence.index(
        sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
      var subject = sentence[..<subjectEnd].split(separator: " ")[...]
      // A label before the subject ("DATES: This rule…") is not part of it.
      if let label = subject.lastIndex(where: { $0.hasSuffix(":") }) { subject = subject[(label + 1)...] }
      // "The Act, which comes into force next month, requires…": a relative clause, not the sentence's subject.
      guard let last = subject.last, !CommencementLexicon.relativeWords.contains(last.lowercased()),
        subject.count <= CommencementLexicon.subjectWords, subject.first?.first?.isUppercase == true
      else { continue }
      let whenStart = sentence.index(subjectEnd, offsetBy: phrase.count + 1)
      var when = sentence[whenStart...].split(separator: " ").prefix(CommencementLexicon.whenWords)
        .joined(separator: " ")
      // What follows the date ("…, and shall apply to…") is not when.
      for stop in CommencementLexicon.whenStops {
        if let cut = when.range(of: stop) { when = String(when[..<cut.lowerBound]) }
      }
      when = when.trimming(" .;:,")
      result.append(
        Commencement(
          scope: subject.joined(separator: " ").trimming(" ,"), phrase: phrase,
          when: when.isEmpty ? "(not stated)" : when,
          location: locate(span.lowerBound), section: ""))
    }
    return result
  }

  /// Each cue's bytes with the offset of its first "f": every cue has one, so one pass over a text's
  /// "f"s finds any of them.
  private static let anchoredCues: [(bytes: [UInt8], anchor: Int)] = CommencementLexicon.cues.map { cue in
    let bytes = Array(cue.utf8)
    return (bytes, bytes.firstIndex(of: UInt8(ascii: "f"))!)
  }

  /// Whether a text holds one of `CommencementLexicon.cues`, in one pass over its bytes.
  static func holdsCue(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      var index = 0
      while let found = buffer[index...].firstIndex(of: UInt8(ascii: "f")) {
        for (cue, anchor) in anchoredCues {
          let start = found - anchor
          guard start >= 0, start + cue.count <= buffer.count else { continue }
          if buffer[start..<(start + cue.count)].elementsEqual(cue) { return true }
        }
        index = found + 1
      }
      return false
    }
  }

}
