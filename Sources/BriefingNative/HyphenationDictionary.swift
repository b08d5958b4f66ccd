import CHyphen
import Foundation

/// Liang's hyphenation patterns for one language, from Debian's `hyphen-*` packages
/// (the dictionaries LibreOffice uses), through libhyphen.
public final class HyphenationDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// Converts words to the dictionary's 8-bit character set (German's ISO 8859-1,
    /// Russian's KOI8-R); nil for UTF-8 dictionaries.
    private let converter: iconv_t?

    /// Loads `/usr/share/hyphen/hyph_xx.dic`-style files; nil when the file is absent or
    /// invalid. A large dictionary's automaton is kept in the user's cache after the
    /// first load (see `HyphenationCache`).
    public init?(file link: URL) {
        // Debian links most variants (hyph_de_AT, hyph_de_CH) to one file.
        let file = link.resolvingSymlinksInPath()
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
              let size = (attributes[.size] as? NSNumber)?.intValue else { return nil }
        let modified = Int((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        let loaded: UnsafeMutablePointer<HyphenDict>?
        if size > Self.cachedAbove {
            let cache = HyphenationCache.file(for: file, size: size, modified: modified)
            if let cached = HyphenationCache.load(cache) {
                loaded = cached
            } else {
                loaded = hnj_hyphen_load(file.path)
                if let loaded { HyphenationCache.save(loaded, to: cache) }
            }
        } else {
            loaded = hnj_hyphen_load(file.path)
        }
        guard let loaded else { return nil }
        dictionary = loaded
        if loaded.pointee.utf8 != 0 {
            converter = nil
        } else {
            let charset = withUnsafeBytes(of: loaded.pointee.cset) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let opened = iconv_open(charset, "UTF-8")
            converter = opened == iconv_t(bitPattern: -1) ? nil : opened
        }
    }

    /// Dictionaries larger than this (bytes) are cached: building French's automaton
    /// (24 kB) takes three times as long as reading it back; the tiniest load at once.
    static let cachedAbove = 10_000

    deinit {
        if let converter { iconv_close(converter) }
        hnj_hyphen_free(dictionary)
    }

    /// `word` in the dictionary's 8-bit character set, one byte per character; nil
    /// when a character has no place in it.
    private func encoded(_ word: String) -> [UInt8]? {
        guard let converter else { return nil }
        var input = Array(word.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count + 4)
        var inputLeft = input.count
        var outputLeft = output.count
        let converted = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var from = source.baseAddress
                var to = target.baseAddress
                iconv(converter, nil, nil, nil, nil)
                return iconv(converter, &from, &inputLeft, &to, &outputLeft)
            }
        }
        guard converted != -1, inputLeft == 0 else { return nil }
        return output.prefix(output.count - outputLeft).map { UInt8(bitPattern: $0) }
    }

    /// Byte offsets inside `word` (lower-case UTF-8) after which a hyphen may go,
    /// honouring the dictionary's minimum lengths at both ends.
    public func points(in word: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        // Debian's dictionaries are UTF-8 or 8-bit (German's ISO 8859-1, Russian's
        // KOI8-R); libhyphen takes the word in the dictionary's encoding.
        let bytes: [UInt8]
        if dictionary.pointee.utf8 != 0 {
            bytes = Array(word.utf8)
        } else {
            guard let encoded = encoded(word), encoded.count == scalars.count else { return [] }
            bytes = encoded
        }
        guard scalars.count >= 4 else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // libhyphen also reads the word as a C string (to find NOHYPHEN sequences).
        let failed = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { pointer in
            hnj_hyphen_hyphenate2(dictionary, pointer.baseAddress, Int32(bytes.count), &hyphens, nil,
                                  &replacements, &positions, &cuts)
        }
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard failed == 0 else { return [] }
        // libhyphen marks a break after character `i` (not byte) with an odd digit.
        var offsets: [Int] = []
        var offset = 0
        for index in 0..<scalars.count - 1 {
            offset += scalars[index].utf8.count
            if hyphens[index] & 1 == 1 { offsets.append(offset) }
        }
        return offsets
    }
}
