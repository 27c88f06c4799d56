import Duties
import FuzzDriver

/// The program's entry point (SwiftPM renames `main` to `diff_main`): runs libFuzzer.
@_cdecl("diff_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(fuzzOne)
}

/// libFuzzer's entry point for one input: split in two halves, each read as text, then compared as two revisions.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = FuzzDriver.bytes(data, size)
  let middle = bytes.count / 2
  let reader = DocumentReader()
  guard let old = try? reader.read(bytes: Array(bytes[..<middle]), path: "old.txt", format: .text),
    let new = try? reader.read(bytes: Array(bytes[middle...]), path: "new.txt", format: .text)
  else { return 0 }
  _ = RevisionDiffer().compare(old: old, new: new)
  return 0
}
