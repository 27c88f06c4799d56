import Foundation

/// Where a PostgreSQL index is, read from a URL as `--db` and `$DUTIES_DB` take it:
/// `postgres://user:password@host:5432/dbname` (or `postgresql://`), with `?sslmode=disable`,
/// `prefer` (the default) or `require`, and `?host=/path` for a Unix socket folder. A password not
/// in the URL is taken from `$PGPASSWORD`.
struct PostgresAddress: Sendable, Hashable {
  /// How to use TLS.
  enum TLSMode: String, Sendable {
    case disable, prefer, require
  }

  var host: String
  var port: Int
  /// The folder of the server's Unix socket, when it is reached that way.
  var socketFolder: String?
  var user: String
  var password: String?
  var database: String
  var tls: TLSMode

  /// Reads `location`; `nil` when it is not a PostgreSQL URL (a file path, say).
  init?(_ location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    let lowered = location.lowercased()
    guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://"),
      let components = URLComponents(string: location)
    else { return nil }
    let query = Dictionary(
      (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    port = components.port ?? 5432
    socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    user =
      components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"]
      ?? "postgres"
    password = components.password ?? environment["PGPASSWORD"]
    let name = String(components.path.drop { $0 == "/" })
    database = name.isEmpty ? user : name
    tls = query["sslmode"].flatMap(TLSMode.init(rawValue:)) ?? .prefer
  }

  /// The URL as users see it: everything but the password.
  var display: String {
    var components = URLComponents()
    components.scheme = "postgres"
    components.user = user
    components.host = host
    components.port = port
    components.path = "/" + database
    var items: [URLQueryItem] = []
    if let socketFolder { items.append(URLQueryItem(name: "host", value: socketFolder)) }
    if tls != .prefer { items.append(URLQueryItem(name: "sslmode", value: tls.rawValue)) }
    if !items.isEmpty { components.queryItems = items }
    return components.string ?? "postgres://\(user)@\(host):\(port)/\(database)"
  }
}
