/// Readers for sections and the blocks of their bodies (section 4 of the format).
extension SummaryBuilder {
    /// Sections are numbered 1, 1.1, 1.1.1: a fourth level has no number to take.
    static let maximumSectionDepth = 3

    static let blockKeys = ["list", "numbered", "quote", "callout", "table", "chart", "image", "page-break"]

    /// Keys a block form takes besides its own key.
    static let blockOptions: [String: [String]] = ["quote": ["by"], "callout": ["kind"], "image": ["caption", "alt", "width"]]

    func section(_ node: Node, level: Int) -> Section? {
        guard level <= Self.maximumSectionDepth else {
            error(node, "sections nest at most \(Self.maximumSectionDepth) deep (1, 1.1, 1.1.1); this one would be level \(level)")
            return nil
        }
        guard let fields = fields(of: node, "a section", known: ["id", "title", "body", "sections"], required: ["title"],
                                  misplaced: Placement.section)
        else { return nil }
        let id = fields["id"].flatMap { identifier($0, "the section's `id`") }
        if let id, let idNode = fields["id"] { register(id, as: .section, at: idNode) }
        let title = fields["title"].flatMap { text($0, "the section's `title`") }
        if let node = fields["title"] { warnIfEmpty(node, "the section's `title` is empty", hint: "its heading would be a bare number") }
        let body = items(fields["body"], "`body`", block)
        let sections = items(fields["sections"], "`sections`") { section($0, level: level + 1) }
        guard let title else { return nil }
        return Section(id: id, title: title, body: body, sections: sections, location: location(node))
    }

    /// Warns at the first of a text's strings (or translations) that holds nothing but
    /// white space: an author who wrote `title: ""` has not finished writing.
    func warnIfEmpty(_ node: Node, _ message: String, hint: String? = nil) {
        let values: [Node]
        switch node.content {
        case .scalar: values = [node]
        case .mapping(let pairs): values = pairs.map(\.value)
        default: values = []
        }
        if let empty = values.first(where: { $0.scalar.map { $0.text.allSatisfy(\.isWhitespace) } ?? false }) {
            warning(empty, message, hint: hint)
        }
    }

    /// A Rich text is a paragraph; a map with one block key is that block; any other
    /// map is a paragraph in several languages.
    func block(_ node: Node) -> Block? {
        let kind: BlockKind?
        switch node.content {
        case .scalar(let scalar) where scalar.value != .null:
            kind = richText(node, "a paragraph").map(BlockKind.paragraph)
            warnIfEmpty(node, "a paragraph is empty; nothing is printed for it")
        case .mapping(let pairs):
            let keys = pairs.compactMap { $0.key.scalar?.text }
            let forms = Self.blockKeys.filter(keys.contains)
            if forms.count > 1 {
                error(node, "a block is exactly one form, but this map has "
                      + forms.map { "`\($0)`" }.joined(separator: " and "), hint: "write them as separate blocks")
                return nil
            }
            if let form = forms.first {
                kind = formBlock(form, node)
            } else if paragraphKeysAreLanguages(pairs) {
                kind = richText(node, "a paragraph").map(BlockKind.paragraph)
                warnIfEmpty(node, "a paragraph is empty; nothing is printed for it")
            } else {
                return nil
            }
        default:
            error(node, "a block must be a text or a map such as `{list: […]}`; found \(node.kindDescription)")
            return nil
        }
        return kind.map { Block($0, at: location(node)) }
    }

    /// Catches block maps whose block key is misspelt or missing before they are read
    /// as translations, where they would only give "not a language tag" (or, for a
    /// three-letter slip such as `lst`, "not one of the summary's languages").
    private func paragraphKeysAreLanguages(_ pairs: [Node.Pair]) -> Bool {
        var clean = true
        for pair in pairs {
            guard let key = pair.key.scalar?.text, !key.hasPrefix("x-"),
                  !languages.contains(where: { $0.lowercased() == key.lowercased() })
            else { continue }
            // A translation is always a scalar; a tag-like key with a list or map is a block key.
            let likeBlockKey = !LanguageTag.isValid(key) || pair.value.scalar == nil
            if let owner = Self.blockOptions.first(where: { $0.value.contains(key) })?.key {
                error(pair.key, "`\(key)` belongs to a block with `\(owner)`, but this map has no `\(owner)`")
                clean = false
            } else if likeBlockKey, let hint = EditDistance.hint(for: key, in: Self.blockKeys, within: 2) {
                error(pair.key, "unknown block key `\(key)`", hint: hint)
                clean = false
            }
        }
        return clean
    }

    private func formBlock(_ form: String, _ node: Node) -> BlockKind? {
        guard let fields = fields(of: node, "the `\(form)` block", known: [form] + (Self.blockOptions[form] ?? []),
                                  required: [form], misplaced: Placement.block(form)),
              let value = fields[form]
        else { return nil }
        switch form {
        case "list", "numbered":
            let entries = items(value, "`\(form)`") { richText($0, "a list item") }
            if case .sequence(let nodes) = value.content {
                if nodes.isEmpty { warning(value, "`\(form)` is empty; nothing is printed for it") }
                for item in nodes { warnIfEmpty(item, "a list item is empty; its marker would stand alone") }
            }
            return form == "list" ? .list(entries) : .numbered(entries)
        case "quote":
            let by = fields["by"].flatMap { richText($0, "`by`") }
            warnIfEmpty(value, "the quotation is empty; nothing is printed for it")
            return richText(value, "the quotation").map { .quote($0, by: by) }
        case "callout":
            let kind = fields["kind"].flatMap { choice($0, "`kind`", CalloutKind.self, synonyms: Self.calloutKindSynonyms) }
            warnIfEmpty(value, "the callout is empty; only its label would be printed")
            return richText(value, "the callout").map { .callout($0, kind: kind ?? .note) }
        case "table":
            if case .mapping(let pairs) = value.content, let rows = pairs.first(where: { $0.key.scalar?.text == "rows" })?.value,
               case .sequence(let list) = rows.content, list.isEmpty {
                warning(rows, "the table has no rows; only its header is printed")
            }
            return table(value).map(BlockKind.table)
        case "chart":
            guard let id = identifier(value, "`chart`") else { return nil }
            placeChart(id, at: value)
            return .chart(id: id)
        case "image":
            return image(value, fields).map(BlockKind.image)
        default:
            guard case .bool(true)? = value.scalar?.value else {
                error(value, "`page-break` must be `true`; found \(value.kindDescription)")
                return nil
            }
            return .pageBreak
        }
    }

    private func table(_ node: Node) -> Table? {
        guard let fields = fields(of: node, "a table", known: ["columns", "rows", "caption"], required: ["columns"]),
              let columnsNode = fields["columns"], let columnNodes = list(columnsNode, "`columns`")
        else { return nil }
        if columnNodes.isEmpty {
            error(columnsNode, "a table needs at least one column")
        }
        let columns = columnNodes.compactMap { text($0, "a column heading") }
        let rows = items(fields["rows"], "`rows`") { row -> [RichText]? in
            guard let cells = list(row, "a table row") else { return nil }
            if cells.count != columnNodes.count {
                error(row, "this row has \(cells.count) cell\(cells.count == 1 ? "" : "s"), "
                      + "but the table has \(columnNodes.count) column\(columnNodes.count == 1 ? "" : "s")")
            }
            return cells.compactMap { richText($0, "a table cell") }
        }
        let caption = fields["caption"].flatMap { text($0, "the table's `caption`") }
        return Table(columns: columns, rows: rows, caption: caption)
    }

    private func image(_ pathNode: Node, _ fields: Fields) -> Image? {
        let caption = fields["caption"].flatMap { text($0, "the image's `caption`") }
        let alt = fields["alt"].flatMap { text($0, "`alt`") }
        let width = fields["width"].flatMap { node -> Double? in
            guard let width = number(node, "`width`") else { return nil }
            guard (0.1...1.0).contains(width) else {
                error(node, "`width` is a fraction of the text width, from 0.1 to 1.0; found \(width.written)")
                return nil
            }
            return width
        }
        guard let path = string(pathNode, "`image`"), let url = imageFile(path, at: pathNode) else { return nil }
        return Image(path: path, url: url, caption: caption, alt: alt, width: width)
    }
}

extension Double {
    /// `2` rather than `2.0`, for messages that repeat a number the author wrote.
    var written: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
