/// Counts that describe a corpus index.
public struct CorpusStatistics: Sendable, Hashable, Encodable {
  /// A name and how many.
  public struct Count: Sendable, Hashable, Encodable {
    /// What is counted (a format, a kind).
    public var name: String
    /// How many.
    public var count: Int
  }

  /// A duty-bearer and the obligations it bears.
  public struct Bearer: Sendable, Hashable, Encodable {
    /// The normalised party name.
    public var party: String
    /// Its duties and prohibitions (binding obligations).
    public var binding: Int
    /// All its obligations, of every kind.
    public var total: Int
    /// The documents they come from.
    public var documents: Int
  }

  /// Documents indexed.
  public var documents: Int
  /// Obligations stored.
  public var obligations: Int
  /// Documents by format, most first.
  public var formats: [Count]
  /// Obligations by kind, strongest first.
  public var kinds: [Count]
  /// The parties with the most binding obligations, most first.
  public var bearers: [Bearer]
  /// Revision series found.
  public var series: Int
  /// Files that could not be indexed.
  public var failures: [IndexReport.Failure]
}
