import Foundation

/// Small helpers for writing HTML by hand.
enum HTML {
  /// Text escaped for HTML content and attributes.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// The link to a place in a document, for a report: a path given relative stays relative (so the
  /// link works where the report is saved beside the documents, as it is shared), an absolute one
  /// is a `file:` URL; `#L12` names the line. `nil` for standard input or a git revision (`HEAD:x.md`).
  static func href(_ location: SourceLocation) -> String? {
    let path = location.path
    guard path != "-", !path.isEmpty else { return nil }
    if !path.hasPrefix("/"), let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") {
      return nil
    }
    let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ":"))
    let encoded =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path).absoluteString
      : path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    return encoded + "#L\(location.line)"
  }

  /// A citation as a link to its place, or as text where there is nowhere to link to.
  static func citation(_ location: SourceLocation, text: String) -> String {
    guard let href = href(location) else { return escape(text) }
    return "<a href=\"\(escape(href))\">\(escape(text))</a>"
  }

  /// A whole page: the shared head and style, then the body and a script.
  static func page(title: String, style: String = "", body: String, script: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(baseStyle)
    \(style)
    </style>
    </head>
    <body>
    \(body)
    <script>
    \(script)
    </script>
    </body>
    </html>

    """
  }

  /// The shared style of the reports: readable on screen, printable on paper.
  static let baseStyle = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --add: #e6f4ea; --add-ink: #136c2e;
      --del: #fde8e8; --del-ink: #a4161a; --warn: #fff4d6; --accent: #1d4e89; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
      margin: 0 auto; max-width: 1200px; padding: 24px; }
    h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.15em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    .meta { color: var(--muted); font-size: 0.9em; }
    .headline { background: #f5f7fa; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
    .headline p { margin: 4px 0; }
    .filters { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 10px; }
    .filters label { font-size: 0.9em; background: #f0f2f5; border-radius: 14px; padding: 3px 10px; cursor: pointer; }
    .tag { display: inline-block; font-size: 0.75em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em;
      border-radius: 4px; padding: 1px 6px; margin-right: 6px; background: #eef1f5; }
    .tag.added, .tag.strengthened { background: var(--add); color: var(--add-ink); }
    .tag.removed, .tag.weakened { background: var(--del); color: var(--del-ink); }
    .tag.bearer-changed, .tag.conditions-changed, .tag.timing-changed, .tag.action-changed, .tag.reference-changed { background: var(--warn); color: #7a5200; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; }
    td, th { vertical-align: top; padding: 6px 8px; border: 1px solid var(--line); word-wrap: break-word; overflow-wrap: anywhere; }
    th { background: #f5f7fa; text-align: left; font-weight: 600; }
    ins { background: var(--add); color: var(--add-ink); text-decoration: none; }
    del { background: var(--del); color: var(--del-ink); }
    .change { margin: 12px 0 18px; page-break-inside: avoid; }
    .details { margin: 4px 0 6px 0; padding-left: 18px; color: var(--muted); font-size: 0.92em; }
    .where { color: var(--muted); font-size: 0.85em; font-family: ui-monospace, Menlo, Consolas, monospace; }
    @media print { .filters { display: none; } body { padding: 0; font-size: 11pt; } a { color: inherit; } }
    """
}
