/// The version of the `duties` library and command-line tool.
public let version = "0.3.0"
