import ArgumentParser
import DutiesPDF

/// The process `duties` reads each PDF in (hidden): it serves one request of a `PDFWorker`, from
/// the `duties` that started it, within the limits that request sets.
struct PDFWorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pdf-worker",
    abstract: "Read one PDF for another duties process (internal).",
    shouldDisplay: false)

  func run() throws {
    PDFWorker.serve()
  }
}
