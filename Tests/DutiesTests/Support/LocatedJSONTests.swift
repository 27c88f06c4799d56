import Testing

@testable import Duties

@Suite struct LocatedJSONTests {
  func parse(_ text: String) throws -> LocatedJSON { try LocatedJSON.parse(Array(text.utf8)) }

  func failure(_ text: String) -> LocatedJSON.SyntaxError? {
    do {
      _ = try parse(text)
      return nil
    } catch let error as LocatedJSON.SyntaxError {
      return error
    } catch {
      return nil
    }
  }

  @Test func valuesKeepWhereTheyStart() throws {
    let root = try parse(
      "{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\\n\\u00e9\\ud83d\\ude00\\\"\"\n}")
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    #expect((members[0].line, members[0].column) == (2, 3))
    #expect((members[1].value.line, members[1].value.column) == (3, 8))
    #expect(members[1].value.string == "x\né😀\"")
    guard case .array(let elements) = members[0].value.value else {
      Issue.record("not an array")
      return
    }
    #expect(elements.map(\.column) == [9, 12, 20, 26])
    if case .number(let number) = elements[1].value {
      #expect(number == -2500)
    } else {
      Issue.record("no number")
    }
    #expect(elements.map(\.typeName) == ["a number", "a number", "true or false", "null"])
  }

  @Test func aByteOrderMarkAndEmptyContainersAreRead() throws {
    let root = try LocatedJSON.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": [], \"b\": {}}".utf8))
    #expect(root.typeName == "an object")
    // Columns count from after the mark.
    guard case .object(let members) = root.value else { return }
    #expect(members.first.map { [$0.line, $0.column] } == [1, 2])
  }

  @Test func errorsSayWhere() {
    let missingComma = failure("{\n  \"a\": 1\n  \"b\": 2\n}")
    #expect(missingComma.map { [$0.line, $0.column] } == [3, 3])
    #expect(missingComma?.message == "expected ',' or '}' after a member")
    #expect(failure("[1, 2,, 3]").map { [$0.line, $0.column] } == [1, 7])
    #expect(failure("{\"a\": \"line\nbreak\"}")?.message.hasPrefix("a control character") == true)
    #expect(failure("{\"a\": 01}")?.message == "'01' is not a number")
    #expect(failure("{\"a\": tru}")?.message == "expected true")
    #expect(failure("{\"a\": \"x\\q\"}")?.message.hasPrefix("unknown escape") == true)
    #expect(failure("{\"a\": 1} x")?.message == "unexpected text after the JSON value")
    #expect(failure("{\"a\": \"open")?.message == "the file ends inside a string; expected '\"'")
    #expect(failure("")?.message == "the file ends where a value was expected")
    let twice = failure("{\"a\": 1,\n \"a\": 2}")
    #expect(twice.map { [$0.line, $0.column] } == [2, 2])
    #expect(twice?.message == "a second \"a\" in the object; the first is on line 1")
    #expect(failure(String(repeating: "[", count: 300))?.message.hasPrefix("values nested more than") == true)
  }
}
