import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `office_main`): runs libFuzzer.
@_cdecl("office_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: sniffed (the zip directory is read to tell Word from
/// OpenDocument), then read as a Word and as an OpenDocument package.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  _ = FormatSniffer.sniffBinary(bytes)
  _ = try? DocumentReader().read(bytes: bytes, path: "fuzz.docx", format: .docx)
  _ = try? DocumentReader().read(bytes: bytes, path: "fuzz.odt", format: .odt)
  return 0
}
