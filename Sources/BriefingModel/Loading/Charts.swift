/// Readers for charts (section 5 of the format).
extension SummaryBuilder {
    private static let chartKeys = ["id", "type", "title", "note", "source", "unit", "scale",
                                    "categories", "series", "events", "items"]

    /// The keys only some types use; any other type refuses them.
    private static func uses(_ type: ChartType, _ key: String) -> Bool {
        switch key {
        case "categories", "series": type.usesCategories
        case "events": type == .timeline
        case "items": type == .progress
        case "unit", "scale": type != .timeline
        default: true
        }
    }

    private static func users(of key: String) -> String {
        let types = ChartType.allCases.filter { uses($0, key) }.map { "`\($0.rawValue)`" }
        return types.count == 1 ? types[0] + " charts" : "charts of type " + types.joined(separator: ", ")
    }

    func chart(_ node: Node) -> Chart? {
        guard let fields = fields(of: node, "a chart", known: Self.chartKeys, required: ["id", "type", "title"],
                                  misplaced: Placement.chart)
        else { return nil }
        let id = fields["id"].flatMap { identifier($0, "the chart's `id`") }
        if let id, let idNode = fields["id"] { register(id, as: .chart, at: idNode) }
        let type = fields["type"].flatMap { choice($0, "`type`", ChartType.self, synonyms: Self.chartTypeSynonyms) }
        let title = fields["title"].flatMap { text($0, "the chart's `title`") }
        let note = fields["note"].flatMap { text($0, "`note`") }
        let source = fields["source"].flatMap { text($0, "the chart's `source`") }
        let unit = fields["unit"].flatMap { text($0, "`unit`") }
        let scale = fields["scale"].flatMap { choice($0, "`scale`", ChartScale.self, synonyms: Self.scaleSynonyms) }
        guard let type else { return nil }
        for key in Self.chartKeys where !Self.uses(type, key) {
            if let keyNode = fields.key(key) {
                error(keyNode, "a `\(type.rawValue)` chart does not use `\(key)`; it is for \(Self.users(of: key))")
            }
        }
        var categories: [Text] = [], series: [ChartSeries] = [], events: [ChartEvent] = [], items: [ProgressItem] = []
        switch type {
        case .timeline:
            events = required(fields, "events", type) { nodes in nodes.compactMap(event) }
        case .progress:
            items = required(fields, "items", type) { nodes in nodes.compactMap(progressItem) }
        default:
            let categoryNodes = required(fields, "categories", type) { $0 }
            categories = categoryNodes.compactMap { text($0, "a category") }
            series = required(fields, "series", type) { nodes in
                // Pie and donut charts show the shares of one whole: the error is at the
                // first series too many.
                if type.isCircular, nodes.count > 1 {
                    error(nodes[1], "a `\(type.rawValue)` chart takes exactly one series; found \(nodes.count)")
                }
                return nodes.compactMap { self.series($0, of: type, categories: categoryNodes.isEmpty ? nil : categoryNodes.count) }
            }
        }
        guard let id, let title else { return nil }
        return Chart(id: id, type: type, title: title, note: note, source: source, unit: unit, scale: scale ?? .one,
                     categories: categories, series: series, events: events, items: items, location: location(node))
    }

    /// A list the chart's type cannot do without, with at least one entry.
    private func required<Item>(_ fields: Fields, _ key: String, _ type: ChartType, _ read: ([Node]) -> [Item]) -> [Item] {
        guard let node = fields[key] else {
            error(fields.map, "a `\(type.rawValue)` chart needs `\(key)`")
            return []
        }
        guard let nodes = list(node, "`\(key)`") else { return [] }
        if nodes.isEmpty {
            error(node, "a `\(type.rawValue)` chart needs at least one entry in `\(key)`")
        }
        return read(nodes)
    }

    /// `values` as long as `categories` (when those could be read); `null` is a gap, but not
    /// every value. Pie and donut values must be at least zero with a positive sum.
    private func series(_ node: Node, of type: ChartType, categories: Int?) -> ChartSeries? {
        guard let fields = fields(of: node, "a series", known: ["name", "values", "color"], required: ["values"],
                                  misplaced: Placement.series)
        else { return nil }
        let name = fields["name"].flatMap { text($0, "the series' `name`") }
        let color = fields["color"].flatMap { self.color($0, "`color`") }
        guard let valuesNode = fields["values"], let valueNodes = list(valuesNode, "`values`") else { return nil }
        if let categories, valueNodes.count != categories {
            error(valuesNode, "this series has \(valueNodes.count) value\(valueNodes.count == 1 ? "" : "s"), "
                  + "but the chart has \(categories) categor\(categories == 1 ? "y" : "ies")")
        }
        var values: [Double?] = []
        for valueNode in valueNodes {
            if valueNode.isNull {
                values.append(nil)
            } else if let value = number(valueNode, "a series value") {
                if type.isCircular, value < 0 {
                    error(valueNode, "a `\(type.rawValue)` chart cannot show negative values; found \(value.written)")
                }
                values.append(value)
            }
        }
        let present = values.compactMap { $0 }
        if type.isCircular, values.count == valueNodes.count, present.allSatisfy({ $0 >= 0 }), present.reduce(0, +) <= 0 {
            error(valuesNode, "the values of a `\(type.rawValue)` chart must add up to more than zero")
        }
        // A chart of gaps only draws an empty plot, and the legend has nothing to stand for.
        if !type.isCircular, !valueNodes.isEmpty, valueNodes.allSatisfy(\.isNull) {
            warning(node, "this series has no values (every one is `null`): the chart shows nothing of it")
        }
        return ChartSeries(name: name, values: values, color: color, location: location(node))
    }

    private func event(_ node: Node) -> ChartEvent? {
        guard let fields = fields(of: node, "a timeline event", known: ["date", "label"], required: ["date", "label"],
                                  misplaced: Placement.event)
        else { return nil }
        let date = fields["date"].flatMap { day($0, "the event's `date`") }
        let label = fields["label"].flatMap { text($0, "the event's `label`") }
        guard let date, let label else { return nil }
        return ChartEvent(date: date, label: label, location: location(node))
    }

    private func progressItem(_ node: Node) -> ProgressItem? {
        guard let fields = fields(of: node, "a progress item", known: ["label", "value", "target"],
                                  required: ["label", "value", "target"], misplaced: Placement.item)
        else { return nil }
        let label = fields["label"].flatMap { text($0, "the item's `label`") }
        let value = fields["value"].flatMap { node -> Double? in
            guard let value = number(node, "`value`") else { return nil }
            guard value >= 0 else {
                error(node, "a progress `value` cannot be negative; found \(value.written)")
                return nil
            }
            return value
        }
        let target = fields["target"].flatMap { node -> Double? in
            guard let target = number(node, "`target`") else { return nil }
            guard target > 0 else {
                error(node, "a progress `target` must be more than zero; found \(target.written)")
                return nil
            }
            return target
        }
        guard let label, let value, let target else { return nil }
        return ProgressItem(label: label, value: value, target: target, location: location(node))
    }
}
