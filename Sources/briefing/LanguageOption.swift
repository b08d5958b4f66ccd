import ArgumentParser
import BriefingModel

/// Language tags given on the command line. They become parts of file names, so
/// anything but a well-formed BCP 47 tag (`fr`, `pt-BR`, `zh-Hant`) is refused before
/// a file is written: "../x" must never reach the output folder's parent.
enum LanguageOption {
    /// The comma-separated tags of `value`, each checked.
    static func tags(_ value: String, option: String) throws -> [String] {
        let tags = value.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        for tag in tags where !LanguageTag.isValid(tag) {
            throw ValidationError("\(option): '\(tag)' is not a language tag (such as fr, lo, pt-BR or zh-Hant)")
        }
        return tags
    }
}
