import BriefingNative
import Foundation

/// Finds hyphenation points in the words of a paragraph, with the patterns of its
/// language when Debian provides them (`hyphen-fr`, `hyphen-en-us`, …).
final class Hyphenator {
    static let folder = URL(fileURLWithPath: "/usr/share/hyphen")
    /// Words shorter than this are never hyphenated: the gain is small, the cost high.
    static let minimumWordLength = 6
    private var dictionaries: [String: HyphenationDictionary?] = [:]

    /// Byte offsets in `text` where a line may end with a hyphen.
    func points(in text: String, language: String) -> [Int] {
        guard let dictionary = dictionary(for: language) else { return [] }
        var result: [Int] = []
        var wordStart: Int?
        var word = ""
        var offset = 0
        func finishWord() {
            defer { wordStart = nil; word = "" }
            guard let start = wordStart, word.count >= Self.minimumWordLength,
                  let first = word.unicodeScalars.first, !first.properties.isUppercase else { return }
            let lower = word.lowercased()
            guard lower.utf8.count == word.utf8.count else { return }
            result += dictionary.points(in: lower).map { start + $0 }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                if wordStart == nil { wordStart = offset }
                word.unicodeScalars.append(scalar)
            } else {
                finishWord()
            }
            offset += String(scalar).utf8.count
        }
        finishWord()
        return result
    }

    private func dictionary(for language: String) -> HyphenationDictionary? {
        let tag = language.replacingOccurrences(of: "-", with: "_")
        if let cached = dictionaries[tag] { return cached }
        let primary = String(tag.split(separator: "_").first ?? "")
        let candidates = [tag, primary, "\(primary)_\(primary.uppercased())", primary == "en" ? "en_US" : primary]
        let dictionary = candidates.lazy.compactMap {
            HyphenationDictionary(file: Self.folder.appendingPathComponent("hyph_\($0).dic"))
        }.first
        dictionaries[tag] = dictionary
        return dictionary
    }
}
