/// Finds a document's statements of commencement (``Commencement``): a sentence whose subject, in
/// the first few words, "takes effect on", "comes into force on" or "applies from" a date or event
/// (`CommencementLexicon`).
public enum CommencementFinder {
  /// The commencements a document states, in document order.
  public static func commencements(in document: Document) -> [Commencement] {
    var result: [Commencement] = []
    document.walk { visit in
      guard let run = visit.node.text else { return }
      result += commencements(in: run.string) { offset in
        document.location(of: run, at: offset)
      }
      .map { found in
        var commencement = found
        commencement.section = visit.sectionPath.sectionPathDescription
        return commencement
      }
    }
    return result
  }

  /// The commencements in one text; `locate` gives the location of a UTF-8 offset in it.
  static func commencements(in text: String, locate: (Int) -> SourceLocation) -> [Commencement] {
    guard CommencementLexicon.cues.contains(where: { text.contains($0) }) else { return [] }
    var result: [Commencement] = []
    for sentence in sentences(text) {
      let lower = sentence.lowercased()
      // The phrase as whole words: "take effect on" is not "take effect only upon".
      guard let phrase = CommencementLexicon.phrases.first(where: { lower.contains(" " + $0 + " ") }),
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
      let offset = text.utf8.distance(from: text.startIndex, to: sentence.startIndex)
      result.append(
        Commencement(
          scope: subject.joined(separator: " ").trimming(" ,"), phrase: phrase,
          when: when.isEmpty ? "(not stated)" : when,
          location: locate(offset), section: ""))
    }
    return result
  }

  /// The sentences of a text, split after ". ", "? " and "! " followed by a capital.
  private static func sentences(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if ".?!".contains(text[index]), next < text.endIndex, text[next] == " " {
        let after = text.index(after: next)
        if after < text.endIndex, text[after].isUppercase {
          result.append(text[start..<next])
          start = after
        }
      }
      index = next
    }
    result.append(text[start...])
    return result
  }
}
