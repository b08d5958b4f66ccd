/// A decision of the meeting, listed in the decisions table after the body.
public struct Decision: Sendable, Hashable {
    public var text: RichText
    /// Delegation IDs, checked at load.
    public var parties: [String]
    public var due: Day?
    public var status: DecisionStatus
    public var location: SourceLocation

    public init(text: RichText, parties: [String] = [], due: Day? = nil, status: DecisionStatus = .agreed,
                location: SourceLocation = .unknown) {
        self.text = text
        self.parties = parties
        self.due = due
        self.status = status
        self.location = location
    }
}

/// Written `agreed`, `proposed` or `rejected`; the default is `agreed`.
public enum DecisionStatus: String, Sendable, Hashable, CaseIterable {
    case agreed, proposed, rejected
}
