/// A piece of plain text that may be written once for every language or once per
/// language (`{fr: Vientiane, lo: ນະຄອນຫຼວງວຽງຈັນ}`).
///
/// Each value keeps where it was written, so that a renderer warning ("missing
/// translation", "does not fit") can point at the right line. Strings are NFC at load.
public struct Text: Sendable, Hashable {
    /// What a `Text` gives for one language.
    public struct Resolved: Sendable, Hashable {
        public var value: String
        public var location: SourceLocation
        /// The language `value` is in: the requested one, or the fallback's when
        /// `isFallback` (so that it is shaped and hyphenated as what it is).
        public var language: String
        /// True when the requested language was missing and the document's first
        /// language (or the first one the text has) was used; the renderer warns.
        public var isFallback: Bool

        public init(value: String, location: SourceLocation, language: String, isFallback: Bool) {
            self.value = value
            self.location = location
            self.language = language
            self.isFallback = isFallback
        }
    }

    let translations: Translations<String>

    /// The same text in every language, as a scalar in the summary.
    public init(_ value: String, at location: SourceLocation = .unknown) {
        translations = Translations(uniform: Located(value, at: location))
    }

    /// Text per language. `languages` is the document's list (original first), which
    /// decides the fallback; `values` must hold at least one translation.
    public init(translations values: [String: Located<String>], languages: [String]) {
        translations = Translations(values: values, languages: languages)
    }

    public func resolve(_ language: String) -> Resolved {
        let found = translations.resolve(language)
        return Resolved(value: found.value.value, location: found.value.location,
                        language: found.language, isFallback: found.isFallback)
    }

    /// True for a scalar Text, which is the same in every language and never falls back.
    public var isUniform: Bool { translations.isUniform }
}
