import ArgumentParser

/// A size given on the command line: a number of bytes, or a number (with decimals) and a binary unit
/// K, M, G or T, optionally followed by "iB" or "B", in any case: "1048576", "256M", "1.5G", "256MiB".
struct ByteCount: ExpressibleByArgument, Sendable {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    var text = Substring(argument.uppercased())
    let needsUnit = text.hasSuffix("IB")
    if needsUnit {
      text = text.dropLast(2)
    } else if text.hasSuffix("B") {
      text = text.dropLast()
    }
    let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
    var shift = 0
    if let last = text.last, let unitShift = shifts[last] {
      shift = unitShift
      text = text.dropLast()
    } else if needsUnit {
      return nil
    }
    // Digits with at most one dot (only with a unit); no sign, exponent or spaces.
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts.count == 1 || shift > 0,
      let number = Double(text)
    else { return nil }
    let value = (number * Double(1 << shift)).rounded(.down)
    guard value >= 1, value < Double(Int.max >> 1) else { return nil }
    bytes = Int(value)
  }

  var defaultValueDescription: String {
    bytes % (1 << 20) == 0 ? "\(bytes >> 20)M" : "\(bytes)"
  }
}
