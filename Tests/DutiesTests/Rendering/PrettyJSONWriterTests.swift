import Testing

@testable import Duties

/// The writer's numbers and indentation against `JSONEncoder`'s.
@Suite struct PrettyJSONWriterTests {
  @Test(arguments: [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -987_654_321, Int.max, Int.min])
  func integersAreWrittenAsJSONEncoderWritesThem(value: Int) throws {
    for compact in [false, true] {
      var writer = PrettyJSONWriter(compact: compact)
      writer.beginArray()
      writer.element()
      writer.int(value)
      writer.endArray()
      if !compact { writer.newline() }
      let expected = compact ? try JSONOutput.line([value]) : try JSONOutput.pretty([value])
      #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
  }

  /// Deep enough that an indentation is longer than one run of spaces.
  @Test func deepNestingIsIndentedAsJSONEncoderIndentsIt() throws {
    let depth = 40
    var writer = PrettyJSONWriter()
    for _ in 0..<depth {
      writer.beginArray()
      writer.element()
    }
    writer.string("deep")
    for _ in 0..<depth { writer.endArray() }
    writer.newline()
    var value: Nested = .leaf("deep")
    for _ in 0..<depth { value = .list([value]) }
    #expect(String(decoding: writer.bytes, as: UTF8.self) == (try JSONOutput.pretty(value)))
  }

  /// An empty array or object is `[]` or `{}` in both writers (#26), and a string that holds brackets and
  /// line breaks is left as it is.
  @Test func emptyContainersAreWrittenClosed() throws {
    struct Value: Encodable {
      var items: [Int] = []
      var counts: [String: Int] = [:]
      var text = "[\n\n  ] and {\n}"
      var nested: [[Int]] = [[]]
    }
    #expect(
      try JSONOutput.pretty(Value()) == """
        {
          "counts" : {},
          "items" : [],
          "nested" : [
            []
          ],
          "text" : "[\\n\\n  ] and {\\n}"
        }

        """)
    var writer = PrettyJSONWriter()
    writer.beginObject()
    writer.key("counts")
    writer.beginObject()
    writer.endObject()
    writer.key("items")
    writer.beginArray()
    writer.endArray()
    writer.key("nested")
    writer.beginArray()
    writer.element()
    writer.beginArray()
    writer.endArray()
    writer.endArray()
    writer.key("text")
    writer.string("[\n\n  ] and {\n}")
    writer.endObject()
    writer.newline()
    #expect(String(decoding: writer.bytes, as: UTF8.self) == (try JSONOutput.pretty(Value())))
  }

  private indirect enum Nested: Encodable {
    case leaf(String)
    case list([Nested])

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .leaf(let text): try container.encode(text)
      case .list(let items): try container.encode(items)
      }
    }
  }
}
