import Duties

/// A question to ask a corpus index: which obligations, of whom, saying what, where.
///
/// Every filter that is set must hold. ``bearer`` matches the normalised party names the extractor
/// stored ("integrated care boards" finds "integrated care board") and the bearer as written;
/// ``text`` is a full-text search over obligation sentences and actions, with English stemming
/// ("co-operate" finds "co-operation").
public struct ObligationQuery: Sendable, Hashable {
  /// A duty-bearer's name, as a user would write it.
  public var bearer: String?
  /// The kinds wanted; empty means every kind.
  public var kinds: [ObligationKind]
  /// Words that must all occur in the sentence or action (or a query in SQLite FTS5's syntax, when
  /// it uses quotes, `OR`, `NOT`, `AND`, `NEAR` or `*`, which a PostgreSQL index reads alike).
  public var text: String?
  /// The documents: a glob over the path when it has `*`, `?` or `[`, else a piece of the path or
  /// title (any case).
  public var document: String?
  /// The most results to return.
  public var limit: Int?

  /// Creates a query.
  public init(
    bearer: String? = nil, kinds: [ObligationKind] = [], text: String? = nil, document: String? = nil,
    limit: Int? = nil
  ) {
    self.bearer = bearer
    self.kinds = kinds
    self.text = text
    self.document = document
    self.limit = limit
  }

  /// `text` as a literal inside a `LIKE` pattern escaped with a backslash: `%` and `_` match
  /// themselves, not any text and any character.
  static func likeLiteral(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Whether ``text`` is written in FTS5's syntax rather than as plain words.
  static func usesSearchSyntax(_ text: String) -> Bool {
    ["\"", " OR ", " NOT ", " AND ", "NEAR(", "*"].contains(where: text.contains)
  }

  /// The FTS5 expression for ``text``: each word quoted (so punctuation is not syntax), all required.
  static func searchExpression(_ text: String) -> String {
    if usesSearchSyntax(text) {
      // FTS5 syntax as given, but a word with punctuation ("co-operate") is quoted, or FTS5 would
      // read the hyphen as syntax.
      return text.split(separator: " ", omittingEmptySubsequences: true).map { word in
        word.contains(where: { "-:.'/".contains($0) }) && !word.contains("\"") ? "\"\(word)\"" : String(word)
      }.joined(separator: " ")
    }
    return text.split(whereSeparator: \.isWhitespace)
      .map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }
      .joined(separator: " ")
  }
}

/// An obligation found in a corpus index, with the document it came from.
public struct IndexedObligation: Sendable, Hashable, Encodable {
  /// The document's path.
  public var source: String
  /// The document's title, if it has one.
  public var title: String?
  /// The obligation as extracted.
  public var obligation: Obligation
}
