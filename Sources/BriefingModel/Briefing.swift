import Foundation

/// A meeting summary as the renderer sees it: every value typed, checked and in place.
///
/// A `Briefing` only comes out of `SummaryLoader` when the file had no error, so later
/// stages may rely on what the loader checked: IDs are unique and every reference
/// (`[[ID]]`, chairs, owners, parties, `{chart: ID}`) names something of the right kind.
public struct Briefing: Sendable, Hashable {
    /// The format version (`briefing: 1`).
    public var version: Int
    /// Names the output files (`ID.TAG.pdf`).
    public var id: String
    /// The languages the summary provides; the first is the original and the fallback.
    public var languages: [String]
    /// Where each language is listed in the summary, for warnings about a language.
    public var languageLocations: [String: SourceLocation]
    public var title: Text
    public var subtitle: Text?
    public var date: Day
    public var status: DocumentStatus
    public var classification: Text?
    /// Located: a reference too long for the cover is reported where it is written.
    public var reference: Located<String>?
    public var issuer: Text?
    public var author: String?
    /// A style name from `Styles/` or a path; located so a missing style can be reported.
    public var style: Located<String>?
    public var meeting: Meeting?
    public var delegations: [Delegation]
    public var participants: [Participant]
    /// The key points, shown boxed at the start.
    public var summary: [RichText]
    public var sections: [Section]
    public var decisions: [Decision]
    public var actions: [Action]
    public var charts: [Chart]
    public var sources: [Source]
    /// The summary's path as given on the command line, for messages.
    public var file: String
    /// The summary's folder, against which image paths were resolved.
    public var directory: URL

    public init(version: Int = 1, id: String, languages: [String], title: Text, subtitle: Text? = nil,
                date: Day, status: DocumentStatus = .final, classification: Text? = nil,
                reference: Located<String>? = nil, issuer: Text? = nil, author: String? = nil,
                style: Located<String>? = nil, meeting: Meeting? = nil, delegations: [Delegation] = [],
                participants: [Participant] = [], summary: [RichText] = [], sections: [Section],
                decisions: [Decision] = [], actions: [Action] = [], charts: [Chart] = [],
                sources: [Source] = [], file: String, directory: URL,
                languageLocations: [String: SourceLocation] = [:]) {
        self.version = version
        self.languageLocations = languageLocations
        self.id = id
        self.languages = languages
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.status = status
        self.classification = classification
        self.reference = reference
        self.issuer = issuer
        self.author = author
        self.style = style
        self.meeting = meeting
        self.delegations = delegations
        self.participants = participants
        self.summary = summary
        self.sections = sections
        self.decisions = decisions
        self.actions = actions
        self.charts = charts
        self.sources = sources
        self.file = file
        self.directory = directory
    }

    /// The language the summary was written in, and the one missing translations fall back to.
    public var originalLanguage: String { languages.first ?? "und" }

    /// The name `[[ID]]` prints: a participant's or a delegation's, nil for other IDs.
    public func name(of id: String) -> Text? {
        participants.first { $0.id == id }?.name ?? delegations.first { $0.id == id }?.name
    }

    public func chart(id: String) -> Chart? {
        charts.first { $0.id == id }
    }
}

/// `draft` puts a localized DRAFT watermark on every page; the default is `final`.
public enum DocumentStatus: String, Sendable, Hashable, CaseIterable {
    case draft, final
}
