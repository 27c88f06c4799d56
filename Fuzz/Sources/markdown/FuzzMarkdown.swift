import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `markdown_main`): runs libFuzzer.
@_cdecl("markdown_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: read as Markdown.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  _ = try? DocumentReader().read(bytes: bytes, path: "fuzz.md", format: .markdown)
  return 0
}
