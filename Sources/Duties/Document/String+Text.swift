/// Small text utilities shared by the readers, the extractor and the renderers.
extension String {
  /// The string with runs of white space turned into one space and the ends trimmed.
  var collapsingWhitespace: String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    for scalar in unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether the string is empty or only white space.
  var isBlank: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

  /// The string without the given characters at either end.
  func trimming(_ characters: String) -> String {
    guard let first = first, let last = last, characters.contains(first) || characters.contains(last) else {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }

  /// The string, or nil if it is empty.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Array where Element: Hashable {
  /// The elements without repeats, in their first order.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
