/// Conditions stated apart from the duty they qualify: "This section applies where…" and
/// "Subsection (1) does not apply…".
enum ExtractionPostPass {
  /// A condition to add to every obligation whose section path starts with `sectionPrefix`.
  struct Addition {
    var sectionPrefix: [String]
    var condition: Condition
  }

  static func apply(to obligations: [Obligation], document: Document) -> [Obligation] {
    apply(to: obligations, additions: additions(in: document))
  }

  /// Adds the conditions to the obligations under the sections they name. Each obligation gets the same
  /// conditions whichever others are in the list, so the obligations may come part by part.
  static func apply(to obligations: [Obligation], additions: [Addition]) -> [Obligation] {
    guard !additions.isEmpty, !obligations.isEmpty else { return obligations }
    // The obligations under each section prefix that an addition names, in document order: one pass over the
    // obligations, rather than one per addition (a long text can state thousands of them).
    let prefixes = Set(additions.map(\.sectionPrefix))
    let deepest = prefixes.map(\.count).max() ?? 0
    var under: [[String]: [Int]] = [:]
    for (index, obligation) in obligations.enumerated() {
      let path = obligation.section.components(separatedByBytes: " › ")
      for length in 0...min(deepest, path.count) {
        let prefix = Array(path[..<length])
        if prefixes.contains(prefix) { under[prefix, default: []].append(index) }
      }
    }
    var result = obligations
    for addition in additions {
      for index in under[addition.sectionPrefix] ?? []
      where !result[index].conditions.contains(addition.condition) {
        result[index].conditions.append(addition.condition)
      }
    }
    return result
  }

  /// The index of the token "apply" in a sentence that disapplies a provision ("Subsection (1) does
  /// not apply …", "The duty in subsection (1) does not apply …", "Paragraph 3 does not apply in so far
  /// as…", "This section does not apply where…"), or `nil`: a duty named inside it binds no one.
  static func exceptionStart(_ tokens: [Token]) -> Int? {
    // "Subsection (1)", "Paragraph 3", "Section 5", "This section", "The duty": a provision is the subject.
    guard tokens.count > 4 else { return nil }
    let (first, second) = (tokens[0].lower, tokens[1])
    let namesProvision =
      ReferenceLexicon.referenceWords.contains(first)
      && (second.text == "(" || second.text.first?.isNumber == true)
      || first == "this" && ReferenceLexicon.referenceWords.contains(second.lower)
      || first == "the" && second.lower == "duty"
    guard namesProvision else { return nil }
    return tokens.indices.dropFirst(2).first { index in
      tokens[index].lower == "apply" && tokens[index - 1].lower == "not"
        && ConditionLexicon.disapplyingAuxiliaries.contains(tokens[index - 2].lower)
    }
  }

  /// Whether a sentence starts with the subsection or duty that ``additions(in:)`` attaches its
  /// exception to ("Subsection (1) does not apply…", "The duty in…", "Paragraph (2)…"): only then are the
  /// items of its list the exception, not provisions of their own ("This section does not apply to taxes
  /// for: (1)… (3) Taxpayers… shall…" keeps (3)).
  static func disappliesASubsection(_ sentence: String) -> Bool {
    guard let first = sentence.utf8.first, "SsTtPp".utf8.contains(first) else { return false }
    let head = sentence.prefix(24).lowercased()
    return head.hasPrefix("subsection (") || head.hasPrefix("the duty") || head.hasPrefix("paragraph (")
  }

  /// The conditions the document states apart, in document order, with the sections they apply to.
  static func additions(in document: Document) -> [Addition] {
    var additions: [Addition] = []
    document.walk { visit in
      guard let text = visit.node.text?.string, text.utf8.count > 12 else { return }
      let head = text.prefix(24).lowercased()
      guard
        head.hasPrefix("subsection (") || head.hasPrefix("the duty") || head.hasPrefix("paragraph (")
          || head.hasPrefix("this ")
      else { return }
      let lower = text.lowercased()
      let path = visit.sectionPath
      // "(1A) Subsection (1) does not apply in relation to…": an exception to subsection (1).
      if let range = lower.firstRange(ofBytes: "does not apply"), Self.disappliesASubsection(text) {
        let target = text[..<range.lowerBound]
        guard let open = target.firstIndex(of: "("), let close = target[open...].firstIndex(of: ")") else {
          return
        }
        let label = String(target[open...close])
        let parent = Array(path.dropLast())
        // An exception set out as a list ("to the extent that— (a) … (b) …") is the lead-in and its items.
        let items = visit.node.children.compactMap { item in
          item.text.map { ((item.number.map { "\($0) " }) ?? "") + $0.string }
        }
        let whole = ([text] + items).joined(separator: " ")
        additions.append(
          Addition(sectionPrefix: parent + [label], condition: Condition(kind: .except, text: whole)))
      }
      // "This section applies where…": a condition on every obligation of the section.
      for scope in ConditionLexicon.scopeLeadIns where lower.hasPrefix(scope) {
        let rest = lower.dropFirst(scope.count)
        guard
          rest.hasPrefix("where") || rest.hasPrefix("if") || rest.hasPrefix("in relation to")
            || rest.hasPrefix("to ")
        else { continue }
        let parent = Array(path.dropLast(visit.node.number != nil ? 1 : 0))
        let kind: Condition.Kind = rest.hasPrefix("if") ? .if : .where
        additions.append(Addition(sectionPrefix: parent, condition: Condition(kind: kind, text: text)))
      }
    }
    return additions
  }
}
