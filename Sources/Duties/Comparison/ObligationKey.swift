import Foundation

/// Identities of obligations that survive re-extraction and edits elsewhere in a document, and of the
/// changes between them: what a review decision is attached to.
///
/// An obligation's key is a hash of what it is, not of where it stands: its kind, its bearer's
/// parties (or the thing a requirement is on), its action, its sentence, and the headings of its
/// section, each with editorial noise taken out (case, Unicode composition, quotes, white space,
/// amendment markers). The numbers of parts, sections, paragraphs and list items are left out, and so
/// are the sentence's list labels and the numbers of its cross-references ("section 12"), so that
/// renumbering (a paragraph inserted before it, a list re-lettered) leaves the key alone; so do
/// rewording another section and re-extracting the file. Changing the obligation's own words gives it
/// a new key, and so its changes new identities. Obligations alike in all of these within one document
/// are told apart by their order: the second one's key ends in `.2`.
///
/// The hash is FNV-1a (64 bits) of the UTF-8 bytes, its top 48 bits written as 12 hexadecimal
/// digits: the same on every run and every platform.
public enum ObligationKey {
  /// The version of the recipe, hashed with the fields: a change of recipe changes every key.
  private static let recipe = "3"

  /// The key of an obligation before duplicates are told apart: `ob-` and 12 hexadecimal digits.
  public static func base(of obligation: Obligation) -> String {
    var cache = NormalizedCache()
    return base(of: obligation, cache: &cache)
  }

  /// The base key, with the normalised headings and sentence taken from `cache` when the obligation
  /// before had the same ones (the obligations of one sentence come together).
  static func base(of obligation: Obligation, cache: inout NormalizedCache) -> String {
    var hasher = Hasher64()
    hasher.raw(recipe)
    for field in [
      obligation.kind.rawValue, obligation.proposed?.rawValue ?? "",
      (obligation.bearer?.parties ?? []).joined(separator: ","), obligation.subject ?? "", obligation.action,
    ] {
      hasher.byte(0x1F)
      // Without list labels and cross-reference numbers, which renumbering changes.
      hasher.normalized(field, maskingLabels: true)
    }
    hasher.byte(0x1F)
    hasher.feed(cache.headings(of: obligation.section))
    hasher.byte(0x1F)
    hasher.feed(cache.sentence(obligation.sentence))
    return "ob-" + hasher.hex
  }

  /// The normalised bytes of the last section path's headings and of the last sentence keyed.
  struct NormalizedCache {
    private var section: (text: String, bytes: [UInt8])?
    private var sentence: (text: String, bytes: [UInt8])?

    mutating func headings(of path: String) -> [UInt8] {
      // Compared byte for byte: canonically equivalent texts may normalise apart.
      if let section, section.text.utf8.elementsEqual(path.utf8) { return section.bytes }
      let bytes = Normalizer.bytes(of: ObligationKey.headings(of: path), maskingLabels: true)
      section = (path, bytes)
      return bytes
    }

    mutating func sentence(_ text: String) -> [UInt8] {
      if let sentence, sentence.text.utf8.elementsEqual(text.utf8) { return sentence.bytes }
      let bytes = Normalizer.bytes(of: text, maskingLabels: true)
      sentence = (text, bytes)
      return bytes
    }
  }

  /// The section path's headings without their numbers: "Part 1 › 6 Duties of boards › (2)" →
  /// "Duties of boards", "2. Data protection" → "Data protection", "Part IV" → nothing. Each part of the
  /// path loses a leading division word ("Part", "Chapter", "Schedule"…) and a leading label (a number
  /// such as "6", "3.2" or "12A", a Roman numeral, a letter, a bracketed "(a)"); a part with nothing left
  /// is left out.
  static func headings(of section: String) -> String {
    section.components(separatedByBytes: " › ").compactMap { part -> String? in
      var words = part.split(separator: " ")[...]
      if let first = words.first, ReferenceLexicon.divisionWords.contains(String(first)) {
        words = words.dropFirst()
      }
      if let first = words.first, isLabel(first) { words = words.dropFirst() }
      return words.isEmpty ? nil : words.joined(separator: " ")
    }.joined(separator: " › ")
  }

  /// Whether a word of a heading is its number or letter: "6", "3.2.", "12A", "IV", "B", "(a)", "(1A)".
  private static func isLabel(_ word: Substring) -> Bool {
    var core = word
    if core.hasPrefix("("), core.hasSuffix(")") { core = core.dropFirst().dropLast() }
    while core.hasSuffix(".") || core.hasSuffix(":") { core = core.dropLast() }
    guard !core.isEmpty, core.count <= 8,
      core.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") })
    else { return false }
    let isNumber = core.first?.isNumber == true
    let isRoman = core.allSatisfy { "IVXLCivxlc".contains($0) }
    return isNumber || isRoman || core.count <= 2 && core.allSatisfy(\.isLetter)
  }

  /// The identity of a change: `ch-` and a hash of the keys of its old and new obligations and its
  /// class, so that the same change found again in a later comparison has the same identity.
  public static func change(old: String?, new: String?, kind: ObligationChange.Kind) -> String {
    "ch-" + digest([recipe, old ?? "", new ?? "", kind.rawValue].joined(separator: "\u{1F}"))
  }

  /// The identity of a change of another kind than an obligation's (a definition's, a
  /// commencement's): `ch-` and a hash of its kind and of what it was and became, normalised.
  static func change(of kind: String, _ parts: [String]) -> String {
    var hasher = Hasher64()
    hasher.raw(recipe)
    hasher.byte(0x1F)
    hasher.raw(kind)
    for part in parts {
      hasher.byte(0x1F)
      hasher.normalized(part)
    }
    return "ch-" + hasher.hex
  }

  /// FNV-1a of the text's UTF-8 bytes, its top 48 bits in hexadecimal.
  static func digest(_ text: String) -> String {
    var hasher = Hasher64()
    hasher.raw(text)
    return hasher.hex
  }

  /// FNV-1a, 64 bits, fed bytes as they are or a text with its editorial noise left out.
  struct Hasher64 {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The top 48 bits, as 12 hexadecimal digits.
    var hex: String {
      let digits = String(hash >> 16, radix: 16)
      return String(repeating: "0", count: 12 - digits.count) + digits
    }

    mutating func byte(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }

    mutating func raw(_ text: String) {
      for byte in text.utf8 { self.byte(byte) }
    }

    mutating func feed(_ bytes: [UInt8]) {
      for byte in bytes { self.byte(byte) }
    }

    /// The text as `Normalizer` writes it.
    mutating func normalized(_ text: String, maskingLabels: Bool = false) {
      feed(Normalizer.bytes(of: text, maskingLabels: maskingLabels))
    }
  }

  /// A text with its editorial noise left out, as UTF-8 bytes, in one pass and without making
  /// strings: a key is made for every obligation extracted.
  struct Normalizer {
    private var output: [UInt8] = []
    /// Whether list labels and reference numbers are masked.
    private let masksLabels: Bool
    /// The word being read, and the one before it.
    private var word: [UInt8] = []
    private var previous: [UInt8] = []

    private init(masksLabels: Bool) { self.masksLabels = masksLabels }

    /// The text lower-cased and in composed Unicode, white space (the no-break space too) as single
    /// spaces, quotes and insertion brackets left out, amendment markers ("[F12]") left out, dashes as
    /// "-"; with `maskingLabels`, list labels ("(a)", "(iv)") as "(#)" and the number after a
    /// reference word ("section 12") as "#".
    static func bytes(of text: String, maskingLabels: Bool) -> [UInt8] {
      var normalizer = Normalizer(masksLabels: maskingLabels)
      normalizer.output.reserveCapacity(text.utf8.count)
      var text = text
      // Text with an upper-case letter other than ASCII, or a character composing changes, is composed
      // ("é" one way) and lower-cased first; other text (nearly all) is read as it is, ASCII lower-cased below.
      if !text.withUTF8(Self.isComposedLowerCase) {
        text = text.precomposedStringWithCanonicalMapping.lowercased()
      }
      text.withUTF8 { normalizer.feed($0) }
      normalizer.flushWord()
      return normalizer.output
    }

    /// Whether every character other than ASCII is neither upper case nor a combining mark, so that
    /// composing and lower-casing would leave it as it is.
    private static func isComposedLowerCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      while case .scalarValue(let scalar) = decoder.decode(&iterator) {
        guard !scalar.isASCII else { continue }
        let properties = scalar.properties
        if properties.changesWhenLowercased || properties.canonicalCombiningClass != .notReordered
          || properties.isGraphemeExtend || Self.composingChanges(scalar.value)
        {
          return false
        }
      }
      return true
    }

    /// Characters that composing changes though they are neither upper case nor combining marks:
    /// canonical singletons (Ω, K, Å, CJK compatibility ideographs, U+0374, U+037E,
    /// U+0387, U+2329, U+232A), Greek letters with oxia, and Hangul's conjoining letters.
    private static func composingChanges(_ value: UInt32) -> Bool {
      switch value {
      case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1100...0x11FF, 0x1F71...0x1FFD, 0x2126, 0x212A...0x212B,
        0x2329...0x232A, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0xF900...0xFAFF,
        0x2F800...0x2FA1F:
        return true
      default: return false
      }
    }

    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: flushWord()
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "]"): break
        case UInt8(ascii: "["):
          // "[F48]", "[E2]": an amendment marker, to its closing bracket.
          // (The letter in either case: text other than ASCII is lower-cased before this pass.)
          if index + 1 < bytes.count, ComparisonLexicon.amendmentMarkerLetters.contains(bytes[index] & 0xDF),
            (0x30...0x39).contains(bytes[index + 1])
          {
            index = (bytes[index...].firstIndex(of: UInt8(ascii: "]")) ?? bytes.count - 1) + 1
          }
        case 0x41...0x5A: keep(byte | 0x20)
        case 0xC2 where index < bytes.count && bytes[index] == 0xA0:
          index += 1
          flushWord()
        case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80:
          switch bytes[index + 1] {
          // ‘ ’ “ ” „
          case 0x98, 0x99, 0x9C, 0x9D, 0x9E: index += 2
          // ‑ – —
          case 0x91, 0x93, 0x94:
            index += 2
            keep(UInt8(ascii: "-"))
          // The en and em quads, canonically the en and em spaces (common in US bills): composed here,
          // as composing would.
          case 0x80, 0x81:
            word.append(contentsOf: [0xE2, 0x80, bytes[index + 1] + 2])
            index += 2
          default: keep(byte)
          }
        default: keep(byte)
        }
      }
    }

    private mutating func keep(_ byte: UInt8) { word.append(byte) }

    /// Writes the word read, masked when it is a list label or a reference number.
    private mutating func flushWord() {
      guard !word.isEmpty else { return }
      if !output.isEmpty { output.append(0x20) }
      if masksLabels, Self.isListLabel(word) {
        output.append(contentsOf: "(#)".utf8)
      } else if masksLabels, (0x30...0x39).contains(word[0]),
        ReferenceLexicon.comparedReferenceWords.contains(String(decoding: previous, as: UTF8.self))
      {
        output.append(UInt8(ascii: "#"))
      } else {
        output.append(contentsOf: word)
      }
      previous = word
      word.removeAll(keepingCapacity: true)
    }

    /// "(a)", "(iv)", "(2)", "(1A)," : a bracket of one to five characters, and at most one mark after it.
    private static func isListLabel(_ word: [UInt8]) -> Bool {
      guard word.first == UInt8(ascii: "("), let close = word.firstIndex(of: UInt8(ascii: ")")) else {
        return false
      }
      return (2...6).contains(close) && word.count - close <= 2
    }
  }

  /// Gives each obligation of one document its key, in document order, numbering the second and later
  /// of obligations with the same base key. Kept across the parts of a document extracted in turn.
  public struct Assigner: Sendable {
    private var seen: [String: Int] = [:]

    /// Creates an assigner for one document.
    public init() {}

    /// The obligations with their keys.
    public mutating func assign(_ obligations: [Obligation]) -> [Obligation] {
      var keyed = obligations
      var cache = NormalizedCache()
      for index in keyed.indices {
        let base = ObligationKey.base(of: keyed[index], cache: &cache)
        let count = seen[base, default: 0] + 1
        seen[base] = count
        keyed[index].key = count == 1 ? base : "\(base).\(count)"
      }
      return keyed
    }
  }
}
