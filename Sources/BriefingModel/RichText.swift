/// A `Text` whose strings carry inline markup (section 2 of the format), parsed at load.
///
/// Parsing once at load means every markup mistake that can be reported is reported by
/// `briefing check`, and layout receives a tree instead of re-scanning strings.
public struct RichText: Sendable, Hashable {
    /// What a `RichText` gives for one language.
    public struct Resolved: Sendable, Hashable {
        public var inlines: [Inline]
        public var location: SourceLocation
        /// The language the inlines are in (see `Text.Resolved.language`).
        public var language: String
        public var isFallback: Bool

        public init(inlines: [Inline], location: SourceLocation, language: String, isFallback: Bool) {
            self.inlines = inlines
            self.location = location
            self.language = language
            self.isFallback = isFallback
        }
    }

    let translations: Translations<[Inline]>

    /// The same content in every language.
    public init(_ inlines: [Inline], at location: SourceLocation = .unknown) {
        translations = Translations(uniform: Located(inlines, at: location))
    }

    /// Parses `markup` and uses it for every language.
    public init(markup: String, at location: SourceLocation = .unknown) {
        self.init(Inline.parse(markup), at: location)
    }

    /// Content per language; `languages` decides the fallback, as for `Text`.
    public init(translations values: [String: Located<[Inline]>], languages: [String]) {
        translations = Translations(values: values, languages: languages)
    }

    public func resolve(_ language: String) -> Resolved {
        let found = translations.resolve(language)
        return Resolved(inlines: found.value.value, location: found.value.location,
                        language: found.language, isFallback: found.isFallback)
    }

    public var isUniform: Bool { translations.isUniform }
}
