import Foundation

/// Expands the paths a user gives into document files: files as they are, folders recursively.
public enum DocumentFiles {
  /// File name extensions read from folders (a file named directly is read whatever its name).
  public static let extensions: Set<String> = [
    "xml", "html", "htm", "xhtml", "md", "markdown", "txt", "text", "erb", "akn", "pdf", "docx", "odt",
  ]

  /// The files, in a stable order: files given directly, then each folder's files sorted by path.
  public static func expand(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        result.append(path)
        continue
      }
      let root = URL(fileURLWithPath: path)
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      var found: [String] = []
      while let url = enumerator?.nextObject() as? URL {
        guard extensions.contains(url.pathExtension.lowercased()),
          (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        else { continue }
        let relative = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count)) : url.path
        found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
      }
      result += found.sorted()
    }
    return result
  }
}
