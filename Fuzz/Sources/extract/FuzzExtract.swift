import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `extract_main`): runs libFuzzer.
@_cdecl("extract_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as plain text or Markdown (by its first byte), its
/// obligations extracted from the whole document and part by part; the two must be the same, or the
/// run stops as on a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  let format: DocumentFormat = (bytes.first ?? 0) % 2 == 0 ? .text : .markdown
  let reader = DocumentReader()
  guard let document = try? reader.read(bytes: bytes, path: "fuzz.txt", format: format) else {
    return 0
  }
  let whole = ObligationExtractor().extract(from: document)
  guard
    case .text(let source, let textFormat, _)? = try? reader.reading(
      bytes: bytes, path: "fuzz.txt", format: format)
  else {
    return 0
  }
  var parts: [Obligation] = []
  _ = try? ObligationExtractor().extract(streaming: source, format: textFormat) { parts += $0 }
  precondition(parts == whole, "extraction part by part differs from extraction of the whole document")
  return 0
}
