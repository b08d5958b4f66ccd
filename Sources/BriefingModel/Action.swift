/// A follow-up task, listed in the actions table after the decisions.
public struct Action: Sendable, Hashable {
    public var text: RichText
    /// A participant or delegation ID, checked at load.
    public var owner: String?
    public var due: Day?
    public var status: ActionStatus
    public var location: SourceLocation

    public init(text: RichText, owner: String? = nil, due: Day? = nil, status: ActionStatus = .open,
                location: SourceLocation = .unknown) {
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
        self.location = location
    }
}

/// Written `open`, `in-progress` or `done`; the default is `open`.
public enum ActionStatus: String, Sendable, Hashable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case done
}
