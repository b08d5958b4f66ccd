/// The shared machinery of `Text` and `RichText`: one value for every language, or one
/// per language with a fallback.
///
/// Both kinds resolve the same way, so the rule ("missing language: use the document's
/// first language, and say so") lives in one place.
struct Translations<Value: Sendable & Hashable>: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        case uniform(Located<Value>)
        /// Keyed by lowercased tag, because BCP 47 tags are case-insensitive and
        /// `--lang PT-br` must find `pt-BR`.
        case translated([String: Located<Value>])
    }

    let form: Form
    /// The value used when the requested language is missing, with the tag it is in:
    /// the first of the document's languages that the text has.
    let fallback: Fallback

    struct Fallback: Sendable, Hashable {
        var language: String
        var value: Located<Value>
    }

    init(uniform value: Located<Value>) {
        form = .uniform(value)
        fallback = Fallback(language: "", value: value)
    }

    /// `languages` is the document's list, original first; `values` must not be empty.
    init(values: [String: Located<Value>], languages: [String]) {
        let lowered = Dictionary(values.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        let preferred = languages.first { lowered[$0.lowercased()] != nil }
        let spelled = Dictionary(values.map { ($0.key.lowercased(), $0.key) }, uniquingKeysWith: { first, _ in first })
        guard let language = preferred ?? spelled.keys.min().flatMap({ spelled[$0] }),
              let value = lowered[language.lowercased()]
        else { preconditionFailure("a translated text needs at least one translation") }
        form = .translated(lowered)
        fallback = Fallback(language: language, value: value)
    }

    /// The value for `language`, the tag actually used, and whether that is a fallback.
    func resolve(_ language: String) -> (value: Located<Value>, language: String, isFallback: Bool) {
        switch form {
        case .uniform(let value):
            return (value, language, false)
        case .translated(let values):
            if let value = values[language.lowercased()] {
                return (value, language, false)
            }
            return (fallback.value, fallback.language, true)
        }
    }

    var isUniform: Bool {
        if case .uniform = form { return true }
        return false
    }
}
