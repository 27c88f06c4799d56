/// The word lists a token's lower-case text belongs to, looked up once when a sentence is tokenized.
///
/// The analyzer scans every token of a sentence against several lists; each scan hashed every word.
/// With the classes found in one lookup per word, a scan tests a bit.
struct WordClasses: OptionSet, Sendable {
  let rawValue: UInt8

  /// The first word of a trigger pattern (``DeonticLexicon/patternsByFirstWord``), or a verb by which a
  /// provision requires its object (``TriggerLexicon/requiringVerbs``).
  static let triggerStart = WordClasses(rawValue: 1 << 0)
  /// A word every policy statement has (``PolicyLexicon/cueWords``).
  static let policyCue = WordClasses(rawValue: 1 << 1)
  /// A reporting verb, after which a modal is reported, not imposed (``DeonticLexicon/reportingVerbs``).
  static let reportingVerb = WordClasses(rawValue: 1 << 2)
  /// A word that can start a timing (``TimingLexicon/timingStarts``).
  static let timingStart = WordClasses(rawValue: 1 << 3)
  /// A word before a section or paragraph number (``ReferenceLexicon/referenceWords``).
  static let referenceWord = WordClasses(rawValue: 1 << 4)
  /// The first word of a condition (``ConditionLexicon/conditionFirstWords``).
  static let conditionStart = WordClasses(rawValue: 1 << 5)
  /// A verb that reports only the clause after its object (``DeonticLexicon/objectReportingVerbs``).
  static let objectReportingVerb = WordClasses(rawValue: 1 << 6)

  /// The classes of a lower-case word.
  static func of(_ lower: String) -> WordClasses {
    // Most words are on no list: a bit per bucket of a cheap hash turns them away before the table's hash.
    let bucket = bucket(lower)
    guard filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return [] }
    return table[lower] ?? []
  }

  /// FNV-1a of the word's bytes, to one of 4,096 buckets.
  @inline(__always)
  private static func bucket(_ word: String) -> Int {
    var hash: UInt32 = 2_166_136_261
    for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash & 4095)
  }

  /// One bit for each bucket that a listed word falls in.
  private static let filter: [UInt64] = {
    var filter = [UInt64](repeating: 0, count: 4096 / 64)
    for word in table.keys {
      let bucket = bucket(word)
      filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }
    return filter
  }()

  /// Each word on a list, with the classes of the lists it is on.
  private static let table: [String: WordClasses] = {
    var table: [String: WordClasses] = [:]
    for word in DeonticLexicon.patternsByFirstWord.keys { table[word, default: []].insert(.triggerStart) }
    for word in TriggerLexicon.requiringVerbs { table[word, default: []].insert(.triggerStart) }
    for word in PolicyLexicon.cueWords { table[word, default: []].insert(.policyCue) }
    for word in DeonticLexicon.reportingVerbs { table[word, default: []].insert(.reportingVerb) }
    for word in TimingLexicon.timingStarts { table[word, default: []].insert(.timingStart) }
    for word in ReferenceLexicon.referenceWords { table[word, default: []].insert(.referenceWord) }
    for word in ConditionLexicon.conditionFirstWords { table[word, default: []].insert(.conditionStart) }
    for word in DeonticLexicon.objectReportingVerbs { table[word, default: []].insert(.objectReportingVerb) }
    return table
  }()
}
