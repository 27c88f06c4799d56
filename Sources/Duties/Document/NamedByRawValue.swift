/// An enumeration whose description is the name the command line and the JSON use ("have-regard",
/// "conditions-changed", "markdown"), not its Swift case name: what `"\(kind)"` prints.
public protocol NamedByRawValue: RawRepresentable, CustomStringConvertible where RawValue == String {}

extension NamedByRawValue {
  /// The raw value.
  public var description: String { rawValue }
}

extension Node.Kind: NamedByRawValue {}
extension DocumentFormat: NamedByRawValue {}
extension Annotation.Kind: NamedByRawValue {}
extension Diagnostic.Severity: NamedByRawValue {}
