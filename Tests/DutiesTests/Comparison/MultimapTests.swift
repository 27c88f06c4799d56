import Testing

@testable import Duties

@Suite struct MultimapTests {
  @Test func valuesComeBackInTheOrderTheyWereAdded() {
    var map = Multimap<String, Int>()
    for (value, key) in [(1, "a"), (2, "b"), (3, "a"), (4, "a"), (5, "c")] { map.append(value, for: key) }
    var seen: [Int] = []
    map.forEach(of: "a") { seen.append($0) }
    #expect(seen == [1, 3, 4])
    seen = []
    map.forEach(of: "missing") { seen.append($0) }
    #expect(seen.isEmpty)
    #expect(map.first(of: "a") { $0 > 1 } == 3)
    #expect(map.first(of: "a") { $0 > 4 } == nil)
    #expect(map.first(of: "b") { _ in true } == 2)
    #expect(map.first(of: "b") { _ in false } == nil)
    var single = Multimap<String, Int>()
    single.append(7, for: "only")
    #expect(single.first(of: "only") { $0 > 7 } == nil)
    #expect(single.first(of: "only") { $0 == 7 } == 7)
    #expect(map.first(of: "missing") { _ in true } == nil)
  }

  @Test func insertKeepsEachValueOnce() {
    var map = Multimap<String, String>()
    for (value, key) in [("x", "k"), ("x", "k"), ("y", "k"), ("x", "k"), ("y", "k"), ("z", "j")] {
      map.insert(value, for: key)
    }
    var seen: [String] = []
    map.forEach(of: "k") { seen.append($0) }
    #expect(seen == ["x", "y"])
    seen = []
    map.forEach(of: "j") { seen.append($0) }
    #expect(seen == ["z"])
  }
}
