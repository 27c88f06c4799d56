/// A visit to one node of a document, with the nodes above it.
public struct NodeVisit: Sendable {
  /// The node.
  public var node: Node
  /// The nodes that contain it, outermost first.
  public var ancestors: [Node]

  /// The section path of the node: the labels of its ancestors and itself ("Part 1 › 6 › (1A)").
  public var sectionPath: [String] {
    (ancestors + [node]).compactMap(\.label)
  }
}

extension Document {
  /// Visits every node in document order, parents before children.
  public func walk(_ visit: (NodeVisit) throws -> Void) rethrows {
    var stack: [Node] = []
    func descend(_ nodes: [Node]) throws {
      for node in nodes {
        try visit(NodeVisit(node: node, ancestors: stack))
        stack.append(node)
        try descend(node.children)
        stack.removeLast()
      }
    }
    try descend(children)
  }

  /// The number of nodes in the tree.
  public var nodeCount: Int {
    var count = 0
    walk { _ in count += 1 }
    return count
  }
}

extension Array where Element == String {
  /// The section path as people write it: "Part 1 › 6 › (1A)".
  public var sectionPathDescription: String { joined(separator: " › ") }
}
