/// Document text made inert in Markdown output.
///
/// Text from a document is data, never markup: a source can hold `[a plan](javascript:…)`, a remote
/// image `![x](https://…)`, raw HTML (`<img onerror=…>`) or table pipes, and a Markdown report that
/// pasted it as it is would render a live link, fetch the image or break its own table. Every
/// character Markdown or HTML could read as markup is escaped with a backslash, and bidirectional
/// controls, which could reorder what a reader sees, are replaced (``TerminalText/isBidiControl(_:)``).
public enum MarkdownText {
  /// The ASCII punctuation CommonMark lets a backslash escape that can start markup inline.
  static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "|", "~", "#", "&"]

  /// `text` escaped for a Markdown paragraph, list item or table cell (line breaks become spaces).
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if special.contains(character) {
        result.append("\\")
        result.append(character)
      } else if character == "\n" || character == "\r\n" || character == "\r" {
        result.append(" ")
      } else if character.unicodeScalars.contains(where: TerminalText.isBidiControl) {
        result.append("\u{FFFD}")
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// `text` as an inline code span: fenced by more backticks than any run inside it, so that no
  /// backtick in a file name ends the span early.
  public static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
    return fence + padded.replacingOccurrences(of: "\n", with: " ") + fence
  }
}
