/// Readers for the meeting, its delegations and its participants.
extension SummaryBuilder {
    func meeting(_ node: Node) -> Meeting? {
        guard let fields = fields(of: node, "`meeting`", known: ["title", "date", "start", "end", "location", "chairs"],
                                  misplaced: Placement.meeting)
        else { return nil }
        let start = fields["start"].flatMap { time($0, "`start`") }
        let end = fields["end"].flatMap { time($0, "`end`") }
        if let start, let end, let endNode = fields["end"], end < start {
            warning(endNode, "the meeting ends (\(end)) before it starts (\(start))")
        }
        let chairs = items(fields["chairs"], "`chairs`") { node -> String? in
            guard let id = identifier(node, "a chair") else { return nil }
            refer(to: id, as: [.participant], at: location(node), "chair `\(id)`")
            return id
        }
        return Meeting(title: fields["title"].flatMap { text($0, "the meeting's `title`") },
                       date: fields["date"].flatMap { day($0, "the meeting's `date`") },
                       start: start, end: end,
                       location: fields["location"].flatMap { text($0, "`location`") },
                       chairs: chairs)
    }

    func delegation(_ node: Node) -> Delegation? {
        guard let fields = fields(of: node, "a delegation", known: ["id", "name", "country", "color"],
                                  required: ["id", "name"], misplaced: Placement.delegation)
        else { return nil }
        let id = fields["id"].flatMap { identifier($0, "the delegation's `id`") }
        if let id, let idNode = fields["id"] { register(id, as: .delegation, at: idNode) }
        let name = fields["name"].flatMap { text($0, "the delegation's `name`") }
        let country = fields["country"].flatMap(country)
        let color = fields["color"].flatMap { self.color($0, "`color`") }
        guard let id, let name else { return nil }
        return Delegation(id: id, name: name, country: country, color: color, location: location(node))
    }

    /// ISO 3166-1 alpha-2, in capitals as the standard writes it.
    private func country(_ node: Node) -> String? {
        guard let code = string(node, "`country`") else { return nil }
        if CountryCode.all.contains(code) { return code }
        if CountryCode.all.contains(code.uppercased()) {
            error(node, "country code `\(code)` must be written in capitals", hint: "write `\(code.uppercased())`")
        } else {
            error(node, "`\(code)` is not an ISO 3166-1 alpha-2 country code (such as `VN` or `FR`)")
        }
        return nil
    }

    func participant(_ node: Node) -> Participant? {
        guard let fields = fields(of: node, "a participant", known: ["id", "name", "role", "delegation"],
                                  required: ["id", "name"], misplaced: Placement.participant)
        else { return nil }
        let id = fields["id"].flatMap { identifier($0, "the participant's `id`") }
        if let id, let idNode = fields["id"] { register(id, as: .participant, at: idNode) }
        let name = fields["name"].flatMap { text($0, "the participant's `name`") }
        let role = fields["role"].flatMap { text($0, "`role`") }
        let delegation = fields["delegation"].flatMap { node -> String? in
            guard let id = identifier(node, "`delegation`") else { return nil }
            refer(to: id, as: [.delegation], at: location(node), "delegation `\(id)`")
            return id
        }
        guard let id, let name else { return nil }
        return Participant(id: id, name: name, role: role, delegation: delegation, location: location(node))
    }
}
