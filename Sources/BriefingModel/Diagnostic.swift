/// A position in a source file, 1-based, as editors and compilers print it.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// For values made in code rather than read from a file (tests, built-in labels).
    public static let unknown = SourceLocation(file: "", line: 0, column: 0)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in a summary or style file, printed as
/// `FILE:LINE:COLUMN: error: MESSAGE` so that editors can jump to it.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A suggestion appended to the message ("did you mean `participants`?").
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var description: String {
        let text = hint.map { "\(message); \($0)" } ?? message
        return "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(text)"
    }

    /// The same diagnostic as an error, which is what `--strict` does to warnings.
    public var escalated: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}
