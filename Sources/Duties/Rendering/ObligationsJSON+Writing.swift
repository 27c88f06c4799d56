extension ObligationsJSON {
  /// The pretty-printed JSON, ending in a newline: the same text as `JSONOutput.pretty(self)`, written directly.
  public var prettyPrinted: String {
    String(decoding: prettyPrintedUTF8, as: UTF8.self)
  }

  /// `prettyPrinted` as UTF-8 bytes, for writing out without another copy of a large text.
  public var prettyPrintedUTF8: [UInt8] {
    var result: [UInt8] = []
    writePrettyPrinted { result.append(contentsOf: $0) }
    return result
  }

  /// Writes `prettyPrinted` to `sink` in pieces of about 64 KiB, so that a large document's JSON is
  /// never held whole; `newline: false` leaves out the final line feed (for a member of an array).
  public func writePrettyPrinted(newline: Bool = true, to sink: (ArraySlice<UInt8>) -> Void) {
    let pieceSize = 1 << 16
    var writer = PrettyJSONWriter(capacity: pieceSize + 4_096)
    Self.writeHead(counts: counts, to: &writer)
    for obligation in obligations {
      writer.element()
      Self.write(obligation, to: &writer)
      if writer.bytes.count >= pieceSize { writer.flush(to: sink) }
    }
    Self.writeTail(source: source, to: &writer)
    if newline { writer.newline() }
    writer.flush(to: sink)
  }

  /// What comes before the obligations: the object, its counts and the opening of its array.
  static func writeHead(counts: [String: Int], to writer: inout PrettyJSONWriter) {
    writer.beginObject()
    writer.key("counts")
    writer.beginObject()
    for (kind, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      writer.key(kind)
      writer.int(count)
    }
    writer.endObject()
    writer.key("obligations")
    writer.beginArray()
  }

  /// What comes after the obligations: the array's end, the schema version and the source.
  static func writeTail(source: SourceInfo, to writer: inout PrettyJSONWriter) {
    writer.endArray()
    writer.key("schemaVersion")
    writer.int(currentSchemaVersion)
    writer.key("source")
    writer.beginObject()
    if let commencements = source.commencements {
      writer.key("commencements")
      writer.beginArray()
      for commencement in commencements {
        writer.element()
        write(commencement, to: &writer)
      }
      writer.endArray()
    }
    writer.key("format")
    writer.string(source.format)
    if let identifier = source.identifier {
      writer.key("identifier")
      writer.string(identifier)
    }
    writer.key("path")
    writer.string(source.path)
    if let sha256 = source.sha256 {
      writer.key("sha256")
      writer.string(sha256)
    }
    if let title = source.title {
      writer.key("title")
      writer.string(title)
    }
    if let version = source.version {
      writer.key("version")
      writer.string(version)
    }
    if let warnings = source.warnings {
      writer.key("warnings")
      writer.strings(warnings)
    }
    writer.endObject()
    writer.endObject()
  }

  /// One obligation as compact JSON with sorted keys, and `source` among them when given: the same
  /// text as `JSONOutput.line(ObligationLine(…))`.
  static func line(_ obligation: Obligation, source: String?) -> String {
    var writer = PrettyJSONWriter(capacity: 1_500, compact: true)
    write(obligation, to: &writer, source: source)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  static func write(
    _ obligation: Obligation, to writer: inout PrettyJSONWriter, source: String? = nil
  ) {
    writer.beginObject()
    writer.key("action")
    writer.string(obligation.action)
    if let basis = obligation.basis {
      writer.key("basis")
      writer.string(basis)
    }
    if let bearer = obligation.bearer {
      writer.key("bearer")
      write(bearer, to: &writer)
    }
    if let beneficiary = obligation.beneficiary {
      writer.key("beneficiary")
      write(beneficiary, to: &writer)
    }
    writer.key("conditions")
    writer.beginArray()
    for condition in obligation.conditions {
      writer.element()
      writeKind(condition.kind.rawValue, text: condition.text, to: &writer)
    }
    writer.endArray()
    writer.key("form")
    writer.string(obligation.form.rawValue)
    writer.key("id")
    writer.string(obligation.id)
    if let key = obligation.key {
      writer.key("key")
      writer.string(key)
    }
    writer.key("kind")
    writer.string(obligation.kind.rawValue)
    writer.key("location")
    write(obligation.location, to: &writer)
    if let meaning = obligation.meaning {
      writer.key("meaning")
      writer.string(meaning)
    }
    if let proposed = obligation.proposed {
      writer.key("proposed")
      writer.string(proposed.rawValue)
    }
    writer.key("references")
    writer.strings(obligation.references)
    if let restated = obligation.restated {
      writer.key("restated")
      writer.bool(restated)
    }
    writer.key("section")
    writer.string(obligation.section)
    writer.key("sentence")
    writer.string(obligation.sentence)
    if let source {
      writer.key("source")
      writer.string(source)
    }
    if let subject = obligation.subject {
      writer.key("subject")
      writer.string(subject)
    }
    writer.key("timing")
    writer.beginArray()
    for timing in obligation.timing {
      writer.element()
      writeKind(timing.kind.rawValue, text: timing.text, to: &writer)
    }
    writer.endArray()
    writer.key("trigger")
    writer.beginObject()
    writer.key("location")
    write(obligation.trigger.location, to: &writer)
    writer.key("text")
    writer.string(obligation.trigger.text)
    writer.endObject()
    writer.endObject()
  }

  private static func write(_ commencement: Commencement, to writer: inout PrettyJSONWriter) {
    writer.beginObject()
    writer.key("location")
    write(commencement.location, to: &writer)
    writer.key("phrase")
    writer.string(commencement.phrase)
    writer.key("scope")
    writer.string(commencement.scope)
    writer.key("section")
    writer.string(commencement.section)
    writer.key("when")
    writer.string(commencement.when)
    writer.endObject()
  }

  private static func write(_ party: Party, to writer: inout PrettyJSONWriter) {
    writer.beginObject()
    writer.key("implicit")
    writer.bool(party.implicit)
    if let listed = party.listed {
      writer.key("listed")
      writer.strings(listed)
    }
    writer.key("parties")
    writer.strings(party.parties)
    writer.key("text")
    writer.string(party.text)
    writer.endObject()
  }

  private static func write(_ location: SourceLocation, to writer: inout PrettyJSONWriter) {
    writer.beginObject()
    writer.key("column")
    writer.int(location.column)
    writer.key("line")
    writer.int(location.line)
    writer.key("offset")
    writer.int(location.offset)
    if let page = location.page {
      writer.key("page")
      writer.int(page)
    }
    writer.key("path")
    writer.string(location.path)
    writer.endObject()
  }

  private static func writeKind(_ kind: String, text: String, to writer: inout PrettyJSONWriter) {
    writer.beginObject()
    writer.key("kind")
    writer.string(kind)
    writer.key("text")
    writer.string(text)
    writer.endObject()
  }
}

extension Obligation {
  /// The obligation as one line of JSON with sorted keys and unescaped slashes, as `JSONEncoder`
  /// with those options writes it (the form a corpus index stores), written directly.
  public var compactJSON: String { ObligationsJSON.line(self, source: nil) }
}
