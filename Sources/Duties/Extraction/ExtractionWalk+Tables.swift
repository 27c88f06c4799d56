extension ExtractionWalk {
  /// The table among a node's children whose header names a bearer and an action column, with
  /// those columns.
  static func assigningTable(in node: Node) -> (Node, TableObligations.Columns)? {
    for child in node.children where child.kind == .table {
      if let header = TableObligations.header(of: child),
        let columns = TableObligations.columns(header: header)
      {
        return (child, columns)
      }
    }
    return nil
  }

  /// A table met on its own (not under a lead-in with a modal): its rows are obligations when its
  /// header says they are required ("Required action"); its cells are read as text, but an
  /// instruction in a cell is no duty of the reader.
  mutating func visitTable(_ table: Node, path: [String]) {
    if let header = TableObligations.header(of: table),
      let columns = TableObligations.columns(header: header),
      let kind = TableObligations.kind(header: header)
    {
      addRows(of: table, columns: columns, kind: kind, word: header[columns.action], path: path)
      return
    }
    let dropped = dropsImperatives
    dropsImperatives = true
    defer { dropsImperatives = dropped }
    // A header that assigns nothing may hold text like any row (a word processor's first row is
    // taken for a header whatever it holds).
    for row in table.children {
      visit(
        row.children.map { cell in cell.text == nil && cell.heading != nil ? Self.headerAsText(cell) : cell },
        path: path)
    }
  }

  /// Adds an obligation of `kind` for each row of `table` that names a bearer and an action, cited
  /// at its action cell; `word` is what makes them required (the lead-in's modal, or the header),
  /// their trigger's text, placed at the cell.
  mutating func addRows(
    of table: Node, columns: TableObligations.Columns, kind: ObligationKind, word: String, path: [String]
  ) {
    let section = path.sectionPathDescription
    let key = path.joined(separator: "/")
    for row in TableObligations.rows(of: table, columns: columns) {
      let parties = partyNames.parties(of: row.bearer)
      let bearer = Party(text: row.bearer, parties: parties.isEmpty ? [row.bearer.lowercased()] : parties)
      counters[key, default: 0] += 1
      obligations.append(
        Obligation(
          id: "\(key)#\(counters[key]!)", kind: kind,
          trigger: Trigger(text: word, location: row.actionCell.location), bearer: bearer, beneficiary: nil,
          action: row.action, conditions: [], timing: row.timing.map { [$0] } ?? [], references: [],
          location: row.actionCell.location, section: section, sentence: row.cells.joined(separator: " | "),
          form: .active, subject: nil, proposed: nil, basis: nil))
    }
  }

  /// A header cell as a cell of text.
  private static func headerAsText(_ cell: Node) -> Node {
    Node(
      kind: cell.kind, text: cell.heading, children: cell.children, location: cell.location,
      annotations: cell.annotations)
  }
}
