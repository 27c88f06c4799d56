/// Documents that are versions of the same work, oldest first.
///
/// Documents join a series when they share a work identifier (a legislation or Akoma Ntoso work
/// URI, a bill number without its stage), the same title with different dates, or names that differ
/// only by a date or version mark (`guidance-2011-03.xml`, `guidance-2011-05.xml`; the same file
/// name in folders such as `draft-00/` and `draft-06/` or `before-…/` and `after-…/`).
public struct RevisionSeries: Sendable, Hashable, Encodable {
  /// One version in a series.
  public struct Member: Sendable, Hashable, Encodable {
    /// The document's path.
    public var path: String
    /// Its title, if it has one.
    public var title: String?
    /// Its version or date as the document states it, if it does.
    public var version: String?
    /// The date that orders it, from its metadata or its path, if any.
    public var date: String?
    /// The number of obligations extracted from it.
    public var obligations: Int
  }

  /// A short, stable name for the series, for `duties corpus changes --series ID`.
  public var id: String
  /// The newest member's title (or file name).
  public var title: String
  /// The versions, oldest first.
  public var members: [Member]
}
