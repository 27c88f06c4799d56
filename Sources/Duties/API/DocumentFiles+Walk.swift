import Foundation

extension DocumentFiles {
  /// One walk of a folder given by the user: the documents found under it that the filter keeps, and
  /// those found but unreadable.
  struct Walk {
    let filter: FileFilter
    var found: [String] = []
    var skipped: [Skipped] = []

    init(filter: FileFilter) {
      self.filter = filter
    }

    /// What a folder holds: a document (or the reason it cannot be read), or a folder.
    private enum Entry {
      case document(path: [UInt8], name: [UInt8], unreadable: String?)
      case folder(path: [UInt8], name: [UInt8])
    }

    /// Adds the documents under the folder `directory` (bytes of its path; `relative` its path from
    /// the root), under the ignore-file `rules` of the folders above it.
    mutating func walk(_ directory: [UInt8], relative: String, rules: [FileFilter.Rule]) {
      var rules = rules
      do {
        rules += try FileFilter.rules(inFolder: directory, relative: relative)
      } catch {
        // An ignore file that cannot be read is said: the documents it would leave out are read.
        if case .unreadable(let path, let reason) = error {
          skipped.append(Skipped(path: path, reason: reason))
        }
      }
      guard let entries = entries(of: directory) else { return }
      var folders: [([UInt8], String)] = []
      // The filter first: a file left out is not read, nor said to be unreadable.
      for entry in entries {
        switch entry {
        case .document(let path, let name, let unreadable):
          let inner = child(relative, name)
          guard !filter.excludes(inner, isFolder: false, rules: rules), filter.includes(inner) else {
            continue
          }
          if let unreadable {
            skipped.append(Skipped(path: display(path), reason: unreadable))
          } else {
            found.append(String(decoding: path, as: UTF8.self))
          }
        case .folder(let path, let name):
          let inner = child(relative, name)
          guard !filter.excludes(inner, isFolder: true, rules: rules) else { continue }
          folders.append((path, inner))
        }
      }
      for (folder, inner) in folders { enter(folder, relative: inner, rules: rules) }
    }

    /// Walks a folder found, or says why it cannot.
    private mutating func enter(_ folder: [UInt8], relative: String, rules: [FileFilter.Rule]) {
      if String(validating: folder, as: UTF8.self) == nil {
        skipped.append(
          Skipped(
            path: display(folder),
            reason:
              "the folder's name is not valid UTF-8; its files were not read; rename it (for example with convmv)"
          ))
      } else if folder.count > maximumPathBytes {
        skipped.append(
          Skipped(
            path: display(folder),
            reason: "the folder's path is longer than the system can open (\(maximumPathBytes) bytes); "
              + "its files were not read"))
      } else {
        walk(folder, relative: relative, rules: rules)
      }
    }

    /// A name's path under `relative`.
    private func child(_ relative: String, _ name: [UInt8]) -> String {
      let name = String(decoding: name, as: UTF8.self)
      return relative.isEmpty ? name : relative + "/" + name
    }

    /// The name of a directory entry, read where it lies. The entry is not copied whole: readdir's
    /// record is only as long as its name, and the last of a buffer may end at the end of mapped
    /// memory, so a copy of a whole `dirent` read past it (and crashed on folders of a thousand files).
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
      let start = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
      let length = strlen(start.assumingMemoryBound(to: CChar.self))
      return Array(UnsafeRawBufferPointer(start: start, count: length))
    }

    /// The documents (by their extension) and the folders in a folder, with their names; a document
    /// that cannot be read with the reason. `nil` when the folder cannot be opened.
    private mutating func entries(of directory: [UInt8]) -> [Entry]? {
      guard let stream = withCPath(directory, { opendir($0) }) else {
        let reason = DocumentReader.reason(errno)
        skipped.append(Skipped(path: display(directory), reason: "cannot open the folder: \(reason)"))
        return nil
      }
      // Closed before going deeper, so a deep tree does not hold a descriptor for every level.
      defer { closedir(stream) }
      var entries: [Entry] = []
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
        let name = Self.name(of: entry)
        // Hidden files and folders, as a file manager hides them (and "." and "..").
        guard name.first != UInt8(ascii: ".") else { continue }
        let path = directory + (directory.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name
        // Relative to the open folder: a path too long to name whole is still seen for what it is.
        var status = stat()
        guard withCPath(name, { fstatat(dirfd(stream), $0, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else {
          // Gone since the folder was listed; anything else (a folder that can be read but not searched) is said.
          if errno != ENOENT, isDocument(name) {
            entries.append(.document(path: path, name: name, unreadable: DocumentReader.reason(errno)))
          }
          continue
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
          entries.append(.folder(path: path, name: name))
        } else if isDocument(name) {
          entries.append(
            .document(path: path, name: name, unreadable: unreadable(path, name: name, linkType: type)))
        }
      }
      return entries
    }
  }
}
