/// What a chart had to leave out or cut short, in words for the author: "timeline label
/// 'Joint statement on power trade' (2025-10-08) left out: no room". Charts report only
/// what they finally draw (layouts are planned several times), once per message.
///
/// Only the author's own words count (category names, legend names, timeline and
/// progress labels): a figure printed on a bar that is too thin for it is left out as
/// every chart does, the axis still gives its value, and `--strict` must not fail a
/// briefing over it. A pie's share is the exception when it moves to the legend (`moved`):
/// the chart then fails to say it where every other share is said.
final class ChartWarnings {
    private(set) var messages: [String] = []

    /// Labels the chart makes up from the data, left out without a warning.
    static let generatedKinds: Set<String> = ["value label", "segment value label", "share label", "donut total"]

    /// At most this many items are named in one message; the rest are counted.
    static let listed = 8

    func add(_ message: String) {
        if !messages.contains(message) { messages.append(message) }
    }

    /// Forgets what was said since `messages` were these: a layout tried and not used (a pie
    /// before its thinnest slices are gathered) leaves nothing to report.
    func restore(_ earlier: [String]) {
        messages = earlier
    }

    /// Categories drawn together as one, `name`: one message naming them all.
    func gathered(_ kind: String, _ items: [String], as name: String, reason: String) {
        guard items.count > 1 else { return }
        add("\(items.count) \(Self.plural(kind)) shown together as \(Self.quote(name)) (\(reason)): \(Self.list(items))")
    }

    /// Items of one kind that are not drawn: one message naming them all (`items` are
    /// already quoted, e.g. "'Tourism'"), with the reason.
    func leftOut(_ kind: String, _ items: [String], reason: String) {
        guard !items.isEmpty, !Self.generatedKinds.contains(kind) else { return }
        if items.count == 1 {
            add("\(kind) \(items[0]) left out: \(reason)")
        } else {
            add("\(items.count) \(Self.plural(kind)) left out (\(reason)): \(Self.list(items))")
        }
    }

    /// Items of one kind shown away from where they belong, generated ones too: a pie's
    /// share given in the legend because no room was left for it beside its slice.
    func moved(_ kind: String, _ items: [String], to place: String, reason: String) {
        guard !items.isEmpty else { return }
        if items.count == 1 {
            add("\(kind) \(items[0]) given in \(place): \(reason)")
        } else {
            add("\(items.count) \(Self.plural(kind)) given in \(place) (\(reason)): \(Self.list(items))")
        }
    }

    /// Items of one kind drawn cut short with "…".
    func shortened(_ kind: String, _ items: [String]) {
        guard !items.isEmpty, !Self.generatedKinds.contains(kind) else { return }
        if items.count == 1 {
            add("\(kind) \(items[0]) shortened to fit")
        } else {
            add("\(items.count) \(Self.plural(kind)) shortened to fit: \(Self.list(items))")
        }
    }

    /// 'text', as messages quote what the author wrote.
    static func quote(_ text: String) -> String { "'\(text)'" }

    private static func plural(_ kind: String) -> String {
        kind.hasSuffix("y") ? String(kind.dropLast()) + "ies" : kind + "s"
    }

    private static func list(_ items: [String]) -> String {
        let shown = items.prefix(listed).joined(separator: ", ")
        return items.count > listed ? shown + " and \(items.count - listed) more" : shown
    }
}
