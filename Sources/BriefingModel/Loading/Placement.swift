/// Where the format's keys go when an author writes them in the wrong map: a chart-level
/// `color` belongs on a series, a section-level `list` in the section's `body`. For such
/// a key, the unknown-key error says where it belongs instead of naming the nearest key
/// of the wrong map (`color` is not a misspelt `note`).
///
/// Each table maps a key to the hint for it in one kind of map. Keys that are one slip
/// from a key of that map (`chart` for the document's `charts`) are left out: there the
/// nearest key is the better guess.
enum Placement {
    private static func inChart(_ key: String) -> String {
        "`\(key)` belongs on the chart itself (`charts: [{id: …, type: …, \(key): …}]`)"
    }

    private static func inBody(_ key: String) -> String {
        let value = key == "page-break" ? "true" : "…"
        return "`\(key)` is a block: it goes in a section's `body`, as in `body: [{\(key): \(value)}]`"
    }

    private static let chartLevel = ["type", "title", "unit", "scale", "note", "source"]

    private static func table(_ keys: [String], _ hint: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, hint($0)) })
    }

    private static let anEvent = "a timeline event (`events: [{date: …, label: …}]`)"
    private static let anItem = "a progress item (`items: [{label: …, value: …, target: …}]`)"

    static let chart: [String: String] = [
        "color": "`color` belongs on a series: `series: [{name: …, values: […], color: \"#RRGGBB\"}]`",
        "values": "`values` belongs in a series: `series: [{name: …, values: [1, 2, …]}]`, one per category",
        "name": "a chart's heading is its `title`; `name` belongs on a series: `series: [{name: …, values: […]}]`",
        "label": "`label` belongs in \(anEvent) or in \(anItem)",
        "date": "`date` belongs in \(anEvent)",
        "value": "`value` belongs in \(anItem)",
        "target": "`target` belongs in \(anItem)",
        "caption": "a chart has no `caption`: the text printed under it is its `note` (and its `source`)",
        "columns": "`columns` belongs to a table block; a chart's labels are its `categories`, its numbers go in `series`",
        "rows": "`rows` belongs to a table block; a chart's numbers go in `series: [{values: […]}]`",
        "kind": "`kind` is for callouts; a chart's form is its `type`",
    ]

    static let series: [String: String] = table(chartLevel + ["categories", "id"], inChart).merging([
        "label": "a series is named by `name`; `label` belongs in \(anEvent) or in \(anItem)",
        "title": "a series is named by `name`; `title` belongs on the chart itself",
    ]) { _, new in new }

    static let event: [String: String] = table(chartLevel + ["categories", "series", "items"], inChart).merging([
        "value": "`value` belongs in \(anItem)",
        "target": "`target` belongs in \(anItem)",
        "color": "`color` belongs on a series of a chart with `categories`; timeline events take none",
    ]) { _, new in new }

    static let item: [String: String] = table(chartLevel + ["categories", "series", "events"], inChart).merging([
        "date": "`date` belongs in \(anEvent)",
        "color": "`color` belongs on a series of a chart with `categories`; progress items take none",
    ]) { _, new in new }

    static let document: [String: String] = table(["list", "numbered", "quote", "callout", "table", "image", "page-break"],
                                                  inBody).merging([
        "body": "`body` belongs in a section: `sections: [{title: …, body: […]}]`",
        "location": "`location` belongs under `meeting:`, with `start`, `end` and `chairs`",
        "start": "`start` belongs under `meeting:`, as in `meeting: {start: \"09:30\", end: \"12:00\"}`",
        "end": "`end` belongs under `meeting:`, as in `meeting: {start: \"09:30\", end: \"12:00\"}`",
        "chairs": "`chairs` belongs under `meeting:`, as in `meeting: {chairs: [ID, …]}`",
        "text": "`text` belongs in a decision or an action: `decisions: [{text: …}]`, `actions: [{text: …}]`",
        "owner": "`owner` belongs in an action: `actions: [{text: …, owner: ID}]`",
        "due": "`due` belongs in a decision or an action: `actions: [{text: …, due: YYYY-MM-DD}]`",
        "parties": "`parties` belongs in a decision: `decisions: [{text: …, parties: [ID, …]}]`",
        "url": "`url` belongs in a source: `sources: [{title: …, url: \"https://…\"}]`",
        "publisher": "`publisher` belongs in a source: `sources: [{title: …, publisher: …}]`",
        "type": "`type` belongs in a chart: `charts: [{id: …, type: column, title: …}]`",
        "categories": "`categories` belongs in a chart: `charts: [{id: …, type: …, categories: […], series: […]}]`",
        "series": "`series` belongs in a chart: `charts: [{id: …, type: …, categories: […], series: […]}]`",
        "events": "`events` belongs in a timeline chart: `charts: [{id: …, type: timeline, events: […]}]`",
        "items": "`items` belongs in a progress chart: `charts: [{id: …, type: progress, items: […]}]`",
        "unit": "`unit` belongs in a chart: `charts: [{id: …, type: …, unit: USD}]`",
        "scale": "`scale` belongs in a chart: `charts: [{id: …, type: …, scale: billion}]`",
        "color": "`color` belongs on a delegation (`delegations: [{id: …, name: …, color: \"#RRGGBB\"}]`) "
            + "or on a chart's series",
        "country": "`country` belongs on a delegation: `delegations: [{id: …, name: …, country: VN}]`",
        "role": "`role` belongs on a participant: `participants: [{id: …, name: …, role: …}]`",
        "name": "the summary's heading is its `title`; `name` belongs on a delegation or a participant",
    ]) { _, new in new }

    static let meeting: [String: String] = [
        "participants": "`participants` belongs at the top level of the summary, not under `meeting:`",
        "delegations": "`delegations` belongs at the top level of the summary, not under `meeting:`",
        "id": "a meeting has no `id`; the summary's `id` is at its top level",
    ]

    static let delegation: [String: String] = [
        "role": "`role` belongs on a participant: `participants: [{id: …, name: …, role: …}]`",
        "participants": "participants are listed at the top level (`participants:`), each naming its delegation "
            + "with `delegation: ID`",
        "title": "a delegation is named by `name`",
    ]

    static let participant: [String: String] = [
        "color": "`color` belongs on the participant's delegation (`delegations: [{id: …, color: \"#RRGGBB\"}]`), "
            + "named here by `delegation: ID`",
        "country": "`country` belongs on the participant's delegation (`delegations: [{id: …, country: VN}]`), "
            + "named here by `delegation: ID`",
        "title": "a participant is named by `name`; a title or function goes in `role`",
    ]

    static let section: [String: String] = table(["list", "numbered", "quote", "callout", "table", "chart", "image",
                                                   "page-break"], inBody)

    static let decision: [String: String] = [
        "owner": "only actions have an `owner`; the delegations of a decision are its `parties: [ID, …]`",
    ]

    static let action: [String: String] = [
        "parties": "only decisions have `parties`; an action has one `owner: ID`",
    ]

    static let source: [String: String] = [
        "author": "a source names its `publisher`; `author` is the summary's own author, at its top level",
        "name": "a source is named by its `title`",
    ]

    /// Keys of the map under `table:` written beside it, as happens when they are not
    /// indented under `table:`; and the options of other block forms.
    static func block(_ form: String) -> [String: String] {
        switch form {
        case "table":
            table(["columns", "rows", "caption"]) {
                "`\($0)` belongs inside `table:`, indented under it: `{table: {columns: […], rows: […], caption: …}}`"
            }
        case "quote":
            ["kind": "`kind` belongs to a callout block: `{callout: …, kind: note}`"]
        case "callout":
            ["by": "`by` belongs to a quote block: `{quote: …, by: …}`"]
        case "chart":
            table(["caption", "note", "source", "title"]) { _ in
                "a `{chart: ID}` block only places a chart: its `title`, its `note` (printed under it) "
                    + "and its `source` are set on the chart in `charts:`"
            }
        default:
            [:]
        }
    }
}
