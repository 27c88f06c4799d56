import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `xml_main`): runs libFuzzer.
@_cdecl("xml_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as each XML family format (CLML, AKN, USLM, generic XML).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  for format in [DocumentFormat.clml, .akn, .uslm, .xml] {
    _ = try? DocumentReader().read(bytes: bytes, path: "fuzz.xml", format: format)
  }
  return 0
}
