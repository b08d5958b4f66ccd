import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Decisions, follow-up actions and sources: the tables and list after the body.
extension LayoutContext {
    func decisions(into flow: inout Flow) {
        followUpTable(term(.decisions), anchor: "decisions", columns: [.number, .decision, .parties, .due, .status],
                      rows: briefing.decisions.map { decision in
            let status: Term = switch decision.status {
            case .agreed: .agreed
            case .proposed: .proposed
            case .rejected: .rejected
            }
            return (decision.text, decision.parties.map(name(of:)).joined(separator: listSeparator),
                    decision.due, status, decision.location)
        }, into: &flow)
    }

    func actions(into flow: inout Flow) {
        followUpTable(term(.actions), anchor: "actions", columns: [.number, .action, .owner, .due, .status],
                      rows: briefing.actions.map { action in
            let status: Term = switch action.status {
            case .open: .open
            case .inProgress: .inProgress
            case .done: .done
            }
            return (action.text, action.owner.map(name(of:)) ?? "—", action.due, status, action.location)
        }, into: &flow)
    }

    /// A numbered table of what was decided or is to be done: number, text, who, when, status.
    private func followUpTable(_ title: String, anchor: String, columns: [Term],
                               rows: [(text: RichText, who: String, due: Day?, status: Term, location: SourceLocation)],
                               into flow: inout Flow) {
        guard let location = rows.first?.location else { return }
        heading(title, level: 1, number: nil, anchor: anchor, into: &flow)
        let cells = rows.enumerated().map { index, row in
            TableRow.cells([
                spans(format.integer(index + 1), role: .tableCell),
                spans(resolve(row.text).inlines, role: .tableCell),
                names(row.who.isEmpty ? "—" : row.who, role: .tableCell),
                unhyphenated(row.due.map(format.date) ?? "—", role: .tableCell),
                unhyphenated(term(row.status), role: .tableCell),
            ], at: row.location)
        }
        flow.append(table(header: columns.map { spans(term($0), role: .tableHeader) }, rows: cells, caption: nil,
                          location: location),
                    spaceBefore: 0, spaceAfter: style.spacing.block * 2)
    }

    func sources(into flow: inout Flow) {
        guard !briefing.sources.isEmpty else { return }
        heading(term(.sources), level: 1, number: nil, anchor: "sources", into: &flow)
        var items: [RichText] = []
        for source in briefing.sources {
            var last = resolve(source.title)
            var inlines: [Inline] = [.emphasis([.text(isolated(last))])]
            if let publisher = source.publisher.map(resolve) {
                inlines.append(.text(sentenceEnd(after: last) + isolated(publisher)))
                last = publisher
            }
            if let date = source.date.map(format.date) {
                inlines.append(.text((source.publisher == nil ? sentenceEnd(after: last) : fieldSeparator) + isolated(date)))
                last = date
            }
            inlines.append(.text(sentenceEnd(after: last).trimmingCharacters(in: .whitespaces)))
            if let url = source.url { inlines += [.text(" "), .link(label: [.text(isolated(url))], url: url)] }
            items.append(RichText(inlines, at: source.location))
        }
        flow.append(list(items, numbered: true, alignment: .start), spaceBefore: 0)
    }
}
