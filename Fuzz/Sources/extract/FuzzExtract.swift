import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `extract_main`): runs libFuzzer.
@_cdecl("extract_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as plain text, then its obligations extracted.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  guard let document = try? DocumentReader().read(bytes: bytes, path: "fuzz.txt", format: .text) else {
    return 0
  }
  _ = ObligationExtractor().extract(from: document)
  return 0
}
