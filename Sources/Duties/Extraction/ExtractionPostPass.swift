/// Conditions stated apart from the duty they qualify: "This section applies where…" and
/// "Subsection (1) does not apply…".
enum ExtractionPostPass {
  static func apply(to obligations: [Obligation], document: Document) -> [Obligation] {
    var result = obligations
    // Each obligation's section path, split once (only when some text states a condition apart).
    var splitSections: [[String]] = []
    func sections() -> [[String]] {
      if splitSections.isEmpty && !result.isEmpty {
        splitSections = result.map { $0.section.components(separatedBy: " › ") }
      }
      return splitSections
    }
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
      if let range = lower.range(of: "does not apply"),
        lower.hasPrefix("subsection (") || lower.hasPrefix("the duty") || lower.hasPrefix("paragraph (")
      {
        let target = text[..<range.lowerBound]
        guard let open = target.firstIndex(of: "("), let close = target[open...].firstIndex(of: ")") else {
          return
        }
        let label = String(target[open...close])
        let parent = Array(path.dropLast())
        let condition = Condition(kind: .except, text: text)
        let paths = sections()
        for index in result.indices {
          let obligationPath = paths[index]
          if obligationPath.starts(with: parent + [label]) && obligationPath.count >= parent.count + 1,
            !result[index].conditions.contains(condition)
          {
            result[index].conditions.append(condition)
          }
        }
      }
      // "This section applies where…": a condition on every obligation of the section.
      for scope in [
        "this section applies ", "this part applies ", "this regulation applies ", "this guidance applies ",
      ] where lower.hasPrefix(scope) {
        let rest = lower.dropFirst(scope.count)
        guard
          rest.hasPrefix("where") || rest.hasPrefix("if") || rest.hasPrefix("in relation to")
            || rest.hasPrefix("to ")
        else { continue }
        let parent = Array(path.dropLast(visit.node.number != nil ? 1 : 0))
        let kind: Condition.Kind = rest.hasPrefix("if") ? .if : .where
        let condition = Condition(kind: kind, text: text)
        let paths = sections()
        for index in result.indices where paths[index].starts(with: parent) {
          if !result[index].conditions.contains(condition) { result[index].conditions.append(condition) }
        }
      }
    }
    return result
  }
}
