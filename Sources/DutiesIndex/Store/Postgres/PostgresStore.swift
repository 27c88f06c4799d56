import Duties
import Foundation
import PostgresNIO

/// An index in a PostgreSQL database, through postgres-nio, with PostgreSQL's own full-text search:
/// the store a team shares, which many indexing processes fill at once (`--shard`).
///
/// A store holds two connections: one for reads, one for the index run's writes, each write one
/// transaction. Writers of the same file take a lock on its path first, so two processes that index
/// it at once leave one document, never two or a mix.
final class PostgresStore: IndexStore {
  let address: PostgresAddress
  let reader: PostgresConnection
  /// The connection writes go through; `nil` when the store was opened read only.
  let writer: PostgresConnection?
  let logger: Logger

  var location: String { address.display }

  private init(
    address: PostgresAddress, reader: PostgresConnection, writer: PostgresConnection?, logger: Logger
  ) {
    self.address = address
    self.reader = reader
    self.writer = writer
    self.logger = logger
  }

  /// Connects to the database at `address` and brings its schema up to date (unless `readOnly`).
  static func open(_ address: PostgresAddress, readOnly: Bool) async throws -> PostgresStore {
    var logger = Logger(label: "duties.index.postgres")
    logger.logLevel = .critical
    let reader = try await connect(address, id: 1, logger: logger)
    do {
      if readOnly {
        try await reader.checkedQuery("SET default_transaction_read_only = on", logger: logger)
        try await PostgresMigrator(connection: reader, address: address, logger: logger).checkCurrent()
        return PostgresStore(address: address, reader: reader, writer: nil, logger: logger)
      }
      let writer = try await connect(address, id: 2, logger: logger)
      do {
        try await PostgresMigrator(connection: writer, address: address, logger: logger).migrate()
      } catch {
        try? await writer.close()
        throw error
      }
      return PostgresStore(address: address, reader: reader, writer: writer, logger: logger)
    } catch {
      try? await reader.close()
      throw error
    }
  }

  private static func connect(_ address: PostgresAddress, id: Int, logger: Logger) async throws
    -> PostgresConnection
  {
    let configuration: PostgresConnection.Configuration
    if let folder = address.socketFolder {
      configuration = PostgresConnection.Configuration(
        unixSocketPath: folder + "/.s.PGSQL.\(address.port)", username: address.user,
        password: address.password, database: address.database)
    } else {
      var client = TLSConfiguration.makeClientConfiguration()
      let tls: PostgresConnection.Configuration.TLS
      switch address.tls {
      case .disable:
        tls = .disable
      case .prefer, .require:
        client.certificateVerification = .none
        let context = try NIOSSLContext(configuration: client)
        tls = address.tls == .prefer ? .prefer(context) : .require(context)
      case .verifyCA:
        client.certificateVerification = .noHostnameVerification
        tls = .require(try NIOSSLContext(configuration: client))
      case .verifyFull:
        tls = .require(try NIOSSLContext(configuration: client))
      }
      var base = PostgresConnection.Configuration(
        host: address.host, port: address.port, username: address.user, password: address.password,
        database: address.database, tls: tls)
      base.options.connectTimeout = .seconds(10)
      configuration = base
    }
    do {
      return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
    } catch {
      throw DutiesError.unreadable(
        path: address.display, reason: "cannot connect to PostgreSQL: \(describe(error))")
    }
  }

  func close() async {
    try? await reader.close()
    try? await writer?.close()
  }

  /// A store let go without ``close()`` closes its connections: each is kept until its channel
  /// has closed.
  deinit {
    for connection in [reader, writer].compactMap({ $0 }) where !connection.isClosed {
      connection.close().whenComplete { _ in _ = connection }
    }
  }

  func appliedMigrations() async throws -> [String] {
    try await run {
      var names: [String] = []
      for try await name in try await reader.checkedQuery(
        "SELECT name FROM duties.migration ORDER BY name", logger: logger
      ).decode(String.self) {
        names.append(name)
      }
      return names
    }
  }

  /// Runs `body`, turning a PostgreSQL error into a `DutiesError` that names the database.
  func run<T>(_ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch {
      throw Self.failure(error, at: address)
    }
  }

  /// `error` as a `DutiesError` that names the database (one already is stays as it is).
  static func failure(_ error: any Error, at address: PostgresAddress) -> any Error {
    if error is DutiesError { return error }
    return DutiesError.unreadable(path: address.display, reason: describe(error))
  }

  /// Why a connection could not be made, in the system's words ("Connection refused"), for each
  /// address tried.
  private static func describeConnection(_ error: any Error) -> String {
    func reason(_ error: any Error) -> String {
      if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
      return "\(error)"
    }
    guard let error = error as? NIOConnectionError else { return reason(error) }
    if let lookup = error.dnsAError ?? error.dnsAAAAError, error.connectionErrors.isEmpty {
      return "cannot find the host \(error.host): \(reason(lookup))"
    }
    let reasons = error.connectionErrors.map { "\($0.target): \(reason($0.error))" }
    return reasons.isEmpty ? "cannot reach \(error.host):\(error.port)" : reasons.joined(separator: "; ")
  }

  /// What went wrong, in words: the server's message when it sent one (postgres-nio's own
  /// description of an error hides it).
  static func describe(_ error: any Error) -> String {
    if let error = error as? PostgresTransactionError {
      return describe(
        error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error)
    }
    guard let error = error as? PSQLError else { return "\(error)" }
    if let message = error.serverInfo?[.message] {
      let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
      return message + detail
    }
    switch error.code {
    case .serverClosedConnection, .uncleanShutdown:
      return "the server closed the connection"
    case .clientClosedConnection:
      return "the connection was closed"
    case .connectionError:
      return error.underlying.map(describeConnection) ?? "connection failed"
    case .authMechanismRequiresPassword:
      return "the server asks for a password: give one in the URL or $PGPASSWORD"
    default:
      return error.underlying.map { "\(error.code): \($0)" } ?? "\(error.code)"
    }
  }
}
