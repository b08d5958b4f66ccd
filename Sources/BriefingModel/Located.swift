/// A value together with the place in the summary where it was written.
///
/// Later stages report problems (a style that does not exist, text that does not fit)
/// long after loading; carrying the position with the value lets them point at the
/// right line without going back to the file.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
