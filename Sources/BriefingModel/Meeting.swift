/// When, where and under whom the meeting took place; every part is optional because
/// a briefing may summarise a meeting only known by its date.
public struct Meeting: Sendable, Hashable {
    public var title: Text?
    public var date: Day?
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    /// The place of the meeting (the `location` key), not a position in the file.
    public var location: Text?
    /// Participant IDs, checked at load to name participants.
    public var chairs: [String]

    public init(title: Text? = nil, date: Day? = nil, start: TimeOfDay? = nil, end: TimeOfDay? = nil,
                location: Text? = nil, chairs: [String] = []) {
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.chairs = chairs
    }
}
