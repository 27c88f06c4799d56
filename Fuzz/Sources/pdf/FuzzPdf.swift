import Duties
import DutiesPDF
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `pdf_main`): runs libFuzzer.
@_cdecl("pdf_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as a PDF (the Flate budget, then poppler and the
/// layout), then its obligations extracted.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  if let document = try? DocumentReader(plugins: [PDFReader()]).read(
    bytes: bytes, path: "fuzz.pdf", format: .pdf)
  {
    _ = ObligationExtractor().extract(from: document)
  }
  return 0
}
