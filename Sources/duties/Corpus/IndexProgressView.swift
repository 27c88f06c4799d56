import DutiesIndex
import Foundation

/// Shows indexing progress on standard error: a bar redrawn in place on a terminal, a plain line
/// every few seconds otherwise, nothing when disabled.
final class IndexProgressView: @unchecked Sendable {
  private let enabled: Bool
  private let terminal = isatty(STDERR_FILENO) == 1
  private let lock = NSLock()
  private var lastDrawn = 0.0
  private var drewBar = false

  init(enabled: Bool) {
    self.enabled = enabled
  }

  func update(_ progress: IndexProgress) {
    guard enabled else { return }
    lock.withLock {
      let interval = terminal ? 0.1 : 5
      guard progress.elapsed - lastDrawn >= interval || progress.done == progress.total else { return }
      lastDrawn = progress.elapsed
      let line = Self.describe(progress)
      if terminal {
        let width = 24
        let filled = progress.total == 0 ? width : width * progress.done / progress.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(line)".utf8))
        drewBar = true
      } else {
        FileHandle.standardError.write(Data((line + "\n").utf8))
      }
    }
  }

  /// Ends the bar's line.
  func finish() {
    lock.withLock {
      if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
      drewBar = false
    }
  }

  /// "120/1000 files · 35.2 files/s · 4.1 MB/s · 0:25 left"
  static func describe(_ progress: IndexProgress) -> String {
    let rate = progress.elapsed > 0 ? Double(progress.bytesDone) / progress.elapsed : 0
    let filesRate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
    var parts = [
      "\(progress.done)/\(progress.total) files", String(format: "%.1f files/s", filesRate),
      String(format: "%.1f MB/s", rate / 1e6),
    ]
    if rate > 0, progress.bytesDone < progress.bytesTotal {
      let left = Int(Double(progress.bytesTotal - progress.bytesDone) / rate)
      parts.append(String(format: "%d:%02d left", left / 60, left % 60))
    }
    return parts.joined(separator: " · ")
  }
}
