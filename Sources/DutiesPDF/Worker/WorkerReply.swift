/// What a ``PDFWorker`` writes back, as JSON: what poppler read, or why the file cannot be read.
struct WorkerReply: Codable {
  var content: PDFContent?
  var failure: String?
}
