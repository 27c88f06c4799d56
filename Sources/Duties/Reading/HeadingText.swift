/// Splits a heading into its kind, number and title: "Part 1 — Care and support", "4.2 Joint working",
/// "Chapter 3", "##### 6".
struct HeadingText {
  var kind: Node.Kind
  var number: String?
  /// The UTF-8 offset in the heading where the title begins, or nil if there is no title.
  var titleOffset: Int?

  static func parse(_ text: String) -> HeadingText {
    let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    if let first = words.first {
      let keyword = first.lowercased()
      let kinds: [String: Node.Kind] = [
        "part": .part, "chapter": .chapter, "section": .section, "annex": .section,
        "schedule": .part, "appendix": .section, "article": .section,
      ]
      if let kind = kinds[keyword], words.count >= 2, isNumberLike(words[1]) {
        var number = String(words[1]).trimming(".:—–-")
        if ["annex", "schedule", "appendix"].contains(keyword) {
          number = "\(first.capitalized) \(number)"
        }
        return HeadingText(kind: kind, number: number, titleOffset: titleStart(text, after: words[1]))
      }
      if isNumberLike(first), first.first?.isNumber == true {
        let number = String(first).trimming(".:—–-)")
        return HeadingText(kind: .section, number: number, titleOffset: titleStart(text, after: first))
      }
    }
    return HeadingText(kind: .section, number: nil, titleOffset: 0)
  }

  private static func isNumberLike(_ word: Substring) -> Bool {
    let core = word.trimmingSuffix(".:—–-)")
    guard !core.isEmpty, core.count <= 8 else { return false }
    if core.allSatisfy({ $0.isNumber || $0 == "." }) && core.first!.isNumber { return true }
    if core.first!.isNumber && core.allSatisfy({ $0.isNumber || $0.isUppercase }) { return true }
    if core.allSatisfy({ "IVXLC".contains($0) }) { return true }
    if core.count == 1, core.first!.isUppercase { return true }
    return false
  }

  private static func titleStart(_ text: String, after word: Substring) -> Int? {
    var index = word.endIndex
    while index < text.endIndex, " .:—–-".contains(text[index]) { index = text.index(after: index) }
    guard index < text.endIndex else { return nil }
    return text.utf8.distance(from: text.startIndex, to: index)
  }
}

extension Substring {
  func trimmingSuffix(_ characters: String) -> Substring {
    var slice = self
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return slice
  }
}
