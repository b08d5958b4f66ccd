/// A failure reported by one of the C libraries, turned into a Swift error at the
/// wrapper's boundary so that callers never see a status code.
public struct NativeError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
