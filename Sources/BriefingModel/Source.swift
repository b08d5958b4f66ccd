/// A document the briefing relies on, listed in the references at the end.
public struct Source: Sendable, Hashable {
    public var title: Text
    public var publisher: Text?
    public var date: Day?
    /// Kept as written: it is printed and linked, never fetched.
    public var url: String?
    public var location: SourceLocation

    public init(title: Text, publisher: Text? = nil, date: Day? = nil, url: String? = nil,
                location: SourceLocation = .unknown) {
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.location = location
    }
}
