extension Document {
  /// The document with the warnings of a ``ReadingCheck`` of its tree added to its diagnostics, and
  /// the commencements it states in its metadata (as a reading part by part finds them): what every
  /// reading of a file ends with.
  func withReadingWarnings() -> Document {
    var document = self
    document.diagnostics += ReadingCheck(self).warnings(for: source, title: metadata.title)
    document.metadata.commencements = CommencementFinder.commencements(in: self)
    return document
  }
}
