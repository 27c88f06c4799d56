import ArgumentParser

/// A size given on the command line: bytes, or a number with K, M or G (binary units: 256M is
/// 256 MiB).
struct ByteCount: ExpressibleByArgument, Sendable {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(
      of: "B", with: "")
    let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30]
    var digits = Substring(text)
    var shift = 0
    if let last = text.last, let unit = shifts[last] {
      shift = unit
      digits = digits.dropLast()
    }
    guard let number = Int(digits), number > 0, number <= Int.max >> shift else { return nil }
    bytes = number << shift
  }

  static var defaultValueDescription: String { "256M" }
}
