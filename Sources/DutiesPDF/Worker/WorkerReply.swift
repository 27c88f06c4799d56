import Foundation

/// What a ``PDFWorker`` writes back, as JSON: what poppler read, or why the file cannot be read.
struct WorkerReply: Codable {
  var content: PDFContent?
  var failure: String?

  /// The exit statuses of a worker that could not serve a request.
  enum Status {
    /// The request was not one.
    static let notARequest: Int32 = 2
    /// The file's bytes did not all arrive.
    static let cannotRead: Int32 = 3
    /// The reply could not be encoded.
    static let cannotWrite: Int32 = 4
  }

  /// Numbers a PDF can make infinite (a page 400 digits wide) are written as strings, so that the
  /// reply gives back exactly what poppler read.
  private static let nonFinite = (positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

  /// The encoder of replies.
  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity,
      nan: nonFinite.nan)
    return encoder
  }

  /// The decoder of replies.
  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity,
      nan: nonFinite.nan)
    return decoder
  }
}
