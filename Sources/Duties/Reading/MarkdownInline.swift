/// Strips Markdown inline markup from a line while keeping the source offset of every piece of text.
///
/// Links keep their text, images and template tags (`<%= … %>`) go, emphasis and code markers go,
/// footnote references (`[^3]`) and editorial markers (`[F48]`) become annotations.
struct MarkdownInline {
  let source: SourceText

  func append(_ range: Range<Int>, to builder: inout TextBuilder, markers: inout [Annotation]) {
    let bytes = source.bytes
    var index = range.lowerBound
    var chunkStart = index
    func flush(_ end: Int) {
      if end > chunkStart {
        builder.append(bytes: bytes[chunkStart..<end], sourceOffset: chunkStart, escaped: false)
      }
    }
    while index < range.upperBound {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\") where index + 1 < range.upperBound && isPunctuation(bytes[index + 1]):
        flush(index)
        chunkStart = index + 1
        index += 2
      case UInt8(ascii: "*"), UInt8(ascii: "`"):
        flush(index)
        index += 1
        chunkStart = index
      case UInt8(ascii: "_"):
        let before = index > range.lowerBound ? bytes[index - 1] : 0x20
        let after = index + 1 < range.upperBound ? bytes[index + 1] : 0x20
        if isWordByte(before) && isWordByte(after) {
          index += 1
        } else {
          flush(index)
          index += 1
          chunkStart = index
        }
      case UInt8(ascii: "<"):
        if let end = tagEnd(from: index, limit: range.upperBound) {
          flush(index)
          // A line break or a block's tag separates words; an inline one (a link, emphasis) does not.
          if !isInlineTag(bytes[index..<end]) { builder.append(" ", sourceOffset: index, escaped: true) }
          index = end
          chunkStart = index
        } else {
          index += 1
        }
      case UInt8(ascii: "!") where index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "["):
        if let (_, end) = link(at: index + 1, limit: range.upperBound) {
          flush(index)
          index = end
          chunkStart = index
        } else {
          index += 1
        }
      case UInt8(ascii: "["):
        if let marker = marker(at: index, limit: range.upperBound) {
          flush(index)
          markers.append(
            Annotation(
              kind: .marker, label: marker.label, text: "", location: source.location(atOffset: index)))
          index = marker.end
          chunkStart = index
        } else if let (text, end) = link(at: index, limit: range.upperBound) {
          flush(index)
          append(text, to: &builder, markers: &markers)
          index = end
          chunkStart = index
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
    flush(range.upperBound)
  }

  private func isPunctuation(_ byte: UInt8) -> Bool {
    (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte)
      || (123...126).contains(byte)
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
  }

  /// The end of an inline HTML tag or template tag starting at `index`.
  private func tagEnd(from index: Int, limit: Int) -> Int? {
    let bytes = source.bytes
    guard index + 1 < limit else { return nil }
    let next = bytes[index + 1]
    if next == UInt8(ascii: "%") {
      var position = index + 2
      while position + 1 < limit {
        if bytes[position] == UInt8(ascii: "%") && bytes[position + 1] == UInt8(ascii: ">") {
          return position + 2
        }
        position += 1
      }
      return nil
    }
    guard (65...90).contains(next) || (97...122).contains(next) || next == UInt8(ascii: "/") else {
      return nil
    }
    var position = index + 1
    while position < limit, position - index < 200 {
      if bytes[position] == UInt8(ascii: ">") { return position + 1 }
      if bytes[position] == UInt8(ascii: "<") { return nil }
      position += 1
    }
    return nil
  }

  /// HTML elements that stand inside a run of text without breaking it.
  private static let inlineTags: Set<String> = [
    "a", "abbr", "b", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "time", "u", "var",
  ]

  /// Whether a tag (`<b>`, `</a>`, `<span class="x">`) is of an inline element, or a template tag.
  private func isInlineTag(_ tag: ArraySlice<UInt8>) -> Bool {
    var name = tag.dropFirst()
    if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
    guard let first = name.first, (65...90).contains(first) || (97...122).contains(first) else { return true }
    let letters = name.prefix { (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) }
    return Self.inlineTags.contains(String(decoding: letters, as: UTF8.self).lowercased())
  }

  /// A footnote reference `[^3]` or an editorial marker `[F48]`.
  private func marker(at index: Int, limit: Int) -> (label: String, end: Int)? {
    let bytes = source.bytes
    guard let close = (index..<min(limit, index + 12)).first(where: { bytes[$0] == UInt8(ascii: "]") })
    else { return nil }
    let inner = bytes.string((index + 1)..<close)
    guard close + 1 >= limit || bytes[close + 1] != UInt8(ascii: "(") else { return nil }
    if inner.hasPrefix("^"), inner.count > 1 { return (String(inner.dropFirst()), close + 1) }
    if inner.count >= 2, inner.first == "F" || inner.first == "E" || inner.first == "C",
      inner.dropFirst().allSatisfy(\.isNumber)
    {
      return (inner, close + 1)
    }
    return nil
  }

  /// A link `[text](url)` or `[text][ref]`: the range of its text and the end of the link.
  private func link(at index: Int, limit: Int) -> (Range<Int>, Int)? {
    let bytes = source.bytes
    var depth = 0
    var position = index
    var close: Int?
    while position < limit {
      if bytes[position] == UInt8(ascii: "[") { depth += 1 }
      if bytes[position] == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 {
          close = position
          break
        }
      }
      position += 1
    }
    guard let close, close + 1 < limit else { return nil }
    let opener = bytes[close + 1]
    let closer: UInt8
    switch opener {
    case UInt8(ascii: "("): closer = UInt8(ascii: ")")
    case UInt8(ascii: "["): closer = UInt8(ascii: "]")
    default: return nil
    }
    var end = close + 2
    var parens = 1
    while end < limit {
      if bytes[end] == opener { parens += 1 }
      if bytes[end] == closer {
        parens -= 1
        if parens == 0 { return ((index + 1)..<close, end + 1) }
      }
      end += 1
    }
    return nil
  }
}
