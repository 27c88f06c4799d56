/// The word classes a trigger is refined by: participles, adverbs, subjects that bind no one, and the
/// words after "apply" that make it constitutive.
extension TriggerFinder {
  /// Words after "shall apply" that make it constitutive ("shall apply from 1 July", "shall apply to…").
  static let applyConstitutiveFollowers: Set<String> = [
    "to", "from", "until", "as", "with", "in", "mutatis", "only", "also", "regardless", "without",
    "accordingly", "where", "if", "when", "irrespective", "equally", "likewise", "correspondingly",
    "subject", "notwithstanding", "insofar", "unless", "whenever", "whether", "on", "at", "during",
  ]

  static func agentLike(_ head: String) -> Bool {
    PartyLexicon.isActorHead(head)
  }

  static func isParticiple(_ word: String) -> Bool {
    if irregularParticiples.contains(word) { return true }
    return word.count > 3 && word.hasSuffix("ed")
      && !["need", "embed", "exceed", "proceed", "succeed", "speed"].contains(word)
  }

  static let irregularParticiples: Set<String> = [
    "made", "paid", "sent", "given", "taken", "held", "kept", "set", "put", "done", "shown", "known",
    "brought", "sought", "told", "laid", "left", "borne", "drawn", "spent", "sold", "bound", "found",
    "built", "met", "written", "undertaken", "withdrawn", "chosen", "forbidden", "run", "cut", "read",
    "heard", "lent", "struck", "won", "led", "fed", "dealt", "meant", "seen", "thrown", "overseen",
    "broken", "spoken", "stolen", "forgotten", "hidden", "ridden", "risen", "driven", "beaten", "eaten",
    "fallen", "proven", "shaken", "sworn", "torn", "worn", "woken", "frozen", "mistaken", "forgiven",
  ]

  /// A word that may stand between "be" and its participle: "shall be personally liable", "shall be
  /// duly notified" (not "shall be timely").
  static func isAdverb(_ word: String) -> Bool {
    adverbs.contains(word)
      || word.count > 5 && word.hasSuffix("ly")
        && !["timely", "likely", "unlikely", "orderly", "costly"].contains(word)
  }

  static let adverbs: Set<String> = [
    "also", "only", "not", "still", "then", "therefore", "always", "promptly", "immediately", "normally",
    "usually", "generally", "forthwith", "thereafter", "further", "jointly", "each", "both", "either",
    "reasonably", "duly", "properly", "otherwise", "in", "future", "now", "instead", "equally",
    "similarly", "accordingly", "at", "all", "times", "from", "time", "to", "ordinarily", "first",
    "never", "ever", "actively", "continue", "fully", "regularly", "routinely", "hereby", "thereupon",
    "herein", "thereby", "automatically", "hereafter", "hereunder", "subsequently", "once",
  ]

  static let nonAgentSubjects: Set<String> = [
    "purpose", "aim", "aims", "objective", "objectives", "intention", "goal", "role", "idea", "plan",
    "step", "effect", "result", "answer", "task", "challenge", "priority", "question", "view", "hope",
    "ambition", "approach", "point", "issue", "problem", "solution", "way", "thing", "it", "this",
    "that", "there", "which", "what",
  ]

  /// Adverbs after "will" that make it a prediction: "will typically have".
  static let hedges: Set<String> = [
    "typically", "usually", "often", "generally", "normally", "probably", "likely", "sometimes", "rarely",
    "frequently", "mostly", "perhaps", "possibly", "seldom",
  ]

  /// Question words that, as the subject of a modal after a preposition or a verb, make an embedded
  /// question: "about who should pay".
  static let questionWords: Set<String> = ["who", "what", "whether", "how", "when", "where"]

  /// Verbs that take an embedded question: "decide who should pay".
  static let questionTakingVerbs: Set<String> = [
    "decide", "decides", "determine", "determines", "know", "knows", "ask", "asks", "consider", "considers",
    "choose", "chooses", "specify", "specifies", "explain", "explains", "understand", "clarify", "agree",
    "assess", "establish", "identify", "indicate", "show", "shows", "set", "sets",
  ]

  /// Capitalised subjects of "will" that are not contract parties ("We will", "Government will").
  static let nonBindingWillSubjects: Set<String> = [
    "we", "i", "it", "this", "that", "there", "they", "he", "she", "you", "government", "department",
  ]
}
