import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Decisions, follow-up actions and sources: the tables and list after the body.
extension LayoutContext {
    func decisions(into flow: inout Flow) {
        guard !briefing.decisions.isEmpty else { return }
        heading(term(.decisions), level: 1, number: nil, anchor: "decisions", into: &flow)
        let header: [Term] = [.number, .decision, .parties, .due, .status]
        let rows = briefing.decisions.enumerated().map { index, decision in
            let (inlines, _) = resolve(decision.text)
            let status: Term = switch decision.status {
            case .agreed: .agreed
            case .proposed: .proposed
            case .rejected: .rejected
            }
            return TableRow.cells([
                spans(format.integer(index + 1), role: .tableCell),
                spans(inlines, role: .tableCell),
                spans(decision.parties.map(name(of:)).joined(separator: listSeparator), role: .tableCell),
                spans(decision.due.map(format.date) ?? "—", role: .tableCell),
                spans(term(status), role: .tableCell),
            ])
        }
        flow.append(table(header: header.map { spans(term($0), role: .tableHeader) }, rows: rows, caption: nil,
                          location: briefing.decisions[0].location),
                    spaceBefore: 0, spaceAfter: style.spacing.block * 2)
    }

    func actions(into flow: inout Flow) {
        guard !briefing.actions.isEmpty else { return }
        heading(term(.actions), level: 1, number: nil, anchor: "actions", into: &flow)
        let header: [Term] = [.number, .action, .owner, .due, .status]
        let rows = briefing.actions.enumerated().map { index, action in
            let (inlines, _) = resolve(action.text)
            let status: Term = switch action.status {
            case .open: .open
            case .inProgress: .inProgress
            case .done: .done
            }
            return TableRow.cells([
                spans(format.integer(index + 1), role: .tableCell),
                spans(inlines, role: .tableCell),
                spans(action.owner.map(name(of:)) ?? "—", role: .tableCell),
                spans(action.due.map(format.date) ?? "—", role: .tableCell),
                spans(term(status), role: .tableCell),
            ])
        }
        flow.append(table(header: header.map { spans(term($0), role: .tableHeader) }, rows: rows, caption: nil, location: briefing.actions[0].location),
                    spaceBefore: 0, spaceAfter: style.spacing.block * 2)
    }

    func sources(into flow: inout Flow) {
        guard !briefing.sources.isEmpty else { return }
        heading(term(.sources), level: 1, number: nil, anchor: "sources", into: &flow)
        var items: [RichText] = []
        for source in briefing.sources {
            var inlines: [Inline] = [.emphasis([.text(resolve(source.title))])]
            if let publisher = source.publisher { inlines.append(.text(sentenceEnd + resolve(publisher))) }
            if let date = source.date {
                inlines.append(.text((source.publisher == nil ? sentenceEnd : listSeparator) + format.date(date)))
            }
            inlines.append(.text(sentenceEnd.trimmingCharacters(in: .whitespaces)))
            if let url = source.url { inlines += [.text(" "), .link(label: [.text(url)], url: url)] }
            items.append(RichText(inlines, at: source.location))
        }
        flow.append(list(items, numbered: true), spaceBefore: 0)
    }
}
