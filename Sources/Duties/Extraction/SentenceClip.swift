/// Bounds the text an obligation carries, so that output stays within a small multiple of input.
///
/// A sentence with no break can run to megabytes (a file with no full stop, an appropriations
/// provision), and each of its obligations (up to
/// ``SentenceAnalyzer/maximumObligationsPerSentence``) carries it: without a bound, 1 MB of text
/// gave 68 MB of output. A sentence longer than ``maximumBytes`` is clipped to a window of that
/// size around the obligation's trigger, cut at spaces, with `…` where text was left out; the
/// obligation keeps its location, so the whole sentence is a citation away. Its action, conditions
/// and timing, which can run as far as the sentence does, keep their first ``maximumBytes``.
enum SentenceClip {
  /// The longest sentence kept whole: 4 KiB of UTF-8 (longer than any sentence in the UK
  /// documents of the shared corpus; a few provisions of US appropriations bills run longer).
  static let maximumBytes = 4096
  /// How far back from the window's edge a space is looked for to cut at.
  private static let wordSearch = 64

  /// The bytes of a lead-in that the items of one list may repeat in all (its sentence, action,
  /// conditions, timing and references, times the number of items): 256 KiB, more than any list
  /// of the shared corpus repeats. Past it, every item of the list repeats the lead-in shortened to
  /// ``repeatedLeadInBytes`` a part; without a bound, a 1 MB list of 50,000 items under a 4 KB
  /// lead-in gave 463 MB of output.
  static let listBudget = 256 << 10
  /// The bytes of a shortened lead-in's sentence, action, conditions and timing, each.
  static let repeatedLeadInBytes = 128

  /// The bytes an item repeats of `leadIn` whole: what ``listBudget`` counts.
  static func repeatedBytes(of leadIn: SentenceAnalyzer.Draft, sentence: String) -> Int {
    let parts = [sentence, leadIn.action] + leadIn.conditions.map(\.text) + leadIn.timing.map(\.text)
    return parts.reduce(0) { $0 + min($1.utf8.count, maximumBytes) }
      + leadIn.references.reduce(0) { $0 + $1.utf8.count }
  }

  /// `text` whole when it fits, else the `maximumBytes` around the UTF-8 offset `anchor`.
  static func clip(_ text: String, around anchor: Int, maximumBytes: Int = maximumBytes) -> String {
    // Nearly every text fits: its UTF-8 count is known without copying it.
    guard text.utf8.count > maximumBytes else { return text }
    let bytes = Array(text.utf8)
    let anchor = min(max(0, anchor), bytes.count)
    var end = min(bytes.count, max(anchor, 0) + maximumBytes / 2)
    var start = max(0, end - maximumBytes)
    end = min(bytes.count, start + maximumBytes)
    if start > 0 { start = cut(bytes, at: start, forward: true) }
    if end < bytes.count { end = cut(bytes, at: end, forward: false) }
    let kept = String(decoding: bytes[start..<end], as: UTF8.self).trimming(" ")
    return (start > 0 ? "… " : "") + kept + (end < bytes.count ? " …" : "")
  }

  /// A place near `index` to cut: at a space within ``wordSearch`` bytes (after it going forward,
  /// at it going back), else the nearest boundary between characters' bytes.
  private static func cut(_ bytes: [UInt8], at index: Int, forward: Bool) -> Int {
    let space = UInt8(ascii: " ")
    if forward {
      let limit = min(bytes.count, index + wordSearch)
      if let found = bytes[index..<limit].firstIndex(of: space) { return found + 1 }
      var position = index
      while position < bytes.count && bytes[position] & 0xC0 == 0x80 { position += 1 }
      return position
    }
    let limit = max(0, index - wordSearch)
    if let found = bytes[limit..<index].lastIndex(of: space) { return found }
    var position = index
    while position > 0 && bytes[position] & 0xC0 == 0x80 { position -= 1 }
    return position
  }
}

extension SentenceAnalyzer.Draft {
  /// The draft with its action clipped to `maximumBytes`, and its conditions and timing kept, in
  /// order, within `maximumBytes` each in all (the first clipped to fit, those after it left out).
  func shortened(to maximumBytes: Int) -> Self {
    func within(_ texts: [String]) -> [String] {
      var kept: [String] = []
      var left = maximumBytes
      for text in texts where left > 0 {
        let clipped = SentenceClip.clip(text, around: 0, maximumBytes: left)
        kept.append(clipped)
        left -= clipped.utf8.count
      }
      return kept
    }
    var draft = self
    draft.action = SentenceClip.clip(action, around: 0, maximumBytes: maximumBytes)
    draft.subject = subject.map { SentenceClip.clip($0, around: 0, maximumBytes: maximumBytes) }
    let conditionTexts = within(conditions.map(\.text))
    draft.conditions = zip(conditions, conditionTexts).map { condition, text in
      var condition = condition
      condition.text = text
      return condition
    }
    let timingTexts = within(timing.map(\.text))
    draft.timing = zip(timing, timingTexts).map { timing, text in
      var timing = timing
      timing.text = text
      return timing
    }
    return draft
  }

  /// The draft with its action, conditions and timing clipped to their first `maximumBytes`.
  func clipped(to maximumBytes: Int) -> Self {
    var draft = self
    draft.action = SentenceClip.clip(action, around: 0, maximumBytes: maximumBytes)
    draft.subject = subject.map { SentenceClip.clip($0, around: 0, maximumBytes: maximumBytes) }
    for index in draft.conditions.indices {
      draft.conditions[index].text = SentenceClip.clip(
        conditions[index].text, around: 0, maximumBytes: maximumBytes)
    }
    for index in draft.timing.indices {
      draft.timing[index].text = SentenceClip.clip(timing[index].text, around: 0, maximumBytes: maximumBytes)
    }
    return draft
  }
}
