import Testing

@testable import DutiesIndex

/// `--db` URLs read as libpq reads them, and shown without their password. Needs no server.
@Suite struct PostgresAddressTests {
  @Test func readsTheParts() throws {
    let address = try #require(
      PostgresAddress("postgres://ann:s%40cret@db.example.org:6543/policy?sslmode=require", environment: [:]))
    #expect(address.user == "ann")
    #expect(address.password == "s@cret")
    #expect(address.host == "db.example.org" && address.port == 6543 && address.database == "policy")
    #expect(address.tls == .require)
    #expect(address.display == "postgres://ann@db.example.org:6543/policy?sslmode=require")
  }

  @Test func fillsWhatTheURLLeavesOut() throws {
    let address = try #require(
      PostgresAddress(
        "postgresql:///?host=/var/run/postgresql", environment: ["PGUSER": "team", "PGPASSWORD": "x"]))
    #expect(address.user == "team" && address.password == "x" && address.database == "team")
    #expect(address.socketFolder == "/var/run/postgresql")
    #expect(address.port == 5432 && address.tls == .prefer)
    #expect(!address.display.contains("x@"))
  }

  @Test func sslmodeAsLibpqReadsIt() {
    func mode(_ value: String) -> PostgresAddress.TLSMode? {
      PostgresAddress("postgres://a@h/d?sslmode=\(value)", environment: [:])?.tls
    }
    #expect(mode("disable") == .disable)
    #expect(mode("allow") == .prefer)
    #expect(mode("prefer") == .prefer)
    #expect(mode("require") == .require)
    #expect(mode("verify-ca") == .verifyCA)
    #expect(mode("verify-full") == .verifyFull)
    #expect(mode("sometimes") == nil)
  }

  @Test func filePathsAreNotURLsAndPasswordsAreRedacted() {
    #expect(PostgresAddress("index.sqlite", environment: [:]) == nil)
    #expect(!PostgresAddress.looksLikeURL("/data/postgres/index.sqlite"))
    #expect(PostgresAddress.redacted("postgres://ann:secret@h/d") == "postgres://…@h/d")
    #expect(PostgresAddress.redacted("postgres://h/d?password=secret&x=1") == "postgres://h/d?password=…&x=1")
  }
}
