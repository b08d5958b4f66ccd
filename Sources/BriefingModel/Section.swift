/// A numbered part of the body (1, 1.1, 1.1.1); at most three levels, which the loader
/// enforces so that layout never meets a fourth.
public struct Section: Sendable, Hashable {
    /// Optional: only sections that are referred to need one.
    public var id: String?
    public var title: Text
    public var body: [Block]
    public var sections: [Section]
    public var location: SourceLocation

    public init(id: String? = nil, title: Text, body: [Block] = [], sections: [Section] = [],
                location: SourceLocation = .unknown) {
        self.id = id
        self.title = title
        self.body = body
        self.sections = sections
        self.location = location
    }
}
