/// Runs libFuzzer from a target's entry point.
///
/// SwiftPM links an executable with `main` renamed to `<target>_main`, which hides libFuzzer's own
/// `main`; each target therefore defines `<target>_main` and calls ``run(_:)``, which hands the
/// command line to `LLVMFuzzerRunDriver`.
public enum FuzzDriver {
  /// libFuzzer's callback: one input, returns 0.
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

  /// Runs libFuzzer with the process's arguments and `test` as the code under test.
  public static func run(_ test: TestOneInput) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, test)
  }

  /// The bytes of one input.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ test: FuzzDriver.TestOneInput
) -> Int32
