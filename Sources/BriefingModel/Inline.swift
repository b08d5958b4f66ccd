/// One piece of rich text after its markup has been read.
///
/// The set is deliberately small (section 2 of the format): what a meeting summary
/// needs, and nothing that would tempt authors to lay out pages by hand.
public enum Inline: Sendable, Hashable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case code(String)
    case link(label: [Inline], url: String)
    /// `[[ID]]`: the name of that participant or delegation, in the rendered language.
    case reference(String)

    /// Reads inline markup. Never fails: anything that is not complete markup (an
    /// unclosed `**`, a lone backtick, a `[` without `](url)`) is printed as written,
    /// because a stray asterisk in a quoted figure should not stop a briefing.
    public static func parse(_ markup: String) -> [Inline] {
        var parser = MarkupParser(Array(markup.unicodeScalars), allowLinks: true)
        return parser.parse()
    }

    /// The targets of every link in `inlines`, depth first, so the loader can check them.
    static func links(in inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .link(let children, let url): [url] + links(in: children)
            case .strong(let children), .emphasis(let children): links(in: children)
            case .text, .code, .reference: []
            }
        }
    }

    /// `inlines` with the links whose target `drop` accepts replaced by their label.
    static func unlinking(_ inlines: [Inline], where drop: (String) -> Bool) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .link(let children, let url):
                let label = unlinking(children, where: drop)
                return drop(url) ? label : [.link(label: label, url: url)]
            case .strong(let children): return [.strong(unlinking(children, where: drop))]
            case .emphasis(let children): return [.emphasis(unlinking(children, where: drop))]
            case .text, .code, .reference: return [inline]
            }
        }
    }

    /// The IDs of every `[[ID]]` in `inlines`, depth first, so the loader can check them.
    static func references(in inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .reference(let id): [id]
            case .strong(let children), .emphasis(let children), .link(let children, _): references(in: children)
            case .text, .code: []
            }
        }
    }
}
