internal import CPoppler
import Duties
import Foundation

/// The boundary with poppler's GLib API: opens a PDF from bytes, reads every page's text, font
/// sizes and character boxes into Swift values, and frees every C object before returning.
enum Poppler {
  static func read(_ bytes: [UInt8], path: String) throws -> PDFContent {
    do {
      try FlateBudget.check(bytes)
    } catch {
      throw DutiesError.unreadable(
        path: path,
        reason: "the PDF's compressed streams expand to more than \(error.limit >> 20) MiB, more than "
          + "text extraction needs for a file of this size; refusing it as a possible decompression bomb")
    }
    let data = bytes.withUnsafeBufferPointer { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(data) }
    var error: UnsafeMutablePointer<GError>?
    guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
      defer { if error != nil { g_error_free(error) } }
      if duties_is_encrypted_error(error) != 0 {
        throw DutiesError.unreadable(
          path: path, reason: "the PDF is encrypted; duties cannot read it without its password")
      }
      let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
      throw DutiesError.unreadable(
        path: path, reason: "not a readable PDF (damaged or truncated?): \(message)")
    }
    defer { duties_object_unref(UnsafeMutableRawPointer(document)) }
    var content = PDFContent(
      title: take(poppler_document_get_title(document)), author: take(poppler_document_get_author(document)),
      pages: [])
    let count = Int(poppler_document_get_n_pages(document))
    // A page takes a few bytes at the very least, even compressed with others in an object stream
    // (its dictionary, its entry in the page tree and in the cross-reference stream): a count
    // beyond one page per 4 bytes is a damaged page tree, not blank pages.
    if count > bytes.count / 4 {
      throw DutiesError.unreadable(
        path: path,
        reason:
          "the PDF claims \(count) pages, more than a file of \(bytes.count) bytes can hold; it is damaged")
    }
    var missing = 0
    for index in 0..<count {
      guard let page = poppler_document_get_page(document, Int32(index)) else {
        missing += 1
        continue
      }
      defer { duties_object_unref(UnsafeMutableRawPointer(page)) }
      content.pages.append(readPage(page, number: index + 1))
    }
    if count > 0 && missing == count {
      throw DutiesError.unreadable(
        path: path, reason: "none of the PDF's \(Plural.count(count, "page")) can be read; it is damaged")
    }
    return content
  }

  /// A `gchar*` that the caller owns, as a String, freed.
  private static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    let value = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  private static func readPage(_ page: OpaquePointer, number: Int) -> PDFPage {
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)
    let text = rawText(page)
    let scalars = Array(text.unicodeScalars)
    // One box per character of the text.
    var boxes: UnsafeMutablePointer<PopplerRectangle>?
    var boxCount: guint = 0
    _ = poppler_page_get_text_layout(page, &boxes, &boxCount)
    defer { g_free(boxes) }
    // Font size and weight by character.
    var sizes = [Double](repeating: 0, count: scalars.count)
    var bold = [Bool](repeating: false, count: scalars.count)
    if let attributes = poppler_page_get_text_attributes(page) {
      defer { poppler_page_free_text_attributes(attributes) }
      var item: UnsafeMutablePointer<GList>? = attributes
      while let current = item {
        if let attribute = duties_text_attributes(current) {
          let font = attribute.pointee.font_name.map { String(cString: $0).lowercased() } ?? ""
          let isBold = font.contains("bold") || font.contains("black") || font.contains("heavy")
          let start = max(0, Int(attribute.pointee.start_index))
          let end = min(scalars.count - 1, Int(attribute.pointee.end_index))
          if start <= end {
            for index in start...end {
              sizes[index] = attribute.pointee.font_size
              bold[index] = isBold
            }
          }
        }
        item = current.pointee.next
      }
    }
    var lines: [PDFLine] = []
    var start = 0
    func finishLine(_ end: Int, next: Int? = nil) {
      defer { start = next ?? end + 1 }
      guard end > start else { return }
      let line = String(String.UnicodeScalarView(scalars[start..<end]))
      guard !line.allSatisfy(\.isWhitespace) else { return }
      var top = Double.greatestFiniteMagnitude
      var bottom = 0.0
      var left = Double.greatestFiniteMagnitude
      var right = 0.0
      var sizeCounts: [Double: Int] = [:]
      var boldCount = 0
      var letters = 0
      for index in start..<end where !scalars[index].properties.isWhitespace {
        if let boxes, index < Int(boxCount) {
          let box = boxes[index]
          top = min(top, box.y1)
          bottom = max(bottom, box.y2)
          left = min(left, box.x1)
          right = max(right, box.x2)
        }
        sizeCounts[(sizes[index] * 2).rounded() / 2, default: 0] += 1
        if bold[index] { boldCount += 1 }
        letters += 1
      }
      let size = sizeCounts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
      lines.append(
        PDFLine(
          text: line.trimmingCharacters(in: .whitespaces), top: top == .greatestFiniteMagnitude ? 0 : top,
          bottom: bottom, left: left == .greatestFiniteMagnitude ? 0 : left, right: right, fontSize: size,
          isBold: letters > 0 && boldCount * 10 >= letters * 8))
    }
    // Lines end at poppler's line breaks, and also where the next character does not overlap the
    // previous one vertically (poppler sometimes joins the last line of one block to the next).
    var previous: PopplerRectangle?
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\n" {
        finishLine(index)
        previous = nil
        continue
      }
      guard let boxes, index < Int(boxCount), !scalar.properties.isWhitespace else { continue }
      let box = boxes[index]
      if let last = previous, box.y1 >= last.y2 || box.y2 <= last.y1 {
        finishLine(index, next: index)
      }
      previous = box
    }
    finishLine(scalars.count)
    return PDFPage(number: number, width: width, height: height, lines: lines)
  }

  /// The page's text exactly as poppler gives it (character offsets match the layout and attributes).
  private static func rawText(_ page: OpaquePointer) -> String {
    guard let pointer = poppler_page_get_text(page) else { return "" }
    defer { g_free(pointer) }
    return String(cString: pointer)
  }
}
