import Foundation

/// Where a PostgreSQL index is, read from a URL as `--db` and `$DUTIES_DB` take it:
/// `postgres://user:password@host:5432/dbname` (or `postgresql://`), with `?sslmode=` as libpq
/// reads it (see ``TLSMode``) and `?host=/path` for a Unix socket folder. A password not in the URL
/// (before the `@` or as `?password=`) is taken from `$PGPASSWORD`.
struct PostgresAddress: Sendable, Hashable {
  /// How to use TLS, as libpq's `sslmode` says: `prefer` and `require` encrypt without checking the
  /// server's certificate (as psql does), `verify-ca` checks it against the system's trusted
  /// authorities, `verify-full` checks it and the host name; `allow` is read as `prefer` (TLS when
  /// the server offers it).
  enum TLSMode: String, Sendable {
    case disable, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  var host: String
  var port: Int
  /// The folder of the server's Unix socket, when it is reached that way.
  var socketFolder: String?
  var user: String
  var password: String?
  var database: String
  var tls: TLSMode

  /// Whether `location` is written as a PostgreSQL URL (`postgres://` or `postgresql://`).
  static func looksLikeURL(_ location: String) -> Bool {
    let lowered = location.lowercased()
    return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
  }

  /// `location` with whatever lies between `://` and the last `@` (the user and password) left out,
  /// and the value of a `password=` parameter.
  static func redacted(_ location: String) -> String {
    var text = location.replacing(/([?&]password=)[^&]*/.ignoresCase(), with: { "\($0.1)…" })
    guard let scheme = text.range(of: "://"), let at = text.range(of: "@", options: .backwards),
      at.lowerBound > scheme.upperBound
    else { return text }
    text = String(text[..<scheme.upperBound]) + "…" + String(text[at.lowerBound...])
    return text
  }

  /// Reads `location`; `nil` when it is not a PostgreSQL URL (a file path, say) or cannot be read.
  /// An `sslmode` other than `disable`, `allow`, `prefer`, `require`, `verify-ca` or `verify-full`
  /// makes it unreadable.
  init?(_ location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard Self.looksLikeURL(location), let components = URLComponents(string: location) else { return nil }
    let query = Dictionary(
      (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    port = components.port ?? 5432
    socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    user =
      components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"]
      ?? "postgres"
    password = components.password ?? query["password"] ?? environment["PGPASSWORD"]
    let name = String(components.path.drop { $0 == "/" })
    database = name.isEmpty ? user : name
    let mode = query["sslmode"].map { $0 == "allow" ? "prefer" : $0 } ?? "prefer"
    guard let tls = TLSMode(rawValue: mode) else { return nil }
    self.tls = tls
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
