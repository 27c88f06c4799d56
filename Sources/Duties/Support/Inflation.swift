internal import CZlib

/// zlib's inflate over a buffer, for the readers that must bound what compressed data expand to
/// (a zip part, a PDF stream): each piece of output goes to a closure that says whether to go on,
/// and the input is only what is given, so an unterminated stream ends instead of waiting for more.
package enum Inflation {
  /// How the compressed data are wrapped.
  package enum Format: Sendable {
    /// Raw deflate (a zip part).
    case raw
    /// A zlib header and checksum around deflate (a PDF's FlateDecode).
    case zlib
  }

  /// How inflating ended.
  package enum End: Sendable, Equatable {
    /// The compressed stream ended.
    case finished
    /// The closure asked to stop.
    case stopped
    /// The data are damaged, or end before the stream does.
    case damaged
  }

  /// Inflates `input`, handing each piece of output to `body`, which returns `false` to stop.
  package static func run(
    _ input: UnsafeBufferPointer<UInt8>, format: Format, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> End {
    var stream = z_stream()
    let started = format == .raw ? duties_inflate_init_raw(&stream) : duties_inflate_init_zlib(&stream)
    guard started == Z_OK else { return .damaged }
    defer { inflateEnd(&stream) }
    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
    stream.avail_in = uInt(min(input.count, Int(UInt32.max)))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    return chunk.withUnsafeMutableBufferPointer { buffer in
      while true {
        stream.next_out = buffer.baseAddress
        stream.avail_out = uInt(buffer.count)
        let status = inflate(&stream, Z_NO_FLUSH)
        let produced = buffer.count - Int(stream.avail_out)
        if produced > 0, !body(UnsafeBufferPointer(rebasing: buffer[0..<produced])) { return .stopped }
        if status == Z_STREAM_END { return .finished }
        // Input used up without the end of the stream: nothing more can come.
        if status != Z_OK || stream.avail_in == 0 && stream.avail_out != 0 { return .damaged }
      }
    }
  }
}
