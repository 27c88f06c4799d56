import Duties
import Foundation
import Testing

/// Untrusted input is the normal case: malformed, hostile and oddly encoded files.
@Suite struct HostileInputTests {
  let reader = DocumentReader()

  @Test func malformedXMLReportsTheRealCauseWithItsPlace() throws {
    let xml = "<root>\n  <a>text\n  </b>\n</root>\n"
    let error = try #require(throws: DutiesError.self) { try reader.read(string: xml, path: "bad.xml") }
    guard case .malformed(let location, let message) = error else {
      Issue.record("expected a malformed error, got \(error)")
      return
    }
    #expect(location.path == "bad.xml")
    #expect(location.line == 3)
    #expect(message.contains("mismatch"))
    #expect(error.description.hasPrefix("bad.xml:3:"))
    #expect(error.description.contains(": error: "))
  }

  @Test func xmlWithoutAnElementSaysSo() throws {
    let xml = "<?xml version=\"1.0\"?>\n<!-- a comment and nothing else -->\n"
    let error = try #require(throws: DutiesError.self) { try reader.read(string: xml, path: "empty.xml") }
    #expect(error.description.hasPrefix("empty.xml:"))
    #expect(error.description.hasSuffix("error: the XML document has no root element"))
  }

  @Test func externalEntitiesAreNeverLoaded() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <doc><p>before &secret; after</p></doc>
      """
    let document = try reader.read(string: xml, path: "xxe.xml")
    #expect(document.metadata.format == .xml)
    var text = ""
    document.walk { text += ($0.node.text?.string ?? "") + " " }
    #expect(text.contains("before"))
    #expect(!text.contains("root:"))
  }

  @Test func billionLaughsIsNotExpanded() throws {
    var entities = "<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(entities)]>\n<lolz><p>&lol9;</p></lolz>\n"
    #expect(FormatSniffer.sniff(Array(xml.utf8)) == .xml)
    let start = ContinuousClock.now
    let result = Result { try reader.read(string: xml, path: "lol.xml") }
    #expect(ContinuousClock.now - start < .seconds(10))
    switch result {
    case .success(let document):
      var text = ""
      document.walk { text += $0.node.text?.string ?? "" }
      #expect(text.utf8.count < 1000)
    case .failure(let error):
      // libxml2 refuses the entity loop: a clear error, not an expansion.
      let error = try #require(error as? DutiesError)
      #expect(error.description.contains("lol.xml:"))
      #expect(error.description.contains("entity"))
    }
  }

  @Test func invalidUTF8IsReadWithReplacementCharactersAndAWarning() throws {
    var bytes = Array("The council must publish a plan.\n".utf8)
    bytes.insert(0xFF, at: 4)
    bytes.insert(0xC3, at: 10)
    let document = try reader.read(bytes: bytes, path: "bad.txt")
    #expect(document.diagnostics.count == 1)
    #expect(document.diagnostics[0].severity == .warning)
    #expect(document.diagnostics[0].description.hasPrefix("bad.txt:1:5: warning:"))
    let text = try #require(document.children.first?.text?.string)
    #expect(text.contains("\u{FFFD}"))
    #expect(text.contains("publish a plan"))
  }

  @Test func emptyFileIsAnEmptyDocumentWithAWarning() throws {
    let document = try reader.read(bytes: [], path: "empty.xml")
    #expect(document.children.isEmpty)
    #expect(
      document.diagnostics.map(\.description) == [
        "empty.xml:1:1: warning: the file is empty: there is no text to read"
      ])
    let blank = try reader.read(bytes: Array("  \n\n".utf8), path: "blank.txt")
    #expect(blank.children.isEmpty)
  }

  @Test(arguments: [true, false])
  func utf16WithBOMIsRead(littleEndian: Bool) throws {
    let text =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<doc><p>Councils must co-operate — always.</p></doc>\n"
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
      let low = UInt8(unit & 0xFF)
      let high = UInt8(unit >> 8)
      bytes += littleEndian ? [low, high] : [high, low]
    }
    let document = try reader.read(bytes: bytes, path: "utf16.xml")
    #expect(document.metadata.format == .xml)
    let block = try #require(document.children.first)
    #expect(block.text?.string == "Councils must co-operate — always.")
    #expect(block.location.line == 2)
  }

  @Test func utf8BOMIsRemoved() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\n\nText here.\n".utf8)
    let document = try reader.read(bytes: bytes, path: "bom.md")
    #expect(document.metadata.format == .markdown)
    #expect(document.metadata.title == "Title")
  }

  @Test func declaredLatin1IsTranscoded() throws {
    var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<doc><p>caf".utf8)
    bytes.append(0xE9)
    bytes += Array(" rules</p></doc>\n".utf8)
    let document = try reader.read(bytes: bytes, path: "latin1.xml")
    #expect(document.children.first?.text?.string == "café rules")
  }

  @Test func deepNestingIsBoundedNotACrash() throws {
    let depth = 5000
    let xml = String(repeating: "<a>", count: depth) + "deep text" + String(repeating: "</a>", count: depth)
    // libxml2 refuses nesting past its limit with a located error.
    let error = try #require(throws: DutiesError.self) { try reader.read(string: xml, path: "deep.xml") }
    #expect(error.description.hasPrefix("deep.xml:1:"))
    #expect(error.description.contains("depth"))
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep text</p></body></html>"
    let document = try reader.read(string: html, path: "deep.html")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts.count <= 1)
    #expect(document.metadata.format == .html)
  }

  @Test func missingFileIsAnErrorWithThePath() throws {
    let error = try #require(throws: DutiesError.self) { try reader.read(path: "/nonexistent/file.xml") }
    #expect(error.description == "/nonexistent/file.xml: error: no such file or directory")
  }
}
