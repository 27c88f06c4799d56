/// The kinds of deontic statement, from binding to permissive, then the statements of policy
/// papers that are not (yet) obligations.
public enum ObligationKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// Must, shall, is required to.
  case duty
  /// Must not, shall not, may not, no … may.
  case prohibition
  /// Must have regard to: a duty to consider, weaker than a duty to comply.
  case haveRegard = "have-regard"
  /// Should, ought to, is encouraged to.
  case recommendation
  /// Should not, is discouraged from.
  case adviceAgainst = "advice-against"
  /// May, can, is entitled to.
  case permission
  /// Need not, is not required to.
  case exemption
  /// Is not entitled to, shall not have the right to: a right withheld, not an act forbidden.
  case noEntitlement = "no-entitlement"
  /// A government's promise: "we will legislate to require…", "the Department will publish…".
  case commitment
  /// An idea floated, not decided: "is considering imposing a legal duty on…", "we propose…",
  /// "seeking views on whether … should…".
  case proposal
  /// An appeal, not a duty: "calling on councils to…", "urges trusts to…".
  case request

  /// The strength on the scale permission/exemption/no-entitlement (0) < recommendation/advice-against (1) <
  /// duty/prohibition/have-regard (2); proposals, commitments and requests (-1) are not in force.
  public var strength: Int {
    switch self {
    case .duty, .prohibition, .haveRegard: 2
    case .recommendation, .adviceAgainst: 1
    case .permission, .exemption, .noEntitlement: 0
    case .commitment, .proposal, .request: -1
    }
  }

  /// Whether the statement binds (a duty, prohibition or duty to have regard).
  public var isBinding: Bool { strength == 2 }

  /// The name for more than one ("duties"): a name that is a phrase of its own ("have-regard",
  /// "advice-against") stays as it is.
  public var pluralName: String {
    switch self {
    case .haveRegard, .adviceAgainst: rawValue
    default: Plural.plural(of: rawValue)
    }
  }

  /// Whether the statement is policy not yet in force: a proposal, commitment or request.
  public var isPolicy: Bool { strength < 0 }

  /// How far a policy has got: proposal (0) < request (1) < commitment (2) < in force (3).
  public var stage: Int {
    switch self {
    case .proposal: 0
    case .request: 1
    case .commitment: 2
    default: 3
    }
  }

  public static func < (lhs: ObligationKind, rhs: ObligationKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
