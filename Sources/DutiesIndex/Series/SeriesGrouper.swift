import Foundation

/// Groups indexed documents into revision series (see ``RevisionSeries`` for the rules).
enum SeriesGrouper {
  /// What the grouper needs of a document.
  struct Entry {
    var path: String
    var title: String?
    var identifier: String?
    var version: String?
    var obligations: Int
  }

  static func group(_ entries: [Entry]) -> [RevisionSeries] {
    let entries = entries.sorted { $0.path < $1.path }
    var parent = Array(entries.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    var firstWithKey: [String: Int] = [:]
    var sameTitle: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      for key in keys(entry) {
        if let other = firstWithKey[key] {
          parent[root(index)] = root(other)
        } else {
          firstWithKey[key] = index
        }
      }
      if let title = normalizedTitle(entry), date(of: entry) != nil {
        sameTitle[title, default: []].append(index)
      }
    }
    // The same title joins documents only when their dates differ (two volumes of one edition do not).
    for members in sameTitle.values where members.count > 1 {
      for (position, first) in members.enumerated() {
        for second in members[(position + 1)...] where date(of: entries[first]) != date(of: entries[second]) {
          parent[root(second)] = root(first)
        }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in entries.indices { groups[root(index), default: []].append(index) }
    var result: [RevisionSeries] = []
    var usedIDs: Set<String> = []
    for members in groups.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
      let group = members.map { entries[$0] }
      let distinct = distinctComponents(group.map(\.path))
      let ordered = zip(group, distinct)
        .map { entry, parts in
          (entry, VersionOrder(path: entry.path, version: entry.version, components: parts))
        }
        .sorted { $0.1 < $1.1 }
      let newest = ordered.last!.0
      let title = newest.title ?? URL(fileURLWithPath: newest.path).lastPathComponent
      var id = slug(title)
      var suffix = 2
      while usedIDs.contains(id) {
        id = slug(title) + "-\(suffix)"
        suffix += 1
      }
      usedIDs.insert(id)
      result.append(
        RevisionSeries(
          id: id, title: title,
          members: ordered.map { entry, order in
            RevisionSeries.Member(
              path: entry.path, title: entry.title, version: entry.version,
              date: order.date.isEmpty ? nil : order.date, obligations: entry.obligations)
          }))
    }
    return result.sorted { $0.id < $1.id }
  }

  /// The keys that tie a document to others of the same work.
  static func keys(_ entry: Entry) -> [String] {
    var keys: [String] = []
    if let identifier = entry.identifier.flatMap(workIdentifier) { keys.append("work:" + identifier) }
    let url = storedURL(entry.path)
    let folder = url.deletingLastPathComponent()
    let stem = url.deletingPathExtension().lastPathComponent
    let bareStem = withoutVersionMarks(stem)
    // Names that differ by a date or version mark, unless the titles say they are different works
    // (issues of a periodical).
    if bareStem != stem.lowercased(), !bareStem.isEmpty {
      keys.append("name:" + folder.path + "/" + bareStem + "|" + (normalizedTitle(entry) ?? ""))
    }
    if isVersionFolder(folder.lastPathComponent) {
      keys.append("sibling:" + folder.deletingLastPathComponent().path + "/" + url.lastPathComponent)
    }
    return keys
  }

  /// A stored path as a URL: an absolute path as it is, a path stored under a name (`--as`) against
  /// the root, never against the current directory, so that grouping does not depend on where the
  /// command runs.
  static func storedURL(_ path: String) -> URL {
    path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: "/"))
  }

  /// The title in lower case with single spaces, if there is one.
  static func normalizedTitle(_ entry: Entry) -> String? {
    let title = entry.title?.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return title?.isEmpty == false ? title : nil
  }

  /// The date of a document from its metadata, its file name or its folder's name.
  static func date(of entry: Entry) -> String? {
    let url = storedURL(entry.path)
    return entry.version.flatMap(VersionOrder.date(in:)) ?? VersionOrder.date(in: url.lastPathComponent)
      ?? VersionOrder.date(in: url.deletingLastPathComponent().lastPathComponent)
  }

  /// A work-level identifier: expression and manifestation parts dropped ("…/eng@2011-10-03/main"
  /// → "…"), a bill's stage dropped ("116 HJRES 37 RFS" → "116 HJRES 37"); `nil` for identifiers
  /// that name one copy (ISBNs) or are bare numbers.
  static func workIdentifier(_ identifier: String) -> String? {
    var text = identifier.trimmingCharacters(in: .whitespaces)
    // Copy-level identifiers (ISBNs) and bare numbers ("27", a title number) name no work.
    if text.lowercased().hasPrefix("urn:isbn") || text.allSatisfy({ $0.isNumber || $0 == " " }) { return nil }
    if let match = text.wholeMatch(of: /(\d+ [A-Z]+ \d+) [A-Z]{2,4}/) { return String(match.1) }
    text = text.replacing(/\/[a-z]{3}@[^\/]*/, with: "")
    text = text.replacing(/@[^\/]*/, with: "")
    text = text.replacing(/\/main(\.xml)?$/, with: "")
    return text.isEmpty ? nil : text
  }

  /// A file stem without dates and version marks: "guidance-2011-11-revised" → "guidance".
  static func withoutVersionMarks(_ stem: String) -> String {
    var text = stem.lowercased()
    // Each expression runs only where its words may be: most names have none of them.
    if VersionOrder.mayHoldYear(text) {
      text = text.replacing(
        /(^|[^a-z0-9])(19|20)\d{2}([-_.]?(0[1-9]|1[0-2]))?([-_.]?[0-3]\d)?(?=$|[^a-z0-9])/, with: "")
    }
    if text.contains("v") || text.contains("draft") {
      text = text.replacing(/(^|[-_ .])(v|rev|revision|version|draft)[-_ ]?\d{0,3}(?=$|[-_ .])/, with: "")
    }
    if stageWords.contains(where: text.contains) {
      text = text.replacing(
        /(^|[-_ .])(revised|final|updated|consultation|old|new|current)(?=$|[-_ .])/, with: "")
    }
    return text.trimmingCharacters(in: CharacterSet(charactersIn: "-_ ."))
  }

  /// The words that mark a version in a name, as `withoutVersionMarks` drops them.
  private static let stageWords = ["revised", "final", "updated", "consultation", "old", "new", "current"]

  /// The words a version folder's name may start with, as `isVersionFolder` reads them.
  private static let folderWords = [
    "before", "after", "old", "new", "original", "revised", "previous", "current", "draft", "final", "pre",
    "post",
  ]

  /// Whether a folder name looks like a version: a date, "draft-06", "v2", "before-…", "after-…".
  static func isVersionFolder(_ name: String) -> Bool {
    let lower = name.lowercased()
    // Each expression runs only on a name that starts as it must.
    if lower.hasPrefix("19") || lower.hasPrefix("20"),
      lower.firstMatch(of: /^(19|20)\d{2}(\d{4}|[-_.]\d{2}([-_.]\d{2})?)?([-_ ].*)?$/) != nil
    {
      return true
    }
    if lower.hasPrefix("v") || lower.hasPrefix("rev") || lower.hasPrefix("draft"),
      lower.firstMatch(of: /^(v|rev|revision|version|draft)[-_ ]?\d{1,3}([-_ ].*)?$/) != nil
    {
      return true
    }
    return folderWords.contains(where: lower.hasPrefix)
      && lower.firstMatch(
        of: /^(before|after|old|new|original|revised|previous|current|draft|final|pre|post)([-_ ].*)?$/)
        != nil
  }

  /// For each path, the components that are not the same in every path (all of them when the
  /// paths have different depths).
  static func distinctComponents(_ paths: [String]) -> [[String]] {
    let split = paths.map { $0.split(separator: "/").map(String.init) }
    guard let depth = split.first?.count, split.allSatisfy({ $0.count == depth }) else {
      return split.map { Array($0.suffix(2)) }
    }
    let varying = (0..<depth).filter { index in Set(split.map { $0[index] }).count > 1 }
    return split.map { parts in varying.map { parts[$0] } }
  }

  /// A lower-case, dash-separated name of at most 48 characters.
  static func slug(_ text: String) -> String {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    var result = ""
    for word in words {
      let next = result.isEmpty ? String(word) : result + "-" + word
      if next.count > 48 { break }
      result = next
    }
    return result.isEmpty ? "series" : result
  }
}
