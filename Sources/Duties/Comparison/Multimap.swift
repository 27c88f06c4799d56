/// A map from keys to one or more values, in the order they were added, for the aligners' tables of
/// sentence keys: nearly every key has one value, and a dictionary of arrays would make an array for
/// each of them. Here the first value of a key sits in one dictionary and only the rest in arrays.
struct Multimap<Key: Hashable, Value> {
  private var firstValues: [Key: Value] = [:]
  private var laterValues: [Key: [Value]] = [:]

  init(minimumCapacity: Int = 0) {
    firstValues.reserveCapacity(minimumCapacity)
  }

  /// Adds a value after the key's others.
  mutating func append(_ value: Value, for key: Key) {
    if firstValues[key] == nil {
      firstValues[key] = value
    } else {
      laterValues[key, default: []].append(value)
    }
  }

  /// Calls `body` with each value of a key, in the order they were added.
  func forEach(of key: Key, _ body: (Value) throws -> Void) rethrows {
    guard let value = firstValues[key] else { return }
    try body(value)
    if laterValues.isEmpty { return }
    for value in laterValues[key] ?? [] { try body(value) }
  }

  /// The first value of a key, in the order they were added, that satisfies `predicate`.
  func first(of key: Key, where predicate: (Value) throws -> Bool) rethrows -> Value? {
    guard let value = firstValues[key] else { return nil }
    if try predicate(value) { return value }
    if laterValues.isEmpty { return nil }
    return try laterValues[key]?.first(where: predicate)
  }
}

extension Multimap where Value: Equatable {
  /// Adds a value unless the key has it already.
  mutating func insert(_ value: Value, for key: Key) {
    guard let existing = firstValues[key] else {
      firstValues[key] = value
      return
    }
    if existing != value, laterValues[key]?.contains(value) != true {
      laterValues[key, default: []].append(value)
    }
  }
}
