/// Readers for the tables after the body: decisions, actions and sources.
extension SummaryBuilder {
    func decision(_ node: Node) -> Decision? {
        guard let fields = fields(of: node, "a decision", known: ["text", "parties", "due", "status"], required: ["text"],
                                  misplaced: Placement.decision)
        else { return nil }
        let text = fields["text"].flatMap { richText($0, "the decision's `text`") }
        let parties = items(fields["parties"], "`parties`") { node -> String? in
            guard let id = identifier(node, "a party") else { return nil }
            refer(to: id, as: [.delegation], at: location(node), "party `\(id)`")
            return id
        }
        let due = fields["due"].flatMap { day($0, "`due`") }
        let status = fields["status"].flatMap {
            choice($0, "a decision's `status`", DecisionStatus.self, synonyms: Self.decisionStatusSynonyms)
        }
        guard let text else { return nil }
        return Decision(text: text, parties: parties, due: due, status: status ?? .agreed, location: location(node))
    }

    func action(_ node: Node) -> Action? {
        guard let fields = fields(of: node, "an action", known: ["text", "owner", "due", "status"], required: ["text"],
                                  misplaced: Placement.action)
        else { return nil }
        let text = fields["text"].flatMap { richText($0, "the action's `text`") }
        let owner = fields["owner"].flatMap { node -> String? in
            guard let id = identifier(node, "`owner`") else { return nil }
            refer(to: id, as: [.participant, .delegation], at: location(node), "owner `\(id)`")
            return id
        }
        let due = fields["due"].flatMap { day($0, "`due`") }
        let status = fields["status"].flatMap {
            choice($0, "an action's `status`", ActionStatus.self, synonyms: Self.actionStatusSynonyms)
        }
        guard let text else { return nil }
        return Action(text: text, owner: owner, due: due, status: status ?? .open, location: location(node))
    }

    func source(_ node: Node) -> Source? {
        guard let fields = fields(of: node, "a source", known: ["title", "publisher", "date", "url"], required: ["title"],
                                  misplaced: Placement.source)
        else { return nil }
        let title = fields["title"].flatMap { text($0, "the source's `title`") }
        let publisher = fields["publisher"].flatMap { text($0, "`publisher`") }
        let date = fields["date"].flatMap { day($0, "the source's `date`") }
        let url = fields["url"].flatMap(sourceURL)
        guard let title else { return nil }
        return Source(title: title, publisher: publisher, date: date, url: url, location: location(node))
    }

    /// Printed and linked, never fetched, so it should be an absolute address a reader's
    /// viewer can open: `http`, `https` or `mailto`. Anything else written as a scalar is
    /// kept as written with a warning (a relative link, a number); a list or a map is an
    /// error. An empty string counts as no `url`.
    private func sourceURL(_ node: Node) -> String? {
        let example = "`https://example.org/report`"
        guard let scalar = node.scalar else {
            error(node, "a source's `url` must be a web address such as \(example); found \(node.kindDescription)")
            return nil
        }
        let text = scalar.text
        guard case .string = scalar.value else {
            warning(node, "a source's `url` should be a web address such as \(example); found \(node.kindDescription)")
            return text
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            warning(node, "a source's `url` is empty; it is ignored")
            return nil
        }
        switch SourceURL.check(text) {
        case nil:
            break
        case .noScheme:
            let mail = text.contains("@") && !text.contains("/")
            warning(node, "a source's `url` has no scheme (`https:` or `mailto:`): `\(text)`",
                    hint: mail ? "write `mailto:\(text)`"
                        : "write it in full, as in `https:\(text.hasPrefix("//") ? "" : "//")\(text)`")
        case .noHost(let scheme):
            warning(node, "a source's `url` has no host after `\(scheme)://`: `\(text)`")
        case .noAddress:
            warning(node, "a source's `url` has no address after `mailto:`")
        case .otherScheme(let scheme):
            warning(node, "a source's `url` should be an `http`, `https` or `mailto` address; found the scheme `\(scheme)`")
        case .space:
            warning(node, "a source's `url` contains a space", hint: "write a space in a URL as `%20`")
        }
        return text
    }
}

/// What may be wrong with a source's `url`, short of its not being a string.
enum SourceURL: Equatable {
    case noScheme
    case noHost(scheme: String)
    case noAddress
    case otherScheme(String)
    case space

    static let schemes = ["http", "https", "mailto"]

    /// Nil for an absolute `http`, `https` or `mailto` address without spaces.
    static func check(_ text: String) -> SourceURL? {
        // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        let scalars = Array(text.unicodeScalars)
        let colon = scalars.firstIndex(of: ":")
        let isScheme = { (name: ArraySlice<Unicode.Scalar>) in
            guard let first = name.first, first.isASCII, first.properties.isAlphabetic else { return false }
            return name.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
            }
        }
        guard let colon, isScheme(scalars[..<colon]) else { return .noScheme }
        let scheme = String(String.UnicodeScalarView(scalars[..<colon])).lowercased()
        let rest = String(String.UnicodeScalarView(scalars[(colon + 1)...]))
        guard schemes.contains(scheme) else {
            // `www.example.org:8080/x` and `localhost:3000` have a port, not a scheme.
            return scheme.contains(".") || rest.first?.isNumber == true ? .noScheme : .otherScheme(scheme)
        }
        if scheme == "mailto" {
            if rest.isEmpty { return .noAddress }
        } else {
            let host = rest.dropFirst(2).prefix { !"/?#".contains($0) }
            guard rest.hasPrefix("//"), !host.isEmpty else { return .noHost(scheme: scheme) }
        }
        if text.contains(where: \.isWhitespace) { return .space }
        return nil
    }
}
