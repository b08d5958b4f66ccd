import CHyphen
import Foundation

/// Liang's hyphenation patterns for one language, from Debian's `hyphen-*` packages
/// (the dictionaries LibreOffice uses), through libhyphen.
public final class HyphenationDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// Loads `/usr/share/hyphen/hyph_xx.dic`-style files; nil when the file is absent or invalid.
    public init?(file: URL) {
        guard FileManager.default.isReadableFile(atPath: file.path),
              let loaded = hnj_hyphen_load(file.path) else { return nil }
        dictionary = loaded
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// Byte offsets inside `word` (lower-case UTF-8) after which a hyphen may go,
    /// honouring the dictionary's minimum lengths at both ends.
    public func points(in word: String) -> [Int] {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4 else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = word.withCString { pointer in
            hnj_hyphen_hyphenate2(dictionary, pointer, Int32(bytes.count), &hyphens, nil, &replacements, &positions, &cuts)
        }
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard failed == 0 else { return [] }
        return (0..<bytes.count - 1).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
    }
}
