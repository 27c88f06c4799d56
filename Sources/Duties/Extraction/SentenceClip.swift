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

  /// The longest lead-in an item of a long list repeats, once its list has repeated
  /// ``listBudget`` bytes of it: each item names its bearer and trigger, and the whole lead-in is
  /// at its location.
  static let repeatedLeadInBytes = 128
  /// The bytes of lead-in that a list's items repeat whole: 64 KiB, sixteen items of the longest
  /// lead-in, more than any list of the shared corpus repeats. Without a bound, a 1 MB list of
  /// 50,000 items under a long lead-in gave 463 MB of output.
  static let listBudget = 64 << 10

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
  /// The draft with its action, conditions and timing clipped to their first `maximumBytes`.
  func clipped(to maximumBytes: Int) -> Self {
    var draft = self
    draft.action = SentenceClip.clip(action, around: 0, maximumBytes: maximumBytes)
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
