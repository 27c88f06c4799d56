import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process run with `posix_spawn`: its standard input a socket the parent writes to (so a
/// child that stops early gives the parent an error, never a SIGPIPE), its output a pipe read
/// within a size and time limit, its standard error discarded.
struct ChildProcess {
  /// How the child ended.
  enum Ending: Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal stopped it.
    case signalled(Int32)
    /// It ran past the time the parent allows, and the parent stopped it.
    case timedOut
    /// It wrote more than the parent reads, and the parent stopped it.
    case tooMuchOutput
  }

  /// What the child wrote and how it ended.
  struct Result {
    var output: [UInt8]
    var ending: Ending
  }

  /// Why a child could not be started: the system's reason.
  struct LaunchFailure: Error {
    var reason: String
  }

  /// The program to run.
  var executable: String
  /// Its arguments, without the program's name.
  var arguments: [String]

  /// Runs the child with `input` on its standard input, reading at most `maximumOutput` bytes of
  /// its output and stopping it once `timeout` seconds have passed.
  func run(input: [UInt8], maximumOutput: Int, timeout: Double) throws(LaunchFailure) -> Result {
    let socket = try Self.socketPair()
    let pipe: (read: Int32, write: Int32)
    do { pipe = try Self.pipe() } catch {
      close(socket.parent)
      close(socket.child)
      throw error
    }
    let pid: pid_t
    do { pid = try spawn(stdin: socket.child, stdout: pipe.write) } catch {
      for descriptor in [socket.parent, socket.child, pipe.read, pipe.write] { close(descriptor) }
      throw error
    }
    close(socket.child)
    close(pipe.write)
    let stream = Stream(deadline: Date(timeIntervalSinceNow: timeout))
    var stopped = stream.send(input, to: socket.parent)
    close(socket.parent)
    var output: [UInt8] = []
    if stopped == nil { (output, stopped) = stream.read(pipe.read, maximum: maximumOutput) }
    close(pipe.read)
    if stopped != nil { kill(pid, SIGKILL) }
    let ending = Self.wait(for: pid)
    return Result(output: output, ending: stopped ?? ending)
  }

  /// Starts the child with `stdin` and `stdout` as its standard input and output.
  private func spawn(stdin: Int32, stdout: Int32) throws(LaunchFailure) -> pid_t {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t?
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard status == 0 else {
      throw LaunchFailure(reason: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    return pid
  }

  /// Waits for the child to end.
  private static func wait(for pid: pid_t) -> Ending {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }

  /// A connected pair of sockets: one end for the parent, one for the child, both closed on exec
  /// (the child's is duplicated onto its standard input, which stays open).
  private static func socketPair() throws(LaunchFailure) -> (parent: Int32, child: Int32) {
    var descriptors: [Int32] = [0, 0]
    #if canImport(Darwin)
      let type = SOCK_STREAM
    #else
      let type = Int32(SOCK_STREAM.rawValue)
    #endif
    guard socketpair(AF_UNIX, type, 0, &descriptors) == 0 else {
      throw LaunchFailure(reason: "cannot make a socket: \(String(cString: strerror(errno)))")
    }
    for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    #if canImport(Darwin)
      var on: Int32 = 1
      setsockopt(descriptors[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    #endif
    return (descriptors[0], descriptors[1])
  }

  /// A pipe whose ends are closed on exec.
  private static func pipe() throws(LaunchFailure) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    guard Foundation.pipe(&descriptors) == 0 else {
      throw LaunchFailure(reason: "cannot make a pipe: \(String(cString: strerror(errno)))")
    }
    for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return (descriptors[0], descriptors[1])
  }
}

extension ChildProcess {
  /// Sends and reads with `poll`, so that neither waits past the deadline.
  struct Stream {
    var deadline: Date

    /// Sends `bytes`; stops early, without an error, if the child closes its end (it has stopped,
    /// and its ending says why), and gives ``Ending/timedOut`` past the deadline.
    func send(_ bytes: [UInt8], to descriptor: Int32) -> Ending? {
      var sent = 0
      while sent < bytes.count {
        guard let ready = wait(descriptor, for: Int16(POLLOUT)) else { return .timedOut }
        if !ready { continue }
        #if canImport(Darwin)
          let flags: Int32 = 0
        #else
          let flags = Int32(MSG_NOSIGNAL)
        #endif
        let count = bytes.withUnsafeBytes {
          Foundation.send(descriptor, $0.baseAddress! + sent, min(bytes.count - sent, 1 << 16), flags)
        }
        if count < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          return nil
        }
        sent += count
      }
      return nil
    }

    /// Reads to the end of the output, at most `maximum` bytes.
    func read(_ descriptor: Int32, maximum: Int) -> ([UInt8], Ending?) {
      var output: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        guard let ready = wait(descriptor, for: Int16(POLLIN)) else { return (output, .timedOut) }
        if !ready { continue }
        let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          return (output, nil)
        }
        if count == 0 { return (output, nil) }
        if output.count + count > maximum { return (output, .tooMuchOutput) }
        output += buffer[0..<count]
      }
    }

    /// Waits until `descriptor` is ready for `events` (or closed): `true` when ready, `false`
    /// when interrupted, `nil` past the deadline.
    private func wait(_ descriptor: Int32, for events: Int16) -> Bool? {
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 { return nil }
      var entry = pollfd(fd: descriptor, events: events, revents: 0)
      let result = poll(&entry, 1, Int32(min(remaining * 1000, 60_000)) + 1)
      if result < 0 { return errno == EINTR ? false : true }
      return result == 0 ? (deadline.timeIntervalSinceNow <= 0 ? nil : false) : true
    }
  }
}
