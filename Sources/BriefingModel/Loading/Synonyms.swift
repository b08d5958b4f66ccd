/// Words authors write for the format's choices, which `choice` suggests the format's
/// own word for. Keys are in `EditDistance.normalized` form (lower case, separators as
/// `-`), or numbers as `Double.written` gives them. Near misses (`billions`) need no
/// entry: `EditDistance.slip` finds them.
extension SummaryBuilder {
    static let scaleSynonyms: [String: ChartScale] = [
        "1": .one, "units": .one, "unit": .one, "none": .one,
        "1000": .thousand, "k": .thousand, "thousands": .thousand, "milliers": .thousand,
        "1000000": .million, "m": .million, "mn": .million, "mio": .million, "millions": .million,
        "1000000000": .billion, "bn": .billion, "b": .billion, "md": .billion, "mrd": .billion,
        "milliard": .billion, "milliards": .billion,
    ]

    static let chartTypeSynonyms: [String: ChartType] = [
        "doughnut": .donut, "columns": .column, "bars": .bar, "horizontal-bar": .bar, "vertical-bar": .column,
        "histogram": .column, "stacked-columns": .stackedColumn, "stacked-bars": .stackedBar, "gauge": .progress,
    ]

    static let documentStatusSynonyms: [String: DocumentStatus] = [
        "final-version": .final, "published": .final, "wip": .draft, "provisional": .draft,
    ]

    static let decisionStatusSynonyms: [String: DecisionStatus] = [
        "adopted": .agreed, "approved": .agreed, "accepted": .agreed, "agreement": .agreed,
        "proposal": .proposed, "pending": .proposed, "refused": .rejected, "declined": .rejected,
    ]

    static let actionStatusSynonyms: [String: ActionStatus] = [
        "todo": .open, "to-do": .open, "pending": .open, "new": .open, "not-started": .open,
        "ongoing": .inProgress, "started": .inProgress, "wip": .inProgress, "doing": .inProgress,
        "completed": .done, "complete": .done, "finished": .done, "closed": .done,
    ]

    static let calloutKindSynonyms: [String: CalloutKind] = [
        "info": .note, "information": .note, "tip": .note, "remark": .note,
        "caution": .warning, "danger": .warning, "alert": .warning,
        "resolution": .decision, "agreement": .decision,
    ]
}
