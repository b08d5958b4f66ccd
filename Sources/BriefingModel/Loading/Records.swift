/// Readers for the tables after the body: decisions, actions and sources.
extension SummaryBuilder {
    func decision(_ node: Node) -> Decision? {
        guard let fields = fields(of: node, "a decision", known: ["text", "parties", "due", "status"], required: ["text"])
        else { return nil }
        let text = fields["text"].flatMap { richText($0, "the decision's `text`") }
        let parties = items(fields["parties"], "`parties`") { node -> String? in
            guard let id = identifier(node, "a party") else { return nil }
            refer(to: id, as: [.delegation], at: location(node), "party `\(id)`")
            return id
        }
        let due = fields["due"].flatMap { day($0, "`due`") }
        let status = fields["status"].flatMap { choice($0, "a decision's `status`", DecisionStatus.self) }
        guard let text else { return nil }
        return Decision(text: text, parties: parties, due: due, status: status ?? .agreed, location: location(node))
    }

    func action(_ node: Node) -> Action? {
        guard let fields = fields(of: node, "an action", known: ["text", "owner", "due", "status"], required: ["text"])
        else { return nil }
        let text = fields["text"].flatMap { richText($0, "the action's `text`") }
        let owner = fields["owner"].flatMap { node -> String? in
            guard let id = identifier(node, "`owner`") else { return nil }
            refer(to: id, as: [.participant, .delegation], at: location(node), "owner `\(id)`")
            return id
        }
        let due = fields["due"].flatMap { day($0, "`due`") }
        let status = fields["status"].flatMap { choice($0, "an action's `status`", ActionStatus.self) }
        guard let text else { return nil }
        return Action(text: text, owner: owner, due: due, status: status ?? .open, location: location(node))
    }

    func source(_ node: Node) -> Source? {
        guard let fields = fields(of: node, "a source", known: ["title", "publisher", "date", "url"], required: ["title"])
        else { return nil }
        let title = fields["title"].flatMap { text($0, "the source's `title`") }
        let publisher = fields["publisher"].flatMap { text($0, "`publisher`") }
        let date = fields["date"].flatMap { day($0, "the source's `date`") }
        let url = fields["url"].flatMap { string($0, "`url`") }
        guard let title else { return nil }
        return Source(title: title, publisher: publisher, date: date, url: url, location: location(node))
    }
}
