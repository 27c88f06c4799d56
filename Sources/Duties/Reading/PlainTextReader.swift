/// Reads plain text, including text extracted from PDFs.
///
/// Blocks end at blank lines, at a line that starts with a provision label ("3.12", "(b)") and at
/// headings ("Part 1", "Chapter 3", "4. Joint working", upper-case lines). Running headers and
/// footers (short lines repeated on many pages) and page numbers are dropped, and a word hyphenated
/// across a line break is joined, so sentences are not broken apart.
struct PlainTextReader {
  let source: SourceText
  /// Heading levels that a layout reader (PDF fonts, Word styles) gave lines, by line index.
  var headingHints: [Int: Int] = [:]
  /// Lines that a word processor numbered as list items, by index: never headings.
  var listItemLines: Set<Int> = []
  /// Lines that a word processor laid out in table cells, by index: read as the table's cells.
  var tableCells: [Int: LaidOutText.TableCell] = [:]
  /// Whether short lines repeated beside page breaks are dropped as running headers and footers.
  var dropsRunningLines = true
  /// Whether a paragraph that ends mid-sentence goes on after any blank line (text from a PDF
  /// converter marks page breaks so) or only after a page break (form feed): laid-out text marks
  /// its paragraphs itself.
  var continuesAcrossBlankLines = true
  /// The format to record, and a title that the file's own metadata gives.
  var format: DocumentFormat = .text
  var title: String?

  func read() -> Document {
    read(upTo: source.bytes.count)
  }

  /// Reads the text before byte offset `end` (what follows, such as footnotes, is left out).
  func read(upTo end: Int) -> Document {
    var children: [Node] = []
    let metadata = read(upTo: end) { children.append($0) }
    return Document(metadata: metadata, children: children, source: source)
  }

  /// Reads the whole text, handing each top-level node to `emit` as soon as it is complete, so that
  /// the nodes need not be held at once; returns the document's metadata. The nodes are those of
  /// ``read()``, in the same order.
  func read(emit: (Node) -> Void) -> DocumentMetadata {
    read(upTo: source.bytes.count, emit: emit)
  }

  /// The outline level of the title: below every heading's.
  static let titleLevel = -1

  /// Whether the file's first line, standing alone before a blank line, is its title: short, with no
  /// label, bullet or closing mark ("Review of waste collection", not "(1) The council must—" or a
  /// sentence).
  static func isTitle(_ line: String) -> Bool {
    guard line.count <= 120, let last = line.last, last.isLetter || last.isNumber else { return false }
    return Label.parse(Substring(line), previousLetter: nil) == nil && !"-*•–—".contains(line.first ?? " ")
      && !hasModal(line.split(separator: " "))
  }

  /// Whether a line has a modal ("must", "shall"…), amendment markers aside: a sentence, not a heading.
  static func hasModal(_ words: [Substring]) -> Bool {
    words.contains { DeonticLexicon.modals.contains($0.lowercased().trimming("[]0123456789EFC")) }
  }

  private func read(upTo end: Int, emit: (Node) -> Void) -> DocumentMetadata {
    let bytes = source.bytes
    let lines = Array(Lines(bytes: bytes).prefix { $0.lowerBound < end })
    let noise = dropsRunningLines ? repeatedLines(lines) : []
    let compounds = hyphenatedCompounds(lines)
    return withoutActuallyEscaping(emit) { emit in
      read(lines: lines, noise: noise, compounds: compounds, emit: emit)
    }
  }

  private func read(
    lines: [Range<Int>], noise: Set<String>, compounds: Set<String>, emit: @escaping (Node) -> Void
  )
    -> DocumentMetadata
  {
    var outline = OutlineBuilder(source: source, titleLevel: Self.titleLevel)
    outline.emit = emit
    var assembly = Assembly(reader: self, lines: lines, noise: noise, compounds: compounds, outline: outline)
    let firstLine = assembly.run()
    return DocumentMetadata(title: title ?? firstLine, format: format)
  }

  /// The fewest spaces in a row that separate two blocks laid out on one line (a heading and its
  /// paragraph, or two columns).
  static let gapWidth = 4

  /// The pieces of a line split at wide gaps before a capital letter; usually the whole line.
  static func pieces(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = line.lowerBound
    var index = line.lowerBound
    while index < line.upperBound {
      guard bytes[index] == 0x20 || bytes[index] == 0x09 else {
        index += 1
        continue
      }
      var end = index
      while end < line.upperBound, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
      if end - index >= gapWidth, end < line.upperBound, (65...90).contains(bytes[end]) {
        result.append(start..<index)
        start = end
      }
      index = end
    }
    result.append(start..<line.upperBound)
    return result
  }

  /// A section of a statute pasted on one line ("12 Duty to publish information (1) A local authority
  /// must… (2) The authority must…") split into its heading and numbered subsections, as if each stood
  /// on a line of its own; any other line is one piece. A subsection starts at "(1)" after the heading,
  /// then at the next number in turn after a full stop, colon or semicolon ("subsection (2)" inside a
  /// sentence starts nothing).
  static func provisionPieces(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
    guard let first = firstSubsection(bytes, line) else { return [line] }
    var result = [line.lowerBound..<(first - 1)]
    var start = first
    var number = 2
    var index = first + 3
    while index + 4 < line.upperBound {
      let marker = Array("(\(number))".utf8)
      if bytes[index] == UInt8(ascii: " "), PlainTextReader.sentenceEnds.contains(bytes[index - 1]),
        bytes[(index + 1)...].starts(with: marker), index + 1 + marker.count < line.upperBound,
        bytes[index + 1 + marker.count] == UInt8(ascii: " "),
        startsSentence(bytes, at: index + 2 + marker.count, limit: line.upperBound)
      {
        result.append(start..<index)
        start = index + 1
        number += 1
      }
      index += 1
    }
    result.append(start..<line.upperBound)
    return result
  }

  /// Where "(1)" starts on a line that opens with a section number and a short heading in capitals
  /// without a full stop ("12 Duty to publish information (1) …"); nil on any other line.
  private static func firstSubsection(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
    var index = line.lowerBound
    while index < line.upperBound, index - line.lowerBound < 4, (48...57).contains(bytes[index]) {
      index += 1
    }
    while index < line.upperBound, (65...90).contains(bytes[index]) { index += 1 }
    guard index > line.lowerBound, (48...57).contains(bytes[line.lowerBound]), index + 2 < line.upperBound,
      bytes[index] == UInt8(ascii: " "), (65...90).contains(bytes[index + 1])
    else { return nil }
    let limit = min(line.upperBound - 4, index + PlainTextReader.longestInlineHeading)
    var position = index + 1
    while position < limit {
      if bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ";")
        || bytes[position] == UInt8(ascii: ":")
      {
        return nil
      }
      if bytes[position] == UInt8(ascii: " "), bytes[(position + 1)...].starts(with: Array("(1) ".utf8)),
        startsSentence(bytes, at: position + 5, limit: line.upperBound)
      {
        // "3 The council must: (1) publish…" is a list, not a heading and its subsections.
        let heading = String(decoding: bytes[index..<position], as: UTF8.self).split(separator: " ")
        return hasModal(heading) ? nil : position + 1
      }
      position += 1
    }
    return nil
  }

  /// Whether a capital letter starts the text at `index`, as a subsection's sentence does.
  private static func startsSentence(_ bytes: [UInt8], at index: Int, limit: Int) -> Bool {
    index < limit && (65...90).contains(bytes[index])
  }

  /// Bytes after which an inline subsection may start: ". (2)", ": (2)", "; (2)".
  static let sentenceEnds: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";")]

  /// The longest heading, in bytes, of a section pasted on one line.
  static let longestInlineHeading = 120

  /// The end of an editorial marker such as "[F48]" or "[E2]" starting at `index`.
  static func markerEnd(_ bytes: [UInt8], from index: Int, limit: Int) -> Int? {
    guard index + 3 < limit,
      [UInt8(ascii: "F"), UInt8(ascii: "E"), UInt8(ascii: "C")].contains(bytes[index + 1])
    else {
      return nil
    }
    var end = index + 2
    while end < limit, end - index < 8, (48...57).contains(bytes[end]) { end += 1 }
    guard end > index + 2, end < limit, bytes[end] == UInt8(ascii: "]") else { return nil }
    return end + 1
  }

  static func withoutDigits(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: text.utf8.filter { $0 < 0x30 || $0 > 0x39 }, as: UTF8.self)
    }
    return String(text.filter { !$0.isNumber })
  }

  /// Whether a line is only a division's name and number: "Chapter 2", "Part IV", "Annex A".
  static func isDivisionHeading(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count == 2, let first = words.first else { return false }
    return HeadingLexicon.divisionNames.contains(first.lowercased())
      && (words[1].first?.isNumber == true || words[1].allSatisfy { $0.isUppercase })
  }

  /// Whether a line is an entry of a table of contents: a title, then a page number after a gap of
  /// spaces or dot leaders ("4. Making it happen          6", "Foreword ........ 3").
  static func isContentsEntry(_ text: String) -> Bool {
    guard let last = text.last, last.isNumber, text.first?.isLetter == true || text.first?.isNumber == true
    else { return false }
    let withoutPage = text.reversed().drop { $0.isNumber }
    let gap = withoutPage.prefix { $0 == " " || $0 == "." || $0 == "\t" }
    return gap.count >= 3 && gap.contains(" ") && withoutPage.count > gap.count
  }

  /// Short lines that recur three or more times beside a blank line or page break: running
  /// headers and footers, also when they carry a page number ("Our care, our say   Page 3").
  private func repeatedLines(_ lines: [Range<Int>]) -> Set<String> {
    var counts: [String: Int] = [:]
    var digitless: [String: Int] = [:]
    let blank = lines.map { source.bytes.trimmed($0).isEmpty || source.bytes[$0].contains(0x0C) }
    for (index, line) in lines.enumerated() {
      let content = source.bytes.trimmed(line)
      guard !content.isEmpty, content.count < 70 else { continue }
      let besideBreak =
        index == 0 || index == lines.count - 1 || blank[index - 1] || blank[index + 1]
      guard besideBreak else { continue }
      let text = source.bytes.string(content)
      counts[text, default: 0] += 1
      // "Chapter 2", "Chapter 3": numbered divisions are headings, however many there are.
      if text.contains(where: \.isNumber), Label.parse(Substring(text), previousLetter: nil) == nil,
        !Self.isDivisionHeading(text)
      {
        digitless[Self.withoutDigits(text), default: 0] += 1
      }
    }
    for (key, count) in digitless where count >= 3 && key.contains(where: \.isLetter) {
      counts[key, default: 0] += count
    }
    return Set(
      counts.filter { entry in
        entry.value >= 3 && !entry.key.hasSuffix(".") && !entry.key.hasSuffix(":")
          && Label.parse(Substring(entry.key), previousLetter: nil) == nil
          && entry.key.split(separator: " ").count <= 10
      }.keys)
  }

  func isPageNumber(_ text: String) -> Bool {
    // An ASCII line of more than four words is none: counted on bytes, before splitting.
    var wordCount = 0
    var inWord = false
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x80 { isASCII = false }
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        wordCount += 1
      }
    }
    if isASCII, wordCount > 4 { return false }
    var words = text.split(separator: " ")
    if words.first?.lowercased() == "page" { words.removeFirst() }
    if words.count == 3, words[1] == "of" { words = [words[0]] }
    return words.count == 1 && words[0].count <= 4 && words[0].allSatisfy(\.isNumber)
  }

  func startsWithBullet(_ text: String) -> Bool {
    // Each bullet's first byte is "-", "*" or 0xE2 (•, ‣, ▪, ◦): most lines are turned away on it.
    guard let byte = text.utf8.first, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == 0xE2,
      let first = text.first, "•▪‣◦-*".contains(first)
    else { return false }
    return text.dropFirst().first == " "
  }

  func bulletLength(_ text: String) -> Int {
    String(text.first!).utf8.count + 1
  }

  /// How the document writes words elsewhere, to mend a word broken at a line end: hyphenated
  /// compounds within lines ("site-specific") and plain words ("partnership"), lower-cased. Empty
  /// when no line ends in a hyphen.
  private func hyphenatedCompounds(_ lines: [Range<Int>]) -> Set<String> {
    var result: Set<String> = []
    let bytes = source.bytes
    guard lines.contains(where: { !$0.isEmpty && bytes[$0.upperBound - 1] == UInt8(ascii: "-") }) else {
      return result
    }
    for line in lines {
      var wordStart: Int?
      for index in line {
        if Self.isLetter(bytes[index]) {
          if wordStart == nil { wordStart = index }
        } else {
          if let start = wordStart, index - start >= 5, bytes[index] != UInt8(ascii: "-"),
            start == line.lowerBound || bytes[start - 1] != UInt8(ascii: "-")
          {
            result.insert(bytes.string(start..<index).lowercased())
          }
          wordStart = nil
        }
      }
      var index = line.lowerBound + 1
      while index < line.upperBound - 1 {
        if bytes[index] == UInt8(ascii: "-"), Self.isLetter(bytes[index - 1]), Self.isLetter(bytes[index + 1])
        {
          var start = index - 1
          while start > line.lowerBound, Self.isLetter(bytes[start - 1]) { start -= 1 }
          var end = index + 1
          while end < line.upperBound, Self.isLetter(bytes[end]) { end += 1 }
          result.insert(bytes.string(start..<end).lowercased())
          index = end
          continue
        }
        index += 1
      }
    }
    return result
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (97...122).contains(byte) || (65...90).contains(byte)
  }

  /// Whether a line ends with a word broken by a hyphen that the next line completes: nil if not,
  /// else whether the hyphen belongs to the word.
  func hyphenatedBreak(_ line: Range<Int>, _ next: Range<Int>, compounds: Set<String> = []) -> Bool? {
    let bytes = source.bytes
    guard line.count >= 3, bytes[line.upperBound - 1] == UInt8(ascii: "-"),
      let first = next.first.map({ bytes[$0] }), (97...122).contains(first)
    else { return nil }
    let before = bytes[line.upperBound - 2]
    // "UK-\nbased", "COVID-\n19": a hyphen after a capital or digit belongs to the word.
    if (65...90).contains(before) || (48...57).contains(before) { return true }
    guard (97...122).contains(before) else { return nil }
    // Keep the hyphen of a compound whose first part is a prefix ("co-operation", "non-statutory").
    var start = line.upperBound - 2
    while start > line.lowerBound,
      (97...122).contains(bytes[start - 1]) || (65...90).contains(bytes[start - 1])
    {
      start -= 1
    }
    let word = bytes.string(start..<(line.upperBound - 1)).lowercased()
    var end = next.lowerBound
    while end < next.upperBound, Self.isLetter(bytes[end]) { end += 1 }
    let rest = bytes.string(next.lowerBound..<end).lowercased()
    if compounds.contains(word + "-" + rest) { return true }
    if compounds.contains(word + rest) { return false }
    // "system-level", but not "un-related" or "mis-led": a short first part is a prefix to join.
    return Self.keptPrefixes.contains(word) || word.count >= 4 && Self.keptSuffixes.contains(rest)
  }

  /// Second parts of compounds, whose hyphen stays: "system-level", "evidence-based", "long-term".
  private static let keptSuffixes: Set<String> = [
    "level", "based", "term", "wide", "specific", "led", "making", "related", "scale", "owned", "funded",
    "driven", "focused", "friendly", "facing", "centred", "centered", "sized", "like",
  ]

  private static let keptPrefixes: Set<String> = [
    "co", "non", "self", "cross", "ex", "well", "semi", "anti", "multi", "post", "pre", "part",
    "full", "long", "short", "high", "low", "cost", "year", "day", "one", "two", "three", "inter",
    "sub", "over", "under", "joined", "health", "social", "third",
  ]

  /// The heading level of a line, or nil if it is not a heading.
  func headingLevel(_ text: String) -> Int? {
    guard text.count <= 90, let last = text.last, !".,;:—–-".contains(last) else { return nil }
    let words = text.split(separator: " ")
    if Self.hasModal(words) { return nil }
    let first = words.first.map { $0.lowercased() } ?? ""
    if HeadingLexicon.divisionNames.contains(first), words.count >= 2,
      words[1].first?.isNumber == true || words[1].allSatisfy({ "IVXLC".contains($0) })
    {
      return 1
    }
    if first == "section", words.count >= 2, words[1].first?.isNumber == true { return 2 }
    if let number = words.first, number.first?.isNumber == true, words.count >= 2, words.count <= 10,
      number.allSatisfy({ $0.isNumber || $0 == "." }), words[1].first?.isUppercase == true
    {
      let depth = number.split(separator: ".").count
      // "3.12 PCTs must …" is a numbered paragraph; a heading is short and names a topic.
      if depth == 1 && number.hasSuffix(".") || depth == 1 && text.count < 60 { return 2 }
      if depth >= 2, text.count < 60, !text.contains(" must "), !text.contains(" should ") {
        return depth + 1
      }
      return nil
    }
    let letters = text.filter(\.isLetter)
    if letters.count >= 4, words.count >= 2, words.count <= 12, letters.allSatisfy(\.isUppercase) {
      return 2
    }
    return nil
  }
}
