import Duties

/// A full-text query of ``ObligationQuery/text`` as a PostgreSQL `tsquery` expression, so that both
/// stores take the same queries: plain words (all must occur), or FTS5's syntax: `"a phrase"`,
/// `OR`, `AND`, `NOT`, `NEAR(…, N)` (each two of its phrases at most N words apart, 10 by default),
/// `prefix*` and parentheses.
///
/// Each word or phrase becomes `phraseto_tsquery` of the index's configuration, bound as a
/// parameter, so nothing the user types is read as SQL or as `tsquery` syntax.
struct PostgresSearch {
  /// Where the query cannot be read.
  struct Unreadable: Error {
    var reason: String
  }

  private indirect enum Node {
    case phrase(String)
    case prefix(String)
    case all([Node])
    case any([Node])
    case but(Node, Node)
    case near([Node], distance: Int)
  }

  private enum Token: Equatable {
    case word(String), phrase(String), open, close, or, and, not, near, comma
  }

  /// The `tsquery` expression for `text`, binding its words through `bind` (which returns the
  /// placeholder of each value).
  static func expression(_ text: String, bind: (String) -> String) throws -> String {
    guard ObligationQuery.usesSearchSyntax(text) else {
      let words = text.split(whereSeparator: \.isWhitespace).map { Node.phrase(String($0)) }
      return render(words.count == 1 ? words[0] : .all(words), bind: bind)
    }
    var parser = PostgresSearch(tokens: try tokens(text))
    let node = try parser.parseAny()
    guard parser.position == parser.tokens.count else { throw Unreadable(reason: "unexpected \")\"") }
    return render(node, bind: bind)
  }

  private var tokens: [Token]
  private var position = 0

  private init(tokens: [Token]) {
    self.tokens = tokens
  }

  private static func render(_ node: Node, bind: (String) -> String) -> String {
    switch node {
    case .phrase(let words): "phraseto_tsquery('duties.english', \(bind(words)))"
    case .prefix(let word): "to_tsquery('duties.english', \(bind(word + ":*")))"
    case .all(let nodes): "(" + nodes.map { render($0, bind: bind) }.joined(separator: " && ") + ")"
    case .any(let nodes): "(" + nodes.map { render($0, bind: bind) }.joined(separator: " || ") + ")"
    case .but(let kept, let dropped): "(\(render(kept, bind: bind)) && !!\(render(dropped, bind: bind)))"
    case .near(let nodes, let distance): renderNear(nodes.map { render($0, bind: bind) }, distance: distance)
    }
  }

  /// Each two phrases in either order with at most `distance` words between them (a phrase's
  /// placeholder is used again, not bound again).
  private static func renderNear(_ phrases: [String], distance: Int) -> String {
    guard phrases.count > 1 else { return phrases.first ?? "''::tsquery" }
    var pairs: [String] = []
    for first in phrases.indices {
      for second in phrases.indices where second > first {
        let (a, b) = (phrases[first], phrases[second])
        let apart = (1...distance + 1).map {
          "tsquery_phrase(\(a), \(b), \($0)) || tsquery_phrase(\(b), \(a), \($0))"
        }
        pairs.append("(" + apart.joined(separator: " || ") + ")")
      }
    }
    return "(" + pairs.joined(separator: " && ") + ")"
  }

  private static func tokens(_ text: String) throws -> [Token] {
    var tokens: [Token] = []
    var characters = Substring(text)
    while let first = characters.first {
      if first.isWhitespace {
        characters.removeFirst()
      } else if first == "," {
        tokens.append(.comma)
        characters.removeFirst()
      } else if first == "\"" {
        characters.removeFirst()
        guard let end = characters.firstIndex(of: "\"") else {
          throw Unreadable(reason: "unterminated string")
        }
        tokens.append(.phrase(String(characters[..<end])))
        characters = characters[characters.index(after: end)...]
      } else if first == "(" || first == ")" {
        tokens.append(first == "(" ? .open : .close)
        characters.removeFirst()
      } else {
        let end = characters.firstIndex { $0.isWhitespace || "()\",".contains($0) } ?? characters.endIndex
        let word = String(characters[..<end])
        characters = characters[end...]
        switch word {
        case "OR": tokens.append(.or)
        case "AND": tokens.append(.and)
        case "NOT": tokens.append(.not)
        case "NEAR": tokens.append(.near)
        default: tokens.append(.word(word))
        }
      }
    }
    return tokens
  }

  private mutating func parseAny() throws -> Node {
    var nodes = [try parseAll()]
    while position < tokens.count, tokens[position] == .or {
      position += 1
      nodes.append(try parseAll())
    }
    return nodes.count == 1 ? nodes[0] : .any(nodes)
  }

  private mutating func parseAll() throws -> Node {
    var nodes = [try parseBut()]
    while position < tokens.count, tokens[position] != .or, tokens[position] != .close {
      if tokens[position] == .and { position += 1 }
      nodes.append(try parseBut())
    }
    return nodes.count == 1 ? nodes[0] : .all(nodes)
  }

  private mutating func parseBut() throws -> Node {
    var node = try parseTerm()
    while position < tokens.count, tokens[position] == .not {
      position += 1
      node = .but(node, try parseTerm())
    }
    return node
  }

  /// `NEAR(a b "c d", 10)`.
  private mutating func parseNear() throws -> Node {
    guard position < tokens.count, tokens[position] == .open else { throw Unreadable(reason: "NEAR needs (") }
    position += 1
    var nodes: [Node] = []
    while position < tokens.count, tokens[position] != .close, tokens[position] != .comma {
      nodes.append(try parseTerm())
    }
    var distance = 10
    if position < tokens.count, tokens[position] == .comma {
      position += 1
      guard position < tokens.count, case .word(let word) = tokens[position], let number = Int(word),
        number >= 0,
        number <= 100
      else {
        throw Unreadable(reason: "NEAR's distance is not a number from 0 to 100")
      }
      distance = number
      position += 1
    }
    guard position < tokens.count, tokens[position] == .close, !nodes.isEmpty else {
      throw Unreadable(reason: "NEAR needs words and a \")\"")
    }
    position += 1
    return .near(nodes, distance: distance)
  }

  private mutating func parseTerm() throws -> Node {
    guard position < tokens.count else { throw Unreadable(reason: "a word is missing") }
    let token = tokens[position]
    position += 1
    switch token {
    case .phrase(let words):
      return .phrase(words)
    case .word(let word) where word.hasSuffix("*"):
      let stem = word.dropLast().filter { $0.isLetter || $0.isNumber }
      guard !stem.isEmpty else { throw Unreadable(reason: "\"\(word)\" has no word before *") }
      return .prefix(String(stem))
    case .word(let word):
      return .phrase(word)
    case .near:
      return try parseNear()
    case .open:
      let node = try parseAny()
      guard position < tokens.count, tokens[position] == .close else {
        throw Unreadable(reason: "missing \")\"")
      }
      position += 1
      return node
    case .close, .or, .and, .not, .comma:
      throw Unreadable(reason: "unexpected operator")
    }
  }
}
