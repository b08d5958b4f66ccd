/// Readers for Text and Rich text (section 2 of the format).
extension SummaryBuilder {
    /// What a Text or Rich text holds before its strings are turned into values.
    enum Strings {
        case uniform(Located<String>)
        /// By tag as spelled in `languages`; never empty.
        case translated([String: Located<String>])
    }

    func text(_ node: Node, _ what: String) -> Text? {
        switch strings(node, what) {
        case .uniform(let value)?:
            return Text(value.value, at: value.location)
        case .translated(let values)?:
            return Text(translations: values, languages: languages)
        case nil:
            return nil
        }
    }

    /// Parses the markup of each string; every `[[ID]]` is checked once all IDs are known.
    func richText(_ node: Node, _ what: String) -> RichText? {
        func parsed(_ value: Located<String>) -> Located<[Inline]> {
            let inlines = Inline.parse(value.value)
            for id in Inline.references(in: inlines) {
                refer(to: id, as: [.participant, .delegation], at: value.location, "`[[\(id)]]`", written: "[[\(id)]]")
            }
            var unsafe = false
            for url in Inline.links(in: inlines) {
                unsafe = checkLink(url, at: value.location) || unsafe
            }
            let kept = unsafe ? Inline.unlinking(inlines) { Self.isUnsafeLink($0) } : inlines
            return Located(kept, at: value.location)
        }
        switch strings(node, what) {
        case .uniform(let value)?:
            let content = parsed(value)
            return RichText(content.value, at: content.location)
        case .translated(let values)?:
            return RichText(translations: values.mapValues(parsed), languages: languages)
        case nil:
            return nil
        }
    }

    /// Warns about a link a reader's viewer cannot follow (relative, no host, a space)
    /// or must not (a script). True when the link is unsafe: it is then printed as
    /// plain text, never written into the PDF.
    private func checkLink(_ url: String, at location: SourceLocation) -> Bool {
        let unsafe = Self.isUnsafeLink(url)
        let problem: String? = switch SourceURL.check(url) {
        case nil: nil
        case .noScheme: "has no scheme (`https:` or `mailto:`)"
        case .noHost(let scheme): "has no host after `\(scheme)://`"
        case .noAddress: "has no address after `mailto:`"
        case .space: "contains a space"
        case .otherScheme(let scheme):
            unsafe ? "uses the `\(scheme):` scheme, which could run code in a reader's viewer; it is printed as plain text"
                : "should be an `http`, `https` or `mailto` address, not `\(scheme):`"
        }
        if let problem {
            // At the target itself, when it is written on the string's first line.
            var at = self.location(of: "](" + url, from: location)
            if at != location { at.column += 2 }
            warning(at: at, "the link target `\(url)` \(problem)")
        }
        return unsafe
    }

    static func isUnsafeLink(_ url: String) -> Bool {
        let scheme = url.prefix { $0 != ":" }.lowercased().trimmingCharacters(in: .whitespaces)
        return url.contains(":") && ["javascript", "vbscript", "data", "file"].contains(scheme)
    }

    /// False, with an error, for a text longer than `Limits.textLength`: laying out one
    /// such paragraph would take minutes (Pango's attribute lists grow in the square of
    /// their length), and no real summary has one.
    private func fitsLimit(_ text: String, _ node: Node) -> Bool {
        let length = text.utf8.count
        guard length > Limits.textLength else { return true }
        error(node, "this text is \(length) bytes long; a text may hold at most \(Limits.textLength)",
              hint: "split it into several paragraphs")
        return false
    }

    /// A scalar (taken as written: `2024` is the text "2024") or a map from language
    /// tags to scalars. A tag that is not in `languages` is a warning and ignored; a
    /// key that is not a tag at all is an error, as it is most likely a misplaced key.
    func strings(_ node: Node, _ what: String) -> Strings? {
        switch node.content {
        case .scalar(let scalar) where scalar.value != .null:
            guard fitsLimit(scalar.text, node) else { return nil }
            return .uniform(Located(scalar.text, at: location(node)))
        case .mapping(let pairs):
            let errorsBefore = errorCount
            var values: [String: Located<String>] = [:]
            var seen: [String: Node] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar?.text else {
                    error(pair.key, "keys of a translated text must be language tags; found \(pair.key.kindDescription)")
                    continue
                }
                if key.hasPrefix("x-") { continue }
                guard LanguageTag.isValid(key) else {
                    if Self.blockKeys.contains(key) {
                        // `callout: {list: […]}`: a block where only text may go.
                        error(pair.key, "\(what) is text, not a `\(key)` block",
                              hint: "write the text itself, or its translations as `{fr: …, en: …}`; "
                                  + "a \(key) goes in `body` as a block of its own")
                    } else {
                        error(pair.key, "`\(key)` is not a language tag such as `fr` or `pt-BR`")
                    }
                    continue
                }
                if let first = seen[key.lowercased()] {
                    error(pair.key, "language `\(key)` appears twice (first at line \(first.line))")
                    continue
                }
                seen[key.lowercased()] = pair.key
                guard let scalar = pair.value.scalar, scalar.value != .null else {
                    error(pair.value, "the `\(key)` text must be a string; found \(pair.value.kindDescription)")
                    continue
                }
                let tag = languagesKnown ? languages.first { $0.lowercased() == key.lowercased() } : key
                guard let tag else {
                    warning(pair.key, "`\(key)` is not one of the summary's languages (\(languages.joined(separator: ", "))); "
                            + "this text is ignored")
                    continue
                }
                guard fitsLimit(scalar.text, pair.value) else { continue }
                values[tag] = Located(scalar.text, at: location(pair.value))
            }
            guard !values.isEmpty else {
                if errorCount == errorsBefore {
                    error(node, "\(what) has no text in any of the summary's languages")
                }
                return nil
            }
            return .translated(values)
        default:
            error(node, "\(what) must be a text (a string, or a map from language tags to strings); "
                  + "found \(node.kindDescription)")
            return nil
        }
    }
}
