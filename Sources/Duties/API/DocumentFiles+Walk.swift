import Foundation

extension DocumentFiles {
  /// One walk of a folder given by the user: the documents found under it that the filter keeps, and
  /// those found but unreadable.
  struct Walk {
    let root: [UInt8]
    let filter: FileFilter
    var found: [String] = []
    var skipped: [Skipped] = []

    init(root: [UInt8], filter: FileFilter) {
      self.root = root
      self.filter = filter
    }

    /// Adds the documents under the folder `directory` (bytes of its path; `relative` its path from
    /// the root), under the ignore-file `rules` of the folders above it.
    mutating func walk(_ directory: [UInt8], relative: String, rules: [FileFilter.Rule]) {
      let rules = rules + FileFilter.rules(inFolder: directory, relative: relative)
      guard let (documents, folders) = entries(of: directory) else { return }
      for (path, name) in documents {
        let inner = child(relative, name)
        guard !filter.excludes(inner, isFolder: false, rules: rules), filter.includes(inner) else { continue }
        found.append(String(decoding: path, as: UTF8.self))
      }
      for (folder, name) in folders {
        if String(validating: folder, as: UTF8.self) == nil {
          skipped.append(
            Skipped(
              path: display(folder),
              reason:
                "the folder's name is not valid UTF-8; its files were not read; rename it (for example with convmv)"
            ))
          continue
        }
        let inner = child(relative, name)
        guard !filter.excludes(inner, isFolder: true, rules: rules) else { continue }
        if folder.count > maximumPathBytes {
          skipped.append(
            Skipped(
              path: display(folder),
              reason: "the folder's path is longer than the system can open (\(maximumPathBytes) bytes); "
                + "its files were not read"))
        } else {
          walk(folder, relative: inner, rules: rules)
        }
      }
    }

    /// A name's path under `relative`.
    private func child(_ relative: String, _ name: [UInt8]) -> String {
      let name = String(decoding: name, as: UTF8.self)
      return relative.isEmpty ? name : relative + "/" + name
    }

    /// The readable documents (by their extension) and the folders in a folder, with their names;
    /// what cannot be read is added to `skipped`. `nil` when the folder cannot be opened.
    private mutating func entries(of directory: [UInt8]) -> (
      documents: [([UInt8], [UInt8])], folders: [([UInt8], [UInt8])]
    )? {
      guard let stream = withCPath(directory, { opendir($0) }) else {
        let reason = DocumentReader.reason(errno)
        skipped.append(Skipped(path: display(directory), reason: "cannot open the folder: \(reason)"))
        return nil
      }
      // Closed before going deeper, so a deep tree does not hold a descriptor for every level.
      defer { closedir(stream) }
      var documents: [([UInt8], [UInt8])] = []
      var folders: [([UInt8], [UInt8])] = []
      while true {
        // readdir says an error only through errno, so errno is cleared before each call.
        errno = 0
        guard let entry = readdir(stream) else {
          if errno != 0 {
            skipped.append(
              Skipped(
                path: display(directory),
                reason: "the folder could not be read to its end: \(DocumentReader.reason(errno))"))
          }
          break
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
        // Hidden files and folders, as a file manager hides them (and "." and "..").
        guard name.first != UInt8(ascii: ".") else { continue }
        let path = directory + (directory.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name
        // Relative to the open folder: a path too long to name whole is still seen for what it is.
        var status = stat()
        guard withCPath(name, { fstatat(dirfd(stream), $0, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else {
          // Gone since the folder was listed; anything else (a folder that can be read but not searched) is said.
          if errno != ENOENT, isDocument(name) {
            skipped.append(Skipped(path: display(path), reason: DocumentReader.reason(errno)))
          }
          continue
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
          folders.append((path, name))
        } else if isDocument(name) {
          if let reason = unreadable(path, name: name, linkType: type) {
            skipped.append(Skipped(path: display(path), reason: reason))
          } else {
            documents.append((path, name))
          }
        }
      }
      return (documents, folders)
    }
  }
}
