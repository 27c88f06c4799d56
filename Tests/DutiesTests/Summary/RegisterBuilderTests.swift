import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct RegisterBuilderTests {
  func register(_ paths: [String], shared: Bool = true, builder: RegisterBuilder = RegisterBuilder()) throws
    -> (ObligationRegister, Int)
  {
    let extractor = ObligationExtractor()
    var documents: [(document: Document, obligations: [Obligation])] = []
    for path in paths {
      let document = try DocumentReader().read(
        path: (shared ? SharedCorpus.corpus(path) : SharedCorpus.demo(path)).path)
      documents.append((document, extractor.extract(from: document)))
    }
    return (builder.build(documents), documents.reduce(0) { $0 + $1.obligations.count })
  }

  /// Markdown documents written for a test, "d0.md", "d1.md"…, with their obligations.
  static func documents(_ texts: [String]) throws -> [(document: Document, obligations: [Obligation])] {
    try texts.enumerated().map { index, text in
      let document = try DocumentReader().read(
        bytes: Array(text.utf8), path: "d\(index).md", format: .markdown)
      return (document: document, obligations: ObligationExtractor().extract(from: document))
    }
  }

  @Test func aPartyWrittenDifferentlyAcrossDocumentsIsOnePartyWithItsNames() throws {
    let texts = [
      "The Harbour Safety Commission (“Commission”) is established.\n\nThe Commission must publish a plan.\n",
      "The Harbour Safety Commission must consult the public.\n\nPrimary care trusts (PCTs) must act.\n",
      "PCTs must keep records.\n",
    ]
    let documents = try Self.documents(texts)
    let register = RegisterBuilder().build(documents)
    #expect(register.parties.map(\.party) == ["Harbour Safety Commission", "primary care trust"])
    #expect(register.parties.map(\.writtenAs) == [["Commission"], ["PCT"]])
    #expect(register.parties.map(\.entries.count) == [2, 2])
    #expect(RegisterText.terminal(register, color: false).contains("  also written: PCT\n"))
    #expect(RegisterText.markdown(register).contains("## primary care trust\n\n*Also written: PCT*\n"))
    #expect(RegisterHTML.render(register).contains("data-names=\"PCT\""))
    #expect(RegisterBuilder.WrittenNames.isShortForm("CQC", of: "Care Quality Commission"))
  }

  @Test func aRenamedBodyNamedByBothNamesIsOneParty() throws {
    let texts = [
      "The NHS Commissioning Board must publish a mandate.\n",
      "NHS England must publish a mandate. Monitor must license providers.\n",
      "The Independent Regulator of NHS Foundation Trusts must keep a register.\n",
    ]
    let documents = try Self.documents(texts)
    let register = RegisterBuilder().build(documents)
    let parties = Dictionary(uniqueKeysWithValues: register.parties.map { ($0.party, $0) })
    // A lone capital starting the sentence is the sentence's: "monitor".
    #expect(Set(parties.keys) == ["NHS England", "monitor"])
    #expect(parties["NHS England"]?.writtenAs == ["NHS Commissioning Board"])
    #expect(parties["monitor"]?.writtenAs == ["Independent Regulator of NHS Foundation Trusts"])
    // Without the table's renames, four parties.
    #expect(RegisterBuilder(successions: BearerSuccession(entries: [])).build(documents).parties.count == 4)
    #expect(!RegisterBuilder.WrittenNames.isShortForm("he", of: "Secretary of State"))
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func careActLocalAuthorityHasTheDutyToCooperate() throws {
    let (register, extracted) = try register([
      "legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md"
    ])
    let authority = try #require(register.parties.first { $0.party == "local authority" })
    #expect(
      authority.entries.contains {
        $0.kind == .duty && $0.action == "co-operate with each of its relevant partners"
      })
    #expect(authority.binding == authority.entries.filter { $0.kind.isBinding }.count)
    #expect(register.headline.total == extracted)
    // A joint duty ("the partner or authority must comply") is under each party, marked joint.
    let partner = try #require(register.parties.first { $0.party == "partner" })
    #expect(
      partner.entries.contains { $0.jointWith == ["authority"] && $0.action == "comply with the request" })
    let other = try #require(register.parties.first { $0.party == "authority" })
    #expect(other.entries.contains { $0.jointWith == ["partner"] })
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func nppfPartiesAndCounts() throws {
    let (register, extracted) = try register(["nppf-december-2024/NPPF_December_2024.md"])
    #expect(register.headline.total == extracted)
    let counted =
      register.parties.flatMap(\.entries).filter { !$0.isJoint }.count
      + register.noStatedBearer.count
    #expect(counted <= extracted)
    let authorities = try #require(register.parties.first { $0.party == "local planning authority" })
    #expect(authorities.binding > 0)
    #expect(authorities.entries.contains { $0.kind == .recommendation })
    let kinds = register.headline.byKind.values.reduce(0, +)
    #expect(kinds == extracted)
  }

  @Test func partiesMergeAcrossDocumentsAndFilters() throws {
    let (register, _) = try register(
      ["joint-working-guidance/2011-11-guidance-revised.md", "integration-papers/2006-01-white-paper.txt"],
      shared: false)
    let names = register.parties.map(\.party)
    #expect(names.contains("primary care trust"))
    #expect(!names.contains("PCT"))
    #expect(!register.noStatedBearer.isEmpty)
    let ordered = register.parties.first { $0.party == "PCT cluster" }?.entries.map(\.kind.strength) ?? []
    #expect(ordered == ordered.sorted(by: >))
    let (filtered, _) = try self.register(
      ["joint-working-guidance/2011-11-guidance-revised.md"], shared: false,
      builder: RegisterBuilder(bearer: "single executive", kinds: [.duty]))
    #expect(filtered.parties.map(\.party) == ["single executive team"])
    #expect(filtered.parties[0].entries.allSatisfy { $0.kind == .duty })
    #expect(filtered.noStatedBearer.isEmpty)
  }
}

/// Requirements on things in a register: one group per thing, apart from passives without an agent.
@Suite struct RegisterThingTests {
  @Test func requirementsOnThingsAreGroupedByTheThing() throws {
    let text =
      "The yearly budgets must contain a forecast. The yearly budget should include the grants.\n\n"
      + "Reports must be published.\n\nThe board must prepare a plan. The plan must include a map.\n"
    let document = try DocumentReader().read(string: text, path: "things.md")
    let register = RegisterBuilder().build([(document, ObligationExtractor().extract(from: document))])
    #expect(register.things.map(\.thing) == ["yearly budget"])
    #expect(register.things.first?.entries.map(\.kind) == [.duty, .recommendation])
    #expect(register.noStatedBearer.count == 1)
    #expect(register.parties.first { $0.party == "board" }?.entries.count == 2)
    let csv = RegisterText.csv(register)
    #expect(
      csv.hasPrefix("document,section,line,kind,bearer,parties,action,conditions,timing,sentence,thing\r\n"))
    #expect(csv.contains(",yearly budget\n") || csv.contains(",yearly budget\r\n"))
    #expect(RegisterText.markdown(register).contains("### yearly budget"))
  }
}

@Suite struct RegisterChartCountTests {
  @Test func aPartysCountsAddUpToItsEntriesAndEntriesKeepTheirKey() throws {
    let document = try DocumentReader().read(
      string: "We will require councils to publish plans. Councils must consult. Councils may charge. "
        + "Councils should report. We propose that councils review fees.", path: "paper.txt")
    let obligations = ObligationExtractor().extract(from: document)
    let register = RegisterBuilder().build([(document, obligations)])
    let council = try #require(register.headline.topParties.first { $0.party == "council" })
    let section = try #require(register.parties.first { $0.party == "council" })
    #expect(
      council.binding + council.recommended + council.permissive + council.policy == section.entries.count)
    #expect(council.policy == section.entries.filter(\.kind.isPolicy).count)
    #expect(council.policy > 0)
    #expect(Set(section.entries.compactMap(\.key)).isSubset(of: Set(obligations.compactMap(\.key))))
    let html = RegisterHTML.render(register)
    #expect(html.contains("data-key=\"1 \(section.entries[0].key ?? "-")\" data-strength="))
    #expect(html.contains("<p id=\"h-total\">") && html.contains("<div id=\"chart\"><svg class=\"chart\""))
  }
}

@Suite struct RegisterLinkTests {
  @Test func aRelativePathStaysRelative() throws {
    let document = try DocumentReader().read(
      string: "The council must publish a plan.", path: "docs/plan.txt")
    let register = RegisterBuilder().build([(document, ObligationExtractor().extract(from: document))])
    let html = RegisterHTML.render(register)
    #expect(html.contains(" — docs/plan.txt</h3><ul><li "))
    #expect(html.contains("<a href=\"docs/plan.txt#L1\">line 1</a>"))
    #expect(!html.contains("file://"))
  }
}

/// A register over many documents and parties stays usable (#26): the documents and a long table of
/// contents start folded, each party's entries come under their document's name, given once.
@Suite struct RegisterScaleTests {
  @Test func manyDocumentsAndPartiesStartFolded() throws {
    let places = [
      "Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple", "Oak", "Pine", "Rowan", "Yew",
    ]
    var documents: [(Document, [Obligation])] = []
    for (number, place) in places.enumerated() {
      let text = places.prefix(10).map {
        "The \(place) \($0) council must publish a plan. It must keep records."
      }
      .joined(separator: "\n\n")
      let document = try DocumentReader().read(string: text, path: "doc\(number + 1).txt")
      documents.append((document, ObligationExtractor().extract(from: document)))
    }
    let register = RegisterBuilder().build(documents)
    #expect(register.documents.count == 12 && register.parties.count > RegisterHTML.openParties)
    let html = RegisterHTML.render(register)
    #expect(html.contains("<details class=\"meta\"><summary>12 documents</summary>"))
    #expect(html.contains("<details class=\"toc\"><summary><h2>Parties (\(register.parties.count))</h2>"))
    #expect(html.contains("<input id=\"party-filter\" type=\"search\" list=\"party-names\""))
    // Each party's two entries, of one document, under one heading.
    let section = try #require(register.parties.first)
    #expect(section.entries.count == 2)
    #expect(html.components(separatedBy: "<h3>").count - 1 == register.parties.count)

    let small = RegisterHTML.render(RegisterBuilder().build(Array(documents.prefix(1))))
    #expect(small.contains("<ul class=\"meta\">") && small.contains("<details class=\"toc\" open>"))
  }

  /// A party with a duty and a recommendation in each of two documents: each document named once, its
  /// entries under it, though the register orders them by strength first.
  @Test func eachDocumentIsNamedOnceInAParty() throws {
    var documents: [(Document, [Obligation])] = []
    for name in ["first.txt", "second.txt"] {
      let document = try DocumentReader().read(
        string: "The council must publish a plan. The council should consult residents.", path: name)
      documents.append((document, ObligationExtractor().extract(from: document)))
    }
    let register = RegisterBuilder().build(documents)
    let council = try #require(register.parties.first { $0.party == "council" })
    #expect(council.entries.map(\.document) == ["first.txt", "second.txt", "first.txt", "second.txt"])
    let html = RegisterHTML.render(register)
    #expect(html.components(separatedBy: "first.txt</h3>").count == 2)
    #expect(html.components(separatedBy: "second.txt</h3>").count == 2)
  }
}
