/// Tidying passes over a freshly read tree.
enum NodeTree {
  /// Folds a cross-heading group that holds a single numbered provision into that provision,
  /// which takes the group's heading (a CLML `P1group` with its `P1`, a Markdown "#### Heading"
  /// followed by "##### 6").
  static func mergingSingleProvisionGroups(_ nodes: [Node]) -> [Node] {
    nodes.map { node in
      var node = node
      node.children = mergingSingleProvisionGroups(node.children)
      if node.kind == .group, node.number == nil, let heading = node.heading,
        node.children.count == 1, var only = node.children.first,
        only.number != nil, only.heading == nil, only.kind == .section
      {
        only.heading = heading
        only.annotations = node.annotations + only.annotations
        return only
      }
      return node
    }
  }
}
