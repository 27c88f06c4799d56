/// The words by which a document says when it, or a part of it, starts to apply: "This policy takes
/// effect on 1 January 2026", "These Regulations come into force on 6 April 2027", "Section 3 applies
/// from 1 April".
enum CommencementLexicon {
  /// Verb phrases of commencement, sorted longest first so that "shall come into force on" is read whole;
  /// each ends where the date or event begins.
  static let phrases: [String] = [
    "shall come into force on", "shall come into force", "will come into force on", "comes into force on",
    "come into force on", "comes into force", "come into force", "shall take effect on",
    "shall take effect from",
    "will take effect on", "will take effect from", "takes effect on", "takes effect from", "take effect on",
    "take effect from", "comes into effect on", "come into effect on", "comes into effect from",
    "has effect from", "have effect from", "is effective from", "is effective on", "are effective from",
    "becomes effective on", "become effective on", "applies from", "apply from", "will apply from",
    "shall apply from", "shall have effect from", "will have effect from", "will come into force",
    "will take effect from",
  ].sorted { $0.count > $1.count }

  /// Bytes every sentence of commencement holds one of (each phrase above holds one), to pass over
  /// the rest quickly.
  static let cues: [String] = [
    "take effect", "takes effect", "into force", "into effect", "effect from", "effective from",
    "effective on",
    "pplies from", "pply from",
  ]

  /// Words that end a relative clause's subject: "The Act, which comes into force…, requires".
  static let relativeWords: Set<String> = ["which", "that", "who", "whichever"]

  /// Where the date or event ends and the rest of the sentence begins: "1 October 1995, and shall apply
  /// to…", "the day it is passed and applies to…".
  static let whenStops: [String] = [", and ", " and ", "; "]

  /// The most words before the verb phrase: the subject ("This policy", "Section 3 and Schedule 2").
  static let subjectWords = 8

  /// The most words of the date or event after the verb phrase.
  static let whenWords = 16
}
