import Foundation

/// Identities of obligations that survive re-extraction and edits elsewhere in a document, and of the
/// changes between them: what a review decision is attached to.
///
/// An obligation's key is a hash of what it is, not of where it stands: its kind, its bearer's
/// parties (or the thing a requirement is on), its action, its sentence, and the headings of its
/// section, each with editorial noise taken out (case, Unicode composition, quotes, white space,
/// amendment markers). The numbers of parts, sections, paragraphs and list items are left out, so that
/// renumbering (a paragraph inserted before it, a list re-lettered) leaves the key alone; so do
/// rewording another section and re-extracting the file. Changing the obligation's own words gives it
/// a new key, and so its changes new identities. Obligations alike in all of these within one document
/// are told apart by their order: the second one's key ends in `.2`.
///
/// The hash is FNV-1a (64 bits) of the UTF-8 bytes, its top 48 bits written as 12 hexadecimal
/// digits: the same on every run and every platform.
public enum ObligationKey {
  /// The version of the recipe, hashed with the fields: a change of recipe changes every key.
  private static let recipe = "2"

  /// The key of an obligation before duplicates are told apart: `ob-` and 12 hexadecimal digits.
  public static func base(of obligation: Obligation) -> String {
    var hasher = Hasher64()
    hasher.raw(recipe)
    for field in [
      obligation.kind.rawValue, obligation.proposed?.rawValue ?? "",
      (obligation.bearer?.parties ?? []).joined(separator: ","), obligation.subject ?? "", obligation.action,
      obligation.sentence, headings(of: obligation.section),
    ] {
      hasher.byte(0x1F)
      hasher.normalized(field)
    }
    return "ob-" + hasher.hex
  }

  /// The section path without its numbers: "Part 1 › Security › 6 › (2)" → "Security". A part of the
  /// path is a number when it holds a digit and no more than three words ("Part 1", "6", "(2)", "3.2",
  /// "Schedule 2A") or is a bracketed label ("(a)", "(iv)").
  static func headings(of section: String) -> String {
    section.components(separatedBy: " › ").filter { part in
      let isLabel = part.hasPrefix("(") && part.hasSuffix(")") && part.count <= 8
      let isNumber = part.contains(where: \.isNumber) && part.split(separator: " ").count <= 3
      return !isLabel && !isNumber
    }.joined(separator: " › ")
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

  /// FNV-1a, 64 bits, fed bytes as they are or a text with its editorial noise left out, in one pass
  /// and without making strings: a key is made for every obligation extracted.
  struct Hasher64 {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    /// A space is written only before the next byte kept, so runs of white space count as one and
    /// white space at the ends as none.
    private var pendingSpace = false
    private var wroteAny = false

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

    /// The text lower-cased and in composed Unicode, white space (the no-break space too) as single
    /// spaces, quotes and insertion brackets left out, amendment markers ("[F12]") left out, dashes as "-".
    mutating func normalized(_ text: String) {
      (pendingSpace, wroteAny) = (false, false)
      var text = text
      // Text with an upper-case letter other than ASCII, or a combining mark, is composed ("é" one way)
      // and lower-cased first; other text (nearly all) is read as it is, ASCII lower-cased below.
      if !text.withUTF8(Self.isComposedLowerCase) {
        text = text.precomposedStringWithCanonicalMapping.lowercased()
      }
      text.withUTF8 { feed($0) }
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
          || properties.isGraphemeExtend
        {
          return false
        }
      }
      return true
    }

    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: pendingSpace = wroteAny
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
          pendingSpace = wroteAny
        case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80:
          switch bytes[index + 1] {
          // ‘ ’ “ ” „
          case 0x98, 0x99, 0x9C, 0x9D, 0x9E: index += 2
          // ‑ – —
          case 0x91, 0x93, 0x94:
            index += 2
            keep(UInt8(ascii: "-"))
          default: keep(byte)
          }
        default: keep(byte)
        }
      }
    }

    private mutating func keep(_ byte: UInt8) {
      if pendingSpace { self.byte(0x20) }
      (pendingSpace, wroteAny) = (false, true)
      self.byte(byte)
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
      for index in keyed.indices {
        let base = ObligationKey.base(of: keyed[index])
        let count = seen[base, default: 0] + 1
        seen[base] = count
        keyed[index].key = count == 1 ? base : "\(base).\(count)"
      }
      return keyed
    }
  }
}
