/// What a file is against what its name says it is.
///
/// The content decides the format (``FormatSniffer``), but the extension is a strong hint: a
/// `.docx`, `.odt`, `.pdf` or `.xml` whose content is something else is an error naming both, never
/// a document read as text (a damaged `.docx` read as text would diff as a page of "added"). Formats
/// `duties` does not read (Rich Text, Word 97–2003, Apple Pages, spreadsheets, slides) are refused
/// by their content or name, with advice on converting them.
enum FileKindCheck {
  /// The format a file name promises, by its lower-cased extension.
  static let promised: [String: DocumentFormat] = [
    "docx": .docx, "docm": .docx, "dotx": .docx, "odt": .odt, "ott": .odt, "pdf": .pdf, "xml": .xml,
  ]

  /// How to convert a format `duties` does not read, by a lower-cased extension that names it.
  static let unsupported: [String: String] = [
    "rtf": rtfAdvice, "doc": officeBinaryAdvice, "dot": officeBinaryAdvice, "wps": officeBinaryAdvice,
    "pages": pagesAdvice, "xls": spreadsheetAdvice, "xlsx": spreadsheetAdvice, "ods": spreadsheetAdvice,
    "numbers": spreadsheetAdvice, "ppt": slidesAdvice, "pptx": slidesAdvice, "odp": slidesAdvice,
    "key": slidesAdvice,
  ]

  static let rtfAdvice =
    "Rich Text Format (RTF) is not read; save it as Word (.docx) or convert it, for example with "
    + "`soffice --headless --convert-to docx FILE` (LibreOffice) or `textutil -convert docx FILE` (macOS)"
  static let officeBinaryAdvice =
    "a Word 97–2003 (.doc) or other Office binary file is not read; save it as .docx, for example with "
    + "`soffice --headless --convert-to docx FILE` (LibreOffice)"
  static let pagesAdvice =
    "Apple Pages documents are not read; export it from Pages as Word (File ▸ Export To ▸ Word…)"
  static let spreadsheetAdvice =
    "spreadsheets are not read; save the sheet as CSV and the text as Word (.docx) or Markdown"
  static let slidesAdvice =
    "presentations are not read; export the slides' text as PDF or Word (.docx)"

  /// Throws when the bytes are in a format `duties` refuses, or are not the binary format
  /// (`.docx`, `.odt`, `.pdf`) that `pathExtension` promises; `binary` is the container the content
  /// was found to be, if any.
  static func check(_ bytes: [UInt8], path: String, pathExtension: String?, binary: DocumentFormat?) throws {
    let named = pathExtension?.lowercased() ?? ""
    if let advice = refusal(bytes, named: named, binary: binary) {
      throw DutiesError.malformed(SourceLocation(path: path, line: 1, column: 1, offset: 0), advice)
    }
    // An empty file is empty whatever its name (a warning says so); a damaged package gets its reader's error.
    guard let promise = promised[named], promise.isBinary || binary != nil, binary != promise,
      !bytes.allSatisfy(SourceWalker.isSpace),
      !isPackage(promise) || !isPackage(binary) || ZipPackage.holdsDocument(bytes)
    else { return }
    let actual = binary ?? FormatSniffer.sniff(Array(bytes.prefix(65_536)))
    throw mismatch(path: path, named: named, promise: promise, actual: actual)
  }

  /// Throws when a text is not the XML its name (`.xml`) promises; `sniffed` is the format found
  /// from its decoded content.
  static func check(text bytes: [UInt8], path: String, pathExtension: String?, sniffed: DocumentFormat) throws
  {
    let named = pathExtension?.lowercased() ?? ""
    guard promised[named] == .xml, ![.xml, .clml, .akn, .uslm, .html].contains(sniffed),
      !bytes.allSatisfy(SourceWalker.isSpace)
    else { return }
    throw mismatch(path: path, named: named, promise: .xml, actual: sniffed)
  }

  private static func mismatch(
    path: String, named: String, promise: DocumentFormat, actual: DocumentFormat
  ) -> DutiesError {
    .malformed(
      SourceLocation(path: path, line: 1, column: 1, offset: 0),
      "the name ends in .\(named) but the content is \(actual.displayName), not "
        + "\(promise.displayName); the file is damaged or misnamed (rename it, or give --input-format to "
        + "read it as what it is)")
  }

  /// Advice for content, or a name, in a format `duties` refuses.
  private static func refusal(_ bytes: [UInt8], named: String, binary: DocumentFormat?) -> String? {
    // An empty file is empty whatever its name: a warning says so.
    if bytes.allSatisfy(SourceWalker.isSpace) { return nil }
    if bytes.starts(with: Array("{\\rtf".utf8)) { return rtfAdvice }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return unsupported[named] ?? officeBinaryAdvice
    }
    // A name of a format duties refuses is overruled only by content duties reads for certain.
    let readable = binary == .pdf || (binary != nil && ZipPackage.holdsDocument(bytes))
    return readable ? nil : unsupported[named]
  }

  private static func isPackage(_ format: DocumentFormat?) -> Bool { format == .docx || format == .odt }
}
