import BriefingNative
import Foundation

/// Finds hyphenation points in the words of a paragraph, with the patterns of its
/// language when Debian provides them (`hyphen-fr`, `hyphen-en-us`, …; scripts/setup
/// installs those of every language the renderer has words for, where Debian has one).
final class Hyphenator {
    static let folder = URL(fileURLWithPath: "/usr/share/hyphen")
    /// Words shorter than this are never hyphenated: the gain is small, the cost high.
    static let minimumWordLength = 6
    private var dictionaries: [String: HyphenationDictionary?] = [:]

    /// Byte offsets in `text` where a line may end with a hyphen.
    func points(in text: String, language: String) -> [Int] {
        guard let dictionary = dictionary(for: language) else { return [] }
        // A capital usually starts a name, which is better left whole; but German and
        // Luxembourgish capitalize every noun, and their long nouns need hyphens most.
        let capitalizedNouns = ["de", "lb"].contains(language.split(separator: "-").first.map(String.init) ?? "")
        let scalars = text.unicodeScalars
        var result: [Int] = []
        // The current word: its first scalar, byte offset and length in scalars.
        var word: (start: String.Index, offset: Int, length: Int)?
        var offset = 0
        func finishWord(at end: String.Index) {
            defer { word = nil }
            guard let (start, wordOffset, length) = word, length >= Self.minimumWordLength,
                  capitalizedNouns || !scalars[start].properties.isUppercase else { return }
            let original = Substring(scalars[start..<end])
            let lower = original.lowercased()
            guard lower.utf8.count == original.utf8.count else { return }
            result += dictionary.points(in: lower).map { wordOffset + $0 }
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                if word == nil { word = (index, offset, 0) }
                word!.length += 1
            } else if word != nil {
                finishWord(at: index)
            }
            offset += scalar.utf8.count
            index = scalars.index(after: index)
        }
        finishWord(at: scalars.endIndex)
        return result
    }

    /// Letters and the marks that belong to them; ASCII is decided without a table lookup.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Where Debian names a language's only dictionary by a country whose code is not the
    /// language's in capitals: `hyph_en_US`.
    static let countries = ["en": "US"]

    /// Scripts whose typesetting carries a word whole to the next line rather than
    /// hyphenate it, whatever patterns a machine has (Debian's `hyphen-hi` among them).
    static let unhyphenatedScripts: Set<Script> = [.devanagari]

    private func dictionary(for language: String) -> HyphenationDictionary? {
        let tag = language.replacingOccurrences(of: "-", with: "_")
        if let cached = dictionaries[tag] { return cached }
        guard !Self.unhyphenatedScripts.contains(Script.of(language: language)) else {
            dictionaries[tag] = .some(nil)
            return nil
        }
        let primary = String(tag.split(separator: "_").first ?? "")
        let candidates = [tag, primary, "\(primary)_\(primary.uppercased())"]
            + (Self.countries[primary].map { ["\(primary)_\($0)"] } ?? [])
        let dictionary = candidates.lazy.compactMap {
            HyphenationDictionary(file: Self.folder.appendingPathComponent("hyph_\($0).dic"))
        }.first
        dictionaries[tag] = dictionary
        return dictionary
    }
}
