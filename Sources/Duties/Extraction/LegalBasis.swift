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
      var end = Self.skippingSpace(lower, before: start)
      // "under the Care Act 2014": the article is not the title's.
      if end >= 4, lower[(end - 3)..<end].elementsEqual("the".utf8), lower[end - 4] == 0x20 {
        end = Self.skippingSpace(lower, before: end - 3)
      }
      let before = lower[..<end]
      guard
        markerBytes.contains(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) })
      else { continue }
      if best == nil || start < best!.position { best = (start, reference) }
    }
    return best?.reference
  }

  /// Where the white space before `index` starts.
  private static func skippingSpace(_ lower: [UInt8], before index: Int) -> Int {
    var end = index
    while end > 0 {
      if lower[end - 1] == 0x20 || lower[end - 1] == 0x09 {
        end -= 1
      } else if end > 1, lower[end - 2] == 0xC2, lower[end - 1] == 0xA0 {
        end -= 2  // a no-break space
      } else {
        break
      }
    }
    return end
  }

  private static let markerBytes = ReferenceLexicon.legalBasisMarkers.map { Array($0.utf8) }

  /// The UTF-8 bytes of a text with ASCII letters in lower case.
  private static func folded(_ text: String) -> [UInt8] {
    text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
  }
}
