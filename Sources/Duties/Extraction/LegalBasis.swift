import Foundation

/// Finds the provision an obligation is made under: "under section 82 of the National Health
/// Service Act 2006", "in exercise of the powers conferred by section 2(2) of the European
/// Communities Act 1972", "pursuant to Article 5".
enum LegalBasis {
  /// Words that introduce the provision that creates a duty or power.
  static let markers = [
    "under", "by virtue of", "in exercise of the powers conferred by",
    "in exercise of the power conferred by",
    "pursuant to", "conferred by", "imposed by", "as required by", "in accordance with the duty in",
  ]

  /// The basis named in `sentence`: the first reference that a marker introduces.
  static func basis(in sentence: String, references: [String]) -> String? {
    guard !references.isEmpty else { return nil }
    let lower = sentence.lowercased()
    var best: (position: String.Index, reference: String)?
    for reference in references {
      guard let range = lower.range(of: reference.lowercased()) else { continue }
      let before = lower[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      guard markers.contains(where: { before.hasSuffix($0) }) else { continue }
      if best == nil || range.lowerBound < best!.position { best = (range.lowerBound, reference) }
    }
    return best?.reference
  }
}
