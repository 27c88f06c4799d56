import Testing

@testable import DutiesIndex

/// `--text` in FTS5's syntax becomes a tsquery expression with every word bound. Needs no server.
@Suite struct PostgresSearchTests {
  func expression(_ text: String) throws -> (String, [String]) {
    var values: [String] = []
    let sql = try PostgresSearch.expression(text) { value in
      values.append(value)
      return "$\(values.count)"
    }
    return (sql, values)
  }

  @Test func plainWordsAreAllRequired() throws {
    let (sql, values) = try expression("co-operate  partners")
    #expect(sql == "(phraseto_tsquery('duties.english', $1) && phraseto_tsquery('duties.english', $2))")
    #expect(values == ["co-operate", "partners"])
  }

  @Test func operatorsPhrasesPrefixesAndNear() throws {
    let (sql, values) = try expression("\"joint working\" OR publish* NOT (data AND consent)")
    #expect(values == ["joint working", "publish:*", "data", "consent"])
    #expect(
      sql.contains(" || ") && sql.contains(" && !!") && sql.contains("to_tsquery('duties.english', $2)"))
    let (near, words) = try expression("NEAR(share data, 2)")
    #expect(words == ["share", "data"])
    // At most two words apart: 1 to 3 positions, in either order.
    #expect(near.components(separatedBy: "tsquery_phrase(").count - 1 == 6)
    #expect(near.contains("$2), 3)") && near.contains("$1), 1)") && !near.contains(", 4)"))
  }

  @Test func malformedQueriesAreRefused() {
    for text in ["\"open", "(a OR b", "a OR (b", "* OR b", "NEAR(a b, far)", "a OR b )"] {
      #expect(throws: PostgresSearch.Unreadable.self, "\(text)") { try expression(text) }
    }
  }
}
