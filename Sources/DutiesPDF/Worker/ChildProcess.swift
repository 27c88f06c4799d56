import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process run with `posix_spawn`: its standard input a socket the parent writes to (so a
/// child that stops early gives the parent an error, never a SIGPIPE), its output a socket read
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

  /// What the child wrote, how it ended and the CPU time it used.
  struct Result {
    var output: Data
    var ending: Ending
    /// User and system CPU time, in seconds.
    var cpuSeconds: Double
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
  func run(input inputBytes: [UInt8], maximumOutput: Int, timeout: Double) throws(LaunchFailure) -> Result {
    let input = try Self.socketPair()
    let output: (parent: Int32, child: Int32)
    do { output = try Self.socketPair() } catch {
      close(input.parent)
      close(input.child)
      throw error
    }
    let pid: pid_t
    do { pid = try spawn(stdin: input.child, stdout: output.child) } catch {
      for descriptor in [input.parent, input.child, output.parent, output.child] { close(descriptor) }
      throw error
    }
    close(input.child)
    close(output.child)
    let stream = Stream(deadline: Date(timeIntervalSinceNow: timeout))
    var stopped = stream.send(inputBytes, to: input.parent)
    close(input.parent)
    var written = Data()
    if stopped == nil { (written, stopped) = stream.read(output.parent, maximum: maximumOutput) }
    close(output.parent)
    if stopped != nil { kill(pid, SIGKILL) }
    // A child may close its output and go on: it is waited for until the deadline, then stopped.
    let (ending, cpuSeconds) = Self.wait(for: pid, until: stream.deadline)
    return Result(output: written, ending: stopped ?? ending, cpuSeconds: cpuSeconds)
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
    // The child starts with no signal blocked and the default action for the CPU limit's signal and
    // a broken pipe, whatever this thread has set. An interrupt the parent ignores (`corpus index`
    // saves the files in flight on Ctrl-C) stays ignored: the worker finishes its file.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var stopping = sigset_t()
    sigemptyset(&stopping)
    for signal in [SIGPIPE, SIGXCPU] { sigaddset(&stopping, signal) }
    #if canImport(Darwin)
      var attributes: posix_spawnattr_t?
      let flags = POSIX_SPAWN_CLOEXEC_DEFAULT | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    #else
      var attributes = posix_spawnattr_t()
      let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &stopping)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    guard status == 0 else {
      throw LaunchFailure(reason: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    return pid
  }

  /// Waits for the child to end, and stops it if it has not by `deadline`; gives how it ended and
  /// the CPU time it used.
  private static func wait(for pid: pid_t, until deadline: Date) -> (Ending, Double) {
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    while true {
      let result = wait4(pid, &status, timedOut ? 0 : WNOHANG, &usage)
      if result == pid { break }
      if result == -1 && errno != EINTR { return (.exited(-1), 0) }
      if result == 0 {
        if deadline.timeIntervalSinceNow <= 0 {
          kill(pid, SIGKILL)
          timedOut = true
        } else {
          usleep(2_000)
        }
      }
    }
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
      + Double(usage.ru_stime.tv_usec) / 1e6
    if timedOut { return (.timedOut, cpu) }
    let signal = status & 0x7F
    return (signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal), cpu)
  }

  /// A connected pair of sockets: one end for the parent, one for the child (duplicated onto its
  /// standard input or output). Both are made close-on-exec at once, so that a child another thread starts
  /// meanwhile cannot inherit them (and hold this child's input or output open).
  private static func socketPair() throws(LaunchFailure) -> (parent: Int32, child: Int32) {
    var descriptors: [Int32] = [0, 0]
    #if canImport(Darwin)
      let type = SOCK_STREAM
    #else
      let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    #endif
    guard socketpair(AF_UNIX, type, 0, &descriptors) == 0 else {
      throw LaunchFailure(reason: "cannot make a socket: \(String(cString: strerror(errno)))")
    }
    #if canImport(Darwin)
      // Darwin has no SOCK_CLOEXEC: the flag is set after, and this spawn closes every descriptor
      // not given to the child whatever its flag.
      for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
      var on: Int32 = 1
      setsockopt(descriptors[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    #endif
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
    func read(_ descriptor: Int32, maximum: Int) -> (Data, Ending?) {
      var output = Data()
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
        output.append(contentsOf: buffer[0..<count])
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
