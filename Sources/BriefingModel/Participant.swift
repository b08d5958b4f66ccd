/// A person at the meeting; `[[ID]]` prints their name, chairs and owners name them by ID.
public struct Participant: Sendable, Hashable {
    public var id: String
    public var name: Text
    public var role: Text?
    /// The ID of the participant's delegation, checked at load.
    public var delegation: String?
    public var location: SourceLocation

    public init(id: String, name: Text, role: Text? = nil, delegation: String? = nil,
                location: SourceLocation = .unknown) {
        self.id = id
        self.name = name
        self.role = role
        self.delegation = delegation
        self.location = location
    }
}
