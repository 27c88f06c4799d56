import Duties

/// Reads PDF documents through poppler: text in reading order page by page, headings from font
/// size and weight, paragraphs rebuilt across line and page breaks, hyphenation undone, running
/// headers, footers and page numbers removed, footnotes kept apart. Locations name the page and
/// the line on it (`report.pdf:page 12:line 4`).
///
/// Give it to a `DocumentReader` to read PDFs wherever documents are read:
///
/// ```swift
/// let reader = DocumentReader(plugins: [PDFReader()])
/// let document = try reader.read(path: "white-paper.pdf")
/// ```
///
/// Given a ``PDFWorker``, it reads each file in a separate process within limits of CPU time and
/// memory, so that a hostile or damaged PDF costs one refused file (the `duties` command does).
public struct PDFReader: BinaryDocumentReader {
  /// The process that reads each PDF, or `nil` to read in this one.
  public var worker: PDFWorker?

  /// Creates a reader that reads PDFs in this process, or in `worker`'s.
  public init(worker: PDFWorker? = nil) {
    self.worker = worker
  }

  /// `DocumentFormat.pdf`.
  public var format: DocumentFormat { .pdf }

  /// Reads a PDF.
  ///
  /// - Throws: `DutiesError.unreadable(path:reason:)` for an encrypted, damaged or truncated PDF,
  ///   one whose page tree is damaged (no page can be read, or more pages claimed than the file can
  ///   hold), one whose compressed streams expand past the flate budget (a decompression bomb), and
  ///   one with no text layer (scanned pages), saying so; with a ``worker``, one whose reading
  ///   passes its ``PDFWorker/Limits`` or stops the worker.
  public func read(bytes: [UInt8], path: String) throws -> Document {
    let content = try worker?.content(of: bytes, path: path) ?? Poppler.read(bytes, path: path)
    if content.pages.isEmpty {
      throw DutiesError.unreadable(
        path: path, reason: "the PDF has no page that can be read (its page tree is missing or damaged)")
    }
    guard content.pages.contains(where: { !$0.lines.isEmpty }) else {
      throw DutiesError.unreadable(
        path: path,
        reason:
          "the PDF has no text layer (\(Plural.count(content.pages.count, "page")) of images, perhaps scanned); "
          + "run OCR first, for example with ocrmypdf")
    }
    var laidOut = PDFLayout.laidOut(content)
    // Pages without text among pages with it are images (scans, charts of text) whose words are lost.
    let blank = content.pages.filter { $0.lines.isEmpty }.count
    if blank * 4 >= content.pages.count {
      laidOut.notices.append(
        "\(blank) of \(Plural.count(content.pages.count, "page")) \(blank == 1 ? "has" : "have") no text layer (images, perhaps scanned): their text is "
          + "not read; run OCR first, for example with ocrmypdf")
    }
    return DocumentReader().read(laidOut: laidOut, path: path)
  }
}
