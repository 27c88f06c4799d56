extension DocumentReader {
  /// A file as read for extraction: a document, or the source of a plain text or Markdown, which
  /// ``ObligationExtractor/extract(streaming:format:_:)`` reads part by part so that a text of
  /// hundreds of megabytes is never held whole.
  public enum Reading: Sendable {
    /// A document in a format read whole, or a text of nothing but white space.
    case document(Document)
    /// A plain text's or Markdown's decoded source, its format, and the warnings decoding gave (a
    /// document's `diagnostics`).
    case text(SourceText, format: DocumentFormat, diagnostics: [Diagnostic])
  }

  /// Reads a file as ``read(path:format:)`` does, but leaves a plain text or Markdown as its source;
  /// throws what ``read(path:format:)`` throws.
  public func reading(path: String, format: DocumentFormat? = nil) throws -> Reading {
    try reading(bytes: bytes(path: path), path: path, format: format)
  }

  /// Reads bytes as ``read(bytes:path:format:)`` does, but leaves a plain text or Markdown as its source.
  public func reading(bytes: [UInt8], path: String, format: DocumentFormat? = nil) throws -> Reading {
    if bytes.count > maximumBytes {
      throw DutiesError.tooLarge(path: path, bytes: bytes.count, limit: maximumBytes)
    }
    let container = format == nil ? FormatSniffer.sniffBinary(bytes) : nil
    if format == nil {
      try FileKindCheck.check(bytes, path: path, pathExtension: Self.pathExtension(path), binary: container)
    }
    if let binary = format.flatMap({ $0.isBinary ? $0 : nil }) ?? container {
      return .document(try readBinary(bytes, path: path, format: binary).withReadingWarnings())
    }
    let (source, chosen, warnings) = try decodedSource(bytes, path: path, format: format)
    var document: Document
    if source.bytes.allSatisfy(SourceWalker.isSpace) {
      document = Document(metadata: DocumentMetadata(format: chosen), children: [], source: source)
    } else {
      switch chosen {
      case .clml, .akn, .uslm, .xml:
        document = try XMLDocumentReader.read(source, format: chosen)
      case .html:
        document = try HTMLReader(source: source).read()
      case .markdown, .text:
        return .text(source, format: chosen, diagnostics: warnings)
      case .pdf, .docx, .odt:
        document = PlainTextReader(source: source).read()
      }
    }
    document.diagnostics = warnings + document.diagnostics
    return .document(document.withReadingWarnings())
  }

  /// A text file's source, decoded, with the format it is in (as given or sniffed) and the warnings
  /// decoding gave.
  private func decodedSource(_ bytes: [UInt8], path: String, format: DocumentFormat?) throws -> (
    SourceText, DocumentFormat, [Diagnostic]
  ) {
    let decoded = TextDecoding.decode(bytes)
    // NUL bytes after decoding (UTF-16 has been transcoded by now) mean binary data, not a document.
    if let zero = decoded.bytes.prefix(1 << 16).firstIndex(of: 0) {
      let location = SourceText(path: path, bytes: Array(decoded.bytes[..<zero])).location(atOffset: zero)
      throw DutiesError.malformed(
        location, "binary data (a NUL byte), not a document in a format duties reads")
    }
    let source = SourceText(path: path, bytes: decoded.bytes)
    let warnings = decoded.warnings.map {
      Diagnostic(severity: .warning, message: $0.message, location: source.location(atOffset: $0.offset))
    }
    let pathExtension = Self.pathExtension(path)
    guard let format else {
      let sniffed = FormatSniffer.sniff(decoded.bytes, pathExtension: pathExtension)
      try FileKindCheck.check(text: decoded.bytes, path: path, pathExtension: pathExtension, sniffed: sniffed)
      return (source, sniffed, warnings)
    }
    return (source, format, warnings)
  }

  /// The extension of a path's last component ("docx" of "a/b.docx"), if it has one.
  static func pathExtension(_ path: String) -> String? {
    path.split(separator: "/").last.flatMap { name in
      name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]) }
    }
  }
}
