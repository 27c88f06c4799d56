/// Finds the provision an obligation is made under: "under section 82 of the National Health
/// Service Act 2006", "in exercise of the powers conferred by section 2(2) of the European
/// Communities Act 1972", "pursuant to Article 5".
enum LegalBasis {
  /// The basis named in `sentence`: the first reference that a marker introduces.
  static func basis(in sentence: String, references: [String]) -> String? {
    guard !references.isEmpty else { return nil }
    // References are slices of the sentence, so an ASCII case fold of both finds them; a byte search
    // keeps this off Foundation's string search, which it ran once per obligation.
    let lower = folded(sentence)
    var best: (position: Int, reference: String)?
    for reference in references {
      let needle = folded(reference)
      guard
        let start = lower.withUnsafeBufferPointer({ text in
          needle.withUnsafeBufferPointer { text.firstOffset(of: $0) }
        })
      else { continue }
      var end = start
      while end > 0 {
        if lower[end - 1] == 0x20 || lower[end - 1] == 0x09 {
          end -= 1
        } else if end > 1, lower[end - 2] == 0xC2, lower[end - 1] == 0xA0 {
          end -= 2  // a no-break space
        } else {
          break
        }
      }
      let before = lower[..<end]
      guard
        markerBytes.contains(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) })
      else { continue }
      if best == nil || start < best!.position { best = (start, reference) }
    }
    return best?.reference
  }

  private static let markerBytes = ReferenceLexicon.legalBasisMarkers.map { Array($0.utf8) }

  /// The UTF-8 bytes of a text with ASCII letters in lower case.
  private static func folded(_ text: String) -> [UInt8] {
    text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
  }
}
