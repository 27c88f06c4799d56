import Duties
import DutiesPDF
import DutiesTestSupport
import Foundation
import Testing

/// Hostile PDFs (issue #28, items 7 and 11): refused with a clear error, within a work budget.
@Suite struct HostilePDFTests {
  let reader = DocumentReader(plugins: [PDFReader()])
  let text = HostileFiles.pageText("The council must publish a plan.")

  /// The budget leaves ordinary files alone: text, and a Flate stream of a megabyte of spaces.
  @Test func ordinaryStreamsAreReadAsBefore() throws {
    let plain = HostileFiles.pdf(
      content: text + Array(repeating: UInt8(ascii: " "), count: 10_000), flate: false)
    let document = try reader.read(bytes: plain, path: "plain.pdf")
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
    let spaces = HostileFiles.pdf(
      content: HostileFiles.zlibRun(of: UInt8(ascii: " "), count: 1 << 20), flate: true)
    #expect {
      try reader.read(bytes: spaces, path: "blank.pdf")
    } throws: { error in
      "\(error)".contains("no text layer")
    }
  }

  /// About 2 MB whose content stream expands to 330 MiB of spaces: poppler would parse it all.
  @Test func aFlateBombIsRefusedBeforePopplerReadsIt() throws {
    let bomb = HostileFiles.pdf(
      content: HostileFiles.zlibRun(of: UInt8(ascii: " "), count: 330 << 20), flate: true)
    #expect(bomb.count < 3 << 20)
    #expect {
      try reader.read(bytes: bomb, path: "bomb.pdf")
    } throws: { error in
      "\(error)".hasPrefix("bomb.pdf: error: the PDF's compressed streams expand to more than 256 MiB")
    }
  }

  @Test func aPageTreeClaimingTwoBillionPagesIsDamaged() throws {
    let claims = HostileFiles.pdf(content: text, flate: false, claimedPages: 2_000_000_000)
    #expect {
      try reader.read(bytes: claims, path: "pages.pdf")
    } throws: { error in
      let message = "\(error)"
      return message.hasPrefix("pages.pdf: error: ") && message.contains("damaged")
        && !message.contains("no text layer")
    }
  }

  /// A PDF whose pages are mostly images keeps the text it has, with a warning that the rest is lost.
  @Test func mostlyBlankPagesAreWarnedOf() throws {
    let pdf = HostileFiles.pdf(pages: [HostileFiles.pageText("The council must publish a plan."), [], []])
    let document = try DocumentReader(plugins: [PDFReader()]).read(bytes: pdf, path: "scan.pdf")
    #expect(
      document.diagnostics.map(\.description) == [
        "scan.pdf:page 1:line 1: warning: 2 of 3 pages have no text layer (images, perhaps scanned): their text is not "
          + "read; run OCR first, for example with ocrmypdf"
      ])
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }
}
