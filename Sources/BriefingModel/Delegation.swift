/// A party to the meeting (a country, an organisation); `[[ID]]` prints its name.
public struct Delegation: Sendable, Hashable {
    public var id: String
    public var name: Text
    /// ISO 3166-1 alpha-2, upper case (`VN`), for flags or country names in a style.
    public var country: String?
    /// The colour the delegation is shown in (chart series, table markers).
    public var color: Color?
    public var location: SourceLocation

    public init(id: String, name: Text, country: String? = nil, color: Color? = nil,
                location: SourceLocation = .unknown) {
        self.id = id
        self.name = name
        self.country = country
        self.color = color
        self.location = location
    }
}
