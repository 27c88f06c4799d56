import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct EditorialNoiseTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    try DiffProbe.changes(old, new)
  }

  @Test func noiseOnlyPairReportsNothing() throws {
    let old = """
      3.1 The council [F48]must publish a plan under section 75 by 31 March 2012.

      3.2 Each trust must—
      (a) keep "records"; and
      (b) report incidents.
      """
    let new = """
      3.1 The council [F49]must publish
      a plan under s. 75 by 31 March 2012.

      3.2 Each trust must—
      (a) keep “records”; and
      (b) report incidents.
      """
    #expect(try changes(old, new).isEmpty)
  }

  /// A pointer to where to read more ("as explained in {{costs}}", "as described under section 9") is
  /// editorial: taking it out or rewording it changes no requirement, and is not reported.
  @Test(arguments: [
    ("The plan must set out the costs, as explained in {{costs}}.", "The plan must set out the costs."),
    (
      "The council must keep a register as further described under section 9.",
      "The council must keep a register as described in {{registers}}."
    ),
  ])
  func pointersAreWording(_ pair: (String, String)) throws {
    #expect(try changes(pair.0, pair.1).isEmpty)
    // Another word beside the pointer is wording the report shows.
    let more = try changes(pair.0, "In general, " + pair.1.prefix(1).lowercased() + pair.1.dropFirst())
    #expect(more.map(\.change) == [.reworded])
  }

  /// An acronym given after its words ("OpenID Connect (OIDC).") is editorial: no change. An acronym
  /// written out, or the words it stands for shortened, rewords the action without changing it (the
  /// sentence does not say the two are one); so does a word dropped beside them ("the OpenID Connect
  /// token" → "OpenID Connect (OIDC)"), and a bracket of a word alone, which could be any label.
  @Test(arguments: [
    ("Each service must resist DoS attacks.", "Each service must resist denial-of-service attacks.", true),
    (
      "Each provider must keep a record of the National Health Service number.",
      "Each provider must keep a record of the NHS number.", true
    ),
    (
      "When signing in you must authenticate using OpenID Connect.",
      "When signing in you must authenticate using OpenID Connect (OIDC).", false
    ),
    (
      "When signing in you must authenticate using the OpenID Connect token.",
      "When signing in you must authenticate using OpenID Connect (OIDC).", true
    ),
    (
      "Each client must sign in with Security Assertion Markup Language.",
      "Each client must sign in with Security Assertion Markup Language (SAML).", false
    ),
    (
      "Each client must sign in with OpenID Connect and a key.",
      "Each client must sign in with OpenID Connect (OIDC) and a key.", true
    ),
  ])
  func acronymsAreWording(_ pair: (String, String, Bool)) throws {
    #expect(try changes(pair.0, pair.1).map(\.change) == (pair.2 ? [.reworded] : []))
  }

  /// Editorial words end where they end: what follows a pointer, a bracket of what is included or of
  /// a reason, a bracket that says more than where to look, a bracket beside an acronym's, and a word
  /// of the obligation's own in a sentence it shares are all still compared.
  @Test(arguments: [
    (
      "Each processor must keep the records as described in the schedule for a period of five years.",
      "Each processor must keep the records as described in the schedule for a period of seven years."
    ),
    (
      "Providers must pay every member of staff as specified in the national agreement with the unions.",
      "Providers must pay every member of staff as specified in the national agreement with the employers."
    ),
    (
      "The council must maintain each public building (including a library or a museum) in good repair.",
      "The council must maintain each public building in good repair."
    ),
    (
      "Operators must report every incident to the regulator (see {{reports}}; copies go to the minister).",
      "Operators must report every incident to the regulator (see {{reports}}; copies go to the ombudsman)."
    ),
    (
      "Services using Transport Layer Security (TLS), must reject every certificate (EV) issued by the provider.",
      "Services using Transport Layer Security (TLS), must reject every certificate issued by the provider."
    ),
    (
      "The applicant must pay the fee and must sign the form.",
      "The applicant must pay the fee or must sign the form."
    ),
    ("Clients must use TLS ({{RFC8446}}).", "Clients must use TLS ({{RFC5246}})."),
    ("Clients must implement {{RFC8446}}.", "Clients must implement {{RFC5246}}."),
    (
      "Operators must report to the regulator (see {{reports}}).",
      "Operators must report to the regulator (see {{reports}} on format; copies go to the minister)."
    ),
    (
      "Staff must keep logs (e.g. access logs).",
      "Staff must keep logs (e.g. access logs, but never error logs)."
    ),
    (
      "The operator must notify the regulator and the public of every breach and should publish a report to the public.",
      "The operator must notify the regulator of every breach and should publish a report to the public."
    ),
  ])
  func wordsBesideEditorialOnesAreCompared(_ pair: (String, String)) throws {
    #expect(!(try changes(pair.0, pair.1)).isEmpty)
  }

  /// "shall" made "must", and a bracket that only points elsewhere ("(see also {{idn}})"), are editorial.
  @Test func shallAsMustAndPointerBracketsAreEditorial() throws {
    #expect(
      try changes(
        "The scheme shall be that of the protocol (see also {{schemes}} and section 4).",
        "The scheme must be that of the protocol."
      ).isEmpty)
    // A bracket that says what is required is no aside.
    #expect(
      try changes(
        "The scheme must be that of the protocol (in lower case).", "The scheme must be that of the protocol."
      ).map(\.change) == [.reworded])
  }

  /// An action written up to a colon that its sentence goes on after ("…in the repo settings: under
  /// Actions select…") is compared with what follows the colon: the same steps said another way are
  /// wording.
  @Test func anActionGoingOnAfterAColonIsComparedWhole() throws {
    let found = try changes(
      "You can enforce this in the settings for Actions by choosing 'Allow local actions and reusable workflows' and then"
        + " 'Allow actions created by the organisation' as required.",
      "You can enforce this in the repo settings: under Actions select 'Allow local actions and reusable workflows' and"
        + " 'Allow actions created by the organisation' as required."
    )
    #expect(found.map(\.change) == [.reworded])
    // A colon before a list or a new sentence ends the action.
    func obligation(_ action: String, _ sentence: String) -> Obligation {
      let place = SourceLocation(path: "a.txt", line: 1, column: 1, offset: 0)
      return Obligation(
        id: "#1", kind: .permission, trigger: Trigger(text: "can", location: place), bearer: nil,
        action: action,
        location: place, section: "", sentence: sentence)
    }
    #expect(
      ChangeClassifier.stopsAtColon(
        obligation(
          "enforce this in the settings", "You can enforce this in the settings: under Actions select it.")))
    #expect(
      !ChangeClassifier.stopsAtColon(
        obligation("enforce this in the settings", "You can enforce this in the settings: Choose a rule.")))
    #expect(
      !ChangeClassifier.stopsAtColon(
        obligation(
          "enforce this in the settings", "You can enforce this in the settings; under Actions select it.")))
  }

  /// A condition reworded with the same content words ("offering" → "offers … and", examples dropped)
  /// is no conditions change; one that adds a word, a "not" or another figure is.
  @Test func aConditionRewordedIsNoConditionsChange() throws {
    let old =
      "If a trust offering several services (e.g., dental care) wishes to merge them, it must tell the board."
    let reworded = try changes(
      old, "If a trust offers several services and wishes to merge them, it must tell the board.")
    #expect(reworded.allSatisfy { !$0.aspects.contains(.conditionsChanged) })
    let negated = try changes(
      old, "If a trust offering several services does not wish to merge them, it must tell the board.")
    #expect(negated.contains { $0.aspects.contains(.conditionsChanged) })
    let figures = try changes(
      "If a trust runs 3 services and wishes to merge them, it must tell the board.",
      "If a trust runs 4 services and wishes to merge them, it must tell the board.")
    #expect(figures.contains { !$0.aspects.isEmpty && !$0.aspects.contains(.reworded) })
    #expect(!reworded.isEmpty)
    // Roles swapped, or "and" become "or": the same words, another condition.
    let swapped = try changes(
      "If the landlord notifies the tenant of a defect, the agent must inspect it.",
      "If the tenant notifies the landlord of a defect, the agent must inspect it.")
    #expect(swapped.contains { $0.aspects.contains(.conditionsChanged) })
    let either = try changes(
      "If a resident and a carer both object, the council must hold a hearing.",
      "If a resident or a carer both object, the council must hold a hearing.")
    #expect(either.contains { $0.aspects.contains(.conditionsChanged) })
  }

  /// Words that only look like an acronym's letters do not hide a change of action.
  @Test func anotherActionIsNoAcronym() throws {
    let found = try changes(
      "Each service must report incidents to the SOC.",
      "Each service must report incidents to the security team.")
    #expect(found.map(\.change) == [.actionChanged])
    // A small word gives a letter only where the acronym writes it small ("DoS"): "the latest security"
    // does not spell "TLS".
    let patches = try changes(
      "Each service must use TLS for all connections.",
      "Each service must use the latest security patches for all connections.")
    #expect(patches.map(\.change) == [.actionChanged])
  }

  /// A pointer in a condition is wording too: "({{appeals}})" → "given below", "set out above".
  @Test(arguments: [
    (
      "Except as limited by the rule on appeals ({{appeals}}), the council must decide within a month.",
      "Except as limited by the rule on appeals given below, the council must decide within a month."
    ),
    (
      "Unless the exemption described in {{exempt}} applies, the trust must publish its accounts.",
      "Unless the exemption set out above applies, the trust must publish its accounts."
    ),
  ])
  func pointersInConditionsAreWording(_ pair: (String, String)) throws {
    #expect(try changes(pair.0, pair.1).isEmpty)
  }

  /// A bracketed example is not what is required: "(e.g., a library)" → "(for example, a park)" is no
  /// change; the same examples given as what is covered ("(including a library)") are wording shown.
  @Test func bracketedExamplesAreWording() throws {
    let old = "The council must maintain each public building (e.g., a library or a museum) in good repair."
    #expect(
      try changes(
        old, "The council must maintain each public building (for example, a park pavilion) in good repair."
      ).isEmpty)
    #expect(
      try changes(old, "The council must maintain each public building in good repair, as it did.")
        .map(\.change) == [.reworded])
  }

  /// A heading that became a condition ("### Charities" → "If the applicant is a charity") is the same
  /// condition; a condition that the old heading did not say is a change.
  @Test func aHeadingRestatedAsAConditionIsWording() throws {
    let old = """
      # Guidance

      ## Fees

      ### Charities

      The applicant must send its latest annual accounts.

      ## Appeals

      The council must decide an appeal within a month.
      """
    func new(_ condition: String) -> String {
      """
      # Guidance

      ## Fees

      \(condition), the applicant must send its latest annual accounts.

      ## Appeals

      The council must decide an appeal within a month.
      """
    }
    let restated = new("If the applicant is a charity")
    let narrowed = new("If the applicant is a small charity")
    let reader = DocumentReader()
    func compare(_ new: String) throws -> [ObligationChange] {
      RevisionDiffer().compare(
        old: try reader.read(string: old, path: "old.md"), new: try reader.read(string: new, path: "new.md")
      ).realChanges
    }
    #expect(try compare(restated).map(\.change) == [.reworded])
    #expect(try compare(narrowed).map(\.change) == [.conditionsChanged])
  }

  /// An item renumbered in its list ("Rules › 6" → "Rules › 4", after two items were taken out) has not
  /// moved.
  @Test func aRenumberedListItemHasNotMoved() throws {
    let old = """
      # Standing orders

      ## Rules

      1. The board must meet monthly.
      2. The board should publish minutes.
      3. The board may appoint a secretary.
      4. The board may co-opt a member.
      """
    let new = """
      # Standing orders

      ## Rules

      1. The board must meet monthly.
      2. The board may co-opt a member, as explained in {{members}}.
      """
    let reader = DocumentReader()
    let found = RevisionDiffer().compare(
      old: try reader.read(string: old, path: "old.md"), new: try reader.read(string: new, path: "new.md")
    ).changes
    let kept = try #require(found.first { $0.old?.action.contains("co-opt") == true })
    #expect(kept.change == .unchanged)
    #expect(!kept.aspects.contains(.moved))
  }

  /// "MAY X but SHOULD NOT Y" → "MAY X": the advice against is removed; the permission has not weakened,
  /// nor changed at all (only the other clause of its sentence went).
  @Test func halvesOfASentenceKeepTheirSense() throws {
    let found = try changes(
      "The council may fund a school, a library, or a park but should not fund a stadium.",
      "The council may fund a school, a library, or a park.")
    #expect(found.map(\.change) == [.removed])
    #expect(found.first?.old?.kind == .adviceAgainst)
    // A clause added beside an unchanged one is the same: only the new clause is reported.
    let added = try changes(
      "The council may fund a school.", "The council may fund a school but must not fund a stadium.")
    #expect(added.map(\.change) == [.added])
    // A word of the permission's own changed with the other clause: the permission is reworded.
    let both = try changes(
      "The council may fund a school, a library, or a park but should not fund a stadium.",
      "The council may fund a school, a library, or a park in its area.")
    #expect(Set(both.map(\.change)) == [.removed, .reworded])
  }

  /// Cross-reference wording is editorial: "Section 4.2" → "Sec. 4.2", "paragraph 3" → "para. 3" (issue #22).
  @Test(arguments: [
    ("The council must act under Section 4.2 of the Act.", "The council must act under Sec. 4.2 of the Act."),
    ("The council must act under paragraph 3.", "The council must act under para. 3."),
    ("The council must act under s. 12 of the Act.", "The council must act under section 12 of the Act."),
    ("The council must act under Article 5.", "The council must act under Art. 5."),
  ])
  func abbreviatedReferencesAreNoChange(_ pair: (String, String)) throws {
    #expect(try changes(pair.0, pair.1).isEmpty)
    #expect(EditorialNormalizer.key(pair.0) == EditorialNormalizer.key(pair.1))
  }

  @Test func eachAspectIsReported() throws {
    let old =
      "1.1 Councils should publish a plan by April 2012.\n\n1.2 PCTs must consult patients.\n\n1.3 Trusts may charge fees.\n"
    let new =
      "1.1 Councils must publish a plan by April 2013.\n\n1.2 Clusters must consult patients unless the SHA agrees.\n\n1.4 Boards must appoint a lead.\n"
    let result = try changes(old, new)
    let plan = try #require(result.first { $0.new?.action.hasPrefix("publish a plan") == true })
    #expect(plan.aspects == [.strengthened, .timingChanged])
    let consult = try #require(result.first { $0.new?.action == "consult patients" })
    #expect(consult.aspects.contains(.bearerChanged))
    #expect(consult.aspects.contains(.conditionsChanged))
    #expect(result.contains { $0.change == .added && $0.new?.bearer?.parties == ["board"] })
    #expect(result.contains { $0.change == .removed && $0.old?.kind == .permission })
    let inserted = plan.wordDiff.filter { $0.op == .insert }.map(\.text)
    #expect(inserted == ["must", "2013."])
  }

  @Test func alignmentScalesWithoutComparingEveryPair() throws {
    func obligations(_ count: Int, shift: Int) -> [Obligation] {
      (0..<count).map { index in
        let number = index + shift
        let location = SourceLocation(path: "x", line: index + 1, column: 1, offset: index * 80)
        return Obligation(
          id: "\(number)#1", kind: .duty, trigger: Trigger(text: "must", location: location),
          bearer: Party(text: "Body \(number)", parties: ["body \(number)"]),
          action: "file return \(number) annually",
          location: location, section: "\(number / 10)",
          sentence: "Body \(number) must file return \(number) annually.")
      }
    }
    let old = obligations(5000, shift: 0)
    var new = obligations(5000, shift: 0)
    new.remove(at: 10)
    var added = obligations(1, shift: 9000)[0]
    added.sentence = "The regulator must publish guidance on audit fees."
    added.action = "publish guidance on audit fees"
    added.bearer = Party(text: "The regulator", parties: ["regulator"])
    new.append(added)
    let start = ContinuousClock.now
    let result = RevisionDiffer().compare(old, new).filter { $0.change != .unchanged }
    #expect(ContinuousClock.now - start < .seconds(60))
    #expect(result.map(\.change).sorted() == [.added, .removed])
  }

  @Test func anotherKindOnTheSameLevelChangesWhatIsRequired() throws {
    let reader = DocumentReader()
    let comparison = RevisionDiffer().compare(
      old: try reader.read(
        string: "1. The tenant may assign the lease.\n\n2. The tenant need not insure the premises.\n",
        path: "old.txt"),
      new: try reader.read(
        string:
          "1. The tenant is not entitled to assign the lease.\n\n2. The tenant is not entitled to insure "
          + "the premises.\n", path: "new.txt"))
    let found = comparison.realChanges
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.change == .actionChanged && $0.new?.kind == .noEntitlement })
    let briefing = ComparisonText.markdown(comparison)
    #expect(briefing.contains("permission (“may”) → no-entitlement (“is not entitled to”)"))
    #expect(!briefing.contains("action: assign the lease → assign the lease"))
  }

  /// A reason given for a duty ("…, because residents rely on it") is not what is required: adding
  /// one rewords the duty.
  @Test func aReasonAddedIsWording() throws {
    let found = try changes(
      "The council must keep the register up to date.\n",
      "The council must keep the register up to date, because residents rely on it.\n")
    #expect(found.map(\.change) == [.reworded])
  }

  /// A condition that negates the heading ("### Emergencies" → "If it is not an emergency") or narrows
  /// it ("a large charity") changes the conditions; and a provision moved between sections of a Part
  /// has moved.
  @Test func negatedHeadingsAndSectionsOfAPartAreChanges() throws {
    let reader = DocumentReader()
    func compare(_ old: String, _ new: String, _ ext: String = "md") throws -> [ObligationChange] {
      RevisionDiffer().compare(
        old: try reader.read(string: old, path: "old.\(ext)"),
        new: try reader.read(string: new, path: "new.\(ext)")
      ).realChanges
    }
    let old =
      "# Guide\n\n## Alerts\n\n### Emergencies\n\nThe council must notify the minister.\n\n## Other\n\nThe council must keep records.\n"
    let negated =
      "# Guide\n\n## Alerts\n\nIf it is not an emergency, the council must notify the minister.\n\n## Other\n\nThe council must keep records.\n"
    #expect(try compare(old, negated).map(\.change) == [.conditionsChanged])
    let act =
      "Care Act\n\nPART 1\n\n3 Assessments\n\n(1) The council must assess any adult.\n\n6 Plans\n\n(1) The council must publish a plan.\n\n(2) The council must keep records of each complaint.\n"
    let moved =
      "Care Act\n\nPART 1\n\n3 Assessments\n\n(1) The council must assess any adult.\n\n(2) The council must keep records of each complaint.\n\n6 Plans\n\n(1) The council must publish a plan.\n"
    let found = try compare(act, moved, "txt")
    #expect(found.contains { $0.aspects.contains(.moved) })
  }
}

/// A pronoun for what the other version names, and a purpose given in other words, are wording.
@Suite struct PronounAndPurposeTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    try DiffProbe.changes(old, new)
  }

  @Test(arguments: [
    (
      "The provider may offer a setting that turns the reminder off, but it must enable the reminder by default.",
      "The provider may offer a setting that turns the reminder off, but it must enable it by default."
    ),
    (
      "If the caller is an interactive caller that a person controls, the service must warn the person.",
      "If the caller is one that a person controls, the service must warn the person."
    ),
    (
      "The service must lock the account after five failed attempts; this is wise because it stops guessing.",
      "The service must lock the account after five failed attempts in order to stop guessing."
    ),
  ])
  func isReworded(old: String, new: String) throws {
    let found = try changes(old, new)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.change == .reworded })
  }

  @Test func onlyAShortPhraseWithoutNumbersOrNegationIsStoodFor() {
    #expect(PronounSubstitution.isOnly(["enable", "the", "reminder"], ["enable", "it"]))
    #expect(!PronounSubstitution.isOnly(["publish", "the", "plan"], ["publish", "the", "budget"]))
    #expect(!PronounSubstitution.isOnly(["pay", "5", "pounds"], ["pay", "it"]))
    #expect(!PronounSubstitution.isOnly(["not", "enable", "the", "reminder"], ["enable", "it"]))
    #expect(!PronounSubstitution.isOnly(["enable", "it"], ["enable", "it"]))
    #expect(
      !PronounSubstitution.isOnly(["keep", "the", "records", "for", "six", "years"], ["keep", "them"]))
    #expect(
      !PronounSubstitution.isOnly(["publish", "the", "report", "on", "its", "website"], ["publish", "it"]))
    #expect(!PronounSubstitution.isOnly(["pays", "the", "rent", "late"], ["pays", "it"]))
  }
}
