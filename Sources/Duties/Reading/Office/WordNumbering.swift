import Foundation

/// Word's list numbering (`word/numbering.xml`): turns a paragraph's list and level into the number
/// a reader sees ("4.2", "(b)", "iii.", a bullet), keeping one counter per list as Word does.
struct WordNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = "%1."
  }

  /// Levels by abstract numbering id, then level.
  private var abstract: [String: [Int: Level]] = [:]
  /// Abstract numbering id and start overrides by list (`w:num`) id.
  private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
  /// Current counters by list id and level.
  private var counters: [String: [Int: Int]] = [:]

  init(_ root: XMLElement?) {
    guard let root else { return }
    for element in root.elements where element.name == "abstractNum" {
      guard let id = element.attribute("abstractNumId") else { continue }
      var levels: [Int: Level] = [:]
      for level in element.elements where level.name == "lvl" {
        guard let index = level.attribute("ilvl").flatMap(Int.init) else { continue }
        var value = Level()
        if let start = level.child("start")?.attribute("val").flatMap(Int.init) { value.start = start }
        if let format = level.child("numFmt")?.attribute("val") { value.format = format }
        if let text = level.child("lvlText")?.attribute("val") { value.text = text }
        levels[index] = value
      }
      abstract[id] = levels
    }
    for element in root.elements where element.name == "num" {
      guard let id = element.attribute("numId"), let target = element.child("abstractNumId")?.attribute("val")
      else { continue }
      var starts: [Int: Int] = [:]
      for override in element.elements where override.name == "lvlOverride" {
        if let level = override.attribute("ilvl").flatMap(Int.init),
          let start = override.child("startOverride")?.attribute("val").flatMap(Int.init)
        {
          starts[level] = start
        }
      }
      lists[id] = (target, starts)
    }
  }

  /// The number of the next paragraph in list `id` at `level`, advancing the counters; `nil` for
  /// no number, "•" for a bullet.
  mutating func next(list id: String, level: Int) -> String? {
    guard id != "0", let list = lists[id], let levels = abstract[list.abstract] else { return nil }
    let definition = levels[level] ?? Level()
    var current = counters[id] ?? [:]
    let start = list.starts[level] ?? definition.start
    current[level] = (current[level] ?? (start - 1)) + 1
    for deeper in current.keys where deeper > level { current[deeper] = nil }
    counters[id] = current
    switch definition.format {
    case "bullet": return "•"
    case "none": return nil
    default: break
    }
    var text = definition.text
    for index in 0...level {
      let levelDefinition = levels[index] ?? Level()
      let value = current[index] ?? (list.starts[index] ?? levelDefinition.start)
      text = text.replacingOccurrences(
        of: "%\(index + 1)",
        with: Self.format(value, as: index == level ? definition.format : levelDefinition.format))
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }

  static func format(_ value: Int, as format: String) -> String {
    switch format {
    case "lowerLetter": letters(value).lowercased()
    case "upperLetter": letters(value)
    case "lowerRoman": roman(value).lowercased()
    case "upperRoman": roman(value)
    case "decimalZero": value < 10 ? "0\(value)" : "\(value)"
    default: "\(value)"
    }
  }

  /// 1 → "A", 26 → "Z", 27 → "AA" (Word repeats the letter).
  static func letters(_ value: Int) -> String {
    guard value > 0 else { return "\(value)" }
    let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return "\(value)" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var remaining = value
    var result = ""
    for (amount, numeral) in table {
      while remaining >= amount {
        result += numeral
        remaining -= amount
      }
    }
    return result
  }
}
