import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `html_main`): runs libFuzzer.
@_cdecl("html_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as HTML.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  _ = try? DocumentReader().read(bytes: bytes, path: "fuzz.html", format: .html)
  return 0
}
